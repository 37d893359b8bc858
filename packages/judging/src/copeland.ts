import type { PreferenceMatrix } from "./matrix.js";
import { type Ranked, type RankingResult, rankByScore } from "./ranking.js";

export interface CopelandEntry extends Ranked {
  /** wins + ½ × draws */
  score: number;
  wins: number;
  losses: number;
  draws: number;
}

/** Copeland: one point per head-to-head majority win, half a point per head-to-head draw. */
export interface CopelandResult extends RankingResult<CopelandEntry> {
  method: "copeland";
}

export function copeland(matrix: PreferenceMatrix): CopelandResult {
  const { n, d } = matrix;
  const rows = matrix.candidates.map((_, i) => {
    let wins = 0;
    let losses = 0;
    let draws = 0;
    for (let j = 0; j < n; j++) {
      if (j === i) continue;
      const diff = d[i * n + j]! - d[j * n + i]!;
      if (diff > 0) wins++;
      else if (diff < 0) losses++;
      else draws++;
    }
    return { score: wins + draws / 2, wins, losses, draws };
  });
  const { ranking, ties } = rankByScore(
    matrix.candidates,
    (i) => rows[i]!.score,
    (i) => rows[i]!,
  );
  return { method: "copeland", ranking, ties };
}
