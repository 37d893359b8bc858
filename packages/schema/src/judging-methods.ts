// The judging vocabulary as plain constants, so code that only needs the names loads no zod.

export const JUDGING_METHODS = [
  "rubric",
  "stack-rank",
  "borda",
  "copeland",
  "schulze",
  "ranked-pairs",
  "kemeny",
  "crowd-bt",
  "bradley-terry",
  "elo",
] as const;
export type JudgingMethod = (typeof JUDGING_METHODS)[number];

export const ELIGIBILITY_FLAGS = ["builtThisWeekend", "usable", "notCommercial"] as const;
export type EligibilityFlag = (typeof ELIGIBILITY_FLAGS)[number];

/** `A>B=C>D`: `>` strictly better, `=` tied. */
export const RANKING_PATTERN = /^[a-z0-9][a-z0-9-]*(?:[>=][a-z0-9][a-z0-9-]*)*$/;
