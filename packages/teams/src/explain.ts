import type { Prepared, Standing } from "./prepare.js";
import { type FormationScore, type Placement, score, sizes } from "./score.js";

/** Why a person is not on a pitch they like better than the one they got. */
export type Blocker =
  | "dropped" // the pitch did not become a team
  | "full" // the team is at its maxSize
  | "leads" // they lead their own pitch
  | "pinned" // the organiser pinned them
  | "minimum" // leaving would take their team below its minSize
  | "skills" // their skill covers a wanted skill that nobody else can
  | "group" // their group, taken together, is better off where it is (or a member avoids that pitch)
  | "envy"; // nothing stops the move: never in an optimal allocation

export interface BetterChoice {
  pitch: string;
  /** Their rank of that pitch (1 = first choice). */
  rank: number;
  why: Blocker;
  /** For `skills`: the wanted skills they cover on their team. */
  skills?: string[];
}

export type Got = "leads" | "ranked" | "unranked" | "any" | "unplaced";

export interface PersonOutcome {
  person: string;
  /** The pitch whose team they are on, or null when unplaced. */
  team: string | null;
  got: Got;
  /** Their rank of that pitch, for `ranked` (1 = first choice) and `unranked` (one below anyone's longest list). */
  rank?: number;
  pinned: boolean;
  /** Each pitch they ranked above what they got, best first, with what stopped it. */
  better: BetterChoice[];
  /** Only for the unplaced. */
  unplacedReason?: UnplacedReason;
}

export type UnplacedReason = "group-too-large" | "avoids-every-kept-pitch" | "teams-full";

export interface TeamOutcome {
  pitch: string;
  leader: string;
  members: string[];
  size: number;
  minSize: number;
  maxSize: number;
  skills: { skill: string; covered: boolean /** attendees with the skill */; available: number }[];
}

export interface DroppedPitch {
  pitch: string;
  /** People who ranked it (any rank) plus its pitcher. */
  interested: number;
  minSize: number;
  reason: "too-few-interested" | "better-elsewhere";
}

export interface Envy {
  people: string[];
  from: string | null;
  to: string;
}

export interface Summary {
  /** How many people got each outcome: "leads", "1", "2", …, "unranked", "any", "unplaced". */
  ranks: Record<string, number>;
  /** People who lead their pitch, got a top-3 choice, or had no preference. */
  topThree: number;
  kept: number;
  dropped: number;
  skillsWanted: number;
  skillsCovered: number;
}

export interface Explained {
  score: FormationScore;
  teams: TeamOutcome[];
  dropped: DroppedPitch[];
  people: PersonOutcome[];
  unplaced: { person: string; reason: UnplacedReason }[];
  envy: Envy[];
  summary: Summary;
}

const betterThan = (a: Standing, b: Standing): boolean => {
  const value = (s: Standing) =>
    s.kind === "leads" || s.kind === "any"
      ? 0
      : s.kind === "ranked"
        ? s.rank
        : s.kind === "unranked"
          ? Number.MAX_SAFE_INTEGER - 1
          : Number.MAX_SAFE_INTEGER;
  return value(a) < value(b);
};

