import type { ValidationIssue } from "./issues.js";

/** Event and ledger files are hand-written; anything this big is a mistake, not an event. */
export const MAX_INPUT_BYTES = 10 * 1024 * 1024;

export type TextFile = { ok: true; text: string } | { ok: false; issue: ValidationIssue };

const mib = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** Reads a UTF-8 text file, turning every way it can fail into one clear issue naming the file. */
export async function readTextFile(file: string, maxBytes = MAX_INPUT_BYTES): Promise<TextFile> {
  const { readFile, stat } = await import("node:fs/promises");
  const fail = (message: string): TextFile => ({
    ok: false,
    issue: { severity: "error", path: [], message, file },
  });
  let bytes: Uint8Array;
  try {
    const info = await stat(file);
    if (info.isDirectory()) return fail("is a directory, expected a file");
    if (!info.isFile()) return fail("is not a regular file");
    if (info.size > maxBytes) return fail(`is too large (${mib(info.size)}; the limit is ${mib(maxBytes)})`);
    bytes = await readFile(file);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === "ENOENT") return fail("no such file");
    if (code === "EACCES") return fail("permission denied");
    return fail(`cannot be read (${code ?? (err as Error).message})`);
  }
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return fail("is not UTF-8 text (is it a binary file?)");
  }
  const nul = text.indexOf("\u0000");
  if (nul >= 0) return fail("contains a NUL byte: expected a text file, not binary data");
  return { ok: true, text: text.replace(/^\uFEFF/, "") };
}
