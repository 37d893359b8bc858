// Shared by the tests only (not exported from the package).
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parseLedgerText } from "./load.js";
import type { Ledger } from "./model.js";

export const EXAMPLE = fileURLToPath(
  new URL("../../../examples/nhs-hack-day-31.ledger.yaml", import.meta.url),
);

export function exampleLedger(): Ledger {
  const result = parseLedgerText(readFileSync(EXAMPLE, "utf8"), EXAMPLE);
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.ledger;
}

/** Runs a real accounting tool; throws (so the test fails loudly) when it is not installed. */
export function tool(
  command: string,
  args: string[],
  input?: string,
): { status: number; stdout: string; stderr: string } {
  const run = spawnSync(command, args, { encoding: "utf8", input, maxBuffer: 1 << 26 });
  if (run.error && (run.error as NodeJS.ErrnoException).code === "ENOENT") {
    throw new Error(
      `${command} is not installed: apt-get install -y ${command === "bean-check" ? "beancount" : command}`,
    );
  }
  return { status: run.status ?? -1, stdout: run.stdout, stderr: run.stderr };
}
