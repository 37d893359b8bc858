// What `hackday` writes to and how it colours: all that start-up (`--version`, `--help`) needs, so it loads
// nothing else.
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
