import highsModule from "highs";
import type { Prepared } from "./prepare.js";
import { type Placement, score } from "./score.js";

// highs declares its ES module build as CommonJS types: at run time the default import is the loader itself.
type Loader = typeof highsModule.default;
const loadHighs: Loader =
  typeof highsModule === "function" ? (highsModule as unknown as Loader) : highsModule.default;
type Highs = Awaited<ReturnType<Loader>>;
let highs: Promise<Highs> | undefined;
/** HiGHS (WebAssembly, shipped inside the npm package: nothing is downloaded), loaded once per process. */
const solver = (): Promise<Highs> => {
  highs ??= loadHighs();
  return highs;
};

/**
 * The weights that make one objective lexicographic: one person fewer unplaced outweighs any change in skills
 * and ranks; one skill gap fewer outweighs any change in ranks. All integers, far below 2^53.
 */
export function weights(prepared: Prepared): { skill: number; unplaced: number } {
  let maxCost = 0;
  for (const unit of prepared.units) maxCost += Math.max(0, ...unit.cost.map((c) => c ?? 0));
  const skill = maxCost + 1;
  const maxShortfall = prepared.wantedBy.reduce(
    (sum, wanting, k) => sum + Math.min(wanting.length, prepared.skillSupply[k]!),
    0,
  );
  return { skill, unplaced: skill * (maxShortfall + 1) };
}

/** A mixed-integer programme: minimise Σ cost·col subject to lower ≤ Σ terms ≤ upper for each row. */
export interface Programme {
  cols: { name: string; cost: number; lower: number; upper: number; integer: boolean }[];
  rows: { terms: [col: number, value: number][]; lower: number; upper: number }[];
}

/**
 * The integer programme. Columns: x_u_j (unit u on pitch j), y_j (pitch j kept), z_u (unit u unplaced), c_j_k
 * (kept pitch j has someone with its wanted skill k), and for a skill wanted by more pitches than people have
 * it, m_k = min(kept pitches wanting k, people with k) through a binary b_k.
 */
