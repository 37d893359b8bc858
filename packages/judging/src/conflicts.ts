import type { RankedBallot } from "./ballots.js";
import type { PairwiseVote } from "./pairwise.js";
import type { RubricScore } from "./rubric.js";

/** Ballots a conflict of interest left out, by kind. */
export interface ConflictsDropped {
  scores: number;
  rankings: number;
  votes: number;
}

/**
 * Leaves out what judges handed in about projects they have a conflict of interest with (schema's
 * `conflictOfInterest` gives the rule): their scores for it, its place on their rankings (the rest of the ballot
 * still counts) and every vote that names it. Ballots without a judge cannot be checked and stay.
 */
export function withoutConflicts(
  ballots: {
    scores?: readonly RubricScore[];
    rankings?: readonly RankedBallot[];
    votes?: readonly PairwiseVote[];
  },
  conflicted: (judge: string, project: string) => boolean,
): { scores: RubricScore[]; rankings: RankedBallot[]; votes: PairwiseVote[]; dropped: ConflictsDropped } {
  const dropped: ConflictsDropped = { scores: 0, rankings: 0, votes: 0 };
  const scores = (ballots.scores ?? []).filter((s) => {
    const out = conflicted(s.judge, s.project);
    if (out) dropped.scores++;
    return !out;
  });
  const rankings = (ballots.rankings ?? []).flatMap((b) => {
    const judge = b.judge;
    if (judge === undefined || !b.groups.some((g) => g.some((id) => conflicted(judge, id)))) return [b];
    dropped.rankings++;
    const groups = b.groups.map((g) => g.filter((id) => !conflicted(judge, id))).filter((g) => g.length > 0);
    return groups.length > 0 ? [{ ...b, groups }] : [];
  });
  const votes = (ballots.votes ?? []).filter((v) => {
    const out = conflicted(v.judge, v.winner) || conflicted(v.judge, v.loser);
    if (out) dropped.votes++;
    return !out;
  });
  return { scores, rankings, votes, dropped };
}
