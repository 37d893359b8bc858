/** @jsxImportSource hono/jsx */
import type { HackDayEvent, Person, Project, Team } from "@hackdaykit/schema";
import { ordinal } from "../format.js";
import type { SiteLinks } from "../links.js";

export type Awards = ReadonlyMap<string, readonly { prize: string; place: number }[]>;

const LINKS = [
  ["code", "Code"],
  ["demo", "Demo"],
  ["video", "Video"],
  ["slides", "Slides"],
] as const;

const indexes = new WeakMap<HackDayEvent, { teams: Map<string, Team>; people: Map<string, Person> }>();

/** Teams and people by id, once per event object: project pages look them up hundreds of times. */
function indexOf(event: HackDayEvent) {
  let index = indexes.get(event);
  if (!index) {
    index = {
      teams: new Map(event.teams.map((t) => [t.id, t])),
      people: new Map(event.people.map((p) => [p.id, p])),
    };
    indexes.set(event, index);
  }
  return index;
}

/** Only the team members who agreed to be named (a `publicView` marks the others `public: false`). */
export function namedMembers(event: HackDayEvent, project: Project): { named: string[]; others: number } {
  const { teams, people } = indexOf(event);
  const members = (project.team === undefined ? undefined : teams.get(project.team))?.members ?? [];
  const named = members.flatMap((id) => {
    const person = people.get(id);
    return person?.public ? [person.name] : [];
  });
  return { named, others: members.length - named.length };
}

function TeamLine({ event, project }: { event: HackDayEvent; project: Project }) {
  const team = project.team === undefined ? undefined : indexOf(event).teams.get(project.team);
  if (!team) return null;
  const { named, others } = namedMembers(event, project);
  const rest =
    others === 0 ? "" : `${named.length ? " and " : ""}${others} ${others === 1 ? "other" : "others"}`;
  return (
    <p class="muted">
      {team.name}
      {named.length + others > 0 && `: ${named.join(", ")}${rest}`}
    </p>
  );
}

function ProjectLinks({ project }: { project: Project }) {
  const present = LINKS.filter(([k]) => project.links[k]);
  if (present.length === 0) return null;
  return (
    <p>
      {present.map(([k, label]) => (
        <>
          <a href={project.links[k]} rel="nofollow noopener">
            {label}
            <span class="skip">{` for ${project.title}`}</span>
          </a>{" "}
        </>
      ))}
    </p>
  );
}

function Won({ awards }: { awards: readonly { prize: string; place: number }[] | undefined }) {
  if (!awards?.length) return null;
  return (
    <p>
      <strong>Won: </strong>
      {awards.map((a) => `${a.prize} (${ordinal(a.place)})`).join(", ")}
    </p>
  );
}

/** Every project as a card linking to its own page. */
export function ProjectsView({
  event,
  links,
  awards,
}: {
  event: HackDayEvent;
  links: SiteLinks;
  awards: Awards;
}) {
  const prizeName = (id: string) => event.prizes.find((p) => p.id === id)?.name ?? id;
  return (
    <>
      <h1>Projects</h1>
      <p>
        {event.projects.length} {event.projects.length === 1 ? "project" : "projects"}. Only people who agreed
        to be named are named.
      </p>
      <ul class="cards">
        {event.projects.map((p) => (
          <li class="card" id={`project-${p.id}`}>
            <h2>
              <a href={links.project(p.id)}>{p.title}</a>
            </h2>
            {p.table !== undefined && <p class="tag">Table {p.table}</p>}
            {p.summary && <p>{p.summary}</p>}
            <TeamLine event={event} project={p} />
            <Won awards={awards.get(p.id)} />
            {p.prizes.length > 0 && <p>Entered for: {p.prizes.map(prizeName).join(", ")}</p>}
            <ProjectLinks project={p} />
          </li>
        ))}
      </ul>
    </>
  );
}

/** One project's page: what it is, who made it (those who agreed to be named), where to see it, what it won. */
export function ProjectView({
  event,
  project,
  links,
  awards,
}: {
  event: HackDayEvent;
  project: Project;
  links: SiteLinks;
  awards: Awards;
}) {
  const prizeName = (id: string) => event.prizes.find((p) => p.id === id)?.name ?? id;
  return (
    <article>
      <h1>{project.title}</h1>
      <p class="muted">
        A project from <a href={links.home}>{event.name}</a>
        {project.table !== undefined && `, table ${project.table}`}.
      </p>
      {project.summary && <p>{project.summary}</p>}
      <TeamLine event={event} project={project} />
      <Won awards={awards.get(project.id)} />
      {project.prizes.length > 0 && <p>Entered for: {project.prizes.map(prizeName).join(", ")}</p>}
      {project.themes && project.themes.length > 0 && <p>Themes: {project.themes.join(", ")}</p>}
      {project.licence && <p>Licence: {project.licence}</p>}
      <ProjectLinks project={project} />
      <p>
        <a href={links.projects}>All projects of {event.name}</a>
      </p>
    </article>
  );
}
