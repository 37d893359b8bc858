import { bootstrap, judgePrizes, type PairwiseVote } from "@hackdaykit/judging";
import type { HackDayEvent } from "@hackdaykit/schema";
import { type PrizeOutcome, type ResultsData, resultsOf } from "@hackdaykit/site";
import { PAIRWISE_KEY, PRIZE_OPTIONS } from "./integrations/judging.js";
import type { PrizeResult } from "./integrations/types.js";
import type { Store } from "./store/index.js";

/** Resamples per result: enough for a share to ±3 points (95%), quick enough to run on a click. */
export const SAMPLES = 400;
/** Below this share of resamples with #1 strictly ahead of #2, a result is "too close to call". */
export const CLEAR_AHEAD = 0.95;
/** A prize needs at least this many ballots before it may be published (organisers can change it). */
export const DEFAULT_MIN_BALLOTS = 10;
export const MIN_BALLOTS_KEY = "min-ballots";

export interface Confidence {
  samples: number;
  /** Ballots the method read (scores, ranked ballots or votes) and the distinct judges who cast them. */
  ballots: number;
  judges: number;
  unit: "ballot" | "judge";
  /** Per project, best first: the share of resamples in which it came first. */
  first: { id: string; share: number }[];
  /** The full result's #1 strictly ahead of its #2 in this share of resamples. */
  ahead: { first: string; second: string; share: number } | null;
  tooClose: boolean;
}

/** A result with its confidence, as the demo stores it. */
export type JudgedResult = PrizeResult & { confidence?: Confidence };

/**
 * How sure a result is, by the judging package's bootstrap over the same ballots and settings the result used:
 * redraw the judges (or voters), re-run the method, count how often each project comes first.
 */
export function confidenceOf(event: HackDayEvent, key: string, result: PrizeResult): Confidence | undefined {
  let method: Parameters<typeof bootstrap>[0];
  let input: Parameters<typeof bootstrap>[1];
  let options: Parameters<typeof bootstrap>[2];
  if (key === PAIRWISE_KEY) {
    const votes: PairwiseVote[] = (event.judging?.ballots.votes ?? [])
      .filter((v) => v.prize === undefined)
      .map((v) => ({ judge: v.judge, winner: v.winner, loser: v.loser }));
    method = "crowd-bt";
    input = { votes };
    options = { candidates: event.projects.map((p) => p.id) };
  } else {
    const prize = judgePrizes(event, PRIZE_OPTIONS).find((p) => p.prize === key);
    if (!prize || prize.ballots === 0) return undefined;
    method = prize.method;
    input = prize.input.ballots;
    options = prize.input.options;
  }
  const all = [...(input.scores ?? []), ...(input.rankings ?? []), ...(input.votes ?? [])];
  // A rubric ballot is one judge's score sheet for one project (all its criteria), not each criterion's score.
  const ballots =
    method === "rubric"
      ? new Set((input.scores ?? []).map((s) => `${s.judge}\u0000${s.project}`)).size
      : input.votes?.length
        ? input.votes.length
        : (input.rankings ?? []).reduce((n, b) => n + b.count, 0);
  if (ballots === 0) return undefined;
  const boot = bootstrap(method, input, { ...options, samples: SAMPLES, seed: 1 });
  const ahead = boot.firstAheadOfSecond;
  return {
    samples: boot.samples,
    ballots,
    judges: new Set(all.map((b) => b.judge).filter((j) => j !== undefined)).size,
    unit: boot.unit,
    first: boot.projects.map((p) => ({ id: p.id, share: p.first })).sort((a, b) => b.share - a.share),
    ahead,
    tooClose: result.winners.length !== 1 || ahead === null || ahead.share < CLEAR_AHEAD,
  };
}

const FLAG_WORDS: Record<string, string> = {
  builtThisWeekend: "built this weekend",
  usable: "usable",
  notCommercial: "not commercial",
};

/**
 * Explanation lines with names, never ids: the judging package writes `already won "best-overall"` and
 * `red line "not-commercial"`; visitors read the prize's name and the red line's words.
 */
export function namedLines(event: HackDayEvent, lines: string[]): string[] {
  const names = new Map<string, string>([
    ...(event.judging?.redLines ?? []).map((r): [string, string] => [r.id, r.description]),
    ...event.prizes.map((p): [string, string] => [p.id, p.name]),
  ]);
  return lines.map((line) =>
    line
      // `red line "not-commercial": Not a pitch…` already says it in words after the id.
      .replace(/red line "[a-z0-9][a-z0-9-]*": /g, "red line: ")
      .replace(/"([a-z0-9][a-z0-9-]*)"/g, (whole, id: string) =>
        names.has(id) ? `"${names.get(id)}"` : whole,
      )
      .replace(
        /requires (builtThisWeekend|usable|notCommercial)\b/g,
        (_, flag: string) => `requires "${FLAG_WORDS[flag]}"`,
      ),
  );
}

/** Published results with the organiser's choices, for the public page. */
export function publishedResults(store: Store): (JudgedResult & { published: string; fullOrder: boolean })[] {
  return store.results
    .list()
    .filter((r) => r.published !== null)
    .map((r) => ({
      ...(JSON.parse(r.json) as JudgedResult),
      computed: r.computed,
      published: r.published!,
      fullOrder: r.full_order === 1,
    }));
}

/**
 * The results a visitor may see, as the site's plain data: the event file's published results, with each prize
 * published here (winners only) in place of the file's for the same prize.
 */
export function publicResults(
  event: HackDayEvent,
  published: readonly JudgedResult[],
): ResultsData | undefined {
  const fromFile = resultsOf(event);
  if (published.length === 0) return fromFile;
  const live = published.map(
    (r): PrizeOutcome => ({
      id: r.prize,
      name: r.name,
      winners: r.winners.map((id) => ({
        id,
        title: r.ranking.find((entry) => entry.id === id)?.title ?? id,
        place: 1,
      })),
      ...(r.confidence && { tooClose: r.confidence.tooClose }),
    }),
  );
  const replaced = new Set(live.map((p) => p.id));
  return {
    ...(fromFile?.published !== undefined && { published: fromFile.published }),
    prizes: [...(fromFile?.prizes ?? []).filter((p) => !replaced.has(p.id)), ...live],
  };
}
