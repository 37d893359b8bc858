import { seededRandom, shuffle } from "@hackdaykit/schema/internal";
import { type Explained, explain } from "./explain.js";
import { type PrepareOptions, prepare } from "./prepare.js";
import type { FormationProblem } from "./problem.js";
import { solveExactly } from "./solve.js";

export interface AllocateOptions extends PrepareOptions {
  /**
   * Only decides between allocations that score exactly the same (it changes the order the solver sees people
   * in). Without it the input order decides, so the same input always gives the same teams.
   */
  seed?: number;
}

export interface Allocation extends Explained {
  /** The objective, in words, for output. */
  objective: string;
}

export const OBJECTIVE =
  "fewest people unplaced, then fewest wanted skills uncovered, then least total cost, where a choice of rank r costs (r - 1)^2";

/**
 * Forms teams from pitches: every attendee on exactly one team or listed as unplaced with the reason, sizes
 * within bounds, pitches that cannot fill dropped, groups together, pitchers leading their own kept pitch,
 * wanted skills covered where the people exist. The result is optimal for {@link OBJECTIVE} (solved exactly
 * as an integer programme) and explained person by person.
 * @throws {@link @hackdaykit/schema!ValidationError | ValidationError} when the problem is inconsistent (duplicate or
 * unknown ids, a pitch ranked twice or both ranked and avoided, impossible sizes, clashing groups and pins); `issues`
 * lists every problem.
 * @example
 * ```ts
 * const allocation = await allocateTeams(problemFromEvent(event));
 * for (const team of allocation.teams) console.log(team.pitch, team.members);
 * ```
 */
export async function allocateTeams(
  problem: FormationProblem,
  options: AllocateOptions = {},
): Promise<Allocation> {
  const prepared = prepare(problem, options);
  const order = prepared.units.map((_, u) => u);
  if (options.seed !== undefined) shuffle(order, seededRandom(options.seed));
  const placement = await solveExactly(prepared, order);
  return { objective: OBJECTIVE, ...explain(prepared, placement) };
}