/** Explanations, summary and the envy check for a placement that keeps every rule. */
export function explain(prepared: Prepared, placement: Placement): Explained {
  const { units, pitches, people, standing } = prepared;
  const size = sizes(prepared, placement);
  const base = score(prepared, placement);
  const kept = (j: number) => size[j]! > 0;

  const skillsCovered = (j: number, without: number): Set<number> => {
    const have = new Set<number>();
    placement.forEach((at, u) => {
      if (at === j && u !== without) for (const k of units[u]!.skills.keys()) have.add(k);
    });
    return have;
  };

  const block = (u: number, to: number): { why: Blocker; skills?: string[] } => {
    const unit = units[u]!;
    const from = placement[u]!;
    const n = unit.members.length;
    if (!kept(to)) return { why: "dropped" };
    if (size[to]! + n > pitches[to]!.maxSize) return { why: "full" };
    if (unit.pinned !== undefined) return { why: "pinned" };
    if (from !== null && unit.leads.includes(from)) return { why: "leads" };
    if (unit.cost[to] === null) return { why: "group" };
    if (from !== null && size[from]! - n > 0 && size[from]! - n < pitches[from]!.minSize)
      return { why: "minimum" };
    const moved = [...placement];
    moved[u] = to;
    const after = score(prepared, moved);
    if (after.unplaced > base.unplaced || after.skillShortfall > base.skillShortfall) {
      const left = from === null ? new Set<number>() : skillsCovered(from, u);
      const lost =
        from === null ? [] : pitches[from]!.wants.filter((k) => unit.skills.has(k) && !left.has(k));
      return { why: "skills", skills: lost.map((k) => prepared.skills[k]!) };
    }
    const gain = after.unplaced < base.unplaced || after.skillShortfall < base.skillShortfall;
    if (!gain && after.rankCost >= base.rankCost) return { why: "group" };
    return { why: "envy" };
  };

  const envy: Envy[] = [];
  const unitBlocks = new Map<string, ReturnType<typeof block>>();
  const blockOf = (u: number, to: number) => {
    const key = `${u}:${to}`;
    let found = unitBlocks.get(key);
    if (found === undefined) {
      found = block(u, to);
      unitBlocks.set(key, found);
      if (found.why === "envy") {
        const from = placement[u]!;
        envy.push({
          people: units[u]!.members.map((i) => people[i]!),
          from: from === null ? null : pitches[from]!.id,
          to: pitches[to]!.id,
        });
      }
    }
    return found;
  };

  const unplacedReason = (u: number): UnplacedReason => {
    const unit = units[u]!;
    const accepts = pitches.flatMap((_, j) => (unit.cost[j] === null ? [] : [j]));
    if (!accepts.some(kept)) return "avoids-every-kept-pitch";
    if (accepts.every((j) => pitches[j]!.maxSize < unit.members.length)) return "group-too-large";
    return "teams-full";
  };

  const outcomes: PersonOutcome[] = people.map((person, i) => {
    const u = prepared.unitOf[i]!;
    const unit = units[u]!;
    const at = placement[u]!;
    const mine: Standing = at === null ? { kind: "avoided" } : standing[i]![at]!;
    const better: BetterChoice[] = [];
    standing[i]!.forEach((s, j) => {
      if (j === at || s.kind === "avoided" || !betterThan(s, mine)) return;
      if (at === null && s.kind !== "ranked") return; // the unplaced get one reason, not every pitch
      const found = blockOf(u, j);
      better.push({
        pitch: pitches[j]!.id,
        rank: s.kind === "ranked" ? s.rank : s.kind === "unranked" ? prepared.unrankedRank : 1,
        why: found.why,
        ...(found.skills && { skills: found.skills }),
      });
    });
    better.sort((a, b) => a.rank - b.rank);
    const got: Got = at === null ? "unplaced" : mine.kind === "avoided" ? "unranked" : mine.kind;
    return {
      person,
      team: at === null ? null : pitches[at]!.id,
      got,
      ...(mine.kind === "ranked" && { rank: mine.rank }),
      ...(mine.kind === "unranked" && { rank: prepared.unrankedRank }),
      pinned: unit.pinned !== undefined,
      better,
      ...(at === null && { unplacedReason: unplacedReason(u) }),
    };
  });
  // The unplaced envy any kept team they accept that has room; those are found here, not per ranked pitch.
  units.forEach((unit, u) => {
    if (placement[u] !== null) return;
    pitches.forEach((_, j) => {
      if (unit.cost[j] !== null && kept(j)) blockOf(u, j);
    });
  });

  const teams: TeamOutcome[] = [];
  const dropped: DroppedPitch[] = [];
  pitches.forEach((pitch, j) => {
    if (kept(j)) {
      const members = outcomes.filter((o) => o.team === pitch.id).map((o) => o.person);
      const have = skillsCovered(j, -1);
      teams.push({
        pitch: pitch.id,
        leader: people[pitch.pitcher]!,
        members,
        size: size[j]!,
        minSize: pitch.minSize,
        maxSize: pitch.maxSize,
        skills: pitch.wants.map((k) => ({
          skill: prepared.skills[k]!,
          covered: have.has(k),
          available: prepared.skillSupply[k]!,
        })),
      });
    } else {
      const interested = standing.filter(
        (row) => row[j]!.kind === "ranked" || row[j]!.kind === "leads",
      ).length;
      dropped.push({
        pitch: pitch.id,
        interested,
        minSize: pitch.minSize,
        reason: interested < pitch.minSize ? "too-few-interested" : "better-elsewhere",
      });
    }
  });

  const ranks: Record<string, number> = {};
  for (const o of outcomes) {
    const key = o.got === "ranked" ? String(o.rank) : o.got;
    ranks[key] = (ranks[key] ?? 0) + 1;
  }
  const wanted = teams.flatMap((t) => t.skills);
  return {
    score: base,
    teams,
    dropped,
    people: outcomes,
    unplaced: outcomes.flatMap((o) =>
      o.unplacedReason === undefined ? [] : [{ person: o.person, reason: o.unplacedReason }],
    ),
    envy,
    summary: {
      ranks,
      topThree: outcomes.filter(
        (o) => o.got === "leads" || o.got === "any" || (o.got === "ranked" && o.rank! <= 3),
      ).length,
      kept: teams.length,
      dropped: dropped.length,
      skillsWanted: wanted.length,
      skillsCovered: wanted.filter((s) => s.covered).length,
    },
  };
}
