import type { JudgingMethod } from "@hackdaykit/schema";
import { seededRandom } from "@hackdaykit/schema/internal";
import type { RankedBallot } from "./ballots.js";
import { type BallotSet, judge, type MethodOptions } from "./methods.js";
import type { RankingResult } from "./ranking.js";

export interface BootstrapOptions extends MethodOptions {
  /** Resamples to draw (default 1000). */
  samples?: number;
  seed?: number;
  /** What is resampled: single voters (ranked ballots, weighted by count) or whole judges (default for rubric and pairwise). */
  unit?: "ballot" | "judge";
  onProgress?: (done: number, total: number) => void;
}

export interface BootstrapEntry {
  id: string;
  /** Rank in the full data. */
  rank: number;
  /** `rankShare[r]`: share of resamples in which the project had rank r + 1 (ties share a rank). */
  rankShare: number[];
  /** Share of resamples in which it was ranked first (alone or tied). */
  first: number;
  meanRank: number;
}

export interface BootstrapResult {
  method: JudgingMethod;
  samples: number;
  unit: "ballot" | "judge";
  projects: BootstrapEntry[];
  /** "Is #1 clearly ahead of #2?": the share of resamples where the full data's #1 ranks strictly above its #2. */
  firstAheadOfSecond: { first: string; second: string; share: number } | null;
}

/**
 * Bootstrap confidence for any method: redraw the voters (or judges) with replacement, re-run the method,
 * and count where each project lands. A project that is #1 in 55% of resamples is not a clear winner.
 * @throws {@link JudgingInputError} as {@link judge} does for the same ballots.
 */
export function bootstrap(
  method: JudgingMethod,
  ballots: BallotSet,
  options: BootstrapOptions = {},
): BootstrapResult {
  const samples = options.samples ?? 1000;
  const random = seededRandom(options.seed ?? 1);
  const unit = options.unit ?? (method === "rubric" || ballots.votes?.length ? "judge" : "ballot");
  const full = judge(method, ballots, options);
  const ids = full.ranking.map((e) => e.id);
  const index = new Map(ids.map((id, i) => [id, i]));
  const n = ids.length;
  const counts = ids.map(() => new Float64Array(Math.max(n, 1)));
  const first = ids[0];
  const second = full.ranking[1]?.id;
  let ahead = 0;
  const draw = resampler(method, ballots, unit, random);
  for (let s = 0; s < samples; s++) {
    const result: RankingResult = judge(method, draw(), {
      ...options,
      candidates: options.candidates ?? ids,
    });
    const ranks = new Int32Array(n);
    for (const e of result.ranking) {
      const i = index.get(e.id);
      if (i !== undefined) {
        counts[i]![e.rank - 1]!++;
        ranks[i] = e.rank;
      }
    }
    if (first !== undefined && second !== undefined && ranks[index.get(first)!]! < ranks[index.get(second)!]!)
      ahead++;
    options.onProgress?.(s + 1, samples);
  }
  const projects = full.ranking.map((e) => {
    const c = counts[index.get(e.id)!]!;
    const rankShare = Array.from(c, (x) => x / samples);
    return {
      id: e.id,
      rank: e.rank,
      rankShare,
      first: rankShare[0]!,
      meanRank: rankShare.reduce((sum, share, r) => sum + share * (r + 1), 0),
    };
  });
  return {
    method,
    samples,
    unit,
    projects,
    firstAheadOfSecond:
      first !== undefined && second !== undefined ? { first, second, share: ahead / samples } : null,
  };
}

function resampler(
  method: JudgingMethod,
  ballots: BallotSet,
  unit: "ballot" | "judge",
  random: () => number,
): () => BallotSet {
  if (method === "rubric" || unit === "judge") {
    // Whole judges, with replacement; a judge drawn twice appears as two judges (#1, #2).
    const scores = ballots.scores ?? [];
    const votes = ballots.votes ?? [];
    const rankings = ballots.rankings ?? [];
    const judges = [...new Set([...scores, ...votes, ...rankings].map((b) => b.judge ?? ""))];
    return () => {
      const times = new Map<string, number>();
      for (let k = 0; k < judges.length; k++) {
        const j = judges[Math.floor(random() * judges.length)]!;
        times.set(j, (times.get(j) ?? 0) + 1);
      }
      const copies = <T extends { judge?: string | undefined }>(list: readonly T[]): T[] =>
        list.flatMap((b) =>
          Array.from({ length: times.get(b.judge ?? "") ?? 0 }, (_, c) => ({
            ...b,
            judge: `${b.judge ?? ""}#${c + 1}`,
          })),
        );
      return { scores: copies(scores), votes: copies(votes), rankings: copies(rankings) };
    };
  }
  // Single voters: draw as many as there are (Σ count), each ballot with probability ∝ its count.
  const rankings = ballots.rankings ?? [];
  const cumulative: number[] = [];
  let total = 0;
  for (const b of rankings) {
    total += b.count;
    cumulative.push(total);
  }
  return () => {
    const drawn = new Float64Array(rankings.length);
    for (let k = 0; k < total; k++) {
      const x = random() * total;
      let lo = 0;
      let hi = cumulative.length - 1;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (cumulative[mid]! > x) hi = mid;
        else lo = mid + 1;
      }
      drawn[lo]!++;
    }
    const resampled: RankedBallot[] = [];
    rankings.forEach((b, i) => {
      if (drawn[i]! > 0) resampled.push({ groups: b.groups, count: drawn[i]! });
    });
    return { rankings: resampled };
  };
}
