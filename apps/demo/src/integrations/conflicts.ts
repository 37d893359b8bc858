import type { Event } from "@hackdaykit/schema";

/**
 * Projects a judge must not judge: their own team's, and every declared conflict in the event file (by project,
 * team, or organisation — a team counts as the organisation's when any member is affiliated with it).
 */
export function conflictedProjects(event: Event, judge: string): Set<string> {
  const out = new Set<string>();
  const affiliations = new Map(event.people.map((p) => [p.id, p.affiliations]));
  const teamOrgs = (teamId: string | undefined) =>
    new Set(
      event.teams.find((t) => t.id === teamId)?.members.flatMap((m) => affiliations.get(m) ?? []) ?? [],
    );
  const conflicts = (event.judging?.conflicts ?? []).filter((c) => c.judge === judge);
  for (const project of event.projects) {
    const team = event.teams.find((t) => t.id === project.team);
    if (team?.members.includes(judge) || project.pitchedBy === judge) out.add(project.id);
    for (const c of conflicts) {
      if (c.project === project.id || (c.team !== undefined && c.team === project.team)) out.add(project.id);
      if (c.organisation !== undefined && teamOrgs(project.team).has(c.organisation)) out.add(project.id);
    }
  }
  return out;
}
