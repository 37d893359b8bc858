import { type BallotProfile, ballotPositions } from "./ballots.js";
import { type Ranked, type RankingResult, rankByScore } from "./ranking.js";

export interface PointsEntry extends Ranked {
  points: number;
}

/**
 * Borda count, "m−1 … 0" points. Variant for ties and partial ballots (stated because it changes results):
 * a group of tied candidates shares equally the points of the places it spans, and the candidates a ballot
 * leaves out are tied below everything it names, so they share the remaining points. Equivalently a
 * candidate scores 1 per voter for each rival ranked below it and ½ for each rival tied with it.
 */
export function borda(profile: BallotProfile): PositionalResult {
  const m = profile.candidates.length;
  return {
    ...positional(profile, "borda", (place) => m - 1 - place, true),
    variant: `${m - 1}…0 points by place; tied projects share the points of the places they span; projects a ballot leaves out share the remaining points`,
  };
}

export interface PositionalResult extends RankingResult<PointsEntry> {
  method: "stack-rank" | "borda";
  /** The counting rule in words, since variants change results. */
  variant: string;
}

/** Default MLH-style stack rank: each judge's first pick 3 points, second 2, third 1. */
export const STACK_RANK_POINTS = [3, 2, 1] as const;

/**
 * Stack rank (MLH): each ballot gives `points[k]` to its (k+1)-th place. A tied group shares the points of the
 * places it spans equally; candidates a ballot leaves out get nothing.
 */
export function stackRank(
  profile: BallotProfile,
  points: readonly number[] = STACK_RANK_POINTS,
): PositionalResult {
  return {
    ...positional(profile, "stack-rank", (place) => points[place] ?? 0, false),
    variant: `${points.join("/")} points for the top ${points.length} places; tied picks share the points of the places they span; other projects get none`,
  };
}

function positional(
  profile: BallotProfile,
  method: PositionalResult["method"],
  pointsFor: (place: number) => number,
  scoreUnnamed: boolean,
): Omit<PositionalResult, "variant"> {
  const m = profile.candidates.length;
  // Shares are sum/size; summing whole-number sums per group size and dividing once at the end keeps the
  // totals exact (and independent of ballot order) for whole-number points.
  const sums = new Map<number, Float64Array>();
  const positions = ballotPositions(profile);
  positions.forEach((position, b) => {
    const ballot = profile.ballots[b]!;
    const sizes = ballot.groups.map((g) => g.length);
    if (scoreUnnamed) sizes.push(m - ballot.groups.flat().length);
    const groupSum: number[] = [];
    let place = 0;
    for (const size of sizes) {
      let sum = 0;
      for (let k = 0; k < size; k++) sum += pointsFor(place + k);
      groupSum.push(sum);
      place += size;
    }
    for (let c = 0; c < m; c++) {
      const g = position[c]!;
      const size = sizes[g];
      if (size === undefined || size === 0) continue;
      let bySize = sums.get(size);
      if (!bySize) {
        bySize = new Float64Array(m);
        sums.set(size, bySize);
      }
      bySize[c]! += ballot.count * groupSum[g]!;
    }
  });
  const totals = new Float64Array(m);
  for (const size of [...sums.keys()].sort((a, b) => a - b)) {
    const bySize = sums.get(size)!;
    for (let c = 0; c < m; c++) totals[c]! += bySize[c]! / size;
  }
  const { ranking, ties } = rankByScore(
    profile.candidates,
    (i) => totals[i]!,
    (i) => ({ points: totals[i]! }),
  );
  return { method, ranking, ties };
}
