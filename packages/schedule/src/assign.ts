import { FlowNetwork } from "./flow.js";
import type { Shortfall } from "./types.js";

/** A judge available for the rota. */
export interface RotaJudge {
  id: string;
}

/** A project to be visited; `prizes` are the prizes it entered. */
export interface RotaProject {
  id: string;
  table?: number;
  prizes?: string[];
}

/** A judge–project pair the judge must not judge, and why. */
export interface RotaConflict {
  judge: string;
  project: string;
  reason: string;
}

export interface AssignInput {
  judges: readonly RotaJudge[];
  projects: readonly RotaProject[];
  /** Visits each project should get, from k distinct judges. */
  views: number;
  conflicts?: readonly RotaConflict[];
  /** Prize id → the prize-specific judges who should see the projects entered for it. */
  prizeJudges?: Readonly<Record<string, readonly string[]>>;
  /** Rounds available: the most new visits one judge can make or one project can receive. Unlimited if omitted. */
  rounds?: number;
  /** Visits already made (re-planning): they count towards loads and k, and are never repeated. */
  done?: readonly { judge: string; project: string }[];
  /** Pairs to keep if possible (re-planning: the old future plan), so as few visits as possible change. */
  keep?: readonly { judge: string; project: string }[];
  /** Seed for the pair-variety search (deterministic for a given seed). */
  seed?: number;
}

export interface AssignResult {
  /** New judge–project pairs (excluding `done`). */
  pairs: { judge: string; project: string }[];
  shortfall: Shortfall[];
  /** Total visits per judge, `done` included. */
  loads: Record<string, number>;
  /** Projects entered for a prize with judges, but seen by none of them. */
  prizeGaps: { prize: string; project: string }[];
  /** Judge pairs that meet at more than one project (after the variety search). */
  repeatedPairs: number;
  warnings: string[];
  /** Work the flow solver did: shortest-path phases and Dinic blocking flows. */
  solver: { phases: number; blockingFlows: number };
}

// Objective weights, strictly ordered: more visits (maximum flow) ≫ no judge two over the mean ≫ (re-planning:
// fewer changed visits) ≫ loads within one ≫ prize judges see their prize's entries. A re-plan keeps announced
// visits even at the price of one extra visit for some judge; a fresh plan has nothing to keep.
const OVERLOAD = 10_000_000;
const KEEP = 100_000;
const EXTRA = 1_000;
const PRIZE = 10;

/** Names that are not organisations, so sharing them is no conflict of interest. */
export const NON_ORGANISATIONS = new Set([
  "independent",
  "freelance",
  "self-employed",
  "none",
  "n/a",
  "student",
]);

/**
 * Assigns judges to projects optimally: each project gets `views` distinct judges (or as many as possible, with
 * the shortfall explained), loads differ by at most one wherever conflicts allow, no judge sees a project they
 * have a conflict with, and prize-specific judges see the projects entered for their prize. Solved exactly as a
 * min-cost max-flow, then judge pairs are varied by load- and cost-preserving swaps.
 */
