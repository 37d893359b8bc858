import type { RankedPairsResult } from "@hackdaykit/judging";
import type { MethodFormat } from "./format.js";
import { fmt } from "./text.js";

/** Ranked pairs: whether lock order mattered, and (with --explain) the lock sequence. */
export const rankedPairsFormat: MethodFormat<RankedPairsResult> = {
  notes: (result, { c, explain }) => {
    const lines: string[] = [];
    if (result.orderDependent)
      lines.push(
        c.yellow(
          "Pairs of equal strength conflicted: the lock order among them decided part of this result.",
        ),
      );
    if (explain) {
      lines.push("Lock sequence (strongest first):");
      for (const s of result.lockSequence)
        lines.push(
          `  ${s.locked ? "lock" : "skip"} ${s.winner} > ${s.loser} (${fmt(s.votes)}–${fmt(s.against)})${s.locked ? "" : ", would close a cycle"}`,
        );
    }
    return lines;
  },
};
