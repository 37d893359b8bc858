import {
  type CrowdBtModel,
  chooseNext,
  createCrowdBt,
  crowdBt,
  crowdBtVote,
  JudgingInputError,
  judgePrizes,
  PAIRWISE_METHODS,
  type PairwiseVote,
  type PrizeOptions,
  type Ranked,
  scoreOf,
} from "@hackdaykit/judging";
import type { HackDayEvent } from "@hackdaykit/schema";
import type { Store } from "../store/index.js";
import { conflictedProjects } from "./conflicts.js";
import type { PrizeResult } from "./types.js";

/** Judges' "team not there" reports that close a project without waiting for an organiser. */
export const ABSENT_REPORTS_TO_CLOSE = 2;

/** Visits each project should get in expo judging (MLH/Gavel practice: about three). */
export const VIEWS_PER_PROJECT = 3;

const judgeLists = new WeakMap<HackDayEvent["people"], string[]>();

/** Everyone who judges: the panel, people with the judge role and prize-specific judges. */
export function judgeIds(event: HackDayEvent): string[] {
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

function liveModel(store: Store, event: HackDayEvent): ModelCache {
  const judges = judgeIds(event);
  const shape = `${store.structureGeneration}|${judges.length}`;
  const stats = store.ballots.voteLog();
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
    const fresh = store.ballots.overallVotesAfter(cache.lastSeq);
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
function nextFor(
  store: Store,
  event: HackDayEvent,
  judge: string,
  previous: string | null,
  ignored: string[],
) {
  const cache = liveModel(store, event);
  const index = (id: string) => cache.projectIndex.get(id);
  const toSet = (ids: Iterable<string>) =>
    new Set([...ids].map(index).filter((i): i is number => i !== undefined));
  const previousIndex = previous === null ? undefined : index(previous);
  const choice = chooseNext(cache.model, {
    judge: cache.judgeIndex.get(judge) ?? 0,
    ...(previousIndex !== undefined && { previous: previousIndex }),
    ignored: toSet([
      ...ignored,
      ...store.absence.reportedBy(judge),
      ...conflictedProjects(event, judge),
      ...(previous ? [previous] : []),
    ]),
    inactive: toSet(store.absence.absent()),
    busy: toSet(store.judges.busyExcept(judge)),
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
    const state = store.judges.state(judge);
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
        store.ballots.insertVote(judge, winner, loser);
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
      case "absent": {
        if (state.current === null) return "Nothing to mark.";
        // A report, not a verdict: it closes for everyone once an organiser confirms it or a second judge
        // reports it. Until it is settled this judge is not sent back; reopening gives it back to them.
        const reports = store.absence.report(state.current, judge);
        if (reports >= ABSENT_REPORTS_TO_CLOSE) store.absence.set(state.current, true);
        state.current = nextFor(store, event, judge, state.previous, [...state.ignored, state.current]);
        message =
          reports >= ABSENT_REPORTS_TO_CLOSE
            ? "Thanks: another judge said so too, so nobody is sent there until an organiser reopens it."
            : "Thanks: an organiser will check. Here is another project.";
        break;
      }
      case "undo": {
        const last = store.ballots.voidLastVote(judge);
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
    store.judges.put(state);
    return message;
  });
}

/** "Seen 7 of ~12": projects this judge has seen, and the share of all visits that falls to one judge. */
export function progressFor(store: Store, judge: string): { seen: number; expected: number } {
  const event = store.event();
  const state = store.judges.state(judge);
  // Seen = compared in a live vote, or the first one looked at; skipped and absent ones do not count.
  const seen = new Set<string>();
  for (const v of store.ballots.votes(judge)) {
    if (v.voided !== null) continue;
    seen.add(v.winner);
    seen.add(v.loser);
  }
  if (state.previous !== null) seen.add(state.previous);
  const open = event.projects.length - conflictedProjects(event, judge).size;
  const judges = Math.max(1, judgeIds(event).length);
  const expected = Math.min(open, Math.ceil((event.projects.length * VIEWS_PER_PROJECT) / judges));
  return { seen: seen.size, expected: Math.max(1, expected) };
}

export const PAIRWISE_KEY = "pairwise";

/** Results the admin can run: every prize, plus the overall pairwise (CrowdBT) standings. */
export function RESULT_KEYS(event: HackDayEvent): string[] {
  return [...event.prizes.map((p) => p.id), PAIRWISE_KEY];
}

export function resultLabel(event: HackDayEvent, key: string): string {
  if (key === PAIRWISE_KEY) return "Expo standings (pairwise, CrowdBT)";
  return event.prizes.find((p) => p.id === key)?.name ?? key;
}

export type ComputeOutcome = { ok: true; result: PrizeResult } | { ok: false; message: string };

const round = (x: number, digits = 3) => Math.round(x * 10 ** digits) / 10 ** digits;

function finish(
  event: HackDayEvent,
  key: string,
  name: string,
  method: string,
  ranking: readonly Ranked[],
  ties: string[][],
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
      const v = scoreOf(method, r);
      return { id: r.id, title: title(r.id), rank: r.rank, ...(v !== undefined && { value: round(v, 4) }) };
    }),
    ties,
    winners,
    explanation,
    ineligible: ineligible.map((i) => ({ id: i.id, title: title(i.id), reason: i.reasons.join("; ") })),
  };
}

