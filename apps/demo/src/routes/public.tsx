import { type Agenda, type AgendaItem, buildAgenda } from "@hackdaykit/schedule";
import { type Event, formatMoney, formatOffset, resolveWallTime } from "@hackdaykit/schema";
import { Hono } from "hono";
import { publishedResults } from "../confidence.js";
import { type AppDeps, type AppEnv, publicEvent } from "../context.js";
import { dateRange, dayLabel, mapLink } from "../format.js";
import { c3vocSchedule, calendarFeed, jsonLd } from "../integrations/ical.js";
import { accountsView } from "../integrations/ledger.js";
import { Layout, Notice } from "../views/layout.js";
import { ResultsView } from "../views/results.js";

/** What is on at `at` and what starts next (all sessions starting at the next start time). */
function nowNext(items: readonly AgendaItem[], at: Date) {
  const now = items.filter((s) => s.start <= at && at < s.end);
  const upcoming = items.filter((s) => s.start > at);
  const first = upcoming[0]?.start.getTime();
  const next = upcoming.filter((s) => s.start.getTime() === first);
  return { now, next };
}

function NowNext({ event, at }: { event: Event; at: Date }) {
  const { now, next } = nowNext(agendaOf(event).items, at);
  const item = (s: AgendaItem) => (
    <li>
      <strong>{s.title}</strong> <span class="muted">{`${s.startLocal}–${s.endLocal}`}</span>
      {s.room && <> · {roomName(event, s.room)}</>}
    </li>
  );
  return (
    <div class="now-next" id="now-next" aria-live="polite">
      <section>
        <h2>Now</h2>
        {now.length ? <ul>{now.map(item)}</ul> : <p>Nothing on right now.</p>}
      </section>
      <section>
        <h2>Next</h2>
        {next.length ? (
          <ul>{next.map(item)}</ul>
        ) : (
          <p>{now.length ? "This is the last session." : "No more sessions."}</p>
        )}
      </section>
    </div>
  );
}

const agendaCache = new WeakMap<Event, Agenda>();
/** The schedule package's agenda (real instants, local times, days) for the public event, computed once per version. */
function agendaOf(event: Event): Agenda {
  let agenda = agendaCache.get(event);
  if (!agenda) {
    agenda = buildAgenda(event);
    agendaCache.set(event, agenda);
  }
  return agenda;
}

function roomName(event: Event, id: string): string {
  return event.venue?.rooms.find((r) => r.id === id)?.name ?? id;
}

function trackName(event: Event, id: string): string {
  return event.tracks.find((t) => t.id === id)?.name ?? id;
}

function personName(event: Event, id: string): string {
  return event.people.find((p) => p.id === id)?.name ?? "Participant";
}

/**
 * `?at=2026-05-16T10:00` previews now/next at another moment (handy before the event). A time without an offset
 * is the venue's wall clock, read in the event's zone (never the server's); one with `Z` or `+01:00` is an instant.
 */
function atParam(value: string | undefined, zone: string): Date {
  if (!value) return new Date();
  const wall = resolveWallTime(value, zone);
  if (wall.ok) return wall.instant;
  // The repeated hour when clocks go back: the first time it happens.
  const first =
    wall.problem === "ambiguous" ? resolveWallTime(`${value}${formatOffset(wall.offsets[0]!)}`, zone) : wall;
  if (first.ok) return first.instant;
  const at = new Date(value);
  return Number.isNaN(at.getTime()) ? new Date() : at;
}

function Subscribe({ event, host }: { event: Event; host: string }) {
  return (
    <ul>
      <li>
        <a href={`webcal://${host}/calendar.ics`}>Subscribe to the whole agenda</a> (
        <a href="/calendar.ics">download .ics</a>)
      </li>
      {event.tracks.map((t) => (
        <li>
          <a href={`webcal://${host}/calendar/${t.id}.ics`}>Subscribe to {t.name} only</a> (
          <a href={`/calendar/${t.id}.ics`}>.ics</a>)
        </li>
      ))}
      {(event.venue?.rooms ?? [])
        .filter((r) => event.sessions.some((s) => s.room === r.id))
        .map((r) => (
          <li>
            <a href={`webcal://${host}/calendar/room/${r.id}.ics`}>What's on in {r.name}</a> (
            <a href={`/calendar/room/${r.id}.ics`}>.ics</a>)
          </li>
        ))}
      <li>
        <a href="/schedule.json">schedule.json</a> for schedule apps (c3voc format: Giggity, EventFahrplan,
        ConfClerk)
      </li>
    </ul>
  );
}

