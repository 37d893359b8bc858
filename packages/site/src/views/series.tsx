/** @jsxImportSource hono/jsx */
import { ordinal } from "../format.js";

export interface SeriesEventEntry {
  name: string;
  href: string;
  /** "Saturday 16 May 2026 to Sunday 17 May 2026" */
  dates: string;
  place?: string;
  status: "scheduled" | "rescheduled" | "cancelled";
  projects: number;
  upcoming: boolean;
}

/** The series' front page: upcoming events first (soonest first), then past ones (latest first). */
export function SeriesIndexView({
  name,
  description,
  events,
  archive,
}: {
  name: string;
  description?: string;
  events: readonly SeriesEventEntry[];
  archive: string;
}) {
  const upcoming = events.filter((e) => e.upcoming);
  const past = events.filter((e) => !e.upcoming);
  const list = (items: readonly SeriesEventEntry[]) => (
    <ul class="cards">
      {items.map((e) => (
        <li class="card">
          <h3>
            <a href={e.href}>{e.name}</a>
          </h3>
          <p>
            {e.dates}
            {e.place && <> · {e.place}</>}
            {e.status !== "scheduled" && <strong>{` (${e.status})`}</strong>}
          </p>
          {e.projects > 0 && (
            <p class="muted">{`${e.projects} ${e.projects === 1 ? "project" : "projects"}`}</p>
          )}
        </li>
      ))}
    </ul>
  );
  return (
    <>
      <h1>{name}</h1>
      {description && <p>{description}</p>}
      <p>
        <a href={archive}>The project archive: every project of every event</a>
      </p>
      <section aria-labelledby="upcoming">
        <h2 id="upcoming">Upcoming</h2>
        {upcoming.length ? list(upcoming) : <p>No upcoming events announced yet.</p>}
      </section>
      <section aria-labelledby="past">
        <h2 id="past">Past events</h2>
        {past.length ? list(past) : <p>None yet.</p>}
      </section>
    </>
  );
}

export interface ArchiveProject {
  title: string;
  href: string;
  summary?: string;
  event: { name: string; href: string };
  won: readonly { prize: string; place: number }[];
}

export interface ArchiveFilter {
  label: string;
  options: readonly { label: string; href: string; count: number; current: boolean }[];
}

/** The project archive across a series; each filter value is its own page, so no JavaScript is needed. */
export function ArchiveView({
  title,
  filters,
  projects,
}: {
  title: string;
  filters: readonly ArchiveFilter[];
  projects: readonly ArchiveProject[];
}) {
  return (
    <>
      <h1>{title}</h1>
      <nav aria-label="Filter projects">
        {filters.map((f) => (
          <>
            <h2>{f.label}</h2>
            <ul class="filters">
              {f.options.map((o) => (
                <li>
                  <a href={o.href} aria-current={o.current ? "page" : undefined}>
                    {`${o.label} (${o.count})`}
                  </a>
                </li>
              ))}
            </ul>
          </>
        ))}
      </nav>
      <h2>{`${projects.length} ${projects.length === 1 ? "project" : "projects"}`}</h2>
      <ul class="cards">
        {projects.map((p) => (
          <li class="card">
            <h3>
              <a href={p.href}>{p.title}</a>
            </h3>
            <p class="muted">
              From <a href={p.event.href}>{p.event.name}</a>
            </p>
            {p.summary && <p>{p.summary}</p>}
            {p.won.length > 0 && (
              <p>
                <strong>Won: </strong>
                {p.won.map((a) => `${a.prize} (${ordinal(a.place)})`).join(", ")}
              </p>
            )}
          </li>
        ))}
      </ul>
    </>
  );
}

/** The header of the series' own pages (index and archive); an event's pages carry the event's navigation. */
export function SeriesNav({ home, archive }: { home: string; archive: string }) {
  return (
    <nav aria-label="Site">
      <ul>
        <li>
          <a href={home}>All events</a>
        </li>
        <li>
          <a href={archive}>Project archive</a>
        </li>
      </ul>
    </nav>
  );
}