/**
 * Runs one prize (with its own method over the projects entered in it) or the overall pairwise standings.
 * Expected outcomes (nothing to count yet, ballots the method cannot use) come back as a message; anything
 * else is a bug and is thrown, not dressed up as a result.
 */
export function computeResult(event: HackDayEvent, key: string): ComputeOutcome {
  try {
    return compute(event, key);
  } catch (error) {
    if (error instanceof JudgingInputError)
      return { ok: false, message: `Could not compute: ${error.message}` };
    throw error;
  }
}

const notYet = (message: string): ComputeOutcome => ({ ok: false, message: `Could not compute: ${message}` });

/** Plain words for each method, shown under the result (what organisers need to explain it). */
const METHOD_WORDS: Record<string, string> = {
  rubric:
    "Judges scored weighted criteria; each judge's scores were standardised (z-score) so a harsh or generous judge does not tip the result, then averaged over the judges who saw the project.",
  "stack-rank": "Each ballot gave 3, 2 and 1 points to its top three (MLH stack rank).",
  borda: "Borda count: a project earns a point for every project a ballot ranks below it.",
  copeland: "Copeland: a project scores a win for every other project more ballots prefer it to.",
  schulze: "Schulze: projects are ordered by the strongest chains of head-to-head majorities.",
  "ranked-pairs": "Ranked pairs (Tideman): the biggest head-to-head majorities are locked in first.",
  kemeny: "Kemeny–Young: the order that agrees with the most ballot preferences overall.",
  "crowd-bt":
    "CrowdBT (Chen et al., WSDM 2013, as used by Gavel): a Bayesian score μ per project that also learns how reliable each judge is.",
  "bradley-terry": "Bradley–Terry: each project's strength, fitted to who beat whom.",
  elo: "Elo: ratings updated vote by vote.",
};

/** How the demo decides prizes (shared with the confidence bootstrap, which must re-run the same thing). */
export const PRIZE_OPTIONS = {
  rubric: { normalise: "z-score", aggregate: "mean" },
  tieBreak: ["head-to-head"],
} as const satisfies PrizeOptions;

function compute(event: HackDayEvent, key: string): ComputeOutcome {
  if (key === PAIRWISE_KEY) {
    const votes: PairwiseVote[] = (event.judging?.ballots.votes ?? [])
      .filter((v) => v.prize === undefined)
      .map((v) => ({
        judge: v.judge,
        winner: v.winner,
        loser: v.loser,
        ...(v.id !== undefined && { id: v.id }),
      }));
    if (votes.length === 0) return notYet("no pairwise votes yet");
    const result = crowdBt(votes, { candidates: event.projects.map((p) => p.id) });
    const judges = new Set(votes.map((v) => v.judge)).size;
    return {
      ok: true,
      result: finish(event, key, resultLabel(event, key), "crowd-bt", result.ranking, result.ties, [
        `${votes.length} "which was better?" ${votes.length === 1 ? "vote" : "votes"} from ${judges} ${judges === 1 ? "judge" : "judges"}, in the order they were cast.`,
        METHOD_WORDS["crowd-bt"]!,
        "Score shown: μ (higher is better). Projects nobody compared stay at the prior, 0.",
      ]),
    };
  }
  if (!event.prizes.some((p) => p.id === key)) return notYet(`no prize "${key}"`);
  // The judging package decides every prize in order (red lines, entries, the prize's own method and judges,
  // declared conflicts, the one-prize-per-project policy, explicit tie-breaks); we show the one asked for.
  const all = judgePrizes(event, PRIZE_OPTIONS);
  const prize = all.find((r) => r.prize === key)!;
  if (prize.ballots === 0) return notYet(prize.note ?? `no ballots yet for "${prize.name}"`);
  const title = (id: string) => event.projects.find((p) => p.id === id)?.title ?? id;
  const lines = [
    `${prize.entrants.length} projects in the running; ${prize.ineligible.length} ruled out by the eligibility red lines before any scoring.`,
    `${prize.ballots} ${prize.method === "rubric" ? "scores" : (PAIRWISE_METHODS as readonly string[]).includes(prize.method) ? "votes" : "ranked ballots"} counted with ${prize.method}.`,
    METHOD_WORDS[prize.method] ?? "",
  ];
  if (prize.conflictsApplied > 0)
    lines.push(
      `${prize.conflictsApplied} ballots left out or trimmed for a conflict of interest (the judge's own team, a project they pitched, a shared organisation or a declared conflict).`,
    );
  for (const s of prize.skipped)
    lines.push(`${title(s.id)} was passed over: ${s.reason} (one prize per project).`);
  for (const t of prize.tieBreaks) {
    lines.push(
      `${t.group.map(title).join(" = ")} tied; ${t.resolved ? `split by ${t.steps.map((x) => x.by).join(", then ")}` : "not split by head-to-head: organisers decide"}.`,
    );
  }
  if (prize.unchecked.length > 0)
    lines.push(`${prize.unchecked.length} projects have red-line questions nobody has answered yet.`);
  const result = finish(
    event,
    key,
    prize.name,
    prize.method,
    prize.result.ranking,
    prize.result.ties,
    lines.filter(Boolean),
    prize.ineligible,
  );
  result.winners = prize.winners;
  return { ok: true, result };
}
