import type { Prepared } from "./prepare.js";
import { compareScores, type FormationScore, type Placement, score, violation } from "./score.js";

/**
 * The best score over every placement of every unit (each pitch it accepts, or unplaced): the reference the
 * solver is tested against on small instances. (m + 1)^units placements — keep it to a handful of people.
 */
export function bruteForce(prepared: Prepared): { score: FormationScore; placement: Placement } {
  const options = prepared.units.map((unit) => {
    if (unit.pinned !== undefined) return [unit.pinned];
    return [null, ...unit.cost.flatMap((c, j) => (c === null ? [] : [j]))];
  });
  const current: (number | null)[] = options.map(() => null);
  let best: { score: FormationScore; placement: Placement } | undefined;
  const visit = (u: number) => {
    if (u === options.length) {
      if (violation(prepared, current) !== undefined) return;
      const s = score(prepared, current);
      if (best === undefined || compareScores(s, best.score) < 0)
        best = { score: s, placement: [...current] };
      return;
    }
    for (const j of options[u]!) {
      current[u] = j;
      visit(u + 1);
    }
  };
  visit(0);
  if (best === undefined) throw new Error("no placement keeps the pins");
  return best;
}
