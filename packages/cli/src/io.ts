import { randomBytes } from "node:crypto";
import { rename, rm, writeFile } from "node:fs/promises";
import pc from "picocolors";

/** Where a command writes; tests pass their own to capture output without a subprocess. */
export interface Io {
  stdout: { write(text: string): unknown; isTTY?: boolean };
  stderr: { write(text: string): unknown; isTTY?: boolean };
  env: Record<string, string | undefined>;
  cwd: string;
  /** Where questions are answered (`hackday init` on a terminal); default process.stdin. */
  stdin?: NodeJS.ReadableStream & { isTTY?: boolean };
}

export const processIo = (): Io => ({
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
  cwd: process.cwd(),
});

/** Colour only on a terminal, and never when NO_COLOR is set (https://no-color.org). */
export function colours(io: Io, stream: "stdout" | "stderr" = "stderr") {
  const enabled = Boolean(io[stream].isTTY) && !io.env.NO_COLOR && io.env.TERM !== "dumb";
  return pc.createColors(enabled);
}

/** An expected failure: printed as one message, never a stack trace. */
export class CliError extends Error {
  override name = "CliError";
  constructor(
    message: string,
    readonly exitCode: 1 | 2 = 1,
  ) {
    super(message);
  }
}

/**
 * Writes a file whole or not at all: a crash mid-write never leaves a half-written output.
 * @throws {@link CliError} when the file cannot be written; the old file, if any, is left as it was.
 */
export async function writeFileAtomic(path: string, content: string | Uint8Array): Promise<void> {
  const temporary = `${path}.${randomBytes(6).toString("hex")}.tmp`;
  try {
    await writeFile(temporary, content);
    await rename(temporary, path);
  } catch (err) {
    await rm(temporary, { force: true });
    throw new CliError(
      `${path}: cannot write (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`,
    );
  }
}

/**
 * Sends data to `-o FILE` when given, else to stdout.
 * @throws {@link CliError} when the output file cannot be written.
 */
export async function emit(io: Io, content: string, file?: string): Promise<void> {
  if (file === undefined) io.stdout.write(content);
  else await writeFileAtomic(file, content);
}

/** Machine output: `value` as indented JSON and a newline (the same in every command). */
export const jsonText = (value: unknown): string => `${JSON.stringify(value, null, 2)}\n`;

/** `jsonText(value)` to `-o FILE` when given, else to stdout. */
export function emitJson(io: Io, value: unknown, file?: string): Promise<void> {
  return emit(io, jsonText(value), file);
}

/** Left-aligned columns padded to the widest cell; numbers right-aligned. */
export function table(rows: readonly (readonly string[])[], alignRight: readonly number[] = []): string {
  const widths: number[] = [];
  for (const row of rows) row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, [...cell].length)));
  return rows
    .map((row) =>
      row
        .map((cell, i) => {
          const pad = " ".repeat(widths[i]! - [...cell].length);
          return alignRight.includes(i) ? pad + cell : i === row.length - 1 ? cell : cell + pad;
        })
        .join("  ")
        .trimEnd(),
    )
    .join("\n");
}

/**
 * A progress bar on stderr for work that takes more than a second (simulations, big imports). Draws only on a
 * terminal, at most ten times a second, and not before the first second has passed, so quick runs stay silent.
 */
export function progress(io: Io, label: string, now: () => number = Date.now) {
  const started = now();
  let drawn = 0;
  const enabled = Boolean(io.stderr.isTTY) && io.env.TERM !== "dumb";
  return {
    update(done: number, total: number): void {
      const time = now();
      if (!enabled || time - started < 1000 || time - drawn < 100) return;
      drawn = time;
      const width = 30;
      const filled = total > 0 ? Math.round((done / total) * width) : 0;
      const percent = total > 0 ? Math.floor((done / total) * 100) : 0;
      io.stderr.write(`\r${label} [${"#".repeat(filled)}${"-".repeat(width - filled)}] ${percent}%`);
    },
    finish(): void {
      if (drawn > 0) io.stderr.write("\r\u001b[2K");
    },
  };
}