export function assignJudges(input: AssignInput): AssignResult {
  const { judges, projects, views } = input;
  if (!Number.isInteger(views) || views < 1)
    throw new RangeError(`views must be a whole number ≥ 1, got ${views}`);
  const J = judges.length;
  const P = projects.length;
  const judgeIndex = new Map(judges.map((judge, i) => [judge.id, i]));
  const projectIndex = new Map(projects.map((project, i) => [project.id, i]));
  const rounds = input.rounds ?? Number.POSITIVE_INFINITY;

  const blocked = new Uint8Array(J * P); // j*P+p → 1 when the judge has a conflict of interest
  for (const conflict of input.conflicts ?? []) {
    const j = judgeIndex.get(conflict.judge);
    const p = projectIndex.get(conflict.project);
    if (j !== undefined && p !== undefined) blocked[j * P + p] = 1;
  }
  const doneCount = new Int32Array(P);
  const baseLoad = new Int32Array(J);
  const seen = new Set<number>();
  for (const visit of input.done ?? []) {
    const j = judgeIndex.get(visit.judge);
    const p = projectIndex.get(visit.project);
    if (p !== undefined) doneCount[p]!++;
    if (j !== undefined) baseLoad[j]!++;
    if (j !== undefined && p !== undefined) seen.add(j * P + p);
  }
  const keep = new Set<number>();
  for (const pair of input.keep ?? []) {
    const j = judgeIndex.get(pair.judge);
    const p = projectIndex.get(pair.project);
    if (j !== undefined && p !== undefined) keep.add(j * P + p);
  }
  // Which prizes (with judges) each judge judges.
  const judgePrizes = judges.map(() => new Set<string>());
  for (const [prize, ids] of Object.entries(input.prizeJudges ?? {})) {
    for (const id of ids) {
      const j = judgeIndex.get(id);
      if (j !== undefined) judgePrizes[j]!.add(prize);
    }
  }
  const judgedPrizes = (p: number) =>
    (projects[p]!.prizes ?? []).filter((prize) => (input.prizeJudges?.[prize]?.length ?? 0) > 0);
  const covered = (prize: string, judgeSet: Iterable<number>) => {
    for (const j of judgeSet) if (judgePrizes[j]!.has(prize)) return true;
    return false;
  };
  const doneJudges = projects.map(() => [] as number[]);
  for (const key of seen) doneJudges[key % P]!.push(Math.floor(key / P));

  const seenPair = new Uint8Array(J * P);
  for (const key of seen) seenPair[key] = 1;
  const eligible = (j: number, p: number) => blocked[j * P + p] === 0 && seenPair[j * P + p] === 0;
  const need = projects.map((_, p) => Math.min(rounds, Math.max(0, views - doneCount[p]!)));
  const reachable = projects.map((_, p) => {
    let count = 0;
    for (let j = 0; j < J; j++) if (eligible(j, p) && rounds > 0) count++;
    return count;
  });
  const demand = need.reduce((sum, n, p) => sum + Math.min(n, reachable[p]!), 0);
  const totalLoad = demand + baseLoad.reduce((a, b) => a + b, 0);
  const target = J === 0 ? 0 : Math.floor(totalLoad / J);

  // Network: source → judge → [prize gate] → project → sink.
  const net = new FlowNetwork(2 * (J * P + 3 * J + 4 * P));
  const s = net.addNode();
  const t = net.addNode();
  const judgeNode = judges.map(() => net.addNode());
  const projectNode = projects.map(() => net.addNode());
  for (let j = 0; j < J; j++) {
    const room = Math.min(rounds, demand);
    const level = Math.min(room, Math.max(0, target - baseLoad[j]!));
    const extra = Math.min(room - level, baseLoad[j]! <= target ? 1 : 0);
    net.addArc(s, judgeNode[j]!, level, 0);
    net.addArc(s, judgeNode[j]!, extra, EXTRA);
    net.addArc(s, judgeNode[j]!, room - level - extra, OVERLOAD);
  }
  // Judge→project arcs as parallel typed arrays (a rota can have 10⁶ of them).
  const arcIds = new Int32Array(J * P);
  const arcJudge = new Int32Array(J * P);
  const arcProject = new Int32Array(J * P);
  let arcCount = 0;
  for (let p = 0; p < P; p++) {
    net.addArc(projectNode[p]!, t, need[p]!, 0);
    const gates = new Map<string, number>();
    for (const prize of judgedPrizes(p)) {
      if (covered(prize, doneJudges[p]!)) continue; // already seen by one of its judges
      const gate = net.addNode();
      net.addArc(gate, projectNode[p]!, 1, -PRIZE);
      net.addArc(gate, projectNode[p]!, Math.max(0, need[p]! - 1), 0);
      gates.set(prize, gate);
    }
    for (let j = 0; j < J; j++) {
      if (!eligible(j, p)) continue;
      // A judge of several of this project's prizes goes through one gate only, so visits stay distinct.
      let via = projectNode[p]!;
      for (const prize of judgePrizes[j]!) {
        const gate = gates.get(prize);
        if (gate !== undefined) {
          via = gate;
          break;
        }
      }
      arcIds[arcCount] = net.addArc(judgeNode[j]!, via, 1, keep.has(j * P + p) ? -KEEP : 0);
      arcJudge[arcCount] = j;
      arcProject[arcCount++] = p;
    }
  }
  const solved = net.minCostMaxFlow(s, t);

  const byProject = projects.map(() => [] as number[]);
  const load = Array.from(baseLoad);
  for (let a = 0; a < arcCount; a++) {
    if (net.flowOn(arcIds[a]!) > 0) {
      byProject[arcProject[a]!]!.push(arcJudge[a]!);
      load[arcJudge[a]!]!++;
    }
  }
  const repeatedPairs = varyPairs(byProject, {
    J,
    swappable: (j, p) => eligible(j, p),
    sameRole: (a, c, p) =>
      keep.has(a * P + p) === keep.has(c * P + p) &&
      judgedPrizes(p).every((prize) => judgePrizes[a]!.has(prize) === judgePrizes[c]!.has(prize)),
    fixed: doneJudges,
    seed: input.seed ?? 1,
  });

  const warnings: string[] = [];
  const shortfall: Shortfall[] = [];
  const newLoad = load.map((l, j) => l - baseLoad[j]!);
  const capacityUsed = newLoad.every((l) => l >= rounds);
  for (let p = 0; p < P; p++) {
    const got = doneCount[p]! + byProject[p]!.length;
    if (got >= views) continue;
    let conflicted = 0;
    for (let j = 0; j < J; j++) conflicted += blocked[j * P + p]!;
    let reason: string;
    if (J < views) reason = `only ${J} judges in the rota, fewer than ${views}`;
    else if (need[p]! < views - doneCount[p]!) reason = `only ${rounds} rounds fit in the judging window`;
    else if (reachable[p]! < need[p]!) {
      reason = `only ${doneCount[p]! + reachable[p]!} judge(s) can see it`;
      if (conflicted > 0) reason += ` (${conflicted} have a conflict of interest)`;
    } else if (capacityUsed) {
      reason = `judges' time is used up: ${J} judges × ${rounds} rounds cannot cover every project ${views} times`;
    } else reason = "its eligible judges are fully booked";
    shortfall.push({ project: projects[p]!.id, visits: got, needed: views, reason });
  }
  const prizeGaps: { prize: string; project: string }[] = [];
  for (let p = 0; p < P; p++) {
    const all = [...doneJudges[p]!, ...byProject[p]!];
    for (const prize of judgedPrizes(p)) {
      if (!covered(prize, all)) prizeGaps.push({ prize, project: projects[p]!.id });
    }
  }
  if (prizeGaps.length > 0) {
    warnings.push(
      `${prizeGaps.length} prize entr${prizeGaps.length === 1 ? "y is" : "ies are"} not seen by any of the prize's own judges (not enough prize-judge time with balanced loads)`,
    );
  }
  if (J > 0) {
    const hi = Math.max(...load);
    const lo = Math.min(...load);
    if (hi - lo > 1) {
      const light = judges.filter((_, j) => load[j] === lo).map((judge) => judge.id);
      warnings.push(
        `judge loads range from ${lo} to ${hi}: ${light.slice(0, 5).join(", ")}${light.length > 5 ? ", …" : ""} cannot take more (conflicts of interest or visits already made)`,
      );
    }
  }
  return {
    pairs: byProject.flatMap((js, p) => js.map((j) => ({ judge: judges[j]!.id, project: projects[p]!.id }))),
    shortfall,
    loads: Object.fromEntries(judges.map((judge, j) => [judge.id, load[j]!])),
    prizeGaps,
    repeatedPairs,
    warnings,
    solver: { phases: solved.phases, blockingFlows: solved.blockingFlows },
  };
}

