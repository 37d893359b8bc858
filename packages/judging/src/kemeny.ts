import { JudgingInputError } from "./errors.js";
import type { PreferenceMatrix } from "./matrix.js";
import { type Ranked, type RankingResult, rankByScore } from "./ranking.js";

/** The exact search visits all 2^n subsets; 20 candidates is about a million subsets and a few seconds. */
export const KEMENY_MAX_CANDIDATES = 20;

export interface KemenyEntry extends Ranked {
  /** Best and worst place this candidate takes among all optimal orders. */
  bestPlace: number;
  worstPlace: number;
}

export interface KemenyResult extends RankingResult<KemenyEntry> {
  method: "kemeny";
  /** Agreement score of the optimum: Σ over ordered pairs (x above y) of voters preferring x to y. */
  score: number;
  unique: boolean;
  /** How many orders reach the optimum. */
  optimalCount: number;
  /** The optimal orders (best first), up to `maxOrders`; `optimalOrdersTruncated` when there are more. */
  optimalOrders: string[][];
  optimalOrdersTruncated: boolean;
}

export interface KemenyOptions {
  /** How many optimal orders to list at most (default 100). */
  maxOrders?: number;
}

/**
 * Kemeny–Young, exact, by dynamic programming over subsets (the Held–Karp idea): f(S) is the best agreement
 * of an order whose top |S| places are S, f(S) = max over c in S of f(S∖c) + Σ_{t∉S} d[c,t]. O(2^n · n²)
 * time, O(2^n) memory. A candidate x ranks above y when x precedes y in every optimal order.
 * @throws {@link JudgingInputError} when there are more than {@link KEMENY_MAX_CANDIDATES} candidates.
 */
export function kemeny(matrix: PreferenceMatrix, options: KemenyOptions = {}): KemenyResult {
  const { n, d, candidates } = matrix;
  if (n > KEMENY_MAX_CANDIDATES) {
    throw new JudgingInputError(
      `kemeny: the exact method handles at most ${KEMENY_MAX_CANDIDATES} candidates, got ${n}; use schulze or ranked-pairs, which agree with Kemeny on a Condorcet winner`,
    );
  }
  const maxOrders = options.maxOrders ?? 100;
  const full = (1 << n) - 1;
  const rowTotal = new Float64Array(n);
  for (let c = 0; c < n; c++) for (let t = 0; t < n; t++) rowTotal[c]! += d[c * n + t]!;
  const f = new Float64Array(full + 1);
  const count = new Float64Array(full + 1);
  count[0] = 1;
  // gain(c, S) = Σ_{t∉S} d[c,t] when c is placed last within the prefix S (c ∈ S).
  const gain = (c: number, set: number) => {
    let inside = 0;
    const row = c * n;
    for (let rest = set; rest !== 0; rest &= rest - 1) inside += d[row + (31 - Math.clz32(rest & -rest))]!;
    return rowTotal[c]! - inside;
  };
  for (let set = 1; set <= full; set++) {
    let best = Number.NEGATIVE_INFINITY;
    let ways = 0;
    for (let rest = set; rest !== 0; rest &= rest - 1) {
      const c = 31 - Math.clz32(rest & -rest);
      const value = f[set ^ (1 << c)]! + gain(c, set);
      if (value > best) {
        best = value;
        ways = count[set ^ (1 << c)]!;
      } else if (value === best) ways += count[set ^ (1 << c)]!;
    }
    f[set] = best;
    count[set] = ways;
  }

  // Walk back from the full set, best place first, listing every optimal order (lowest index first).
  const orders: number[][] = [];
  const suffix: number[] = [];
  const walk = (set: number): void => {
    if (orders.length >= maxOrders) return;
    if (set === 0) {
      orders.push([...suffix].reverse());
      return;
    }
    for (let c = 0; c < n; c++) {
      if (!(set & (1 << c))) continue;
      if (f[set ^ (1 << c)]! + gain(c, set) === f[set]) {
        suffix.push(c);
        walk(set ^ (1 << c));
        suffix.pop();
      }
    }
  };
  walk(full);
  orders.sort((a, b) => {
    for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
    return 0;
  });

  // Every optimal order, not just the listed ones, decides the ranking (a truncated list would favour low
  // indices). A prefix set lies on some optimal order iff a tight step leads back to it from the full set;
  // y can be above x iff some such prefix holds y and not x. Sets shrink numerically, so one downward pass.
  const onPath = new Uint8Array(full + 1);
  onPath[full] = 1;
  const canBeAbove = new Uint32Array(n); // bit y set: y precedes this candidate in some optimal order
  const bestPlace = new Int32Array(n).fill(n);
  const worstPlace = new Int32Array(n);
  for (let set = full; set > 0; set--) {
    if (!onPath[set]) continue;
    const size = popcount(set);
    for (let rest = set; rest !== 0; rest &= rest - 1) {
      const c = 31 - Math.clz32(rest & -rest);
      if (f[set ^ (1 << c)]! + gain(c, set) !== f[set]) continue;
      onPath[set ^ (1 << c)] = 1;
      bestPlace[c] = Math.min(bestPlace[c]!, size);
      worstPlace[c] = Math.max(worstPlace[c]!, size);
    }
    for (let x = 0; x < n; x++) if (!(set & (1 << x))) canBeAbove[x]! |= set;
  }
  const below = new Int32Array(n); // how many candidates precede this one in every optimal order
  for (let x = 0; x < n; x++) {
    for (let y = 0; y < n; y++) if (x !== y && !(canBeAbove[y]! & (1 << x))) below[x]!++;
  }
  const { ranking, ties } = rankByScore(
    candidates,
    (i) => -below[i]!,
    (i) => ({ bestPlace: bestPlace[i]!, worstPlace: worstPlace[i]! }),
  );
  const optimalCount = count[full]!;
  return {
    method: "kemeny",
    ranking,
    ties,
    score: f[full]!,
    unique: optimalCount === 1,
    optimalCount,
    optimalOrders: orders.map((order) => order.map((c) => candidates[c]!)),
    optimalOrdersTruncated: optimalCount > orders.length,
  };
}

function popcount(set: number): number {
  let bits = 0;
  for (let rest = set; rest !== 0; rest &= rest - 1) bits++;
  return bits;
}
