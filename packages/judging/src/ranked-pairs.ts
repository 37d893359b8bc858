import { Closure } from "./closure.js";
import type { PreferenceMatrix } from "./matrix.js";
import { type Ranked, type RankingResult, rankByScore } from "./ranking.js";
import { strongestFirst } from "./schulze.js";

export interface LockStep {
  winner: string;
  loser: string;
  /** Voters preferring winner to loser (the pair's strength) and the other way. */
  votes: number;
  against: number;
  /** Locked into the graph, or skipped because it would close a cycle with stronger pairs. */
  locked: boolean;
  /**
   * Set when pairs of equal strength conflict (locking them in a different order changes the result):
   * the order used is input order, and this flag makes that visible instead of silent.
   */
  orderDependent?: true;
}

export interface RankedPairsEntry extends Ranked {
  /** Candidates this one is above in the locked graph (directly or through others). */
  above: number;
}

export interface RankedPairsResult extends RankingResult<RankedPairsEntry> {
  method: "ranked-pairs";
  lockSequence: LockStep[];
  /** True when equal-strength pairs conflicted and input order decided (see {@link LockStep.orderDependent}). */
  orderDependent: boolean;
}

/**
 * Ranked pairs (Tideman 1987). Pairs with a majority are sorted by winning votes, then by smaller opposition
 * (equivalently larger margin), and locked unless they would close a cycle. Cycle checks read a transitive
 * closure kept as bitsets ({@link Closure}), so each check is O(1).
 */
export function rankedPairs(matrix: PreferenceMatrix): RankedPairsResult {
  const { n, d, candidates } = matrix;
  const links = strongestFirst(matrix);
  const closure = new Closure(n);
  const lockSequence: LockStep[] = [];
  let orderDependent = false;
  const winnerOf = (link: number) => Math.floor(link / n);
  const loserOf = (link: number) => link - winnerOf(link) * n;
  const opposition = (link: number) => d[loserOf(link) * n + winnerOf(link)]!;

  for (let start = 0; start < links.length; ) {
    // A run of pairs with identical strength: lock those that fit, then check the run was order-free.
    let end = start + 1;
    while (
      end < links.length &&
      d[links[end]!] === d[links[start]!] &&
      opposition(links[end]!) === opposition(links[start]!)
    )
      end++;
    const rejectedBefore: boolean[] = [];
    for (let k = start; k < end; k++)
      rejectedBefore.push(closure.reaches(loserOf(links[k]!), winnerOf(links[k]!)));
    const runSteps: LockStep[] = [];
    for (let k = start; k < end; k++) {
      const w = winnerOf(links[k]!);
      const l = loserOf(links[k]!);
      const locked = !closure.reaches(l, w);
      if (locked) closure.add(w, l);
      runSteps.push({
        winner: candidates[w]!,
        loser: candidates[l]!,
        votes: d[w * n + l]!,
        against: d[l * n + w]!,
        locked,
      });
    }
    // If a pair was fine before the run but got rejected within it, the run's order decided something.
    if (runSteps.some((step, k) => !step.locked && !rejectedBefore[k])) {
      orderDependent = true;
      for (const step of runSteps) step.orderDependent = true;
    }
    for (const step of runSteps) lockSequence.push(step);
    start = end;
  }

  const above = new Int32Array(n);
  const below = new Int32Array(n);
  for (let x = 0; x < n; x++) {
    for (let y = 0; y < n; y++) {
      if (x !== y && closure.reaches(x, y)) {
        above[x]!++;
        below[y]!++;
      }
    }
  }
  const { ranking, ties } = rankByScore(
    candidates,
    (i) => -below[i]!,
    (i) => ({ above: above[i]! }),
  );
  return { method: "ranked-pairs", ranking, ties, lockSequence, orderDependent };
}
