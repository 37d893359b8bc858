import type { SimulationResult } from "@hackdaykit/judging";
import { table } from "../../io.js";

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

/** The simulation as text: the settings in one line, then the methods, best at finding the top k first. */
export function simulationText(result: SimulationResult): string {
  const s = result.settings;
  const rows = [["Method", `Top ${s.k} exactly`, "Best first", `Top ${s.k} overlap`]];
  for (const m of [...result.methods].sort((a, b) => b.topK - a.topK || b.overlap - a.overlap)) {
    rows.push(
      m.skipped ? [m.method, "—", "—", m.skipped] : [m.method, pct(m.topK), pct(m.winner), pct(m.overlap)],
    );
  }
  return [
    `${s.projects} projects, ${s.judges} judges, ${s.minutes} min at ${s.visitMinutes} min a visit: ${result.visitsPerJudge} visits each, ${result.viewsPerProject.toFixed(1)} views per project; noise ${s.noise}, harshness ${s.harshness}; ${s.trials} trials`,
    table(rows, [1, 2, 3]),
  ].join("\n");
}
