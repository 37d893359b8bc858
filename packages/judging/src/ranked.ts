import { RANKED_METHODS } from "@hackdaykit/schema/lite";
import type { BallotProfile } from "./ballots.js";
import { type CopelandResult, copeland } from "./copeland.js";
import { type KemenyResult, kemeny } from "./kemeny.js";
import { preferenceMatrix } from "./matrix.js";
import { borda, type PositionalResult, stackRank } from "./positional.js";
import { type RankedPairsResult, rankedPairs } from "./ranked-pairs.js";
import { type SchulzeResult, schulze } from "./schulze.js";

/** Re-exported from `@hackdaykit/schema`, which owns the method names. */
export { RANKED_METHODS };
export type RankedMethod = (typeof RANKED_METHODS)[number];

export function isRankedMethod(method: string): method is RankedMethod {
  return (RANKED_METHODS as readonly string[]).includes(method);
}

/** The result of any ranked-ballot method; `method` tells which, and so which fields it carries. */
export type RankedResult =
  | PositionalResult
  | CopelandResult
  | SchulzeResult
  | RankedPairsResult
  | KemenyResult;

/**
 * Runs one ranked-ballot method on a profile.
 * @throws {@link JudgingInputError} as the method does (e.g. {@link kemeny} above 20 candidates).
 */
export function rankBallots(method: RankedMethod, profile: BallotProfile): RankedResult {
  switch (method) {
    case "stack-rank":
      return stackRank(profile);
    case "borda":
      return borda(profile);
    case "copeland":
      return copeland(preferenceMatrix(profile));
    case "schulze":
      return schulze(preferenceMatrix(profile));
    case "ranked-pairs":
      return rankedPairs(preferenceMatrix(profile));
    case "kemeny":
      return kemeny(preferenceMatrix(profile));
  }
}
