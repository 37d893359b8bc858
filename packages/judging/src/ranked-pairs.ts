import { Closure } from "./closure.js";
import type { PreferenceMatrix } from "./matrix.js";
import { type Ranked, type RankingResult, rankByScore, tiesOf } from "./ranking.js";
import { strongestFirst } from "./schulze.js";

export interface LockStep {
  winner: string;
  loser: string;
  /** Voters preferring winner to loser (the pair's strength) and the other way. */
  votes: number;
  against: number;
  /** Locked into the graph (in input order), or skipped because it would close a cycle with stronger pairs. */
  locked: boolean;
  /**
   * Set when pairs of equal strength conflict: locking them in another order gives another graph. The places
   * that depend on it are reported as a tie (see {@link RankedPairsResult.orderDependent}).
   */
  orderDependent?: true;
}

export interface RankedPairsEntry extends Ranked {
  /** Candidates this one is above in the locked graph of the input order (directly or through others). */
  above: number;
}

export interface RankedPairsResult extends RankingResult<RankedPairsEntry> {
  method: "ranked-pairs";
  /** The pairs in the order considered, locked in input order where equal pairs conflict. */
  lockSequence: LockStep[];
  /**
   * True when equal-strength pairs conflict. Every order of locking them is followed; the places that differ
   * between the outcomes are one tie, never decided by input order.
   */
  orderDependent: boolean;
  /** Distinct outcomes over all lock orders of equal pairs (1 when nothing depended on the order). */
  outcomes: number;
  /** True when there were more than {@link MAX_OUTCOMES} outcomes and only that many were followed. */
  outcomesTruncated: boolean;
}

/** Lock orders followed at most: equal-strength conflicts are rare, and each outcome costs a closure copy. */
export const MAX_OUTCOMES = 256;

/**
 * Ranked pairs (Tideman 1987). Pairs with a majority are sorted by winning votes, then by smaller opposition
 * (equivalently larger margin), and locked unless they would close a cycle. Cycle checks read a transitive
 * closure kept as bitsets ({@link Closure}), so each check is O(1). Where pairs of equal strength conflict, the
 * result would depend on which is locked first: every order is followed (Zavist & Tideman's "parallel
 * universes"), and candidates whose place differs between the outcomes share one tied place.
 */
