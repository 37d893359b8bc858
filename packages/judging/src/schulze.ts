import type { PreferenceMatrix } from "./matrix.js";
import { type Ranked, type RankingResult, rankByScore } from "./ranking.js";

export interface SchulzeEntry extends Ranked {
  /** How many candidates this one beats by strongest path. */
  beats: number;
}

export interface SchulzeResult extends RankingResult<SchulzeEntry> {
  /** Candidates X with p[X,Y] ≥ p[Y,X] for every Y: the Schulze winner set (ties when more than one). */
  winners: string[];
  /** `strongestPaths[i * n + j]` = p[i,j], the strength of the strongest path from i to j. */
  strongestPaths: Float64Array;
}

/**
 * Schulze method (Schulze 2011, "A new monotonic, clone-independent … single-winner election method"),
 * link strength = winning votes: d[i,j] when d[i,j] > d[j,i], else 0. Strongest paths by a Floyd–Warshall
 * widest-path pass over typed arrays, O(n³). X is ranked above Y iff p[X,Y] > p[Y,X]; that relation is a
 * strict partial order, so a candidate's rank follows from how many candidates are above it.
 */
export function schulze(matrix: PreferenceMatrix): SchulzeResult {
  const { n, d } = matrix;
  const p = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      if (i !== j && d[i * n + j]! > d[j * n + i]!) p[i * n + j] = d[i * n + j]!;
    }
  }
  for (let i = 0; i < n; i++) {
    const rowI = i * n;
    for (let j = 0; j < n; j++) {
      if (j === i) continue;
      const pji = p[j * n + i]!;
      if (pji === 0) continue;
      const rowJ = j * n;
      for (let k = 0; k < n; k++) {
        // p[j,k] = max(p[j,k], min(p[j,i], p[i,k])); k = i or j leaves p unchanged or only sets the unused diagonal.
        const via = p[rowI + k]!;
        // biome-ignore lint/complexity/useMathMinMax: the plain comparison keeps this O(n³) loop fast
        const bottleneck = via < pji ? via : pji;
        if (bottleneck > p[rowJ + k]!) p[rowJ + k] = bottleneck;
      }
    }
  }
  for (let i = 0; i < n; i++) p[i * n + i] = 0;
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
