import type { BallotProfile } from "./ballots.js";

/**
 * The pairwise preference matrix: `d[i * n + j]` is the number of voters (weighted by `count`) who rank
 * candidate i strictly above candidate j. Tied and mutually unranked pairs count for neither side.
 */
export interface PreferenceMatrix {
  candidates: string[];
  n: number;
  d: Float64Array;
}

export function preferenceMatrix(profile: BallotProfile): PreferenceMatrix {
  const n = profile.candidates.length;
  // Whole-number counts that fit 32 bits (always, in practice) accumulate in an Int32Array: faster.
  let total = 0;
  for (const ballot of profile.ballots) total += ballot.count;
  const counts: Float64Array | Int32Array = total < 2 ** 31 ? new Int32Array(n * n) : new Float64Array(n * n);
  const index = new Map(profile.candidates.map((id, i) => [id, i]));
  const order = new Int32Array(n); // candidates best first, unnamed last
  const groupEnd = new Int32Array(n); // for order[k]: where its group ends in `order`
  const named = new Uint8Array(n);
  for (const ballot of profile.ballots) {
    const weight = ballot.count;
    named.fill(0);
    let k = 0;
    for (const group of ballot.groups) {
      const start = k;
      for (const id of group) {
        const c = index.get(id)!;
        named[c] = 1;
        order[k++] = c;
      }
      groupEnd.fill(k, start, k);
    }
    const namedCount = k;
    for (let c = 0; c < n; c++) if (!named[c]) order[k++] = c;
    groupEnd.fill(n, namedCount, n);
    // Each named candidate beats everyone in later groups (the unnamed rest included): n²/2 steps a ballot.
    for (let a = 0; a < namedCount; a++) {
      const row = order[a]! * n;
      for (let b = groupEnd[a]!; b < n; b++) counts[row + order[b]!]! += weight;
    }
  }
  const d = counts instanceof Float64Array ? counts : Float64Array.from(counts);
  return { candidates: [...profile.candidates], n, d };
}

/** The matrix as nested arrays, for JSON explanations: `wins[i][j]` = voters preferring i to j. */
export function matrixRows(matrix: PreferenceMatrix): number[][] {
  const rows: number[][] = [];
  for (let i = 0; i < matrix.n; i++)
    rows.push(Array.from(matrix.d.subarray(i * matrix.n, (i + 1) * matrix.n)));
  return rows;
}

/** The candidate (index) who beats every other head-to-head, if there is one. */
export function condorcetWinner(matrix: PreferenceMatrix): number | undefined {
  const { n, d } = matrix;
  outer: for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) if (j !== i && !(d[i * n + j]! > d[j * n + i]!)) continue outer;
    return i;
  }
  return undefined;
}
