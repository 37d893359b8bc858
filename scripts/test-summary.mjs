// Sums the vitest JSON reports (each package's test-results/*.json) into one closing line,
// "LABEL: N passed, N failed", and keeps a running total across CI phases, printed by `--total`.
// Reports are removed once counted, so each phase counts only the suites it ran.
import { appendFileSync, existsSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";

const root = new URL("..", import.meta.url).pathname;
const totals = join(root, "node_modules", ".test-totals");
const [label = "tests"] = process.argv.slice(2);

if (label === "--total") {
  const counts = existsSync(totals) ? readFileSync(totals, "utf8").trim().split("\n").filter(Boolean) : [];
  const [passed, failed] = counts
    .map((line) => line.split(" ").map(Number))
    .reduce(([p, f], [dp = 0, df = 0]) => [p + dp, f + df], [0, 0]);
  rmSync(totals, { force: true });
  console.log(`all: ${passed} passed, ${failed} failed`);
  process.exit(failed > 0 || passed === 0 ? 1 : 0);
}

let passed = 0;
let failed = 0;
for (const folder of ["packages", "apps"]) {
  for (const name of readdirSync(join(root, folder))) {
    const results = join(root, folder, name, "test-results");
    if (!existsSync(results)) continue;
    for (const file of readdirSync(results).filter((f) => f.endsWith(".json"))) {
      const report = JSON.parse(readFileSync(join(results, file), "utf8"));
      passed += report.numPassedTests;
      failed += report.numFailedTests;
      rmSync(join(results, file));
    }
  }
}
appendFileSync(totals, `${passed} ${failed}\n`);
console.log(`${label}: ${passed} passed, ${failed} failed`);
process.exitCode = failed > 0 ? 1 : 0;
