import type { PositionalResult } from "@hackdaykit/judging";
import type { MethodFormat } from "./format.js";

/** Stack rank and Borda: the counting rule, since variants change results. */
export const positionalFormat: MethodFormat<PositionalResult> = {
  notes: (result) => [`Counting rule: ${result.variant}.`],
};
