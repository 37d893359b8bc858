import type { Prepared } from "./prepare.js";

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
  cols: { cost: number; lower: number; upper: number; integer: boolean }[];
  rows: { terms: [col: number, value: number][]; lower: number; upper: number }[];
}

/**
 * Where each unit is interchangeable with others: for each unit, the pitches it may join "from the pool", each
 * with its seat class. An unpinned unit (a person or a group) is pooled on the pitches none of its members
 * ranked (each costs it the same as any other such pitch) and none leads. The class is its size and the wanted
 * skills it has: on such a pitch only how many units of each class come matters, not who they are.
 */
export type Pool = Map<number, string>[];

export function poolOf(prepared: Prepared): Pool {
  return prepared.units.map((unit) => {
    const out = new Map<number, string>();
    if (unit.pinned !== undefined) return out;
    const skills = [...unit.skills.keys()]
      .filter((k) => prepared.wantedBy[k]!.length > 0)
      .sort((a, b) => a - b);
    const seat = `${unit.members.length}:${skills.join(",")}`;
    prepared.pitches.forEach((_, j) => {
      if (unit.leads.includes(j)) return;
      if (unit.members.every((i) => ["unranked", "any"].includes(prepared.standing[i]![j]!.kind)))
        out.set(j, seat);
    });
    return out;
  });
}

/** Which column means what, to read the solver's answer back. */
export interface Columns {
  /** Unit → pitch → column of "unit u on pitch j" (not pooled). */
  x: Map<number, number>[];
  /** Unit → column of "unit u takes a pooled place", when it has any. */
  g: (number | undefined)[];
  /** Pitch → seat class → column of "how many pooled units of that class join pitch j". */
  f: Map<string, number>[];
}

/**
 * The integer programme. Columns: y_j (pitch j kept), x_u_j (unit u on pitch j), z_u (unit u unplaced), c_j_k
 * (kept pitch j has someone with its wanted skill k), and for a skill wanted by more pitches than people have
 * it, m_k = min(kept pitches wanting k, people with k) through a binary b_k. c and m are continuous: given whole
 * placements, their best values are whole too, and nothing reads them back.
 *
 * y_j is the pitcher's own x column, and x_u_j ≤ y_j for every ranked placement: nobody sits on a pitch that is
 * only partly kept, which closes most of the gap between the relaxation and the integer optimum.
 *
 * With a pool (see {@link Pool}) pooled placements become one g_u per unit ("from the pool") and one f_j_class
 * per pitch and seat class ("how many from the pool"): a relaxation of the full programme with the same
 * objective, about a fifth of its columns. When its pooled seats can be handed out to real units (a matching),
 * that placement is optimal for the full programme too.
 *
 * `relaxed` makes the placements of people who come alone (and pooled seats for one) continuous: a relaxation
 * whose optimum, when it comes back whole, is the integer programme's optimum. Only the pitches kept and the
 * groups stay integer, so HiGHS's cut rounds are fewer and cheaper (see {@link solveExactly}).
 *
 * `split` (strict only) decides, for a scarce skill k, which half of "covered ≥ min(kept wanting k, supply)"
 * holds: false, every kept pitch wanting k is covered; true, every holder of k covers a team. The two cases
 * together are the rule (nobody covers two teams), and each has a far tighter relaxation than the rule with
 * b_k. `below` adds "objective ≤ below − 1".
 *
 * `strict` makes "nobody unplaced" and "no wanted skill uncovered" hard rules and the rank cost the whole
 * objective: no large weights. Its optimum, when it has one, is the lexicographic optimum.
 */
