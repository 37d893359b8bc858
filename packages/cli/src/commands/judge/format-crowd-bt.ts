import type { CrowdBtResult } from "@hackdaykit/judging";
import { table } from "../../io.js";
import type { MethodFormat } from "./format.js";
import { fmt } from "./text.js";

/** CrowdBT: each project's uncertainty, and how reliable the model found each judge. */
export const crowdBtFormat: MethodFormat<CrowdBtResult> = {
  columns: [["sigmaSq", "σ²"]],
  notes: (result) => [
    table(
      [
        ["Judge", "α", "β", "Reliability α/(α+β)"],
        ...result.judges.map((j) => [j.id, fmt(j.alpha), fmt(j.beta), fmt(j.alpha / (j.alpha + j.beta))]),
      ],
      [1, 2, 3],
    ),
  ],
};
