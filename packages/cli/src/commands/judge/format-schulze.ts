import type { SchulzeResult } from "@hackdaykit/judging";
import type { MethodFormat } from "./format.js";
import { squareTable } from "./text.js";

/** Schulze: the winner set, and (with --explain) the strongest paths in id order. */
export const schulzeFormat: MethodFormat<SchulzeResult> = {
  notes: (result, { explain }) => {
    const lines = [
      `Schulze winner${result.winners.length > 1 ? "s (tied)" : ""}: ${result.winners.join(", ")}`,
    ];
    if (explain) {
      const ids = [...result.ranking.map((e) => e.id)].sort();
      const p = result.strongestPaths;
      lines.push(
        "Strongest paths p[row, column]:",
        squareTable(ids, (i, j) => p[i * ids.length + j]!),
      );
    }
    return lines;
  },
};
