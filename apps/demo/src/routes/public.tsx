import { type Agenda, buildAgenda } from "@hackdaykit/schedule";
import { formatOffset, type HackDayEvent, resolveWallTime } from "@hackdaykit/schema";
import {
  AgendaView,
  awardsByProject,
  HomeView,
  JsonLd,
  NowNext,
  ProjectsView,
  ProjectView,
} from "@hackdaykit/site";
import { Hono } from "hono";
import { publicResults, publishedResults } from "../confidence.js";
import { type AppDeps, type AppEnv, publicEvent } from "../context.js";
import { c3vocSchedule, calendarFeed, jsonLd } from "../integrations/ical.js";
import { accountsView } from "../integrations/ledger.js";
import { DEMO_LINKS, Layout } from "../views/layout.js";
import { ResultsView } from "../views/results.js";

// The public pages are the site package's views (the same ones `hackday site build` writes); this file holds
// only the routes, the caching and what a live server adds: "now / next" and webcal:// links for this host.

const agendaCache = new WeakMap<HackDayEvent, Agenda>();
/** The schedule package's agenda (real instants, local times, days) for the public event, computed once per version. */
function agendaOf(event: HackDayEvent): Agenda {
  let agenda = agendaCache.get(event);
  if (!agenda) {
    agenda = buildAgenda(event);
    agendaCache.set(event, agenda);
  }
  return agenda;
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

const pageCache = new WeakMap<HackDayEvent, Map<string, string>>();

/**
 * Public pages are the same for everyone until the event changes (and, for now/next, until the minute turns),
 * so their HTML is kept per public-event version and key. A new version is a new object: old pages go with it.
 */
async function cached(event: HackDayEvent, key: string, render: () => unknown): Promise<string> {
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
    return c.html(
      <Layout title="Home" eventName={event.name} head={<JsonLd data={jsonLd(event)} />}>
        <HomeView event={event} links={DEMO_LINKS} />
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

  const agendaPage = (event: HackDayEvent, host: string, atText: string | undefined) => (
    <Layout title="Agenda" eventName={event.name} head={<JsonLd data={jsonLd(event)} />}>
      <AgendaView
        event={event}
        agenda={agendaOf(event)}
        links={DEMO_LINKS}
        webcal={(path) => `webcal://${host}/${path}`}
        at={atParam(atText, event.timezone)}
      />
    </Layout>
  );

  app.get("/agenda/now-next", (c) => {
    const event = publicEvent(store);
    return c.html(
      <NowNext event={event} agenda={agendaOf(event)} at={atParam(c.req.query("at"), event.timezone)} />,
    );
  });

  app.get("/projects", (c) => {
    const event = publicEvent(store);
    return c.html(
      <Layout title="Projects" eventName={event.name}>
        <ProjectsView
          event={event}
          links={DEMO_LINKS}
          awards={awardsByProject(publicResults(event, publishedResults(store)))}
        />
      </Layout>,
    );
  });

  app.get("/projects/:id{[a-z0-9][a-z0-9-]*}", (c) => {
    const event = publicEvent(store);
    const project = event.projects.find((p) => p.id === c.req.param("id"));
    if (!project) return c.notFound();
    return c.html(
      <Layout title={project.title} eventName={event.name}>
        <ProjectView
          event={event}
          project={project}
          links={DEMO_LINKS}
          awards={awardsByProject(publicResults(event, publishedResults(store)))}
        />
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