/**
 * Local search for varied panels: swaps judge a at project p with judge c at project q when that lowers the
 * number of judge pairs meeting more than once. Loads, visit counts and the flow's cost are unchanged by a swap.
 * Returns the repeated pairs left.
 */
function varyPairs(
  byProject: number[][],
  o: {
    J: number;
    swappable: (j: number, p: number) => boolean;
    sameRole: (a: number, c: number, p: number) => boolean;
    fixed: number[][];
    seed: number;
  },
): number {
  const P = byProject.length;
  const J = o.J;
  if (P === 0 || J === 0) return 0;
  const pairCount = new Map<number, number>();
  const key = (a: number, b: number) => (a < b ? a * J + b : b * J + a);
  const panel = (p: number) => [...o.fixed[p]!, ...byProject[p]!];
  let repeated = 0; // Σ over pairs of (meetings − 1), kept up to date by add()
  const add = (p: number, delta: number) => {
    const members = panel(p);
    for (let x = 0; x < members.length; x++)
      for (let y = x + 1; y < members.length; y++) {
        const k = key(members[x]!, members[y]!);
        const old = pairCount.get(k) ?? 0;
        const now = old + delta;
        repeated += Math.max(0, now - 1) - Math.max(0, old - 1);
        if (now === 0) pairCount.delete(k);
        else pairCount.set(k, now);
      }
  };
  for (let p = 0; p < P; p++) add(p, 1);
  let state = o.seed >>> 0 || 1;
  const random = (n: number) => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) % n;
  };
  const budget = Math.min(400_000, 400 * P + 1000);
  let idle = 0;
  for (let step = 0; step < budget && idle < 40 * P + 50 && repeated > 0; step++) {
    const p = random(P);
    const members = byProject[p]!;
    if (members.length === 0) {
      idle++;
      continue;
    }
    // Pick a judge at p who shares a repeated pair there.
    const all = panel(p);
    const bad = members.filter((a) => all.some((b) => b !== a && (pairCount.get(key(a, b)) ?? 0) > 1));
    if (bad.length === 0) {
      idle++;
      continue;
    }
    const a = bad[random(bad.length)]!;
    const q = random(P);
    if (q === p) continue;
    const others = byProject[q]!;
    if (others.length === 0) continue;
    const c = others[random(others.length)]!;
    const pAll = panel(p);
    const qAll = panel(q);
    if (pAll.includes(c) || qAll.includes(a)) continue;
    if (!o.swappable(a, q) || !o.swappable(c, p) || !o.sameRole(a, c, p) || !o.sameRole(a, c, q)) continue;
    const before = repeated;
    add(p, -1);
    add(q, -1);
    members[members.indexOf(a)] = c;
    others[others.indexOf(c)] = a;
    add(p, 1);
    add(q, 1);
    if (repeated < before) {
      idle = 0;
      continue;
    }
    // Undo.
    add(p, -1);
    add(q, -1);
    members[members.indexOf(c)] = a;
    others[others.indexOf(a)] = c;
    add(p, 1);
    add(q, 1);
    idle++;
  }
  return repeated;
}
