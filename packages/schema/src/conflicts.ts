import type { HackDayEvent } from "./event.js";
import type { Conflict } from "./judging.js";

/** The parts of an event the conflict-of-interest rule reads: a whole event will do, and so will just these. */
export interface ConflictSources {
  /** Whose organisations count (their `affiliations`). */
  people: readonly Pick<HackDayEvent["people"][number], "id" | "affiliations">[];
  /** Who is on each team. */
  teams: readonly Pick<HackDayEvent["teams"][number], "id" | "members">[];
  /** Each project's team and pitcher. */
  projects: readonly Pick<HackDayEvent["projects"][number], "id" | "team" | "pitchedBy">[];
  /** The conflicts judges declared. */
  judging?: { conflicts?: readonly Conflict[] | undefined } | undefined;
}

/** Organisation names compare trimmed and case-blind ("NHS Digital " is "nhs digital"). */
export const organisationKey = (name: string) => name.trim().toLowerCase();

/** Affiliations that are not organisations: sharing one is no conflict of interest. */
export const NON_ORGANISATIONS: ReadonlySet<string> = new Set([
  "independent",
  "freelance",
  "self-employed",
  "none",
  "n/a",
  "student",
]);

/** A judge who must not judge a project, and why (for people: "on the team", "declared: Employer"…). */
export interface ConflictOfInterest {
  judge: string;
  project: string;
  reason: string;
}

/**
 * THE conflict-of-interest rule, used by the rota, prize judging, `hackday judge --event` and the demo alike:
 * a judge may not judge a project when they are on its team, pitched it, share an organisation with someone
 * on it (team members and the pitcher; "Independent" and other non-organisations do not count), or declared
 * a conflict with it, its team or an organisation of someone on it. Returns the reason, or undefined.
 */
export function conflictOfInterest(
  event: ConflictSources,
): (judge: string, projectId: string) => string | undefined {
  const people = new Map(event.people.map((person) => [person.id, person]));
  const teams = new Map(event.teams.map((team) => [team.id, team.members]));
  const declared = declaredConflicts(event);
  const peopleOf = projectPeople(event);
  const projects = new Map(
    event.projects.map((project) => {
      const orgs = new Set<string>();
      for (const member of peopleOf.get(project.id) ?? []) {
        for (const org of people.get(member)?.affiliations ?? []) {
          if (!NON_ORGANISATIONS.has(organisationKey(org))) orgs.add(organisationKey(org));
        }
      }
      const team = new Set((project.team !== undefined && teams.get(project.team)) || []);
      return [project.id, { team, pitcher: project.pitchedBy, orgs }];
    }),
  );
  return (judge, projectId) => {
    const project = projects.get(projectId);
    if (project === undefined) return undefined;
    if (project.team.has(judge)) return "on the team";
    if (project.pitcher === judge) return "pitched it";
    for (const org of people.get(judge)?.affiliations ?? []) {
      if (project.orgs.has(organisationKey(org)))
        return `shares an organisation with the team (${org.trim()})`;
    }
    const hit = declared(judge, projectId);
    if (hit) return `declared${hit.reason ? `: ${hit.reason}` : " conflict"}`;
    return undefined;
  };
}

/** Every conflict of interest between these judges and the event's projects, by project then judge. */
export function conflictsOfInterest(event: ConflictSources, judges: readonly string[]): ConflictOfInterest[] {
  const reasonFor = conflictOfInterest(event);
  const out: ConflictOfInterest[] = [];
  for (const project of event.projects) {
    for (const judge of judges) {
      const reason = reasonFor(judge, project.id);
      if (reason !== undefined) out.push({ judge, project: project.id, reason });
    }
  }
  return out;
}

/** For each project, the people it belongs to: its team's members and whoever pitched it. */
export function projectPeople(event: Omit<ConflictSources, "people" | "judging">): Map<string, Set<string>> {
  const teams = new Map(event.teams.map((team) => [team.id, team.members]));
  return new Map(
    event.projects.map((project) => [
      project.id,
      new Set([
        ...((project.team !== undefined && teams.get(project.team)) || []),
        ...(project.pitchedBy ? [project.pitchedBy] : []),
      ]),
    ]),
  );
}

/**
 * The declared conflicts of interest as a lookup: the conflict a judge declared with a project directly, with
 * its team, or with an organisation someone on it belongs to (team members and whoever pitched it), if any.
 * One rule for every package that avoids or discounts conflicted judges.
 */
export function declaredConflicts(
  event: ConflictSources,
): (judge: string, projectId: string) => Conflict | undefined {
  const byJudge = new Map<string, Conflict[]>();
  for (const conflict of event.judging?.conflicts ?? []) {
    byJudge.set(conflict.judge, [...(byJudge.get(conflict.judge) ?? []), conflict]);
  }
  if (byJudge.size === 0) return () => undefined;
  const people = new Map(event.people.map((person) => [person.id, person]));
  const members = projectPeople(event);
  const projects = new Map(
    event.projects.map((project) => {
      const orgs = new Set<string>();
      for (const member of members.get(project.id) ?? []) {
        for (const org of people.get(member)?.affiliations ?? []) orgs.add(organisationKey(org));
      }
      return [project.id, { team: project.team, orgs }];
    }),
  );
  return (judge, projectId) => {
    const project = projects.get(projectId);
    return byJudge
      .get(judge)
      ?.find(
        (c) =>
          c.project === projectId ||
          (c.team !== undefined && c.team === project?.team) ||
          (c.organisation !== undefined && project?.orgs.has(organisationKey(c.organisation)) === true),
      );
  };
}
