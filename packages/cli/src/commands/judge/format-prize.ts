import type { PrizeResult } from "@hackdaykit/judging";
import type { FormatView } from "./format.js";
import { resultText } from "./format-result.js";
import { conflictsLine, ineligibleLines } from "./text.js";

/** One prize as text: who wins (or the tie organisers decide), the result, and everything left out and why. */
export function prizeText(r: PrizeResult, view: FormatView): string {
  const { c } = view;
  const lines = [
    c.bold(`${r.name} (${r.prize}) — ${r.method}, ${r.entrants.length} entrants, ${r.ballots} ballots`),
  ];
  if (r.note) lines.push(r.note);
  else {
    lines.push(
      r.winners.length === 1
        ? `Winner: ${r.winners[0]}`
        : r.winners.length > 1
          ? c.yellow(`Tied for the prize: ${r.winners.join(", ")} (unresolved — organisers decide)`)
          : "No winner",
    );
    lines.push(resultText(r.result, view));
  }
  for (const s of r.skipped) lines.push(`Passed over: ${s.id} (${s.reason})`);
  lines.push(...ineligibleLines(r.ineligible));
  if (r.unchecked.length > 0)
    lines.push(
      `Eligibility not yet checked: ${r.unchecked.map((u) => `${u.id} (${u.flags.join(", ")})`).join(", ")}`,
    );
  if (r.conflictsApplied > 0) lines.push(conflictsLine(r.conflictsApplied));
  return lines.join("\n");
}
