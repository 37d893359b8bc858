import type { JudgingMethod } from "@hackdaykit/schema";
import type { Ranked } from "./ranking.js";

/** The number a method shows for each project of its ranking (higher is better): which field, and its name. */
export interface RankingScore {
  /** The field of each ranking entry, e.g. `points` or `mu`. */
  field: string;
  /** A short heading for people, e.g. "Points" or "μ". */
  label: string;
  /**
   * True when the ranking is this number's order, highest first. False for Schulze and ranked pairs: they rank
   * by head-to-head paths and locks, and the number (projects placed below) summarises that order.
   */
  decides: boolean;
}

// Kemeny has no number per project: it ranks by place in the optimal order (entries carry best and worst place).
const SCORES: Readonly<Record<JudgingMethod, RankingScore | undefined>> = {
  rubric: { field: "score", label: "Score", decides: true },
  "stack-rank": { field: "points", label: "Points", decides: true },
  borda: { field: "points", label: "Points", decides: true },
  copeland: { field: "score", label: "Score", decides: true },
  schulze: { field: "beats", label: "Beats", decides: false },
  "ranked-pairs": { field: "above", label: "Above", decides: false },
  kemeny: undefined,
  "crowd-bt": { field: "mu", label: "μ", decides: true },
  "bradley-terry": { field: "strength", label: "Strength", decides: true },
  elo: { field: "rating", label: "Rating", decides: true },
};

/**
 * Which number `method` ranks by, so a table or chart can show it without guessing from field names; undefined
 * for Kemeny (no per-project score) and for names that are not a method.
 *
 * @example rankingScore("crowd-bt") // { field: "mu", label: "μ", decides: true }
 */
export function rankingScore(method: string): RankingScore | undefined {
  return Object.hasOwn(SCORES, method) ? SCORES[method as JudgingMethod] : undefined;
}

/**
 * The number an entry of a `method` result is ranked by (its μ, points, rating…), or undefined where the method
 * has none.
 *
 * @example scoreOf(result.method, result.ranking[0])
 */
export function scoreOf(method: string, entry: Ranked): number | undefined {
  const score = rankingScore(method);
  const value = score && (entry as unknown as Record<string, unknown>)[score.field];
  return typeof value === "number" ? value : undefined;
}
