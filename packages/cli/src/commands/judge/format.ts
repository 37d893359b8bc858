import type { JudgingResult } from "@hackdaykit/judging";
import type { colours } from "../../io.js";

/** How a method's result reads as text, beyond its rank, project and ranking score. */
export interface MethodFormat<R extends JudgingResult = JudgingResult> {
  /** More columns of the ranking table: entry field and heading. */
  columns?: readonly (readonly [field: string, label: string])[];
  /** Lines under the table: what the method found, and (with --explain) its evidence. */
  notes?: (result: R, view: FormatView) => string[];
}

export interface FormatView {
  c: ReturnType<typeof colours>;
  explain: boolean;
}
