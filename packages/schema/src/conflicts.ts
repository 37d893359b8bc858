import type { Event } from "./event.js";
import type { Conflict } from "./judging.js";

/** Organisation names compare trimmed and case-blind ("NHS Digital " is "nhs digital"). */
export const organisationKey = (name: string) => name.trim().toLowerCase();

/** For each project, the people it belongs to: its team's members and whoever pitched it. */
export function projectPeople(event: Event): Map<string, Set<string>> {
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
export function declaredConflicts(event: Event): (judge: string, projectId: string) => Conflict | undefined {
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
