import {
  bradleyTerry,
  buildProfile,
  type CrowdBtModel,
  chooseNext,
  createCrowdBt,
  crowdBt,
  crowdBtVote,
  eligibility,
  elo,
  isRankedMethod,
  parseRanking,
  type Ranked,
  rankBallots,
  rubric,
  type Vote,
} from "@hackdaykit/judging";
import type { Event, Prize } from "@hackdaykit/schema";
import type { Store } from "../store.js";
import { conflictedProjects } from "./conflicts.js";
import type { PrizeResult } from "./types.js";

export const JUDGING_AVAILABLE = true;
/** Visits each project should get in expo judging (MLH/Gavel practice: about three). */
export const VIEWS_PER_PROJECT = 3;

export function publishedResults(store: Store): PrizeResult[] {
  return store
    .results()
    .filter((r) => r.published !== null)
    .map((r) => ({ ...(JSON.parse(r.json) as PrizeResult), computed: r.computed, published: r.published }));
}

const judgeLists = new WeakMap<Event["people"], string[]>();

/** Everyone who judges: the panel, people with the judge role and prize-specific judges. */
export function judgeIds(event: Event): string[] {
  const hit = judgeLists.get(event.people);
  if (hit) return hit;
  const ids = [
    ...new Set([
      ...(event.judging?.panel ?? []),
      ...event.people.filter((p) => p.roles.includes("judge")).map((p) => p.id),
      ...event.prizes.flatMap((p) => p.judges),
    ]),
  ];
  judgeLists.set(event.people, ids);
  return ids;
}

// The CrowdBT model is replayed from the votes table and kept between requests; new votes are applied
// incrementally, a void or a new project/judge rebuilds it (the package's replay gives identical numbers).
interface ModelCache {
  key: string;
  lastSeq: number;
  voided: number;
  model: CrowdBtModel;
  projectIndex: Map<string, number>;
  judgeIndex: Map<string, number>;
  /** Distinct judges who have compared each project (Gavel's view count), and the pairs counted. */
  views: Float64Array;
  viewed: Set<string>;
}
const models = new WeakMap<Store, ModelCache>();

function liveModel(store: Store, event: Event): ModelCache {
  const judges = judgeIds(event);
  const shape = `${store.structureGeneration}|${judges.length}`;
  const stats = store
    .query("SELECT COALESCE(MAX(seq), 0) AS last, COUNT(voided) AS voided FROM votes")
    .get() as { last: number; voided: number };
  let cache = models.get(store);
  if (!cache || cache.key !== shape || cache.voided !== stats.voided) {
    const projects = event.projects.map((p) => p.id);
    cache = {
      key: shape,
      lastSeq: 0,
      voided: stats.voided,
      model: createCrowdBt(projects, judges),
      projectIndex: new Map(projects.map((id, i) => [id, i])),
      judgeIndex: new Map(judges.map((id, i) => [id, i])),
      views: new Float64Array(projects.length),
      viewed: new Set(),
    };
    models.set(store, cache);
  }
  if (stats.last > cache.lastSeq) {
    const fresh = store
      .query(
        "SELECT judge, winner, loser FROM votes WHERE seq > ? AND voided IS NULL AND prize IS NULL ORDER BY seq",
      )
      .all(cache.lastSeq) as { judge: string; winner: string; loser: string }[];
    for (const v of fresh) {
      const j = cache.judgeIndex.get(v.judge);
      const w = cache.projectIndex.get(v.winner);
      const l = cache.projectIndex.get(v.loser);
      if (j === undefined || w === undefined || l === undefined) continue;
      crowdBtVote(cache.model, j, w, l);
      for (const p of [w, l]) {
        const pair = `${j}:${p}`;
        if (!cache.viewed.has(pair)) {
          cache.viewed.add(pair);
          cache.views[p]!++;
        }
      }
    }
    cache.lastSeq = stats.last;
  }
  return cache;
}

