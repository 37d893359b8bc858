import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll } from "vitest";
import type { Io } from "./io.js";
import { run } from "./program.js";

/** The repository's root folder: examples and fixtures are read from the repo only. */
export const repoRoot = fileURLToPath(new URL("../../../", import.meta.url));
/** The built `hackday` (run `npx tsup` first), for tests of the real binary. */
export const builtBin = join(repoRoot, "packages/cli/dist/bin.js");

/** An Io that records what a command wrote, for in-process CLI tests. */
export function captureIo(
  options: { tty?: boolean; env?: Record<string, string | undefined>; cwd?: string } = {},
) {
  const out: string[] = [];
  const err: string[] = [];
  const io: Io = {
    stdout: { write: (text: string) => out.push(text), isTTY: options.tty ?? false },
    stderr: { write: (text: string) => err.push(text), isTTY: options.tty ?? false },
    env: options.env ?? {},
    cwd: options.cwd ?? process.cwd(),
  };
  return {
    io,
    get stdout() {
      return out.join("");
    },
    get stderr() {
      return err.join("");
    },
  };
}

/** Runs `hackday ...args` in-process: exit code, what it wrote, and stdout parsed as JSON on demand. */
export async function hackday(...args: string[]) {
  const out = captureIo();
  const code = await run(args, out.io);
  const { stdout, stderr } = out;
  return { code, stdout, stderr, json: () => JSON.parse(stdout) };
}

/** A scratch folder for one test file, removed once its tests are done. */
export function scratchDir(name: string): string {
  const dir = mkdtempSync(join(tmpdir(), `hackday-${name}-`));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** A scratch folder and a way to write a file in it (returning its path). */
export function scratchFiles(name: string) {
  const dir = scratchDir(name);
  const file = (fileName: string, text: string) => {
    const path = join(dir, fileName);
    writeFileSync(path, text);
    return path;
  };
  return { dir, file };
}
