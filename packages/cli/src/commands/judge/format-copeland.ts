import type { CopelandResult } from "@hackdaykit/judging";
import type { MethodFormat } from "./format.js";

/** Copeland: the head-to-head record behind each score. */
export const copelandFormat: MethodFormat<CopelandResult> = {
  columns: [
    ["wins", "Won"],
    ["losses", "Lost"],
    ["draws", "Drawn"],
  ],
};
