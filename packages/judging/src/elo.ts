import { type PairwiseVote, voteParticipants } from "./pairwise.js";
import { type Ranked, type RankingResult, rankByScore } from "./ranking.js";

export interface EloOptions {
  /** K-factor: the most a rating moves on one vote (default 32). */
  k?: number;
  /** Starting rating (default 1500). */
  initial?: number;
  /** Starting ratings for particular projects (e.g. carried over from an earlier round). */
  ratings?: Readonly<Record<string, number>>;
  candidates?: readonly string[];
}

export interface EloEntry extends Ranked {
  rating: number;
}

/** Elo ratings, best first, with the projects that share a rating listed as ties. */
export interface EloResult extends RankingResult<EloEntry> {
  method: "elo";
}

/**
 * Elo, votes applied in casting order: expected score E = 1/(1 + 10^((R_loser − R_winner)/400)); the winner
 * gains K(1 − E) and the loser loses the same. Order-dependent by design, unlike the other models.
 * @throws {@link JudgingInputError} when a vote names a project outside `candidates` (with the vote's line).
 */
export function elo(votes: readonly PairwiseVote[], options: EloOptions = {}): EloResult {
  const k = options.k ?? 32;
  const { projects } = voteParticipants(votes, options.candidates);
  const index = new Map(projects.map((id, i) => [id, i]));
  const rating = Float64Array.from(projects, (id) => options.ratings?.[id] ?? options.initial ?? 1500);
  for (const v of votes) {
    const w = index.get(v.winner)!;
    const l = index.get(v.loser)!;
    const expected = 1 / (1 + 10 ** ((rating[l]! - rating[w]!) / 400));
    const change = k * (1 - expected);
    rating[w]! += change;
    rating[l]! -= change;
  }
  const { ranking, ties } = rankByScore(
    projects,
    (i) => rating[i]!,
    (i) => ({ rating: rating[i]! }),
  );
  return { method: "elo", ranking, ties };
}
