import type { BootstrapResult } from "@hackdaykit/judging";
import { table } from "../../io.js";

/** The bootstrap as text: each project's share of first places and mean rank, and whether #1 clearly leads. */
export function confidenceText(b: BootstrapResult): string {
  const rows = [["Project", "Rank", "P(first)", "Mean rank"]];
  for (const p of b.projects)
    rows.push([p.id, String(p.rank), `${(p.first * 100).toFixed(1)}%`, p.meanRank.toFixed(2)]);
  const tied = b.projects[1]?.rank === b.projects[0]?.rank;
  const head = b.firstAheadOfSecond
    ? `${tied ? "Tied first" : "#1"} ${b.firstAheadOfSecond.first} ranks above ${tied ? "" : "#2 "}${b.firstAheadOfSecond.second} in ${(b.firstAheadOfSecond.share * 100).toFixed(1)}% of resamples`
    : "";
  return [
    `Bootstrap: ${b.samples} resamples of ${b.unit === "judge" ? "judges" : "voters"}`,
    table(rows, [1, 2, 3]),
    head,
  ]
    .filter(Boolean)
    .join("\n");
}
