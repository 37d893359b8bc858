import type { RubricResult } from "@hackdaykit/judging";
import { table } from "../../io.js";
import type { MethodFormat } from "./format.js";
import { fmt, ineligibleLines } from "./text.js";

/** The rubric: what it leaves out and why, and (with --explain) each judge's harshness. */
export const rubricFormat: MethodFormat<RubricResult> = {
  columns: [
    ["raw", "Raw mean"],
    ["judges", "Judges"],
  ],
  notes: (result, { explain }) => {
    const lines = ineligibleLines(result.ineligible);
    if (result.missing.length > 0)
      lines.push(
        `Missing: ${result.missing.length} score sheet(s) not given or incomplete (left out, not counted as zero)`,
      );
    if (result.unscored.length > 0) lines.push(`Unscored (not ranked): ${result.unscored.join(", ")}`);
    for (const j of result.judges.filter((x) => x.zeroVariance))
      lines.push(`Judge ${j.id} gave every project the same total: counted as no preference.`);
    if (explain) {
      const anchor = result.normalise === "anchor";
      lines.push(
        "Judges (harshness):",
        table(
          [
            ["Judge", "Projects", "Mean", "σ", ...(anchor ? ["Offset"] : [])],
            ...result.judges.map((j) => [
              j.id,
              String(j.projects),
              fmt(j.mean),
              j.sd === null ? "—" : fmt(j.sd),
              ...(j.offset !== undefined ? [fmt(j.offset)] : []),
            ]),
          ],
          [1, 2, 3, 4],
        ),
      );
    }
    return lines;
  },
};