/** Next project for a judge by the package's CrowdBT dispatch (information gain, ε-greedy, Gavel's filters). */
function nextFor(store: Store, event: Event, judge: string, previous: string | null, ignored: string[]) {
  const cache = liveModel(store, event);
  const index = (id: string) => cache.projectIndex.get(id);
  const toSet = (ids: Iterable<string>) =>
    new Set([...ids].map(index).filter((i): i is number => i !== undefined));
  const busyRows = store
    .query("SELECT current FROM judge_state WHERE judge != ? AND current IS NOT NULL")
    .all(judge) as { current: string }[];
  const previousIndex = previous === null ? undefined : index(previous);
  const choice = chooseNext(cache.model, {
    judge: cache.judgeIndex.get(judge) ?? 0,
    ...(previousIndex !== undefined && { previous: previousIndex }),
    ignored: toSet([...ignored, ...conflictedProjects(event, judge), ...(previous ? [previous] : [])]),
    inactive: toSet(store.absentProjects()),
    busy: toSet(busyRows.map((r) => r.current)),
    views: cache.views,
    minViews: VIEWS_PER_PROJECT,
  });
  return choice === undefined ? null : cache.model.projects[choice]!;
}

export type PairwiseAction = "start" | "seen" | "vote" | "skip" | "absent" | "undo";

/**
 * One step of a judge's pairwise session, all in one transaction. `version` is the state the judge's page
 * showed: a double-click or a resubmitted form finds a newer state and changes nothing.
 */
export function pairwiseStep(
  store: Store,
  judge: string,
  action: PairwiseAction,
  version: number,
  better: "current" | "previous",
): string {
  const event = store.event();
  if (!judgeIds(event).includes(judge)) return "You are not on the judging list.";
  return store.write(() => {
    const state = store.judgeState(judge);
    if (state.version !== version) return "That was already recorded.";
    const next = () => nextFor(store, event, judge, state.previous, state.ignored);
    let message: string;
    switch (action) {
      case "start":
        if (state.current !== null || state.previous !== null) return "Already started.";
        state.current = next();
        message = state.current ? "Off you go." : "There is no project open for you right now.";
        break;
      case "seen":
        if (state.current === null || state.previous !== null) return "Nothing to mark as seen.";
        state.ignored.push(state.current);
        state.previous = state.current;
        state.current = next();
        message = "Thanks. On to the next one.";
        break;
      case "vote": {
        if (state.current === null || state.previous === null) return "There is nothing to compare yet.";
        const [winner, loser] =
          better === "current" ? [state.current, state.previous] : [state.previous, state.current];
        store.insertVote(judge, winner, loser);
        state.ignored.push(state.current);
        state.previous = state.current;
        state.current = next();
        message = "Vote recorded.";
        break;
      }
      case "skip":
        if (state.current === null) return "Nothing to skip.";
        state.ignored.push(state.current);
        state.current = next();
        message = "Skipped. Here is another project.";
        break;
      case "absent":
        if (state.current === null) return "Nothing to mark.";
        store.setAbsent(state.current, true);
        state.ignored.push(state.current);
        state.current = next();
        message = "Thanks: nobody will be sent there until an organiser reopens it.";
        break;
      case "undo": {
        const last = store.voidLastVote(judge);
        if (!last) return "You have no vote to undo.";
        // Step back so the judge answers that comparison again: previous ← the other project, current ← this one.
        if (state.previous === last.winner || state.previous === last.loser) {
          const again = state.previous;
          state.previous = again === last.winner ? last.loser : last.winner;
          state.current = again;
          state.ignored = state.ignored.filter((id) => id !== again);
        }
        message = "Your last vote was withdrawn. Choose again.";
        break;
      }
    }
    state.version++;
    store.putJudgeState(state);
    return message;
  });
}

/** "Seen 7 of ~12": projects this judge has seen, and the share of all visits that falls to one judge. */
export function progressFor(store: Store, judge: string): { seen: number; expected: number } {
  const event = store.event();
  const state = store.judgeState(judge);
  const seen = new Set(state.ignored);
  for (const id of store.absentProjects()) seen.delete(id);
  const open = event.projects.length - conflictedProjects(event, judge).size;
  const judges = Math.max(1, judgeIds(event).length);
  const expected = Math.min(open, Math.ceil((event.projects.length * VIEWS_PER_PROJECT) / judges));
  return { seen: seen.size, expected: Math.max(1, expected) };
}

export const PAIRWISE_KEY = "pairwise";

/** Results the admin can run: every prize, plus the overall pairwise (CrowdBT) standings. */
export function RESULT_KEYS(event: Event): string[] {
  return [...event.prizes.map((p) => p.id), PAIRWISE_KEY];
}

