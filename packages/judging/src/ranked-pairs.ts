import type { PreferenceMatrix } from "./matrix.js";
import { type Ranked, type RankingResult, rankByScore } from "./ranking.js";

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
  lockSequence: LockStep[];
  /** True when equal-strength pairs conflicted and input order decided (see {@link LockStep.orderDependent}). */
  orderDependent: boolean;
}

/**
 * Ranked pairs (Tideman 1987). Pairs with a majority are sorted by winning votes, then by smaller opposition
 * (equivalently larger margin), and locked unless they would close a cycle. Cycle checks use a transitive
 * closure kept as bitsets, so each check is O(1) and each lock that adds reachability costs O(n²/32).
 */
export function rankedPairs(matrix: PreferenceMatrix): RankedPairsResult {
  const { n, d, candidates } = matrix;
  const pairWinner: number[] = [];
  const pairLoser: number[] = [];
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      if (d[i * n + j]! > d[j * n + i]!) {
        pairWinner.push(i);
        pairLoser.push(j);
      }
    }
  }
  const order = new Uint32Array(pairWinner.length).map((_, k) => k);
  const strength = (k: number) => d[pairWinner[k]! * n + pairLoser[k]!]!;
  const opposition = (k: number) => d[pairLoser[k]! * n + pairWinner[k]!]!;
  order.sort((a, b) => strength(b) - strength(a) || opposition(a) - opposition(b) || a - b);

  const words = (n + 31) >>> 5;
  const reach = new Uint32Array(n * words); // reach[x] ∋ y: a locked path runs x → y
  const reaches = (x: number, y: number) => (reach[x * words + (y >>> 5)]! & (1 << (y & 31))) !== 0;
  const lockSequence: LockStep[] = [];
  let orderDependent = false;

  for (let start = 0; start < order.length; ) {
    // A run of pairs with identical strength: lock those that fit, then check the run was order-free.
    let end = start + 1;
    while (
      end < order.length &&
      strength(order[end]!) === strength(order[start]!) &&
      opposition(order[end]!) === opposition(order[start]!)
    )
      end++;
    const rejectedBefore: boolean[] = [];
    for (let k = start; k < end; k++) {
      const pair = order[k]!;
      rejectedBefore.push(reaches(pairLoser[pair]!, pairWinner[pair]!));
    }
    const runSteps: LockStep[] = [];
    for (let k = start; k < end; k++) {
      const pair = order[k]!;
      const w = pairWinner[pair]!;
      const l = pairLoser[pair]!;
      const locked = !reaches(l, w);
      if (locked && !reaches(w, l)) {
        // Everything that reaches w (and w itself) now reaches l and all l reaches.
        for (let x = 0; x < n; x++) {
          if (x !== w && !reaches(x, w)) continue;
          const row = x * words;
          const from = l * words;
          for (let k2 = 0; k2 < words; k2++) reach[row + k2]! |= reach[from + k2]!;
          reach[row + (l >>> 5)]! |= 1 << (l & 31);
        }
      }
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
    lockSequence.push(...runSteps);
    start = end;
  }

  const above = new Int32Array(n);
  const below = new Int32Array(n);
  for (let x = 0; x < n; x++) {
    for (let y = 0; y < n; y++) {
      if (x !== y && reaches(x, y)) {
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