export function buildProgramme(prepared: Prepared, order: readonly number[], pooled: boolean): Programme {
  const { units, pitches, wantedBy, skillSupply } = prepared;
  const pool = pooled ? poolable(prepared) : units.map(() => new Set<number>());
  const w = weights(prepared);
  const cols: Programme["cols"] = [];
  const rows: Programme["rows"] = [];
  const col = (name: string, cost = 0, upper = 1, integer = true, lower = 0) =>
    cols.push({ name, cost, lower, upper, integer }) - 1;
  const row = (terms: [number, number][], lower: number, upper: number) => rows.push({ terms, lower, upper });

  const y = pitches.map((_, j) => col(`y${j}`));
  const onPitch: [number, number][][] = pitches.map(() => []);
  const skillTerms = new Map<string, [number, number][]>();
  const anyPooled: [number, number][] = [];
  const poolers = pitches.map(() => 0);
  for (const u of order) {
    const unit = units[u]!;
    const size = unit.members.length;
    const assign: [number, number][] = [];
    const x = new Map<number, number>();
    const pooledHere = pool[u]!;
    if (pooledHere.size > 0) {
      const [first] = pooledHere;
      const g = col(`g${u}`, unit.cost[first!]!);
      assign.push([g, 1]);
      anyPooled.push([g, -1]);
      for (const j of pooledHere) poolers[j]!++;
    }
    unit.cost.forEach((cost, j) => {
      if (cost === null || pooledHere.has(j)) return;
      const c = col(`x${u}_${j}`, cost);
      x.set(j, c);
      assign.push([c, 1]);
      onPitch[j]!.push([c, size]);
      for (const [k, count] of unit.skills) {
        if (!pitches[j]!.wants.includes(k)) continue;
        const key = `${j}_${k}`;
        const list = skillTerms.get(key) ?? [];
        list.push([c, count]);
        skillTerms.set(key, list);
      }
    });
    if (unit.pinned === undefined) assign.push([col(`z${u}`, w.unplaced * size), 1]);
    row(assign, 1, 1);
    for (const j of unit.leads) {
      const c = x.get(j);
      if (c === undefined) cols[y[j]!]!.upper = 0;
      else
        row(
          [
            [c, 1],
            [y[j]!, -1],
          ],
          0,
          Infinity,
        ); // a kept pitch has its pitcher
    }
  }
  // The pool: f_j people placed on pitch j from the pool, as many in all as units that chose the pool.
  pitches.forEach((pitch, j) => {
    if (poolers[j]! === 0) return;
    const f = col(`f${j}`, 0, Math.min(poolers[j]!, pitch.maxSize));
    onPitch[j]!.push([f, 1]);
    anyPooled.push([f, 1]);
  });
  if (anyPooled.length > 0) row(anyPooled, 0, 0);
  // Σ size·x ≤ maxSize·y also keeps everyone off a dropped pitch.
  pitches.forEach((pitch, j) => {
    const terms = onPitch[j]!;
    if (terms.length === 0) cols[y[j]!]!.upper = 0;
    row([...terms, [y[j]!, -pitch.minSize]], 0, Infinity);
    row([...terms, [y[j]!, -pitch.maxSize]], -Infinity, 0);
  });
  wantedBy.forEach((wanting, k) => {
    if (wanting.length === 0) return;
    const supply = skillSupply[k]!;
    if (supply >= wanting.length) {
      // Enough people for every pitch that wants it: the gap is simply the kept pitches not covered.
      for (const j of wanting) cols[y[j]!]!.cost += w.skill;
    } else {
      const m = col(`m${k}`, w.skill, supply);
      const b = col(`b${k}`);
      row([[m, 1], ...wanting.map((j): [number, number] => [y[j]!, -1]), [b, wanting.length]], 0, Infinity);
      row(
        [
          [m, 1],
          [b, -supply],
        ],
        0,
        Infinity,
      );
    }
    for (const j of wanting) {
      const terms = skillTerms.get(`${j}_${k}`);
      if (terms === undefined) continue;
      const c = col(`c${j}_${k}`, -w.skill);
      row(
        [
          [c, 1],
          [y[j]!, -1],
        ],
        -Infinity,
        0,
      );
      row([[c, 1], ...terms.map(([x, n]): [number, number] => [x, -n])], -Infinity, 0);
    }
  });
  return { cols, rows };
}

/**
 * Pitches where a unit is interchangeable with others: a single, unpinned person who did not rank the pitch (so
 * it costs them the same as any other unranked one), does not lead it and has none of the skills it wants. On
 * such pitches only the number of people matters, so the programme pools them: one variable per person ("from
 * the pool") and one per pitch ("how many from the pool"), instead of one per person and pitch. The pooled
 * programme is a relaxation of the full one with the same objective; when its pool can be handed out to real
 * pitches (a matching), that placement is optimal for the full programme too.
 */
function poolable(prepared: Prepared): Set<number>[] {
  return prepared.units.map((unit) => {
    const out = new Set<number>();
    if (unit.members.length !== 1 || unit.pinned !== undefined) return out;
    const i = unit.members[0]!;
    prepared.standing[i]!.forEach((s, j) => {
      if (s.kind !== "unranked" && s.kind !== "any") return;
      if (unit.leads.includes(j) || prepared.pitches[j]!.wants.some((k) => unit.skills.has(k))) return;
      out.add(j);
    });
    return out;
  });
}

/** Hands each pooled unit a pitch it may take, f_j of them to pitch j (augmenting paths); null if impossible. */
function handOut(
  pool: readonly Set<number>[],
  pooled: readonly number[],
  seats: readonly number[],
): number[] | null {
  const left = [...seats];
  const holder: number[][] = seats.map(() => []);
  const at = new Map<number, number>();
  const place = (u: number, seen: Set<number>): boolean => {
    for (const j of pool[u]!) {
      if (seen.has(j) || seats[j]! === 0) continue;
      seen.add(j);
      if (left[j]! > 0) {
        left[j]!--;
        holder[j]!.push(u);
        at.set(u, j);
        return true;
      }
      for (const [k, other] of holder[j]!.entries()) {
        if (place(other, seen)) {
          holder[j]![k] = u;
          at.set(u, j);
          return true;
        }
      }
    }
    return false;
  };
  for (const u of pooled) if (!place(u, new Set())) return null;
  return pooled.map((u) => at.get(u)!);
}

