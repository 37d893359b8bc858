// Benchmark: `hackday --version` next to `node -e 0` (Node's own start-up), medians of interleaved runs, with
// peak memory. The CLI loads a command's code only when that command runs; this is the floor every command
// pays. Usage: npm run bench
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { compare, header, row } from "../../../bench/measure.mjs";

const bin = join(dirname(fileURLToPath(import.meta.url)), "../dist/bin.js");
if (!existsSync(bin)) {
  console.error(`bench: ${bin} is missing: npm run build first`);
  process.exit(1);
}
const runs = 11;
const [version, help, node] = compare(
  [
    { command: process.execPath, args: [bin, "--version"] },
    { command: process.execPath, args: [bin, "--help"] },
    { command: process.execPath, args: ["-e", "0"] },
  ],
  runs,
);
console.log(`CLI start-up, ${runs} runs each, interleaved`);
console.log(header);
console.log(row("hackday --version", version));
console.log(row("hackday --help", help));
console.log(row("node -e 0", node));
const times = version.wall / node.wall;
console.log(
  `  hackday --version takes ${times.toFixed(2)}× node -e 0 by wall time, ${(version.cpu / node.cpu).toFixed(2)}× by CPU time (goal ≤ 2×: ${times <= 2 ? "met" : "NOT met"})`,
);