export function rankedPairs(matrix: PreferenceMatrix): RankedPairsResult {
  const { n, d, candidates } = matrix;
  const links = strongestFirst(matrix);
  const winnerOf = (link: number) => Math.floor(link / n);
  const loserOf = (link: number) => link - winnerOf(link) * n;
  const opposition = (link: number) => d[loserOf(link) * n + winnerOf(link)]!;

  const closure = new Closure(n); // the input-order outcome
  let others: Closure[] = []; // the other outcomes, when an order mattered
  let truncated = false;
  const lockSequence: LockStep[] = [];
  let orderDependent = false;

  for (let start = 0; start < links.length; ) {
    let end = start + 1;
    while (
      end < links.length &&
      d[links[end]!] === d[links[start]!] &&
      opposition(links[end]!) === opposition(links[start]!)
    )
      end++;
    const run = Array.from(links.subarray(start, end));
    // Only a run of two or more pairs can depend on its order; keep the state before it to follow the others.
    const before = run.length > 1 ? closure.clone() : undefined;
    const fine = run.map((link) => !closure.reaches(loserOf(link), winnerOf(link)));
    const steps: LockStep[] = [];
    for (const link of run) {
      const w = winnerOf(link);
      const l = loserOf(link);
      const locked = !closure.reaches(l, w);
      if (locked) closure.add(w, l);
      steps.push({
        winner: candidates[w]!,
        loser: candidates[l]!,
        votes: d[w * n + l]!,
        against: d[l * n + w]!,
        locked,
      });
    }
    // A pair fine before the run but rejected within it: the run's order decided something.
    const conflict = steps.some((step, k) => !step.locked && fine[k]);
    if (conflict) {
      orderDependent = true;
      for (const step of steps) step.orderDependent = true;
    }
    lockSequence.push(...steps);
    if (conflict || others.length > 0) {
      // Follow this run in every order from every outcome so far (the input order's is `closure`).
      const next: Closure[] = [];
      const seen = new Set<string>([key(closure)]);
      for (const state of conflict ? [before!, ...others] : others) {
        const found = lockEveryOrder(state, run, n);
        if (found.truncated) truncated = true;
        for (const outcome of found.outcomes) {
          const k = key(outcome);
          if (seen.has(k)) continue;
          if (next.length + 1 >= MAX_OUTCOMES) {
            truncated = true;
            break;
          }
          seen.add(k);
          next.push(outcome);
        }
      }
      others = next;
    }
    start = end;
  }

  const ranksOf = (c: Closure) => {
    const below = new Int32Array(n);
    for (let x = 0; x < n; x++) for (let y = 0; y < n; y++) if (x !== y && c.reaches(x, y)) below[y]!++;
    return rankByScore(
      candidates,
      (i) => -below[i]!,
      () => ({}),
    ).ranking;
  };
  const above = new Int32Array(n);
  for (let x = 0; x < n; x++) for (let y = 0; y < n; y++) if (x !== y && closure.reaches(x, y)) above[x]!++;
  const index = new Map(candidates.map((id, i) => [id, i]));
  // Each candidate's span of places over every outcome; overlapping spans merge into one tied place.
  const first = new Float64Array(n).fill(Number.POSITIVE_INFINITY);
  const last = new Float64Array(n).fill(0);
  for (const outcome of [closure, ...others]) {
    const ranking = ranksOf(outcome);
    const size = new Map<number, number>();
    for (const e of ranking) size.set(e.rank, (size.get(e.rank) ?? 0) + 1);
    for (const e of ranking) {
      const i = index.get(e.id)!;
      first[i] = Math.min(first[i]!, e.rank);
      last[i] = Math.max(last[i]!, e.rank + size.get(e.rank)! - 1);
    }
  }
  const order = candidates
    .map((_, i) => i)
    .sort((a, b) => first[a]! - first[b]! || last[a]! - last[b]! || a - b);
  const ranking: RankedPairsEntry[] = [];
  let groupEnd = -1;
  let rank = 0;
  order.forEach((i, position) => {
    if (first[i]! > groupEnd) rank = position + 1;
    groupEnd = Math.max(groupEnd, last[i]!);
    ranking.push({ id: candidates[i]!, rank, above: above[i]! });
  });
  return {
    method: "ranked-pairs",
    ranking,
    ties: tiesOf(ranking),
    lockSequence,
    orderDependent,
    outcomes: 1 + others.length,
    outcomesTruncated: truncated,
  };
}

/** Graph states visited at most per run while following lock orders. */
const MAX_STATES = 4096;

/** Every distinct graph that locking the run's pairs in some order gives, from this state. */
function lockEveryOrder(
  state: Closure,
  run: readonly number[],
  n: number,
): { outcomes: Closure[]; truncated: boolean } {
  const outcomes: Closure[] = [];
  const visited = new Set<string>();
  let truncated = false;
  // A pair still open neither closes a cycle nor is already implied; the graph alone says which are open.
  const open = (c: Closure) =>
    run.filter((link) => {
      const w = Math.floor(link / n);
      const l = link % n;
      return !c.reaches(l, w) && !c.reaches(w, l);
    });
  const visit = (c: Closure) => {
    const k = key(c);
    if (visited.has(k)) return;
    if (visited.size >= MAX_STATES || outcomes.length >= MAX_OUTCOMES) {
      truncated = true;
      return;
    }
    visited.add(k);
    const links = open(c);
    if (links.length === 0) {
      outcomes.push(c);
      return;
    }
    for (const link of links) {
      const next = c.clone();
      next.add(Math.floor(link / n), link % n);
      visit(next);
    }
  };
  visit(state);
  return { outcomes, truncated };
}

const key = (c: Closure) => Array.from(c.reach).join(",");
