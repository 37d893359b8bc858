import type { JudgingMethod } from "@hackdaykit/schema";
import { normal, seededRandom, shuffle } from "@hackdaykit/schema/internal";
import type { RankedBallot } from "./ballots.js";
import { createCrowdBt, crowdBtResult, crowdBtVote } from "./crowd-bt.js";
import { chooseNext } from "./dispatch.js";
import { KEMENY_MAX_CANDIDATES } from "./kemeny.js";
import { judge } from "./methods.js";
import type { PairwiseVote } from "./pairwise.js";
import type { RankingResult } from "./ranking.js";
import type { RubricScore } from "./rubric.js";

export interface SimulationOptions {
  projects: number;
  judges: number;
  /** Length of the judging window, minutes. */
  minutes: number;
  /** Minutes per visit, walking included. */
  visitMinutes: number;
  /** Spread of a judge's impression around a project's true quality (true qualities have spread 1). */
  noise?: number;
  /** Spread of judges' harshness (a constant each judge adds to every score; matters for rubric). */
  harshness?: number;
  /** How many top places must be found (default 3). */
  k?: number;
  trials?: number;
  methods?: readonly JudgingMethod[];
  seed?: number;
  onProgress?: (done: number, total: number) => void;
}

export interface SimulationMethodResult {
  method: JudgingMethod;
  /** Share of trials where the method's top k were exactly the true top k (a tie across the cut counts as a miss). */
  topK: number;
  /** Share of trials where the true best project was ranked first, alone. */
  winner: number;
  /** Mean share of the true top k found in the method's top k. */
  overlap: number;
  skipped?: string;
}

export interface SimulationResult {
  settings: Required<Omit<SimulationOptions, "onProgress" | "methods" | "seed">> & { seed: number };
  visitsPerJudge: number;
  viewsPerProject: number;
  methods: SimulationMethodResult[];
}

export const DEFAULT_SIMULATION_METHODS: readonly JudgingMethod[] = [
  "rubric",
  "borda",
  "schulze",
  "crowd-bt",
  "bradley-terry",
  "elo",
];

/**
 * Planning simulation: invent P projects with true qualities ~ N(0, 1), let J judges make as many visits as
 * the window allows, each seeing quality + their harshness + noise, and judge the result with each method.
 * Rubric judges score 1–5 (z-score normalised); ranked methods get each judge's visits as a partial
 * ranking; pairwise methods compare consecutive visits, and CrowdBT dispatches judges itself (as Gavel does)
 * while the others walk a balanced rota. Reports how often the true top k comes out on top.
 * @throws {@link JudgingInputError} only if a method rejects the simulated ballots, which would be a bug.
 */
