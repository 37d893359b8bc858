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
  /** Distinct outcomes over the lock orders of equal pairs followed (1 when nothing depended on the order). */
  outcomes: number;
  /**
   * True when the lock orders were too many to follow (cycle-rich ballots over many projects). Then, for every
   * pair a run's order overruled, the projects placed between its two ends share a place instead (`outcomes`
   * counts only the orders followed).
   */
  outcomesTruncated: boolean;
}

/** Distinct outcomes followed at most. */
export const MAX_OUTCOMES = 64;
/** Work (closure words copied or rebuilt) spent following other lock orders before falling back. */
const MAX_WORK = 2_000_000;

/**
 * Ranked pairs (Tideman 1987). Pairs with a majority are sorted by winning votes, then by smaller opposition
 * (equivalently larger margin), and locked unless they would close a cycle. Cycle checks read a transitive
 * closure kept as bitsets (`Closure`), so each check is O(1). Where pairs of equal strength conflict, the
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
  const locked: number[] = []; // its locked pairs in order, to rebuild the state before a run that mattered
  let others: Closure[] = []; // the other outcomes, while they can be followed
  const budget = { work: 0, exceeded: false };
  const overruled: [number, number][] = []; // pairs open before their run but rejected within it, as [w, l]
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
    const lockedBefore = locked.length;
    const fine = run.map((link) => !closure.reaches(loserOf(link), winnerOf(link)));
    const steps: LockStep[] = [];
    for (const link of run) {
      const w = winnerOf(link);
      const l = loserOf(link);
      const ok = !closure.reaches(l, w);
      if (ok) {
        closure.add(w, l);
        locked.push(link);
      }
      steps.push({
        winner: candidates[w]!,
        loser: candidates[l]!,
        votes: d[w * n + l]!,
        against: d[l * n + w]!,
        locked: ok,
      });
    }
    // A pair fine before the run but rejected within it: the run's order decided something.
    const conflict = steps.some((step, k) => !step.locked && fine[k]);
    if (conflict) {
      orderDependent = true;
      for (const step of steps) step.orderDependent = true;
      run.forEach((link, k) => {
        if (fine[k] && !steps[k]!.locked) overruled.push([winnerOf(link), loserOf(link)]);
      });
    }
    for (const step of steps) lockSequence.push(step);
    if (!budget.exceeded && (conflict || others.length > 0)) {
      // Follow this run in every order from every outcome so far; the state before a run that mattered is
      // rebuilt from the pairs locked until then (rare, so no copy per run).
      const before = () => {
        budget.work += lockedBefore * closure.words * 32;
        const state = new Closure(n);
        for (let k = 0; k < lockedBefore; k++) state.add(winnerOf(locked[k]!), loserOf(locked[k]!));
        return state;
      };
      const next = new Outcomes();
      next.add(closure);
      for (const state of conflict ? [before(), ...others] : others) {
        for (const outcome of lockEveryOrder(state, run, n, budget)) {
          if (next.size >= MAX_OUTCOMES) budget.exceeded = true;
          else next.add(outcome);
        }
      }
      others = budget.exceeded ? [] : next.list.slice(1);
    }
    start = end;
  }

  const above = new Int32Array(n);
  for (let x = 0; x < n; x++) for (let y = 0; y < n; y++) if (x !== y && closure.reaches(x, y)) above[x]!++;
  // Each candidate's span of places over every outcome; overlapping spans merge into one tied place.
  const first = new Float64Array(n).fill(Number.POSITIVE_INFINITY);
  const last = new Float64Array(n).fill(0);
  for (const outcome of [closure, ...others]) {
    const [from, to] = places(outcome, candidates);
    for (let i = 0; i < n; i++) {
      first[i] = Math.min(first[i]!, from[i]!);
      last[i] = Math.max(last[i]!, to[i]!);
    }
  }
  if (budget.exceeded) {
    // Too many orders to follow: a pair w > l that its run's order overruled leaves l above w through a
    // cycle of equal pairs; locked in another order, w would be above l. Everyone placed from l down to w ties.
    for (const [w, l] of overruled) {
      const lo = Math.min(first[l]!, first[w]!);
      const hi = Math.max(last[l]!, last[w]!);
      first[w] = first[l] = lo;
      last[w] = last[l] = hi;
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
    outcomesTruncated: budget.exceeded,
  };
}

/** The places (first and last, from 1) each candidate spans in one locked graph: ranked by how many are above. */
function places(c: Closure, candidates: readonly string[]): [Float64Array, Float64Array] {
  const n = candidates.length;
  const below = new Int32Array(n);
  for (let x = 0; x < n; x++) for (let y = 0; y < n; y++) if (x !== y && c.reaches(x, y)) below[y]!++;
  const { ranking } = rankByScore(
    candidates,
    (i) => -below[i]!,
    () => ({}),
  );
  const size = new Map<number, number>();
  for (const e of ranking) size.set(e.rank, (size.get(e.rank) ?? 0) + 1);
  const index = new Map(candidates.map((id, i) => [id, i]));
  const from = new Float64Array(n);
  const to = new Float64Array(n);
  for (const e of ranking) {
    from[index.get(e.id)!] = e.rank;
    to[index.get(e.id)!] = e.rank + size.get(e.rank)! - 1;
  }
  return [from, to];
}

