import type { RankingResult } from "@hackdaykit/judging";

/** The JSON contract: {method, ranking, ties, ...method fields}; bulky evidence only with --explain. */
export function resultJson(result: RankingResult, explain = false): Record<string, unknown> {
  const { method, ranking, ties, ...rest } = result as RankingResult & Record<string, unknown>;
  const json: Record<string, unknown> = { method, ranking, ties };
  for (const [key, value] of Object.entries(rest)) {
    if (key === "strongestPaths") {
      if (explain) {
        const p = value as Float64Array;
        const n = ranking.length;
        json.strongestPaths = {
          candidates: [...ranking.map((e) => e.id)].sort(),
          paths: Array.from({ length: n }, (_, i) => Array.from(p.subarray(i * n, (i + 1) * n))),
        };
      }
    } else if (key === "lockSequence" || key === "before") {
      if (explain) json[key] = value;
    } else json[key] = value;
  }
  if (method === "crowd-bt" && !json.judges) json.judges = [];
  return json;
}
