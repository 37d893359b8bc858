import {
  type AssignResult,
  assignJudges,
  type RotaConflict,
  type RotaJudge,
  type RotaProject,
} from "./assign.js";
import { colourEdges, shortenWalks } from "./colour.js";
import { MINUTE } from "./local.js";
import type { RotaSlot, RotaVisit, Shortfall } from "./types.js";

/** Who judges what: plain data, built from an event by `rotaProblemFromEvent` or by hand. */
export interface RotaProblem {
  judges: readonly RotaJudge[];
  projects: readonly RotaProject[];
  conflicts?: readonly RotaConflict[];
  prizeJudges?: Readonly<Record<string, readonly string[]>>;
  /** Visits each project gets (k). */
  views: number;
}

/** When judging happens: real instants plus the zone to show them in. */
export interface RotaTiming {
  start: Date;
  end: Date;
  zone: string;
  /** Minutes a judge spends at a table. */
  minutes: number;
  /** Minutes to walk to the next table between rounds. */
  changeover?: number;
}

export interface Rota {
  views: number;
  zone: string;
  minutes: number;
  changeover: number;
  /** Rounds used, and rounds that fit in the window. */
  rounds: number;
  roundsAvailable: number;
  /** Every visit, timed, by round then judge. */
  slots: RotaSlot[];
  shortfall: Shortfall[];
  /** How many views projects really get: one entry per number of visits, most first (e.g. 20 × 2, 20 × 1). */
  viewsGiven: { views: number; projects: number }[];
  loads: Record<string, number>;
  prizeGaps: { prize: string; project: string }[];
  repeatedPairs: number;
  /** Tables walked past in total, and the least possible for these assignments (each judge sweeping once). */
  walking: { tables: number; lowerBound: number };
  warnings: string[];
}

/**
 * Rounds of `minutes` + `changeover` that fit between start and end (no changeover needed after the last).
 * @throws `RangeError` when the visit length is not positive or the changeover is negative.
 */
export function roundsAvailable(timing: RotaTiming): number {
  const window = (timing.end.getTime() - timing.start.getTime()) / MINUTE;
  const slot = timing.minutes + (timing.changeover ?? 0);
  if (!(timing.minutes > 0)) throw new RangeError(`visit minutes must be positive, got ${timing.minutes}`);
  if (!((timing.changeover ?? 0) >= 0)) throw new RangeError("changeover must be ≥ 0 minutes");
  return Math.max(0, Math.floor((window + (timing.changeover ?? 0)) / slot + 1e-9));
}

/** Real start and end of a round (rounds count from 1), counted in real minutes from the session's start. */
export function roundTimes(timing: RotaTiming, round: number): { start: Date; end: Date } {
  const slot = timing.minutes + (timing.changeover ?? 0);
  const start = timing.start.getTime() + (round - 1) * slot * MINUTE;
  return { start: new Date(start), end: new Date(start + timing.minutes * MINUTE) };
}

/** Table numbers, with stand-ins after the highest real one for projects that have none. */
export function tableNumbers(projects: readonly RotaProject[]): Map<string, number> {
  let next = Math.max(0, ...projects.map((p) => p.table ?? 0));
  return new Map(projects.map((p) => [p.id, p.table ?? ++next]));
}

/**
 * Builds an optimal expo-judging rota: assigns judges by min-cost flow, colours the visits into rounds so no
 * judge and no table is double-booked, orders each judge's visits by table number to keep walks short, and
 * times every round from the session's start.
 * @throws `RangeError` when the timing is invalid or `views` is not a whole number ≥ 1.
 * @example
 * ```ts
 * const { problem, timing } = rotaProblemFromEvent(event, { views: 3, minutes: 4 });
 * const rota = buildRota(problem, timing);
 * console.log(rota.slots.length, rota.shortfall);
 * ```
 */
export function buildRota(problem: RotaProblem, timing: RotaTiming, seed = 1): Rota {
  const available = roundsAvailable(timing);
  const result = assignJudges({ ...problem, rounds: available, seed });
  const visits = scheduleRounds(result.pairs, problem, 1, new Map());
  return finish(problem, timing, available, visits, result, []);
}

/**
 * Colours judge–project pairs into rounds from `firstRound` on. `prefer` maps `judge\u0000project` to a round to
 * keep (re-planning); other visits prefer rounds that walk each judge along the tables in order.
 */