export function resultLabel(event: Event, key: string): string {
  if (key === PAIRWISE_KEY) return "Expo standings (pairwise, CrowdBT)";
  return event.prizes.find((p) => p.id === key)?.name ?? key;
}

export type ComputeOutcome = { ok: true; result: PrizeResult } | { ok: false; message: string };

const round = (x: number, digits = 3) => Math.round(x * 10 ** digits) / 10 ** digits;

function finish(
  event: Event,
  key: string,
  name: string,
  method: string,
  ranking: readonly Ranked[],
  ties: string[][],
  value: (entry: Ranked) => number | undefined,
  explanation: string[],
  ineligible: { id: string; reasons: string[] }[] = [],
): PrizeResult {
  const title = (id: string) => event.projects.find((p) => p.id === id)?.title ?? id;
  const winners = ranking.filter((r) => r.rank === 1).map((r) => r.id);
  if (ties.length > 0) {
    explanation.push(
      `Tied (not broken automatically; organisers decide): ${ties.map((t) => t.map(title).join(" = ")).join("; ")}.`,
    );
  }
  return {
    prize: key,
    name,
    method,
    ranking: ranking.map((r) => {
      const v = value(r);
      return { id: r.id, title: title(r.id), rank: r.rank, ...(v !== undefined && { value: round(v, 4) }) };
    }),
    ties,
    winners,
    explanation,
    ineligible: ineligible.map((i) => ({ id: i.id, title: title(i.id), reason: i.reasons.join("; ") })),
  };
}

/** Runs one prize (with its own method over the projects entered in it) or the overall pairwise standings. */
export function computeResult(event: Event, key: string): ComputeOutcome {
  try {
    return { ok: true, result: compute(event, key) };
  } catch (error) {
    return {
      ok: false,
      message: `Could not compute: ${error instanceof Error ? error.message : String(error)}`,
    };
  }
}

function votesFor(event: Event, prize?: string): Vote[] {
  const votes = event.judging?.ballots.votes ?? [];
  return votes
    .filter((v) => (prize === undefined ? v.prize === undefined : v.prize === prize || v.prize === undefined))
    .map((v) => ({
      judge: v.judge,
      winner: v.winner,
      loser: v.loser,
      ...(v.id !== undefined && { id: v.id }),
    }));
}

