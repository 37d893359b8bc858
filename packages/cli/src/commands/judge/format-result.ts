import { type JudgingResult, rankingScore, type TieBrokenResult } from "@hackdaykit/judging";
import type { JudgingMethod } from "@hackdaykit/schema/lite";
import { table } from "../../io.js";
import type { FormatView, MethodFormat } from "./format.js";
import { bradleyTerryFormat } from "./format-bradley-terry.js";
import { copelandFormat } from "./format-copeland.js";
import { crowdBtFormat } from "./format-crowd-bt.js";
import { kemenyFormat } from "./format-kemeny.js";
import { positionalFormat } from "./format-positional.js";
import { rankedPairsFormat } from "./format-ranked-pairs.js";
import { rubricFormat } from "./format-rubric.js";
import { schulzeFormat } from "./format-schulze.js";
import { fmt } from "./text.js";

// Elo shows its rating (judging's ranking score) and nothing more.
const FORMATS: Record<JudgingMethod, MethodFormat<never>> = {
  rubric: rubricFormat,
  "stack-rank": positionalFormat,
  borda: positionalFormat,
  copeland: copelandFormat,
  schulze: schulzeFormat,
  "ranked-pairs": rankedPairsFormat,
  kemeny: kemenyFormat,
  "crowd-bt": crowdBtFormat,
  "bradley-terry": bradleyTerryFormat,
  elo: {},
};

/** A result as text: the ranking table (rank, project, the number it ranks by, more columns), ties, notes. */
export function resultText(result: JudgingResult | TieBrokenResult<JudgingResult>, view: FormatView): string {
  const { c } = view;
  const format = FORMATS[result.method] as MethodFormat;
  const score = rankingScore(result.method);
  const columns = [...(score ? [[score.field, score.label] as const] : []), ...(format.columns ?? [])];
  const rows = [["Rank", "Project", ...columns.map(([, label]) => label)]];
  for (const entry of result.ranking) {
    const e = entry as unknown as Record<string, number>;
    rows.push([String(entry.rank), entry.id, ...columns.map(([field]) => fmt(e[field]!))]);
  }
  const lines = [
    c.bold(`${result.method}: ${result.ranking.length} projects`),
    table(rows, [0, ...columns.map((_, i) => i + 2)]),
  ];
  const broken = "tieBreaks" in result;
  lines.push(
    result.ties.length === 0
      ? "No ties."
      : result.ties
          .map((group) =>
            c.yellow(
              `Tied: ${group.join(", ")} — not broken${broken ? " by the tie-break policy" : "; use --tie-break"}, the organisers decide`,
            ),
          )
          .join("\n"),
  );
  if (broken) lines.push(...tieBreakLines(result));
  lines.push(...(format.notes?.(result as never, view) ?? []));
  return lines.join("\n");
}

function tieBreakLines(result: TieBrokenResult<JudgingResult>): string[] {
  return result.tieBreaks.map((t) => {
    const how = t.steps
      .map((s) =>
        s.error !== undefined
          ? `${s.by} could not run (${s.error})`
          : `${s.by} → ${s.order.map((g) => g.join(" = ")).join(" > ")}`,
      )
      .join("; ");
    return `Tie-break ${t.group.join(", ")}: ${how || "no steps"}${t.resolved ? "" : " (unresolved — organisers decide)"}`;
  });
}