function scheduleRounds(
  pairs: readonly { judge: string; project: string }[],
  problem: RotaProblem,
  firstRound: number,
  prefer: Map<string, number>,
): RotaVisit[] {
  const tables = tableNumbers(problem.projects);
  const judgeIds = [...new Set(pairs.map((p) => p.judge))];
  const projectIds = [...new Set(pairs.map((p) => p.project))];
  const judgeIndex = new Map(judgeIds.map((id, i) => [id, i]));
  const projectIndex = new Map(projectIds.map((id, i) => [id, i]));
  const perJudge = new Map<string, { judge: string; project: string }[]>();
  for (const pair of pairs) {
    const list = perJudge.get(pair.judge) ?? [];
    list.push(pair);
    perJudge.set(pair.judge, list);
  }
  let maxDegree = 0;
  for (const list of perJudge.values()) maxDegree = Math.max(maxDegree, list.length);
  const projectDegree = new Map<string, number>();
  for (const pair of pairs) projectDegree.set(pair.project, (projectDegree.get(pair.project) ?? 0) + 1);
  for (const d of projectDegree.values()) maxDegree = Math.max(maxDegree, d);
  // Each judge walks up the tables: their i-th table (by number) prefers round i, spread over the rounds used.
  const edges: { left: number; right: number; prefer: number; judge: string; project: string }[] = [];
  for (const [judge, list] of perJudge) {
    list.sort((a, b) => tables.get(a.project)! - tables.get(b.project)!);
    list.forEach((pair, rank) => {
      const kept = prefer.get(`${pair.judge}\u0000${pair.project}`);
      const spread = list.length > 1 ? Math.round((rank * (maxDegree - 1)) / (list.length - 1)) : 0;
      edges.push({
        left: judgeIndex.get(judge)!,
        right: projectIndex.get(pair.project)!,
        prefer: kept ?? spread,
        judge,
        project: pair.project,
      });
    });
  }
  // Kept visits first, so they claim their old rounds before anything else.
  const isKept = (e: { judge: string; project: string }) => prefer.has(`${e.judge}\u0000${e.project}`);
  edges.sort((a, b) => Number(isKept(b)) - Number(isKept(a)));
  const { colours, palette } = colourEdges(edges, judgeIds.length, projectIds.length, maxDegree);
  if (prefer.size === 0) {
    shortenWalks(
      edges.map((edge) => ({ left: edge.left, right: edge.right, weight: tables.get(edge.project)! })),
      colours,
      judgeIds.length,
      projectIds.length,
      palette,
    );
  }
  return edges.map((edge, e) => ({
    judge: edge.judge,
    project: edge.project,
    table: tables.get(edge.project)!,
    round: firstRound + colours[e]!,
  }));
}