export function simulate(options: SimulationOptions): SimulationResult {
  const settings = {
    projects: options.projects,
    judges: options.judges,
    minutes: options.minutes,
    visitMinutes: options.visitMinutes,
    noise: options.noise ?? 0.5,
    harshness: options.harshness ?? 0.5,
    k: Math.min(options.k ?? 3, options.projects),
    trials: options.trials ?? 100,
    seed: options.seed ?? 1,
  };
  const methods = options.methods ?? DEFAULT_SIMULATION_METHODS;
  const P = settings.projects;
  const visits = Math.min(Math.floor(settings.minutes / settings.visitMinutes), P);
  const random = seededRandom(settings.seed);
  const ids = Array.from({ length: P }, (_, i) => `p${i}`);
  const tallies = methods.map((method) => ({ method, topK: 0, winner: 0, overlap: 0 }));
  for (let t = 0; t < settings.trials; t++) {
    const quality = Float64Array.from({ length: P }, () => normal(random));
    const bias = Float64Array.from({ length: settings.judges }, () => settings.harshness * normal(random));
    const seen = (j: number, p: number) => quality[p]! + bias[j]! + settings.noise * normal(random);
    const truth = [...ids.keys()].sort((a, b) => quality[b]! - quality[a]!);
    const trueTop = new Set(truth.slice(0, settings.k).map((i) => ids[i]!));

    // Balanced rota: walk one shuffled circle of tables, judges starting evenly spaced.
    const circle = shuffle([...ids.keys()], random);
    const route = (j: number) =>
      Array.from({ length: visits }, (_, v) => circle[(Math.floor((j * P) / settings.judges) + v) % P]!);
    const scores: RubricScore[] = [];
    const rankings: RankedBallot[] = [];
    const votes: PairwiseVote[] = [];
    for (let j = 0; j < settings.judges; j++) {
      const path = route(j);
      const impressions = path.map((p) => seen(j, p));
      path.forEach((p, v) => {
        const score = Math.min(5, Math.max(1, Math.round(3 + impressions[v]!)));
        scores.push({ judge: `j${j}`, project: ids[p]!, criterion: "overall", score });
        if (v > 0) {
          const better = impressions[v]! > impressions[v - 1]!;
          votes.push({
            judge: `j${j}`,
            winner: ids[better ? p : path[v - 1]!]!,
            loser: ids[better ? path[v - 1]! : p]!,
          });
        }
      });
      const order = path.map((p, v) => ({ p, x: impressions[v]! })).sort((a, b) => b.x - a.x);
      rankings.push({ groups: order.map((o) => [ids[o.p]!]), count: 1 });
    }
    const ballots = { scores, rankings, votes };
    tallies.forEach((tally) => {
      const { method } = tally;
      if (method === "kemeny" && P > KEMENY_MAX_CANDIDATES) return;
      const result =
        method === "crowd-bt"
          ? dispatchedCrowdBt(ids, settings.judges, visits, seen, random)
          : judge(method, ballots, {
              candidates: ids,
              criteria: [{ id: "overall", weight: 1 }],
              rubric: { normalise: "z-score" },
            });
      score(result, trueTop, ids[truth[0]!]!, settings.k, tally);
    });
    options.onProgress?.(t + 1, settings.trials);
  }
  return {
    settings,
    visitsPerJudge: visits,
    viewsPerProject: (settings.judges * visits) / P,
    methods: tallies.map((tally) => ({
      method: tally.method,
      topK: tally.topK / settings.trials,
      winner: tally.winner / settings.trials,
      overlap: tally.overlap / settings.trials,
      ...(tally.method === "kemeny" &&
        P > KEMENY_MAX_CANDIDATES && {
          skipped: `exact Kemeny handles at most ${KEMENY_MAX_CANDIDATES} projects`,
        }),
    })),
  };
}

function score(
  result: RankingResult,
  trueTop: Set<string>,
  best: string,
  k: number,
  tally: { topK: number; winner: number; overlap: number },
): void {
  const cutClean = result.ranking.length <= k || result.ranking[k]!.rank > k;
  const top = result.ranking.slice(0, k).map((e) => e.id);
  const found = top.filter((id) => trueTop.has(id)).length;
  if (cutClean && found === k) tally.topK++;
  if (result.ranking[0]?.id === best && (result.ranking[1]?.rank ?? 2) > 1) tally.winner++;
  tally.overlap += found / k;
}

/** Gavel's loop: each judge in turn is sent where the model expects to learn most, then votes. */
function dispatchedCrowdBt(
  ids: string[],
  judges: number,
  visits: number,
  seen: (j: number, p: number) => number,
  random: () => number,
): RankingResult {
  const model = createCrowdBt(
    ids,
    Array.from({ length: judges }, (_, j) => `j${j}`),
  );
  const views = new Int32Array(ids.length);
  const previous: (number | undefined)[] = Array(judges).fill(undefined);
  const lastImpression = new Float64Array(judges);
  const ignored = Array.from({ length: judges }, () => new Set<number>());
  for (let v = 0; v < visits; v++) {
    const busy = new Set<number>();
    for (let j = 0; j < judges; j++) {
      const next = chooseNext(
        model,
        { judge: j, previous: previous[j], ignored: ignored[j]!, busy, views, minViews: 1 },
        random,
      );
      if (next === undefined) continue;
      busy.add(next);
      const impression = seen(j, next);
      const prev = previous[j];
      if (prev !== undefined) {
        if (impression > lastImpression[j]!) crowdBtVote(model, j, next, prev);
        else crowdBtVote(model, j, prev, next);
      }
      views[next]!++;
      ignored[j]!.add(next);
      previous[j] = next;
      lastImpression[j] = impression;
    }
  }
  return crowdBtResult(model);
}
