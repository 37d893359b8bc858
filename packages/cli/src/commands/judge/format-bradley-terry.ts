import type { BradleyTerryResult } from "@hackdaykit/judging";
import type { MethodFormat } from "./format.js";

/** Bradley–Terry: the record, and warnings where the votes alone cannot settle the order. */
export const bradleyTerryFormat: MethodFormat<BradleyTerryResult> = {
  columns: [
    ["wins", "Won"],
    ["losses", "Lost"],
  ],
  notes: (result, { c }) => [
    ...(result.separation.length > 0
      ? [
          c.yellow(
            `The votes alone cannot place these groups against each other (the prior decides): ${result.separation.map((g) => `{${g.join(", ")}}`).join(" ")}`,
          ),
        ]
      : []),
    ...(result.converged ? [] : [c.yellow(`Did not converge in ${result.iterations} iterations.`)]),
  ],
};
