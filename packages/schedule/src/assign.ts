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

// Objective, strictly ordered (weights are computed per instance so each level outweighs everything below it):
// coverage — a project's l-th visit is worth COVER × (views − l + 1), so every project is seen once before any is
// seen twice (the values are concave, and on the degree vectors of a flow — a polymatroid's bases — minimising a
// strictly convex separable cost gives the most even one: Frank & Murota, "Discrete decreasing minimization",
// 2022) ≫ even loads — a judge's L-th visit costs BALANCE × max(0, L − m), m the floor of the mean load (see
// below) ≫ (re-planning) keeping announced visits ≫ prize judges seeing their prizes' entries (one unit per prize
// a visit covers).
const PRIZE = 1;

/**
 * Assigns judges to projects optimally: each project gets `views` distinct judges, or, when judge time is
 * short, coverage comes first (every project seen once before any twice, twice before any three times) and the
 * shortfall is explained; loads differ by at most one wherever an assignment with that coverage allows it; no
 * judge sees a project they have a conflict with; prize-specific judges see the projects entered for their
 * prizes. Solved exactly as a min-cost max-flow, then judge pairs are varied by load- and cost-preserving swaps.
 * @throws `RangeError` when `views` is not a whole number ≥ 1, or the problem is too large to solve exactly.
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
  // Per project, judges of its (not yet covered) prizes go through a gate per prize set: the first visit through
  // a gate earns one unit per prize it covers, so a judge of two prizes counts for both.
  const gateOf = new Int32Array(J * P).fill(-1); // j*P+p → index into gates, or −1: straight to the project
  const gates: { project: number; size: number }[] = [];
  for (let p = 0; p < P; p++) {
    const open = judgedPrizes(p).filter((prize) => !covered(prize, doneJudges[p]!));
    if (open.length === 0) continue;
    const byKey = new Map<string, number>();
    for (let j = 0; j < J; j++) {
      if (!eligible(j, p)) continue;
      const mine = open.filter((prize) => judgePrizes[j]!.has(prize));
      if (mine.length === 0) continue;
      const key = mine.sort().join("\u0000");
      let gate = byKey.get(key);
      if (gate === undefined) {
        gate = gates.push({ project: p, size: mine.length }) - 1;
        byKey.set(key, gate);
      }
      gateOf[j * P + p] = gate;
    }
  }
  let keepCount = 0;
  for (const key of keep) if (eligible(Math.floor(key / P), key % P)) keepCount++;
  // Judge–project pairs that may be assigned, project by project (a rota can have 10⁶ of them).
  const eligibleArcs: number[] = [];
  for (let p = 0; p < P; p++) for (let j = 0; j < J; j++) if (eligible(j, p)) eligibleArcs.push(j * P + p);
  const room = judges.map((_, j) => {
    let open = 0;
    for (let p = 0; p < P; p++) if (need[p]! > 0 && eligible(j, p)) open++;
    return Math.min(rounds, open);
  });
  const prizeBound = gates.reduce((sum, gate) => sum + gate.size * PRIZE, 0);
  const KEEP = prizeBound + 1;
  const BALANCE = KEEP * keepCount + prizeBound + 1;

  /** Builds the network with the given load costs (a judge's L-th visit in all) and solves it. */
  const solve = (loadCost: (L: number) => number, loadBound: number) => {
    const COVER = BALANCE * (loadBound + 1);
    if (COVER * (views + 1) * (J + P + gates.length + 2) >= Number.MAX_SAFE_INTEGER) {
      throw new RangeError(
        `a rota of ${J} judges and ${P} projects is too large to solve exactly (costs exceed 2^53)`,
      );
    }
    // Network: source → judge → [prize gate] → project → sink.
    const net = new FlowNetwork(2 * (J * P + J * 4 + P * views + 2 * gates.length + 16));
    const s = net.addNode();
    const t = net.addNode();
    const judgeNode = judges.map(() => net.addNode());
    const projectNode = projects.map(() => net.addNode());
    for (let j = 0; j < J; j++) {
      // Runs of equal cost share one arc: fewer arcs, same optimum.
      let l = 1;
      while (l <= room[j]!) {
        const cost = loadCost(baseLoad[j]! + l);
        let run = 1;
        while (l + run <= room[j]! && loadCost(baseLoad[j]! + l + run) === cost) run++;
        net.addArc(s, judgeNode[j]!, run, BALANCE * cost);
        l += run;
      }
    }
    for (let p = 0; p < P; p++) {
      for (let l = doneCount[p]! + 1; l <= doneCount[p]! + need[p]!; l++) {
        net.addArc(projectNode[p]!, t, 1, -COVER * (views - l + 1));
      }
    }
    const gateNode = gates.map((gate) => {
      const node = net.addNode();
      net.addArc(node, projectNode[gate.project]!, 1, -PRIZE * gate.size);
      net.addArc(node, projectNode[gate.project]!, Math.max(0, need[gate.project]! - 1), 0);
      return node;
    });
    const arcs: number[] = []; // in the order of eligibleArcs
    for (const key of eligibleArcs) {
      const j = Math.floor(key / P);
      const p = key % P;
      const gate = gateOf[key]!;
      const via = gate < 0 ? projectNode[p]! : gateNode[gate]!;
      arcs.push(net.addArc(judgeNode[j]!, via, 1, keep.has(key) ? -KEEP : 0));
    }
    const solved = net.minCostMaxFlow(s, t);
    return { solved, used: (a: number) => net.flowOn(arcs[a]!) > 0 };
  };
  // Loads within one need the final total T: loads cost nothing up to m = ⌊T / J⌋ and grow convexly above it, and
  // Σ (L − m)(L − m + 1)/2 over loads above m is least exactly when every load is m or m + 1, where possible.
  // Every coverage-optimal plan makes the same number of visits (the best coverage is a maximum of a
  // polymatroid), so solve with the bound on T that nothing else limits, and solve again only if the plan's real
  // total gives another m (judge time or conflicts short).
  const done = baseLoad.reduce((sum, b) => sum + b, 0);
  const byNeed = need.reduce((sum, n, p) => sum + Math.min(n, reachable[p]!), 0);
  const byRoom = room.reduce((sum, r) => sum + r, 0);
  const solveAt = (m: number) => {
    const over = (L: number) => Math.max(0, L - m);
    let loadBound = 0;
    for (let j = 0; j < J; j++) {
      const x = over(baseLoad[j]! + room[j]!);
      loadBound += (x * (x + 1)) / 2;
    }
    const result = solve(over, loadBound);
    let total = done;
    for (let a = 0; a < eligibleArcs.length; a++) if (result.used(a)) total++;
    return { ...result, m: J === 0 ? 0 : Math.floor(total / J) };
  };
  const guess = J === 0 ? 0 : Math.floor((done + Math.min(byNeed, byRoom)) / J);
  let plan = solveAt(guess);
  if (plan.m !== guess) plan = solveAt(plan.m);
  const { solved, used } = plan;

  const byProject = projects.map(() => [] as number[]);
  const load = Array.from(baseLoad);
  for (let a = 0; a < eligibleArcs.length; a++) {
    if (!used(a)) continue;
    const j = Math.floor(eligibleArcs[a]! / P);
    byProject[eligibleArcs[a]! % P]!.push(j);
    load[j]!++;
  }
  coverPrizes();
  const repeatedPairs = varyPairs(byProject, {
    J,
    swappable: (j, p) => eligible(j, p),
    sameRole: (a, c, p) =>
      keep.has(a * P + p) === keep.has(c * P + p) &&
      judgedPrizes(p).every((prize) => judgePrizes[a]!.has(prize) === judgePrizes[c]!.has(prize)),
    fixed: doneJudges,
    seed: input.seed ?? 1,
  });

  /**
   * The flow rewards a visit per gate (prize set), so judges whose prize sets overlap can be counted twice and a
   * prize left unseen (x of A+B and y of A chosen over x and z of C). Moves that change nothing ranked above prize
   * coverage — visits per project, the load cost, kept visits — then cover what they can: hand a visit to a judge
   * of a missing prize, or swap two judges' visits between projects.
   */
  function coverPrizes() {
    const panel = (p: number) => [...doneJudges[p]!, ...byProject[p]!];
    const seenPrizes = (p: number, list: readonly number[]) =>
      judgedPrizes(p).filter((prize) => covered(prize, list)).length;
    const step = (L: number) => Math.max(0, L - plan.m); // what a judge's L-th visit costs
    const sameKeep = (a: number, c: number, p: number) => keep.has(a * P + p) === keep.has(c * P + p);
    const swapIn = (list: readonly number[], out: number, inn: number) =>
      list.map((j) => (j === out ? inn : j));
    for (let pass = 0, moved = true; moved && pass < 20; pass++) {
      moved = false;
      for (let p = 0; p < P; p++) {
        const missing = judgedPrizes(p).filter((prize) => !covered(prize, panel(p)));
        if (missing.length === 0) continue;
        search: for (let c = 0; c < J; c++) {
          if (!missing.some((prize) => judgePrizes[c]!.has(prize)) || !eligible(c, p)) continue;
          if (byProject[p]!.includes(c)) continue;
          for (const a of byProject[p]!) {
            if (!sameKeep(a, c, p)) continue;
            const gainP = seenPrizes(p, swapIn(panel(p), a, c)) - seenPrizes(p, panel(p));
            // Hand a's visit to c when that costs the same in loads.
            if (gainP > 0 && step(load[c]! + 1) === step(load[a]!) && load[c]! - baseLoad[c]! < rounds) {
              byProject[p] = swapIn(byProject[p]!, a, c);
              load[a]!--;
              load[c]!++;
              moved = true;
              break search;
            }
            // Or swap: c comes to p, a takes c's visit at q.
            for (let q = 0; q < P; q++) {
              if (q === p || !byProject[q]!.includes(c) || panel(q).includes(a) || !eligible(a, q)) continue;
              if (!sameKeep(a, c, q)) continue;
              const gainQ = seenPrizes(q, swapIn(panel(q), c, a)) - seenPrizes(q, panel(q));
              if (gainP + gainQ <= 0) continue;
              byProject[p] = swapIn(byProject[p]!, a, c);
              byProject[q] = swapIn(byProject[q]!, c, a);
              moved = true;
              break search;
            }
          }
        }
      }
    }
  }

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
        `judge loads range from ${lo} to ${hi}, the most even split that keeps every project's visits: ${light.slice(0, 5).join(", ")}${light.length > 5 ? ", …" : ""} cannot take more (conflicts of interest, visits already made or rounds)`,
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
    // `out` leaves p for q and `back` comes the other way, keeping the pair counts up to date.
    const exchange = (out: number, back: number) => {
      add(p, -1);
      add(q, -1);
      members[members.indexOf(out)] = back;
      others[others.indexOf(back)] = out;
      add(p, 1);
      add(q, 1);
    };
    const before = repeated;
    exchange(a, c);
    if (repeated < before) {
      idle = 0;
      continue;
    }
    exchange(c, a); // undo
    idle++;
  }
  return repeated;
}
