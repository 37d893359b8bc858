import type { BallotProfile } from "./ballots.js";
import { copeland } from "./copeland.js";
import { kemeny } from "./kemeny.js";
import { preferenceMatrix } from "./matrix.js";
import { borda, stackRank } from "./positional.js";
import { rankedPairs } from "./ranked-pairs.js";
import type { RankingResult } from "./ranking.js";
import { schulze } from "./schulze.js";

export const RANKED_METHODS = [
  "stack-rank",
  "borda",
  "copeland",
  "schulze",
  "ranked-pairs",
  "kemeny",
] as const;
export type RankedMethod = (typeof RANKED_METHODS)[number];

export function isRankedMethod(method: string): method is RankedMethod {
  return (RANKED_METHODS as readonly string[]).includes(method);
}

/** Runs one ranked-ballot method on a profile. */
export function rankBallots(method: RankedMethod, profile: BallotProfile): RankingResult {
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
