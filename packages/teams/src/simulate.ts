import { seededRandom, shuffle } from "@hackdaykit/schema/internal";
import { allocateTeams } from "./allocate.js";
import type { FormationProblem, PitchChoice } from "./problem.js";

export interface SimulationOptions {
  attendees: number;
  pitches: number;
  /** Pitches each attendee ranks (fewer if there are not that many). Default 5. */
  rankingLength?: number;
  /** Zipf exponent of pitch popularity: 0 all equally liked, 1 (default) the usual few-favourites skew. */
  skew?: number;
  minSize?: number;
  maxSize?: number;
  /** Share of attendees who arrive in pairs. Default 0.1. */
  pairs?: number;
  seed?: number;
}

/** Skill mix of a typical NHS Hack Day crowd (share of attendees having each). */
export const SKILL_MIX: readonly (readonly [string, number])[] = [
  ["developer", 0.5],
  ["clinician", 0.2],
  ["designer", 0.15],
  ["data", 0.15],
  ["patient", 0.08],
];

/** A made-up but typical formation problem: Zipf-skewed interest, a few ties, avoids and pairs. */
export function generateProblem(options: SimulationOptions): FormationProblem {
  const random = seededRandom(options.seed ?? 1);
  const n = options.attendees;
  const m = Math.min(options.pitches, n);
  const k = Math.min(options.rankingLength ?? 5, Math.max(0, m - 1));
  const skew = options.skew ?? 1;
  const minSize = options.minSize ?? 3;
  const maxSize = options.maxSize ?? 8;
  const pad = (i: number) => String(i + 1).padStart(3, "0");
  const people = Array.from({ length: n }, (_, i) => ({
    id: `person-${pad(i)}`,
    skills: SKILL_MIX.filter(([, share]) => random() < share).map(([skill]) => skill),
  }));
  const wanted = ["developer", "clinician", "designer", "patient", "data"];
  const pitches = Array.from({ length: m }, (_, j) => ({
    id: `pitch-${pad(j)}`,
    pitcher: people[j]!.id,
    minSize,
    maxSize,
    skillsWanted: shuffle([...wanted], random).slice(0, 1 + Math.floor(random() * 2)),
  }));
  const weight = shuffle(
    pitches.map((_, j) => 1 / (j + 1) ** skew),
    random,
  );
  const preferences: PitchChoice[] = people.map((person, i) => {
    const pool = pitches.map((_, j) => j).filter((j) => j !== i);
    const picked: number[] = [];
    while (picked.length < k && pool.length > 0) {
      const total = pool.reduce((s, j) => s + weight[j]!, 0);
      let r = random() * total;
      let at = 0;
      while (at < pool.length - 1 && r >= weight[pool[at]!]!) r -= weight[pool[at++]!]!;
      picked.push(pool.splice(at, 1)[0]!);
    }
    const ids = picked.map((j) => pitches[j]!.id);
    // About one in ten ties two choices; one in twenty rules out a pitch it did not rank.
    const ranking =
      ids.length >= 3 && random() < 0.1 ? `${ids[0]}>${ids[1]}=${ids.slice(2).join(">")}` : ids.join(">");
    const avoid =
      random() < 0.05 && pool.length > 0 ? [pitches[pool[Math.floor(random() * pool.length)]!]!.id] : [];
    return { person: person.id, ranking, avoid };
  });
  const loose = shuffle(
    people.slice(m).map((p) => p.id),
    random,
  );
  const pairCount = Math.floor((n * (options.pairs ?? 0.1)) / 2);
  const groups = Array.from({ length: Math.min(pairCount, Math.floor(loose.length / 2)) }, (_, g) => [
    loose[2 * g]!,
    loose[2 * g + 1]!,
  ]);
  return { people, pitches, groups, preferences };
}

export interface SimulationRun {
  seed: number;
  kept: number;
  topThree: number;
  firstChoice: number;
  unplaced: number;
  skillsWanted: number;
  skillsCovered: number;
}

export interface SimulationReport {
  options: Required<Omit<SimulationOptions, "seed">>;
  runs: SimulationRun[];
  /** Means over the runs. */
  mean: { kept: number; topThree: number; firstChoice: number; unplaced: number; skillsCoveredShare: number };
}

/**
 * Forms teams for `runs` generated events (seeds seed, seed+1, …) and reports what organisers plan by.
 * @throws {@link @hackdaykit/schema!ValidationError | ValidationError} when the options generate an inconsistent
 * problem (as {@link allocateTeams}).
 */
export async function simulateFormation(options: SimulationOptions, runs = 10): Promise<SimulationReport> {
  const results: SimulationRun[] = [];
  for (let r = 0; r < runs; r++) {
    const seed = (options.seed ?? 1) + r;
    const allocation = await allocateTeams(generateProblem({ ...options, seed }));
    const s = allocation.summary;
    results.push({
      seed,
      kept: s.kept,
      topThree: s.topThree,
      firstChoice: (s.ranks["1"] ?? 0) + (s.ranks.leads ?? 0),
      unplaced: allocation.unplaced.length,
      skillsWanted: s.skillsWanted,
      skillsCovered: s.skillsCovered,
    });
  }
  const mean = (f: (r: SimulationRun) => number) => results.reduce((s, r) => s + f(r), 0) / Math.max(1, runs);
  return {
    options: {
      attendees: options.attendees,
      pitches: options.pitches,
      rankingLength: options.rankingLength ?? 5,
      skew: options.skew ?? 1,
      minSize: options.minSize ?? 3,
      maxSize: options.maxSize ?? 8,
      pairs: options.pairs ?? 0.1,
    },
    runs: results,
    mean: {
      kept: mean((r) => r.kept),
      topThree: mean((r) => r.topThree),
      firstChoice: mean((r) => r.firstChoice),
      unplaced: mean((r) => r.unplaced),
      skillsCoveredShare: mean((r) => (r.skillsWanted === 0 ? 1 : r.skillsCovered / r.skillsWanted)),
    },
  };
}
