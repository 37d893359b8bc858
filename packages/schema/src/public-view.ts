import type { HackDayEvent, Person } from "./event.js";
import { fnv1a } from "./hash.js";

export interface PublicViewOptions {
  /** What a person who has not consented is called in public. */
  privateLabel?: string;
}

const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g;

function scrubEmails<T>(value: T): T {
  if (typeof value === "string") return value.replace(EMAIL, "[email removed]") as T;
  if (Array.isArray(value)) return value.map(scrubEmails) as T;
  if (value !== null && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, scrubEmails(v)])) as T;
  }
  return value;
}

/**
 * The event as it may be published: no email or phone anywhere, people who have not consented shown only as a
 * neutral label under an opaque id (slugs often spell names), internal sessions and all ballots and conflicts
 * of interest removed.
 */
export function publicView(event: HackDayEvent, options: PublicViewOptions = {}): HackDayEvent {
  const label = options.privateLabel ?? "Participant";
  const alias = new Map<string, string>();
  const people = event.people.map((person): Person => {
    if (person.public) {
      const { email: _email, phone: _phone, ...rest } = person;
      return rest;
    }
    // A stable hash, so an anonymous id stays the same across publishes without revealing the slug.
    const id = `private-${fnv1a(`${event.id}:${person.id}`).toString(36).padStart(7, "0")}`;
    alias.set(person.id, id);
    return { id, name: label, affiliations: [], skills: [], roles: person.roles, public: false };
  });
  const as = (id: string) => alias.get(id) ?? id;
  const judging = event.judging && {
    ...event.judging,
    panel: event.judging.panel.map(as),
    conflicts: [],
    ballots: { scores: [], rankings: [], votes: [], voids: [] },
  };
  return scrubEmails({
    ...event,
    people,
    sessions: event.sessions
      .filter((session) => session.visibility === "public")
      .map((session) => ({ ...session, speakers: session.speakers.map(as) })),
    prizes: event.prizes.map((prize) => ({ ...prize, judges: prize.judges.map(as) })),
    teams: event.teams.map((team) => ({ ...team, members: team.members.map(as) })),
    projects: event.projects.map((project) =>
      project.pitchedBy === undefined ? project : { ...project, pitchedBy: as(project.pitchedBy) },
    ),
    ...(judging && { judging }),
    // Who wants which pitch and who came with whom stay private; only the pitches are public.
    ...(event.formation && {
      formation: {
        pitches: event.formation.pitches.map((pitch) => ({ ...pitch, pitcher: as(pitch.pitcher) })),
        groups: [],
        preferences: [],
      },
    }),
  });
}