function JsonLd({ event }: { event: Event }) {
  const data = jsonLd(event);
  if (data === undefined) return null;
  // `<` escaped so no text in the event can close the script element.
  const text = JSON.stringify(data).replace(/</g, "\\u003c");
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: text }} />;
}

const pageCache = new WeakMap<Event, Map<string, string>>();

/**
 * Public pages are the same for everyone until the event changes (and, for now/next, until the minute turns),
 * so their HTML is kept per public-event version and key. A new version is a new object: old pages go with it.
 */
async function cached(event: Event, key: string, render: () => unknown): Promise<string> {
  let pages = pageCache.get(event);
  if (!pages) {
    pages = new Map();
    pageCache.set(event, pages);
  }
  const hit = pages.get(key);
  if (hit !== undefined) return hit;
  const html = String(await (render() as { toString(): string | Promise<string> }).toString());
  if (pages.size >= 200) pages.clear();
  pages.set(key, html);
  return html;
}

/** The cache key for "now": the `at` preview if given, else the current minute. */
function nowKey(at: string | undefined): string {
  return at ?? `minute:${Math.floor(Date.now() / 60_000)}`;
}

export function publicRoutes(deps: AppDeps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  const { store } = deps;

  app.get("/", (c) => {
    const event = publicEvent(store);
    const venue = event.venue;
    const tiers = [...new Set(event.sponsors.map((s) => s.tier ?? "supporter"))];
    return c.html(
      <Layout title="Home" eventName={event.name} head={<JsonLd event={event} />}>
        <h1>{event.name}</h1>
        {event.status !== "scheduled" && (
          <Notice kind="warn">
            This event is {event.status}
            {event.previousStartDate && ` (it was due to start on ${dayLabel(event.previousStartDate)})`}.
          </Notice>
        )}
        <p class="lead">
          <strong>{dateRange(event)}</strong>
        </p>
        {event.description && <p>{event.description}</p>}
        {venue && (
          <section aria-labelledby="venue">
            <h2 id="venue">Venue</h2>
            <p>
              <strong>{venue.url ? <a href={venue.url}>{venue.name}</a> : venue.name}</strong>
              {venue.address && (
                <>
                  <br />
                  {[venue.address.street, venue.address.locality, venue.address.postalCode]
                    .filter(Boolean)
                    .join(", ")}
                </>
              )}
            </p>
            {venue.geo && (
              <p>
                <a href={mapLink(venue.geo)}>Map of {venue.name} (OpenStreetMap)</a>
              </p>
            )}
            {venue.directions && <p>{venue.directions}</p>}
          </section>
        )}
        <section aria-labelledby="links">
          <h2 id="links">Find your way around</h2>
          <ul>
            <li>
              <a href="/agenda">Agenda</a> — what happens when, with what's on now
            </li>
            <li>
              <a href="/projects">Projects</a> — what the teams are building
            </li>
            <li>
              <a href="/results">Results</a> — winners once the judges have decided
            </li>
            <li>
              <a href="/accounts">Open accounts</a> — where the sponsorship money goes
            </li>
            {event.codeOfConduct && (
              <li>
                <a href={event.codeOfConduct}>Code of conduct</a>
              </li>
            )}
          </ul>
        </section>
        {event.prizes.length > 0 && (
          <section aria-labelledby="prizes">
            <h2 id="prizes">Prizes</h2>
            <ul>
              {event.prizes.map((prize) => {
                const sponsor = event.sponsors.find((s) => s.id === prize.sponsor);
                return (
                  <li>
                    <strong>{prize.name}</strong>
                    {sponsor && ` (from ${sponsor.name})`}
                    {prize.value && `: ${formatMoney(prize.value)}`}
                    {prize.description && <> — {prize.description}</>}
                  </li>
                );
              })}
            </ul>
          </section>
        )}
        {event.sponsors.length > 0 && (
          <section aria-labelledby="sponsors">
            <h2 id="sponsors">Thank you to our sponsors</h2>
            {tiers.map((tier) => (
              <>
                <h3>{tier.charAt(0).toUpperCase() + tier.slice(1)}</h3>
                <ul class="cards">
                  {event.sponsors
                    .filter((s) => (s.tier ?? "supporter") === tier)
                    .map((s) => (
                      <li class="card">
                        <strong>{s.url ? <a href={s.url}>{s.name}</a> : s.name}</strong>
                        {s.description && <p>{s.description}</p>}
                      </li>
                    ))}
                </ul>
              </>
            ))}
          </section>
        )}
      </Layout>,
    );
  });

  app.get("/agenda", async (c) => {
    const event = publicEvent(store);
    const host = c.req.header("host") ?? "localhost";
    const html = await cached(event, `agenda|${host}|${nowKey(c.req.query("at"))}`, () =>
      agendaPage(event, host, c.req.query("at")),
    );
    return c.html(html);
  });

  const agendaPage = (event: Event, host: string, atText: string | undefined) => {
    const agenda = agendaOf(event);
    const at = atParam(atText, event.timezone);
    const { now } = nowNext(agenda.items, at);
    const sessions = new Map(event.sessions.map((s) => [s.id, s]));
    return (
      <Layout title="Agenda" eventName={event.name} head={<JsonLd event={event} />}>
        <h1>Agenda</h1>
        <p class="muted">All times are local to the venue ({event.timezone}).</p>
        <NowNext event={event} at={at} />
        <h2 id="subscribe">Subscribe</h2>
        <Subscribe event={event} host={host} />
        {agenda.days.map((day) => (
          <section aria-labelledby={`day-${day.date}`}>
            <h2 id={`day-${day.date}`}>{dayLabel(day.date)}</h2>
            <table>
              <caption class="muted">Sessions on {dayLabel(day.date)}</caption>
              <thead>
                <tr>
                  <th scope="col">Time</th>
                  <th scope="col">Session</th>
                  <th scope="col">Where</th>
                </tr>
              </thead>
              <tbody>
                {day.items.map((s) => {
                  const description = sessions.get(s.id)?.description;
                  return (
                    <tr class={now.includes(s) ? "current" : undefined} id={`session-${s.id}`}>
                      <td>{`${s.startLocal}–${s.endLocal}`}</td>
                      <td>
                        <strong>{s.title}</strong>
                        {s.track && (
                          <>
                            {" "}
                            <span class="tag">{trackName(event, s.track)}</span>
                          </>
                        )}
                        {s.speakers.length > 0 && (
                          <div class="muted">
                            with {s.speakers.map((p) => personName(event, p)).join(", ")}
                          </div>
                        )}
                        {description && <div>{description}</div>}
                      </td>
                      <td>{s.room ? roomName(event, s.room) : ""}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </section>
        ))}
      </Layout>
    );
  };

  app.get("/agenda/now-next", (c) => {
    const event = publicEvent(store);
    return c.html(<NowNext event={event} at={atParam(c.req.query("at"), event.timezone)} />);
  });

  app.get("/projects", (c) => {
    const event = publicEvent(store);
    const teamOf = (id?: string) => event.teams.find((t) => t.id === id);
    const prizeName = (id: string) => event.prizes.find((p) => p.id === id)?.name ?? id;
    return c.html(
      <Layout title="Projects" eventName={event.name}>
        <h1>Projects</h1>
        <p>
          {event.projects.length} projects. Names are shown only for people who agreed to be named; everyone
          else appears as "Participant".
        </p>
        <ul class="cards">
          {event.projects.map((p) => {
            const team = teamOf(p.team);
            return (
              <li class="card" id={`project-${p.id}`}>
                <h2>{p.title}</h2>
                {p.table !== undefined && <p class="tag">Table {p.table}</p>}
                {p.summary && <p>{p.summary}</p>}
                {team && (
                  <p class="muted">
                    {team.name}
                    {team.members.length > 0 &&
                      `: ${team.members.map((m) => personName(event, m)).join(", ")}`}
                  </p>
                )}
                {p.prizes.length > 0 && <p>Entered for: {p.prizes.map(prizeName).join(", ")}</p>}
                <p>
                  {(
                    [
                      ["code", "Code"],
                      ["demo", "Demo"],
                      ["video", "Video"],
                      ["slides", "Slides"],
                    ] as const
                  )
                    .filter(([k]) => p.links[k])
                    .map(([k, label]) => (
                      <>
                        <a href={p.links[k]} rel="nofollow noopener">
                          {label}
                          <span class="skip">{` for ${p.title}`}</span>
                        </a>{" "}
                      </>
                    ))}
                </p>
              </li>
            );
          })}
        </ul>
      </Layout>,
    );
  });

  app.get("/results", (c) => {
    const event = publicEvent(store);
    const results = publishedResults(store);
    return c.html(
      <Layout title="Results" eventName={event.name}>
        <h1>Results</h1>
        <ResultsView event={event} results={results} />
      </Layout>,
    );
  });

  app.get("/accounts", (c) => {
    const event = publicEvent(store);
    const view = accountsView(store);
    return c.html(
      <Layout title="Open accounts" eventName={event.name}>
        <h1>Open accounts</h1>
        {view.body}
      </Layout>,
    );
  });
  app.get("/accounts.csv", (c) => {
    const view = accountsView(store);
    if (view.csv === undefined) return c.notFound();
    c.header("content-disposition", 'attachment; filename="open-accounts.csv"');
    return c.body(view.csv, 200, { "content-type": "text/csv; charset=utf-8" });
  });
  app.get("/accounts.md", (c) => {
    const view = accountsView(store);
    if (view.markdown === undefined) return c.notFound();
    c.header("content-disposition", 'attachment; filename="open-accounts.md"');
    return c.body(view.markdown, 200, { "content-type": "text/markdown; charset=utf-8" });
  });
  app.get("/accounts.svg", (c) => {
    const view = accountsView(store);
    if (view.svg === undefined) return c.notFound();
    return c.body(view.svg, 200, { "content-type": "image/svg+xml; charset=utf-8" });
  });

  const ics = (body: string | undefined, name: string) => {
    if (body === undefined) return undefined;
    return new Response(body, {
      headers: {
        "content-type": "text/calendar; charset=utf-8",
        "content-disposition": `inline; filename="${name}"`,
        "cache-control": "no-cache",
      },
    });
  };
  app.get("/calendar.ics", (c) => ics(calendarFeed(store, {}), "calendar.ics") ?? c.notFound());
  app.get("/calendar/:file{[a-z0-9][a-z0-9-]*\\.ics}", (c) => {
    const track = c.req.param("file").replace(/\.ics$/, "");
    if (!publicEvent(store).tracks.some((t) => t.id === track)) return c.notFound();
    return ics(calendarFeed(store, { track }), `${track}.ics`) ?? c.notFound();
  });
  app.get("/calendar/room/:file{[a-z0-9][a-z0-9-]*\\.ics}", (c) => {
    const room = c.req.param("file").replace(/\.ics$/, "");
    if (!publicEvent(store).venue?.rooms.some((r) => r.id === room)) return c.notFound();
    return ics(calendarFeed(store, { room }), `${room}.ics`) ?? c.notFound();
  });
  app.get("/schedule.json", (c) => {
    const data = c3vocSchedule(publicEvent(store));
    return data === undefined ? c.notFound() : c.json(data);
  });
  app.get("/event.jsonld", (c) => {
    const data = jsonLd(publicEvent(store));
    if (data === undefined) return c.notFound();
    return c.body(JSON.stringify(data, null, 2), 200, {
      "content-type": "application/ld+json; charset=utf-8",
    });
  });
  return app;
}
