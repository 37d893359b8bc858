import { type BallotProfile, ballotPositions } from "./ballots.js";

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
  const d = new Float64Array(n * n);
  const positions = ballotPositions(profile);
  positions.forEach((position, b) => {
    const weight = profile.ballots[b]!.count;
    for (let i = 0; i < n; i++) {
      const pi = position[i]!;
      const row = i * n;
      for (let j = i + 1; j < n; j++) {
        const pj = position[j]!;
        if (pi < pj) d[row + j]! += weight;
        else if (pj < pi) d[j * n + i]! += weight;
      }
    }
  });
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