export function buildProgramme(
  prepared: Prepared,
  order: readonly number[],
  pool: Pool,
  {
    strict = false,
    relaxed = false,
    split,
    below,
  }: { strict?: boolean; relaxed?: boolean; split?: ReadonlyMap<number, boolean>; below?: number } = {},
): { programme: Programme; columns: Columns } {
  const { units, pitches, wantedBy, skillSupply } = prepared;
  const w = weights(prepared);
  const cols: Programme["cols"] = [];
  const rows: Programme["rows"] = [];
  const col = (cost = 0, upper = 1, integer = true) => cols.push({ cost, lower: 0, upper, integer }) - 1;
  const row = (terms: [number, number][], lower: number, upper: number) => {
    // A column may appear twice (a pitcher's own placement is also "their pitch is kept"): add them up.
    const sum = new Map<number, number>();
    for (const [c, v] of terms) sum.set(c, (sum.get(c) ?? 0) + v);
    rows.push({ terms: [...sum].filter(([, v]) => v !== 0), lower, upper });
  };
  const columns: Columns = {
    x: units.map(() => new Map()),
    g: units.map(() => undefined),
    f: pitches.map(() => new Map()),
  };

  // y_j, "pitch j is kept", is the same column as "its pitcher is on it" (a kept pitch has its pitcher, and the
  // pitcher is on no dropped pitch); fixed at 0 where the pitcher cannot be on it (pinned elsewhere, a group
  // member avoids it).
  const y = pitches.map((pitch, j) => {
    const cost = units[prepared.unitOf[pitch.pitcher]!]!.cost[j];
    return cost === null || cost === undefined ? col(0, 0) : col(cost);
  });
  const onPitch: [number, number][][] = pitches.map(() => []);
  const skillTerms = pitches.map(() => new Map<number, [number, number][]>());
  const addSkills = (j: number, c: number, has: (k: number) => number) => {
    for (const k of pitches[j]!.wants) {
      const n = has(k);
      if (n === 0) continue;
      const list = skillTerms[j]!.get(k) ?? [];
      list.push([c, n]);
      skillTerms[j]!.set(k, list);
    }
  };
  // Seats per pitch and class; per class, the units that chose the pool (negative) and the seats taken.
  const seats = pitches.map(() => new Map<string, number>());
  const balance = new Map<string, [number, number][]>();

  for (const u of order) {
    const unit = units[u]!;
    const size = unit.members.length;
    // With `relaxed`, one person's placements (but not a pitcher's own, which is "kept") are continuous.
    const integer = !relaxed || size > 1;
    const assign: [number, number][] = [];
    const pooled = pool[u]!;
    if (pooled.size > 0) {
      const [first] = pooled.keys();
      const g = col(unit.cost[first!]!, 1, integer);
      columns.g[u] = g;
      assign.push([g, 1]);
      const seat = pooled.get(first!)!;
      const list = balance.get(seat) ?? [];
      list.push([g, -1]);
      balance.set(seat, list);
      for (const j of pooled.keys()) seats[j]!.set(seat, (seats[j]!.get(seat) ?? 0) + 1);
    }
    unit.cost.forEach((cost, j) => {
      if (cost === null || pooled.has(j)) return;
      const c = unit.leads.includes(j) ? y[j]! : col(cost, 1, integer);
      columns.x[u]!.set(j, c);
      assign.push([c, 1]);
      onPitch[j]!.push([c, size]);
      addSkills(j, c, (k) => unit.skills.get(k) ?? 0);
      if (c !== y[j] && unit.members.some((i) => prepared.standing[i]![j]!.kind !== "unranked"))
        row(
          [
            [c, 1],
            [y[j]!, -1],
          ],
          -Infinity,
          0,
        );
    });
    if (unit.pinned === undefined && !strict) assign.push([col(w.unplaced * size), 1]);
    row(assign, 1, 1);
  }
  // The pool: as many seats of each class taken in all as units of that class that chose the pool.
  pitches.forEach((pitch, j) => {
    for (const [seat, count] of seats[j]!) {
      const [size, skills] = seat.split(":") as [string, string];
      const f = col(0, Math.min(count, Math.floor(pitch.maxSize / Number(size))), !relaxed || size !== "1");
      columns.f[j]!.set(seat, f);
      onPitch[j]!.push([f, Number(size)]);
      const list = balance.get(seat) ?? [];
      list.push([f, 1]);
      balance.set(seat, list);
      const has = skills === "" ? [] : skills.split(",").map(Number);
      addSkills(j, f, (k) => (has.includes(k) ? 1 : 0));
    }
  });
  for (const terms of balance.values()) row(terms, 0, 0);
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
    const scarce = supply < wanting.length;
    const everyone = split?.get(k);
    if (strict && (!scarce || everyone === false)) {
      // Every kept pitch that wants k gets someone with k.
      for (const j of wanting) {
        const terms = skillTerms[j]!.get(k);
        if (terms === undefined) cols[y[j]!]!.upper = 0;
        else row([...terms, [y[j]!, -1]], 0, Infinity);
      }
      return;
    }
    // m_k ≥ min(kept pitches wanting k, supply): b_k = 0 takes the first, b_k = 1 the second. In a split
    // case that has every holder of k covering a team, m_k is simply the supply.
    const m = scarce ? col(strict ? 0 : w.skill, supply, false) : undefined;
    if (m !== undefined && strict && everyone === true) cols[m]!.lower = supply;
    else if (m !== undefined) {
      const b = col();
      row([[m, 1], ...wanting.map((j): [number, number] => [y[j]!, -1]), [b, wanting.length]], 0, Infinity);
      row(
        [
          [m, 1],
          [b, -supply],
        ],
        0,
        Infinity,
      );
    } else {
      // Enough people for every pitch that wants it: the gap is simply the kept pitches not covered.
      for (const j of wanting) cols[y[j]!]!.cost += w.skill;
    }
    const covered: [number, number][] = [];
    for (const j of wanting) {
      const terms = skillTerms[j]!.get(k);
      if (terms === undefined) continue;
      const c = col(strict ? 0 : -w.skill, 1, false);
      covered.push([c, 1]);
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
    if (strict) row([...covered, [m!, -1]], 0, Infinity);
  });
  // A case that must beat one already solved: costs are whole, so by at least 1.
  if (below !== undefined)
    row(
      cols.flatMap((c, i): [number, number][] => (c.cost === 0 ? [] : [[i, c.cost]])),
      -Infinity,
      below - 1,
    );
  return { programme: { cols, rows }, columns };
}