function finish(
  problem: RotaProblem,
  timing: RotaTiming,
  available: number,
  visits: RotaVisit[],
  result: AssignResult,
  extraShortfall: Shortfall[],
): Rota {
  const slots: RotaSlot[] = visits
    .map((visit) => ({ ...visit, ...roundTimes(timing, visit.round) }))
    .sort((a, b) => a.round - b.round || cmp(a.judge, b.judge));
  const rounds = slots.reduce((max, slot) => Math.max(max, slot.round), 0);
  const warnings = [...result.warnings];
  if (rounds > available) {
    warnings.push(`the rota needs ${rounds} rounds but only ${available} fit in the judging window`);
  }
  const byJudge = new Map<string, number[]>();
  for (const slot of slots) {
    const list = byJudge.get(slot.judge) ?? [];
    list.push(slot.table);
    byJudge.set(slot.judge, list);
  }
  let tables = 0;
  let lowerBound = 0;
  for (const list of byJudge.values()) {
    for (let i = 1; i < list.length; i++) tables += Math.abs(list[i]! - list[i - 1]!);
    lowerBound += Math.max(...list) - Math.min(...list);
  }
  const shortfall = [...extraShortfall, ...result.shortfall].sort((a, b) => cmp(a.project, b.project));
  const visitsOf = new Map(problem.projects.map((project) => [project.id, 0]));
  for (const slot of slots) visitsOf.set(slot.project, (visitsOf.get(slot.project) ?? 0) + 1);
  const histogram = new Map<number, number>();
  for (const n of visitsOf.values()) histogram.set(n, (histogram.get(n) ?? 0) + 1);
  const viewsGiven = [...histogram]
    .sort(([a], [b]) => b - a)
    .map(([views, projects]) => ({ views, projects }));
  return {
    views: problem.views,
    zone: timing.zone,
    minutes: timing.minutes,
    changeover: timing.changeover ?? 0,
    rounds,
    roundsAvailable: available,
    slots,
    shortfall,
    viewsGiven,
    loads: result.loads,
    prizeGaps: result.prizeGaps,
    repeatedPairs: result.repeatedPairs,
    walking: { tables, lowerBound },
    warnings,
  };
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** What a re-plan changed in the rounds still to come. */
export interface RotaChanges {
  /** First re-planned round. */
  fromRound: number;
  /** Future visits that stay exactly as they were. */
  kept: number;
  /** Same judge and project, different round. */
  moved: { judge: string; project: string; from: number; to: number }[];
  added: RotaVisit[];
  removed: RotaVisit[];
}

export interface ReplanInput {
  /** The rota so far (only judge, project and round are read). */
  previous: readonly RotaVisit[];
  /** First round that has not started: every visit before it is kept as it was. */
  fromRound: number;
  /** Judges who have left. */
  judgesLeft?: readonly string[];
  /** Projects whose team is absent. */
  absent?: readonly string[];
}

/**
 * Re-plans the rounds from `fromRound` on after judges leave or teams are absent: every earlier visit is kept,
 * the remaining visits are re-assigned by min-cost flow that rewards keeping old pairs, and kept pairs keep their
 * rounds where possible. Returns the new rota and what changed.
 * @throws `RangeError` when `fromRound` is below 1, or as {@link buildRota}.
 */
export function replanRota(
  problem: RotaProblem,
  timing: RotaTiming,
  input: ReplanInput,
  seed = 1,
): Rota & { changes: RotaChanges } {
  const from = input.fromRound;
  if (!Number.isInteger(from) || from < 1)
    throw new RangeError(`fromRound must be a round number ≥ 1, got ${from}`);
  const gone = new Set(input.judgesLeft ?? []);
  const absent = new Set(input.absent ?? []);
  const past = input.previous.filter((visit) => visit.round < from);
  const future = input.previous.filter((visit) => visit.round >= from);
  const available = roundsAvailable(timing);
  const judges = problem.judges.filter((judge) => !gone.has(judge.id));
  const projects = problem.projects.filter((project) => !absent.has(project.id));
  const keep = future.filter((visit) => !gone.has(visit.judge) && !absent.has(visit.project));
  const result = assignJudges({
    ...problem,
    judges,
    projects,
    rounds: Math.max(0, available - from + 1),
    done: past,
    keep,
    seed,
  });
  // Past visits by judges who left still count towards their (final) load.
  for (const visit of past)
    if (gone.has(visit.judge)) result.loads[visit.judge] = (result.loads[visit.judge] ?? 0) + 1;
  const prefer = new Map(keep.map((visit) => [`${visit.judge}\u0000${visit.project}`, visit.round - from]));
  const fresh = scheduleRounds(result.pairs, { ...problem, projects: problem.projects }, from, prefer);
  const tables = tableNumbers(problem.projects);
  const visits = [
    ...past.map((visit) => ({ ...visit, table: tables.get(visit.project) ?? visit.table })),
    ...fresh,
  ];

  const extra: Shortfall[] = [];
  for (const project of problem.projects) {
    if (!absent.has(project.id)) continue;
    const seen = past.filter((visit) => visit.project === project.id).length;
    if (seen < problem.views) {
      extra.push({ project: project.id, visits: seen, needed: problem.views, reason: "team absent" });
    }
  }
  const rota = finish(problem, timing, available, visits, result, extra);

  const key = (v: { judge: string; project: string }) => `${v.judge}\u0000${v.project}`;
  const oldFuture = new Map(future.map((visit) => [key(visit), visit]));
  const newFuture = new Map(fresh.map((visit) => [key(visit), visit]));
  const changes: RotaChanges = { fromRound: from, kept: 0, moved: [], added: [], removed: [] };
  for (const [k, visit] of newFuture) {
    const old = oldFuture.get(k);
    if (old === undefined) changes.added.push(visit);
    else if (old.round === visit.round) changes.kept++;
    else changes.moved.push({ judge: visit.judge, project: visit.project, from: old.round, to: visit.round });
  }
  for (const [k, visit] of oldFuture) if (!newFuture.has(k)) changes.removed.push(visit);
  return { ...rota, changes };
}

/** Each judge's slots in round order: what one judge's card (or calendar feed) shows. */
export function slotsByJudge(slots: readonly RotaSlot[]): { judge: string; slots: RotaSlot[] }[] {
  const groups = new Map<string, RotaSlot[]>();
  for (const slot of slots) groups.set(slot.judge, [...(groups.get(slot.judge) ?? []), slot]);
  return [...groups]
    .sort(([a], [b]) => cmp(a, b))
    .map(([judge, list]) => ({ judge, slots: list.sort((x, y) => x.round - y.round) }));
}

/** Each table's slots in round order: what the sign on a table shows. */
export function slotsByTable(
  slots: readonly RotaSlot[],
): { table: number; project: string; slots: RotaSlot[] }[] {
  const groups = new Map<number, RotaSlot[]>();
  for (const slot of slots) groups.set(slot.table, [...(groups.get(slot.table) ?? []), slot]);
  return [...groups]
    .sort(([a], [b]) => a - b)
    .map(([table, list]) => ({
      table,
      project: list[0]!.project,
      slots: list.sort((x, y) => x.round - y.round),
    }));
}
