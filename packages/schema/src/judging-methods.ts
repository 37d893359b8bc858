// The judging vocabulary as plain constants, so code that only needs the names loads no zod.

/** Methods that read ranked ballots (`A>B=C`). */
export const RANKED_METHODS = [
  "stack-rank",
  "borda",
  "copeland",
  "schulze",
  "ranked-pairs",
  "kemeny",
] as const;
/** Methods that read pairwise votes (`judge,winner,loser`) in casting order. */
export const PAIRWISE_METHODS = ["crowd-bt", "bradley-terry", "elo"] as const;
export const JUDGING_METHODS = ["rubric", ...RANKED_METHODS, ...PAIRWISE_METHODS] as const;
export type JudgingMethod = (typeof JUDGING_METHODS)[number];

export const ELIGIBILITY_FLAGS = ["builtThisWeekend", "usable", "notCommercial"] as const;
export type EligibilityFlag = (typeof ELIGIBILITY_FLAGS)[number];

/** `A>B=C>D`: `>` strictly better, `=` tied. */
export const RANKING_PATTERN = /^[a-z0-9][a-z0-9-]*(?:[>=][a-z0-9][a-z0-9-]*)*$/;
