import { readFileSync } from "node:fs";
import loadHighs from "highs";

const h = await loadHighs();
const t = performance.now();
const r = h.solve(readFileSync("/tmp/m120.lp", "utf8"), {
  output_flag: true,
  log_to_console: true,
  mip_rel_gap: 0,
  ...JSON.parse(process.argv[2] ?? "{}"),
});
console.log(r.Status, r.ObjectiveValue, performance.now() - t);
