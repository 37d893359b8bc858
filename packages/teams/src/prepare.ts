import { ID_PATTERN, ValidationError, type ValidationIssue } from "@hackdaykit/schema";
import type { FormationProblem } from "./problem.js";
import { parsePitchRanking, rankCost } from "./ranking.js";

/** What a person thinks of one pitch. */
export type Standing =
  | { kind: "leads" }
  | { kind: "ranked"; rank: number }
  | { kind: "unranked" }
  | { kind: "any" }
  | { kind: "avoided" };

/** People who must be placed together: a group, or one person alone. */
export interface Unit {
  members: number[];
  /** Cost of placing the whole unit on each pitch; null where a member avoids it (or a pin forbids it). */
  cost: (number | null)[];
  /** Pitches one of the members pitched: if such a pitch is kept, this unit is on it. */
  leads: number[];
  /** Members with each skill. */
  skills: Map<number, number>;
  pinned: number | undefined;
}

export interface Prepared {
  people: string[];
  skillsOf: Set<string>[];
  pitches: { id: string; pitcher: number; minSize: number; maxSize: number; wants: number[] }[];
  skills: string[];
  /** How many attendees have each skill (the "if enough such people came" count). */
  skillSupply: number[];
  /** Pitches that want each skill. */
  wantedBy: number[][];
  /** person × pitch. */
  standing: Standing[][];
  personCost: (number | null)[][];
  units: Unit[];
  unitOf: number[];
  /** Rank of a pitch a person did not name (one below the longest ranking anyone gave). */
  unrankedRank: number;
}

export interface PrepareOptions {
  /** person id → pitch id: the organiser's fixed placements. A pin moves the person's whole group. */
  pins?: Readonly<Record<string, string>>;
}

type Path = (string | number)[];

