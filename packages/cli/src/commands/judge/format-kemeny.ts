import type { KemenyResult } from "@hackdaykit/judging";
import type { MethodFormat } from "./format.js";
import { fmt } from "./text.js";

/** Kemeny: each project's best and worst place over the optimal orders, and every optimum when not unique. */
export const kemenyFormat: MethodFormat<KemenyResult> = {
  columns: [
    ["bestPlace", "Best place"],
    ["worstPlace", "Worst place"],
  ],
  notes: (result) => [
    `Kemeny score ${fmt(result.score)}; ${result.unique ? "the optimal order is unique" : `${result.optimalCount} optimal orders (not unique):`}`,
    ...(result.unique
      ? []
      : [
          ...result.optimalOrders.map((o) => `  ${o.join(" > ")}`),
          ...(result.optimalOrdersTruncated ? ["  …"] : []),
        ]),
  ],
};