/** Runs a programme to proven optimality; the value of each named column and the objective. */
async function run(programme: Programme): Promise<{ value: Map<string, number>; objective: number }> {
  const { cols, rows } = programme;
  const h = await solver();
  const starts = [0];
  const indices: number[] = [];
  const values: number[] = [];
  for (const r of rows) {
    for (const [c, v] of r.terms) {
      indices.push(c);
      values.push(v);
    }
    starts.push(indices.length);
  }
  const bound = (v: number) => (v === Infinity ? h.infinity : v === -Infinity ? -h.infinity : v);
  const { colValue, status, objective } = h.withModel(
    {
      numCols: cols.length,
      numRows: rows.length,
      colCost: cols.map((c) => c.cost),
      colLower: cols.map((c) => c.lower),
      colUpper: cols.map((c) => c.upper),
      rowLower: rows.map((r) => bound(r.lower)),
      rowUpper: rows.map((r) => bound(r.upper)),
      matrix: { format: "csr", numRows: rows.length, numCols: cols.length, starts, indices, values },
      integrality: cols.map((c) =>
        c.integer ? h.constants.variableType.integer : h.constants.variableType.continuous,
      ),
    },
    (model) => {
      // Zero gap: the answer is proved optimal. These models close at the root with cuts, so presolve,
      // restarts, symmetry detection and the primal heuristics cost more than they save (on the 300-person
      // bench they took the root from 1.6–6 s of CPU to 0.7–1.1 s).
      model.options.set({
        output_flag: false,
        mip_rel_gap: 0,
        mip_abs_gap: 0.5,
        random_seed: 0,
        presolve: "off",
        mip_allow_restart: false,
        mip_detect_symmetry: false,
        mip_heuristic_effort: 0,
        mip_heuristic_run_feasibility_jump: false,
        mip_heuristic_run_rins: false,
        mip_heuristic_run_rens: false,
        mip_heuristic_run_root_reduced_cost: false,
        mip_heuristic_run_zi_round: false,
        mip_heuristic_run_shifting: false,
      });
      model.run();
      return {
        status: model.getModelStatus(),
        objective: model.getObjectiveValue(),
        colValue: model.getSolution().colValue,
      };
    },
  );
  if (status !== h.constants.modelStatus.optimal)
    throw new Error(`the solver stopped without an optimum (status ${status})`);
  return { value: new Map(cols.map((c, i) => [c.name, colValue[i]!])), objective };
}

/**
 * An optimal placement (proved by the solver: zero gap), checked against the exact score computed here. The
 * pooled programme first; the full one only when its pool cannot be handed out. `pooled: false` forces the full
 * programme (the tests check both against brute force).
 */
export async function solveExactly(
  prepared: Prepared,
  order: readonly number[],
  options: { pooled?: boolean } = {},
): Promise<Placement> {
  if (prepared.pitches.length === 0) return prepared.units.map(() => null);
  const pooled = options.pooled ?? true;
  const { value, objective } = await run(buildProgramme(prepared, order, pooled));
  const on = (name: string) => (value.get(name) ?? 0) > 0.5;
  const placement: (number | null)[] = prepared.units.map((unit, u) => {
    const j = unit.cost.findIndex((cost, j) => cost !== null && on(`x${u}_${j}`));
    return j < 0 ? null : j;
  });
  if (pooled) {
    const pool = poolable(prepared);
    const members = prepared.units.flatMap((_, u) => (on(`g${u}`) ? [u] : []));
    const seats = prepared.pitches.map((_, j) => Math.round(value.get(`f${j}`) ?? 0));
    const given = handOut(pool, members, seats);
    if (given === null) return solveExactly(prepared, order, { pooled: false });
    members.forEach((u, i) => {
      placement[u] = given[i]!;
    });
  }
  const exact = score(prepared, placement);
  const w = weights(prepared);
  const expected = w.unplaced * exact.unplaced + w.skill * exact.skillShortfall + exact.rankCost;
  if (Math.abs(objective - expected) > 0.5)
    throw new Error(`solver objective ${objective} disagrees with the exact score ${expected}`);
  return placement;
}
