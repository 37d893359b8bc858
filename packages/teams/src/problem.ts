import type { HackDayEvent } from "@hackdaykit/schema";

/** Someone to be placed on a team. Skills are free words matched exactly against a pitch's wanted skills. */
export interface FormationPerson {
  id: string;
  skills: readonly string[];
}

export interface FormationPitch {
  id: string;
  /** Leads the team when the pitch is kept; placed by their own ranking when it is dropped. */
  pitcher: string;
  minSize: number;
  maxSize: number;
  skillsWanted: readonly string[];
}

/** One attendee's choice: `ranking` as `a>b=c>d` (or tiers best first); `avoid`: pitches they will not join. */
export interface PitchChoice {
  person: string;
  ranking: string | readonly (readonly string[])[];
  avoid?: readonly string[];
}

/** Everything the allocation needs, as plain data. */
export interface FormationProblem {
  people: readonly FormationPerson[];
  pitches: readonly FormationPitch[];
  /** People who stay on one team together. */
  groups?: readonly (readonly string[])[];
  preferences?: readonly PitchChoice[];
}

/**
 * The formation problem an event file describes. Attendees are the people with the `attendee` role plus everyone
 * the `formation` section names (pitchers, group members, anyone with preferences); judges and organisers who
 * are not named there stay off the teams. `preferences` (e.g. read from a CSV) replace the file's own.
 */
export function problemFromEvent(
  event: HackDayEvent,
  preferences?: readonly PitchChoice[],
): FormationProblem {
  const formation = event.formation ?? { pitches: [], groups: [], preferences: [] };
  const choices = preferences ?? formation.preferences;
  const named = new Set<string>([
    ...formation.pitches.map((p) => p.pitcher),
    ...formation.groups.flatMap((g) => g.members),
    ...choices.map((c) => c.person),
  ]);
  const people = event.people
    .filter((p) => named.has(p.id) || p.roles.includes("attendee"))
    .map((p) => ({ id: p.id, skills: p.skills }));
  return {
    people,
    pitches: formation.pitches.map(({ id, pitcher, minSize, maxSize, skillsWanted }) => ({
      id,
      pitcher,
      minSize,
      maxSize,
      skillsWanted,
    })),
    groups: formation.groups.map((g) => g.members),
    preferences: choices,
  };
}
