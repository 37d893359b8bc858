import { Closure } from "./closure.js";
import type { PreferenceMatrix } from "./matrix.js";
import { type Ranked, type RankingResult, rankByScore } from "./ranking.js";

export interface SchulzeEntry extends Ranked {
  /** How many candidates this one beats by strongest path. */
  beats: number;
}

export interface SchulzeResult extends RankingResult<SchulzeEntry> {
  method: "schulze";
  /** Candidates X with p[X,Y] ≥ p[Y,X] for every Y: the Schulze winner set (ties when more than one). */
  winners: string[];
  /** `strongestPaths[i * n + j]` = p[i,j], the strength of the strongest path from i to j. */
  strongestPaths: Float64Array;
}

/**
 * Schulze method (Schulze 2011, "A new monotonic, clone-independent … single-winner election method"),
 * link strength = winning votes: d[i,j] when d[i,j] > d[j,i], else 0. The strongest path p[x,y] is the
 * largest w such that y can be reached from x over links of strength ≥ w, so links are added strongest
 * first to a bitset transitive closure and each pair records the strength at which it first connects:
 * the same numbers as the textbook Floyd–Warshall widest-path loop, in O(n³/32) at worst instead of O(n³).
 * X is ranked above Y iff p[X,Y] > p[Y,X]; that relation is a strict partial order, so a candidate's rank
 * follows from how many candidates are above it.
 */
export function schulze(matrix: PreferenceMatrix): SchulzeResult {
  const { n, d } = matrix;
  const p = new Float64Array(n * n);
  const links = strongestFirst(matrix);
  const closure = new Closure(n);
  for (let k = 0; k < links.length; k++) {
    const link = links[k]!;
    const from = Math.floor(link / n);
    const strength = d[link]!;
    closure.add(from, link - from * n, (x, y) => {
      p[x * n + y] = strength;
    });
  }
  const beats = new Int32Array(n);
  const beaten = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const a = p[i * n + j]!;
      const b = p[j * n + i]!;
      if (a > b) {
        beats[i]!++;
        beaten[j]!++;
      } else if (b > a) {
        beats[j]!++;
        beaten[i]!++;
      }
    }
  }
  const { ranking, ties } = rankByScore(
    matrix.candidates,
    (i) => -beaten[i]!,
    (i) => ({ beats: beats[i]! }),
  );
  const winners = matrix.candidates.filter((_, i) => beaten[i] === 0);
  return { method: "schulze", ranking, ties, winners, strongestPaths: p };
}

/**
 * The majority links i → j (d[i,j] > d[j,i]) as flat indices i·n + j, strongest first; equal strength: smaller
 * opposition d[j,i] first, then index order.
 */
export function strongestFirst(matrix: PreferenceMatrix): Uint32Array {
  const { n, d } = matrix;
  let count = 0;
  for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) if (d[i * n + j]! > d[j * n + i]!) count++;
  const links = new Uint32Array(count);
  count = 0;
  for (let i = 0; i < n; i++)
    for (let j = 0; j < n; j++) if (d[i * n + j]! > d[j * n + i]!) links[count++] = i * n + j;
  const opposition = (link: number) => {
    const i = Math.floor(link / n);
    return d[(link - i * n) * n + i]!;
  };
  // Whole-number counts (the usual case): pack (strength, opposition, index) into one float and let the
  // typed-array sort run without a comparator; otherwise sort with one.
  let top = 0;
  let whole = true;
  for (let k = 0; k < count; k++) {
    const w = d[links[k]!]!;
    if (w > top) top = w;
    if (!Number.isInteger(w)) whole = false;
  }
  const span = top + 1;
  const cells = n * n;
  if (whole && span * span * cells < 2 ** 53) {
    const packed = new Float64Array(count);
    for (let k = 0; k < count; k++) {
      const link = links[k]!;
      packed[k] = ((top - d[link]!) * span + opposition(link)) * cells + link;
    }
    packed.sort();
    for (let k = 0; k < count; k++) links[k] = packed[k]! % cells;
    return links;
  }
  return links.sort((a, b) => d[b]! - d[a]! || opposition(a) - opposition(b) || a - b);
}