function compute(event: Event, key: string): PrizeResult {
  if (key === PAIRWISE_KEY) {
    const votes = votesFor(event);
    if (votes.length === 0) throw new Error("no pairwise votes yet");
    const result = crowdBt(votes, { candidates: event.projects.map((p) => p.id) });
    const judges = new Set(votes.map((v) => v.judge)).size;
    const mu = new Map(result.ranking.map((r) => [r.id, r.mu]));
    return finish(
      event,
      key,
      resultLabel(event, key),
      "crowd-bt",
      result.ranking,
      result.ties,
      (r) => mu.get(r.id),
      [
        `${votes.length} "which was better?" ${votes.length === 1 ? "vote" : "votes"} from ${judges} ${judges === 1 ? "judge" : "judges"}, in the order they were cast.`,
        "CrowdBT (Chen et al., WSDM 2013, as used by Gavel): each project's score μ is a Bayesian estimate that also learns how reliable each judge is, so a careless judge counts for less.",
        "Score shown: μ (higher is better). Projects nobody compared stay at the prior, 0.",
      ],
    );
  }
  const prize = event.prizes.find((p) => p.id === key);
  if (!prize) throw new Error(`no prize "${key}"`);
  const method = prize.method ?? event.judging?.method ?? "rubric";
  const entered = event.projects.filter((p) => p.prizes.includes(prize.id));
  if (entered.length === 0) throw new Error(`no project has entered "${prize.name}"`);
  const report = eligibility({ ...event, projects: entered }, prize as Pick<Prize, "id" | "requires">);
  const out = new Set(report.ineligible.map((i) => i.id));
  const candidates = entered.map((p) => p.id).filter((id) => !out.has(id));
  const intro = `${entered.length} projects entered; ${report.ineligible.length} ruled out by the eligibility red lines before any scoring.`;
  const panel = prize.judges.length > 0 ? new Set(prize.judges) : undefined;
  const byPanel = <T extends { judge?: string }>(x: T) =>
    !panel || (x.judge !== undefined && panel.has(x.judge));

  if (method === "rubric") {
    const criteria = event.judging?.criteria ?? [];
    const scores = (event.judging?.ballots.scores ?? [])
      .filter((s) => (s.prize === undefined || s.prize === prize.id) && byPanel(s))
      .filter((s) => candidates.includes(s.project));
    if (scores.length === 0) throw new Error(`no rubric scores yet for "${prize.name}"`);
    const result = rubric(scores, {
      criteria: criteria.map((c) => ({ id: c.id, weight: c.weight, scale: c.scale })),
      normalise: "z-score",
      aggregate: "mean",
      projects: candidates,
    });
    const score = new Map(result.ranking.map((r) => [r.id, r.score]));
    const judges = new Set(scores.map((s) => s.judge)).size;
    return finish(
      event,
      key,
      prize.name,
      "rubric",
      result.ranking,
      result.ties,
      (r) => score.get(r.id),
      [
        intro,
        `${judges} judges scored ${criteria.length} weighted criteria (${criteria.map((c) => `${c.name} ×${c.weight}`).join(", ")}).`,
        "Each judge's scores were standardised (z-score) so a harsh or generous judge does not tip the result; the score shown is the mean over the judges who saw the project.",
        ...(result.missing.length > 0
          ? [
              `${result.missing.length} score sheets were incomplete; missing scores were left out, not counted as zero.`,
            ]
          : []),
        ...(result.unscored.length > 0
          ? [`${result.unscored.length} projects were not scored by anyone.`]
          : []),
      ],
      report.ineligible,
    );
  }
  if (isRankedMethod(method)) {
    const allowed = new Set(candidates);
    const rows = (event.judging?.ballots.rankings ?? []).filter(
      (r) => (r.prize === undefined || r.prize === prize.id) && byPanel(r),
    );
    const ballots = rows
      .map((r) => ({
        groups: parseRanking(r.ranking)
          .map((g) => g.filter((id) => allowed.has(id)))
          .filter((g) => g.length > 0),
        count: r.count,
        ...(r.judge !== undefined && { judge: r.judge }),
      }))
      .filter((b) => b.groups.length > 0);
    if (ballots.length === 0) throw new Error(`no ranked ballots yet for "${prize.name}"`);
    const result = rankBallots(method, buildProfile(ballots, { candidates }));
    const scoreOf = (r: Ranked) => {
      const e = r as Ranked & { points?: number; score?: number; beats?: number; above?: number };
      return e.points ?? e.score ?? e.beats ?? e.above;
    };
    return finish(
      event,
      key,
      prize.name,
      method,
      result.ranking,
      result.ties,
      scoreOf,
      [
        intro,
        `${ballots.reduce((n, b) => n + b.count, 0)} ranked ballots counted with ${method} (projects a ballot leaves out rank below those it names).`,
      ],
      report.ineligible,
    );
  }
  const votes = votesFor(event, prize.id).filter(
    (v) => candidates.includes(v.winner) && candidates.includes(v.loser) && byPanel(v),
  );
  if (votes.length === 0) throw new Error(`no pairwise votes yet for "${prize.name}"`);
  if (method === "crowd-bt") {
    const result = crowdBt(votes, { candidates });
    const mu = new Map(result.ranking.map((r) => [r.id, r.mu]));
    return finish(
      event,
      key,
      prize.name,
      method,
      result.ranking,
      result.ties,
      (r) => mu.get(r.id),
      [intro, `${votes.length} pairwise votes, CrowdBT (Chen et al. 2013); score shown is μ.`],
      report.ineligible,
    );
  }
  if (method === "bradley-terry") {
    const result = bradleyTerry(votes, { candidates });
    const s = new Map(result.ranking.map((r) => [r.id, r.strength]));
    return finish(
      event,
      key,
      prize.name,
      method,
      result.ranking,
      result.ties,
      (r) => s.get(r.id),
      [
        intro,
        `${votes.length} pairwise votes, Bradley–Terry maximum likelihood; score shown is each project's strength.`,
      ],
      report.ineligible,
    );
  }
  const result = elo(votes, { candidates });
  const rating = new Map(result.ranking.map((r) => [r.id, r.rating]));
  return finish(
    event,
    key,
    prize.name,
    method,
    result.ranking,
    result.ties,
    (r) => rating.get(r.id),
    [intro, `${votes.length} pairwise votes applied in order with Elo; score shown is the rating.`],
    report.ineligible,
  );
}