/** Checks the problem and turns it into indexed units and costs; throws {@link ValidationError} listing every issue. */
export function prepare(problem: FormationProblem, options: PrepareOptions = {}): Prepared {
  const issues: ValidationIssue[] = [];
  const error = (path: Path, message: string) => issues.push({ severity: "error", path, message });

  const personIndex = new Map<string, number>();
  problem.people.forEach((p, i) => {
    if (personIndex.has(p.id)) error(["people", i, "id"], `duplicate person id "${p.id}"`);
    else personIndex.set(p.id, i);
  });
  const pitchIndex = new Map<string, number>();
  problem.pitches.forEach((p, i) => {
    if (!ID_PATTERN.test(p.id)) error(["pitches", i, "id"], `"${p.id}" is not a slug id`);
    if (pitchIndex.has(p.id)) error(["pitches", i, "id"], `duplicate pitch id "${p.id}"`);
    else pitchIndex.set(p.id, i);
    if (!Number.isInteger(p.minSize) || p.minSize < 1)
      error(["pitches", i, "minSize"], "expected a whole number of at least 1");
    if (!Number.isInteger(p.maxSize) || p.maxSize < p.minSize)
      error(["pitches", i, "maxSize"], `expected a whole number of at least minSize (${p.minSize})`);
  });
  const person = (id: string, path: Path): number => {
    const i = personIndex.get(id);
    if (i === undefined) error(path, `unknown person "${id}" (not one of the ${personIndex.size} attendees)`);
    return i ?? -1;
  };
  const pitch = (id: string, path: Path): number => {
    const i = pitchIndex.get(id);
    if (i === undefined) error(path, `unknown pitch "${id}" (not one of the ${pitchIndex.size} pitch ids)`);
    return i ?? -1;
  };

  const skills: string[] = [];
  const skillIndex = new Map<string, number>();
  const skillId = (name: string) => {
    let k = skillIndex.get(name);
    if (k === undefined) {
      k = skills.length;
      skills.push(name);
      skillIndex.set(name, k);
    }
    return k;
  };
  const pitches = problem.pitches.map((p, i) => ({
    id: p.id,
    pitcher: person(p.pitcher, ["pitches", i, "pitcher"]),
    minSize: p.minSize,
    maxSize: p.maxSize,
    wants: [...new Set(p.skillsWanted)].map(skillId),
  }));
  const skillsOf = problem.people.map((p) => new Set(p.skills));
  const skillSupply = skills.map((s) => skillsOf.filter((set) => set.has(s)).length);
  const wantedBy = skills.map((_, k) => pitches.flatMap((p, j) => (p.wants.includes(k) ? [j] : [])));

  // Rankings: competition ranks (a>b=c>d gives 1, 2, 2, 4), a person's own pitches left out.
  const n = problem.people.length;
  const m = pitches.length;
  const tiersOf: (number[][] | undefined)[] = new Array(n).fill(undefined);
  const avoidOf: Set<number>[] = Array.from({ length: n }, () => new Set());
  const own: Set<number>[] = Array.from({ length: n }, () => new Set());
  pitches.forEach((p, j) => {
    if (p.pitcher >= 0) own[p.pitcher]!.add(j);
  });
  (problem.preferences ?? []).forEach((choice, i) => {
    const at: Path = ["preferences", i];
    const who = person(choice.person, [...at, "person"]);
    if (who < 0) return;
    if (tiersOf[who] !== undefined) error([...at, "person"], `"${choice.person}" has two preference rows`);
    const tiers = typeof choice.ranking === "string" ? parsePitchRanking(choice.ranking) : choice.ranking;
    const seen = new Set<number>();
    tiersOf[who] = tiers
      .map((tier) =>
        tier.flatMap((id) => {
          const j = pitch(id, [...at, "ranking"]);
          if (j >= 0 && seen.has(j)) error([...at, "ranking"], `pitch "${id}" is ranked twice`);
          if (j < 0 || seen.has(j)) return [];
          seen.add(j);
          return own[who]!.has(j) ? [] : [j];
        }),
      )
      .filter((tier) => tier.length > 0);
    (choice.avoid ?? []).forEach((id, a) => {
      const j = pitch(id, [...at, "avoid", a]);
      if (j < 0) return;
      if (seen.has(j)) error([...at, "avoid", a], `pitch "${id}" is both ranked and avoided`);
      if (!own[who]!.has(j)) avoidOf[who]!.add(j);
    });
  });
  // A pitcher's own pitch is their first choice: what they rank comes after it.
  const firstRank = (i: number) => (own[i]!.size > 0 ? 2 : 1);
  const longest = Math.max(
    0,
    ...tiersOf.map((tiers, i) => firstRank(i) - 1 + (tiers ?? []).reduce((s, t) => s + t.length, 0)),
  );
  const unrankedRank = longest + 1;

  const standing: Standing[][] = [];
  const personCost: (number | null)[][] = [];
  for (let i = 0; i < n; i++) {
    const row: Standing[] = new Array(m).fill({ kind: "any" });
    const tiers = tiersOf[i] ?? [];
    if (tiers.length > 0 || own[i]!.size > 0) row.fill({ kind: "unranked" });
    let rank = firstRank(i);
    for (const tier of tiers) {
      for (const j of tier) row[j] = { kind: "ranked", rank };
      rank += tier.length;
    }
    for (const j of avoidOf[i]!) row[j] = { kind: "avoided" };
    for (const j of own[i]!) row[j] = { kind: "leads" };
    standing.push(row);
    personCost.push(row.map((s) => costOf(s, unrankedRank)));
  }

  // Units: groups merged, everyone else alone.
  const unitOf = new Array<number>(n).fill(-1);
  const memberLists: number[][] = [];
  (problem.groups ?? []).forEach((group, g) => {
    const members = group.map((id, k) => person(id, ["groups", g, k])).filter((i) => i >= 0);
    const taken = members.find((i) => unitOf[i]! >= 0);
    if (taken !== undefined) {
      error(["groups", g], `"${problem.people[taken]!.id}" is in two groups; merge them`);
      return;
    }
    for (const i of members) unitOf[i] = memberLists.length;
    memberLists.push(members);
  });
  for (let i = 0; i < n; i++) {
    if (unitOf[i]! < 0) {
      unitOf[i] = memberLists.length;
      memberLists.push([i]);
    }
  }

  const pins = new Map<number, number>();
  for (const [who, where] of Object.entries(options.pins ?? {})) {
    const i = person(who, ["pins", who]);
    const j = pitch(where, ["pins", who]);
    if (i < 0 || j < 0) continue;
    const u = unitOf[i]!;
    const other = pins.get(u);
    if (other !== undefined && other !== j)
      error(["pins", who], `"${who}" is in a group already pinned to "${pitches[other]!.id}"`);
    pins.set(u, j);
  }

  const units: Unit[] = memberLists.map((members, u) => {
    const pinned = pins.get(u);
    const cost = pitches.map((_, j) => {
      if (pinned !== undefined && pinned !== j) return null;
      let total = 0;
      for (const i of members) {
        const c = personCost[i]![j]!;
        if (c === null && pinned !== j) return null;
        total += c ?? 0;
      }
      return total;
    });
    const unitSkills = new Map<number, number>();
    skills.forEach((s, k) => {
      const count = members.filter((i) => skillsOf[i]!.has(s)).length;
      if (count > 0) unitSkills.set(k, count);
    });
    const leads = members.flatMap((i) => [...own[i]!]).sort((a, b) => a - b);
    return { members, cost, leads, skills: unitSkills, pinned };
  });
  const pinnedLoad = new Array<number>(m).fill(0);
  for (const unit of units) if (unit.pinned !== undefined) pinnedLoad[unit.pinned]! += unit.members.length;
  pinnedLoad.forEach((load, j) => {
    if (load > pitches[j]!.maxSize)
      error(
        ["pins"],
        `${load} people are pinned to "${pitches[j]!.id}", more than its maxSize ${pitches[j]!.maxSize}`,
      );
  });
  for (const unit of units) {
    if (unit.pinned === undefined) continue;
    for (const j of unit.leads) {
      if (j !== unit.pinned && pinnedLoad[j]! > 0)
        error(["pins"], `"${pitches[j]!.id}" has people pinned to it but its pitcher is pinned elsewhere`);
    }
  }

  if (issues.length > 0) throw new ValidationError(issues);
  return {
    people: problem.people.map((p) => p.id),
    skillsOf,
    pitches,
    skills,
    skillSupply,
    wantedBy,
    standing,
    personCost,
    units,
    unitOf,
    unrankedRank,
  };
}

function costOf(standing: Standing, unrankedRank: number): number | null {
  switch (standing.kind) {
    case "leads":
    case "any":
      return 0;
    case "ranked":
      return rankCost(standing.rank);
    case "unranked":
      return rankCost(unrankedRank);
    case "avoided":
      return null;
  }
}
