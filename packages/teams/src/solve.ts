import highsModule from "highs";
import type { Prepared } from "./prepare.js";
import { buildProgramme, type Columns, type Pool, type Programme, poolOf, weights } from "./programme.js";
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
 * Hands each pooled unit a seat it may take: on pitch j, `seats[j]` of each class (augmenting paths, in unit
 * order so the answer is deterministic). The pitch for each of `pooled`, or null when no such hand-out exists.
 */
export function handOut(
  pool: Pool,
  pooled: readonly number[],
  seats: readonly Map<string, number>[],
): number[] | null {
  const key = (j: number, seat: string) => `${j}:${seat}`;
  const capacity = new Map<string, number>();
  seats.forEach((bySeat, j) => {
    for (const [seat, n] of bySeat) if (n > 0) capacity.set(key(j, seat), n);
  });
  const holders = new Map<string, number[]>();
  const at = new Map<number, number>();
  const place = (u: number, seen: Set<string>): boolean => {
    for (const [j, seat] of pool[u]!) {
      const k = key(j, seat);
      if (seen.has(k) || !capacity.has(k)) continue;
      seen.add(k);
      const holding = holders.get(k) ?? [];
      if (holding.length < capacity.get(k)!) {
        holding.push(u);
        holders.set(k, holding);
        at.set(u, j);
        return true;
      }
      for (const [h, other] of holding.entries()) {
        if (place(other, seen)) {
          holding[h] = u;
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

/** Runs a programme to proven optimality: each column's value and the objective, or null when infeasible. */
export async function run(
  programme: Programme,
): Promise<{ value: Float64Array | readonly number[]; objective: number } | null> {
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
      // Zero gap: the answer is proved optimal. These models close at or near the root with cuts, so
      // presolve, restarts, symmetry detection and the primal heuristics cost more than they save.
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
  if (status === h.constants.modelStatus.infeasible) return null;
  if (status !== h.constants.modelStatus.optimal)
    throw new Error(`the solver stopped without an optimum (status ${status})`);
  return { value: colValue, objective };
}

/** Whether every placement came back whole (then a relaxed programme's optimum is the integer optimum too). */
export function whole(columns: Columns, value: ArrayLike<number>): boolean {
  const near = (c: number) => Math.abs(value[c]! - Math.round(value[c]!)) <= 1e-6;
  return (
    columns.x.every((byPitch) => [...byPitch.values()].every(near)) &&
    columns.g.every((c) => c === undefined || near(c)) &&
    columns.f.every((bySeat) => [...bySeat.values()].every(near))
  );
}

/**
 * One programme solved and read back: the placement, "infeasible", "fractional" when the relaxed programme's
 * optimum is not whole (then the integer one decides), or "pool" when its pooled seats cannot be handed out to
 * real people (then the full programme decides). Checked against the exact score computed here.
 */
async function attempt(
  prepared: Prepared,
  order: readonly number[],
  pool: Pool,
  strict: boolean,
  relaxed: boolean,
  split?: ReadonlyMap<number, boolean>,
  below?: number,
): Promise<Placement | "infeasible" | "fractional" | "pool"> {
  const { programme, columns } = buildProgramme(prepared, order, pool, { strict, relaxed, split, below });
  const solved = await run(programme);
  if (solved === null) return "infeasible";
  const { value, objective } = solved;
  if (!whole(columns, value)) return "fractional";
  const on = (c: number | undefined) => c !== undefined && value[c]! > 0.5;
  const placement: (number | null)[] = columns.x.map((byPitch) => {
    for (const [j, c] of byPitch) if (on(c)) return j;
    return null;
  });
  const members = order.filter((u) => on(columns.g[u]));
  if (members.length > 0) {
    const seats = columns.f.map(
      (bySeat) => new Map([...bySeat].map(([seat, c]) => [seat, Math.round(value[c]!)] as const)),
    );
    const given = handOut(pool, members, seats);
    if (given === null) return "pool";
    members.forEach((u, i) => {
      placement[u] = given[i]!;
    });
  }
  const exact = score(prepared, placement);
  const w = weights(prepared);
  const expected = strict
    ? exact.unplaced === 0 && exact.skillShortfall === 0
      ? exact.rankCost
      : Number.NaN
    : w.unplaced * exact.unplaced + w.skill * exact.skillShortfall + exact.rankCost;
  if (!(Math.abs(objective - expected) <= 0.5))
    throw new Error(`solver objective ${objective} disagrees with the exact score ${JSON.stringify(exact)}`);
  return placement;
}

/**
 * The cases a strict solve splits into: for each scarce skill (fewer people have it than pitches want it, but
 * some), either every kept pitch wanting it is covered or every holder covers a team; all combinations, "every
 * kept pitch" first. Beyond three scarce skills, one case with the rule whole.
 */
export function splits(prepared: Prepared): (ReadonlyMap<number, boolean> | undefined)[] {
  // Nobody has it: the rule asks for nothing, and needs no split.
  const scarce = prepared.wantedBy.flatMap((wanting, k) =>
    wanting.length > prepared.skillSupply[k]! && prepared.skillSupply[k]! > 0 ? [k] : [],
  );
  if (scarce.length === 0 || scarce.length > 3) return [undefined];
  return Array.from(
    { length: 2 ** scarce.length },
    (_, bits) => new Map(scarce.map((k, i) => [k, ((bits >> i) & 1) === 1] as const)),
  );
}

/**
 * An optimal placement (proved by the solver: zero gap). The objective is lexicographic, so it is solved in
 * the order that is fast in the common case: first with nobody unplaced and every wanted skill covered as hard
 * rules and the rank cost alone as the objective (no large weights); only when that is infeasible, the one
 * weighted objective. The strict solve is split into cases on scarce skills (see {@link splits}), each later
 * case asked to beat the best so far. Each programme is pooled first, and full when its pool cannot be handed
 * out; relaxed first (people alone placed continuously), and integer when that optimum is not whole.
 * `pooled: false`, `strict: false`, `relaxed: false` and `split: false` force the full programme, the weighted
 * objective, integer placements and the unsplit rule (the tests check every path against brute force).
 */
export async function solveExactly(
  prepared: Prepared,
  order: readonly number[],
  options: { pooled?: boolean; strict?: boolean; relaxed?: boolean; split?: boolean } = {},
): Promise<Placement> {
  if (prepared.pitches.length === 0) return prepared.units.map(() => null);
  const none: Pool = prepared.units.map(() => new Map());
  const pool = (options.pooled ?? true) ? poolOf(prepared) : none;
  const relaxed = options.relaxed ?? true;
  for (const strict of (options.strict ?? true) ? [true, false] : [false]) {
    const solve = async (split?: ReadonlyMap<number, boolean>, below?: number) => {
      const once = async (p: Pool) => {
        const found = await attempt(prepared, order, p, strict, relaxed, split, below);
        return found === "fractional" ? attempt(prepared, order, p, strict, false, split, below) : found;
      };
      const found = await once(pool);
      return found === "pool" ? once(none) : found;
    };
    let best: Placement | undefined;
    for (const split of strict && options.split !== false ? splits(prepared) : [undefined]) {
      const found = await solve(split, best && score(prepared, best).rankCost);
      if (found !== "infeasible" && found !== "pool" && found !== "fractional") best = found;
    }
    if (best !== undefined) return best;
  }
  throw new Error("the solver found no placement that keeps the pins");
}
