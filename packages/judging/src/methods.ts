import type { JudgingMethod } from "@hackdaykit/schema";
import { PAIRWISE_METHODS } from "@hackdaykit/schema/lite";
import { type BallotProfile, buildProfile, type RankedBallot } from "./ballots.js";
import { type BradleyTerryOptions, type BradleyTerryResult, bradleyTerry } from "./bradley-terry.js";
import { type CrowdBtParameters, type CrowdBtResult, crowdBt } from "./crowd-bt.js";
import { type EloResult, elo } from "./elo.js";
import { JudgingInputError } from "./errors.js";
import { preferenceMatrix } from "./matrix.js";
import type { PairwiseVote } from "./pairwise.js";
import { isRankedMethod, type RankedResult, rankBallots } from "./ranked.js";
import {
  type RubricCriterion,
  type RubricOptions,
  type RubricResult,
  type RubricScore,
  rubric,
} from "./rubric.js";

/** Re-exported from `@hackdaykit/schema`, which owns the method names. */
export { PAIRWISE_METHODS };
export type PairwiseMethod = (typeof PAIRWISE_METHODS)[number];

/** Everything judges handed in, in plain form. */
export interface BallotSet {
  scores?: readonly RubricScore[];
  rankings?: readonly RankedBallot[];
  /** Pairwise votes in casting order, voids already removed. */
  votes?: readonly PairwiseVote[];
}

/** Per-method settings; only the ones the chosen method reads matter. */
export interface MethodOptions {
  candidates?: readonly string[];
  criteria?: readonly RubricCriterion[];
  rubric?: Omit<RubricOptions, "criteria" | "projects">;
  crowdBt?: Partial<CrowdBtParameters>;
  bradleyTerry?: Omit<BradleyTerryOptions, "candidates">;
  elo?: { k?: number; initial?: number };
}

/** The result of any method; narrow on `method` to reach the method's own fields (strongest paths, α/β…). */
export type JudgingResult = RubricResult | RankedResult | CrowdBtResult | BradleyTerryResult | EloResult;

/**
 * Runs any method on the ballots it reads: scores (rubric), rankings (ranked methods) or votes (pairwise).
 * @throws {@link JudgingInputError} when the ballots do not fit the method: an unknown project, criterion or method,
 * a score off its criterion's scale, Kemeny above 20 projects.
 * @example
 * ```ts
 * const result = judge("schulze", { rankings: parseRankedCsv(csv).ballots });
 * console.log(result.ranking[0]?.id, result.ties);
 * ```
 */
export function judge(method: JudgingMethod, ballots: BallotSet, options: MethodOptions = {}): JudgingResult {
  const candidates = options.candidates;
  if (method === "rubric") {
    return rubric(ballots.scores ?? [], {
      criteria: options.criteria ?? [],
      ...options.rubric,
      ...(candidates && { projects: candidates }),
    });
  }
  if (isRankedMethod(method)) {
    return rankBallots(method, buildProfile(ballots.rankings ?? [], candidates ? { candidates } : {}));
  }
  const votes = ballots.votes ?? [];
  const list = candidates ? { candidates } : {};
  switch (method) {
    case "crowd-bt":
      return crowdBt(votes, { ...list, ...(options.crowdBt && { parameters: options.crowdBt }) });
    case "bradley-terry":
      return bradleyTerry(votes, { ...options.bradleyTerry, ...list });
    case "elo":
      return elo(votes, { ...options.elo, ...list });
  }
  throw new JudgingInputError(`unknown method "${method}"`);
}

/**
 * Head-to-head counts for tie-breaks, from whatever the method reads: ranked ballots (voters preferring a to
 * b), pairwise votes (votes a won against b) or rubric scores (judges who gave a a higher weighted total).
 * @throws {@link JudgingInputError} when the ballots name a project or criterion the options do not know.
 */
export function headToHead(
  method: JudgingMethod,
  ballots: BallotSet,
  options: MethodOptions = {},
): (a: string, b: string) => number {
  if (isRankedMethod(method)) {
    const profile: BallotProfile = buildProfile(
      ballots.rankings ?? [],
      options.candidates ? { candidates: options.candidates } : {},
    );
    const matrix = preferenceMatrix(profile);
    const index = new Map(matrix.candidates.map((id, i) => [id, i]));
    return (a, b) => matrix.d[index.get(a)! * matrix.n + index.get(b)!] ?? 0;
  }
  if (method === "rubric") {
    const weight = new Map((options.criteria ?? []).map((c) => [c.id, c.weight]));
    const totals = new Map<string, Map<string, [number, number]>>();
    for (const s of ballots.scores ?? []) {
      const row = totals.get(s.judge) ?? new Map<string, [number, number]>();
      totals.set(s.judge, row);
      const [sum, w] = row.get(s.project) ?? [0, 0];
      const cw = weight.get(s.criterion) ?? 0;
      row.set(s.project, [sum + cw * s.score, w + cw]);
    }
    return (a, b) => {
      let wins = 0;
      for (const row of totals.values()) {
        const x = row.get(a);
        const y = row.get(b);
        if (x && y && x[1] > 0 && y[1] > 0 && x[0] / x[1] > y[0] / y[1]) wins++;
      }
      return wins;
    };
  }
  const counts = new Map<string, number>();
  for (const v of ballots.votes ?? [])
    counts.set(`${v.winner}\u0000${v.loser}`, (counts.get(`${v.winner}\u0000${v.loser}`) ?? 0) + 1);
  return (a, b) => counts.get(`${a}\u0000${b}`) ?? 0;
}