/** Distinct closures, found by a hash of their bits and then compared in full. */
class Outcomes {
  readonly list: Closure[] = [];
  private readonly byHash = new Map<number, Closure[]>();
  get size() {
    return this.list.length;
  }
  /** Adds the closure unless an equal one is there; true when added. */
  add(c: Closure): boolean {
    let h = 0x811c9dc5;
    for (let i = 0; i < c.reach.length; i++) h = Math.imul(h ^ c.reach[i]!, 0x01000193);
    const bucket = this.byHash.get(h) ?? [];
    if (bucket.some((other) => other.reach.every((word, i) => word === c.reach[i]))) return false;
    bucket.push(c);
    this.byHash.set(h, bucket);
    this.list.push(c);
    return true;
  }
}

/**
 * Every distinct graph that locking the run's pairs in some order gives from this state, while the budget
 * lasts (each closure copy counts its words); marks the budget exceeded when it runs out.
 */
function lockEveryOrder(
  state: Closure,
  run: readonly number[],
  n: number,
  budget: { work: number; exceeded: boolean },
): Closure[] {
  const copy = (c: Closure) => {
    budget.work += c.reach.length * 6; // copy, hash, compare
    if (budget.work > MAX_WORK) budget.exceeded = true;
    return c.clone();
  };
  // Usually the order does not matter from this state: one pass in input order, and no search.
  const straight = copy(state);
  let rejected = false;
  for (const link of run) {
    const w = Math.floor(link / n);
    const l = link % n;
    if (state.reaches(l, w)) continue; // rejected whatever the order
    if (straight.reaches(l, w)) rejected = true;
    else straight.add(w, l);
  }
  if (!rejected) return [straight];
  // Pairs on no cycle of the state plus every open pair are locked in every order and never overrule another:
  // lock them first, and follow orders only among the pairs on cycles.
  const open0 = run.filter((link) => !state.reaches(link % n, Math.floor(link / n)));
  const all = copy(state);
  for (const link of open0) all.add(Math.floor(link / n), link % n);
  const onCycle = (link: number) => all.reaches(link % n, Math.floor(link / n));
  const start = copy(state);
  for (const link of open0) if (!onCycle(link)) start.add(Math.floor(link / n), link % n);
  const cyclic = open0.filter(onCycle);
  const outcomes = new Outcomes();
  const visited = new Outcomes();
  // A pair still open neither closes a cycle nor is already implied; the graph alone says which are open.
  const open = (c: Closure) =>
    cyclic.filter((link) => {
      const w = Math.floor(link / n);
      const l = link % n;
      return !c.reaches(l, w) && !c.reaches(w, l);
    });
  const visit = (c: Closure) => {
    if (budget.exceeded || outcomes.size >= MAX_OUTCOMES) {
      budget.exceeded = true;
      return;
    }
    if (!visited.add(c)) return;
    const links = open(c);
    if (links.length === 0) {
      outcomes.add(c);
      return;
    }
    for (const link of links) {
      const next = copy(c);
      next.add(Math.floor(link / n), link % n);
      visit(next);
    }
  };
  visit(start);
  return outcomes.list;
}
