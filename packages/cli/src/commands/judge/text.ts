import { table } from "../../io.js";

/** A number as judges read it: whole numbers as they are, others to at most four decimals. */
export const fmt = (value: number) =>
  Number.isInteger(value) ? String(value) : value.toFixed(4).replace(/0+$/, "").replace(/\.$/, "");

/** A matrix over the same ids in rows and columns (preferences, strongest paths); the diagonal is "—". */
export function squareTable(ids: readonly string[], cell: (row: number, column: number) => number): string {
  return table(
    [["", ...ids], ...ids.map((id, i) => [id, ...ids.map((_, j) => (i === j ? "—" : fmt(cell(i, j))))])],
    ids.map((_, i) => i + 1),
  );
}

/** "Ineligible: id — reasons", one line a project. */
export const ineligibleLines = (ineligible: readonly { id: string; reasons: string[] }[]) =>
  ineligible.map((x) => `Ineligible: ${x.id} — ${x.reasons.join("; ")}`);

export const conflictsLine = (count: number) =>
  `Conflicts of interest: ${count} ballot(s) left out or trimmed`;
