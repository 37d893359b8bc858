/** @jsxImportSource hono/jsx */
import { buildIcs, type FeedScope, toC3voc } from "@hackdaykit/ical";
import {
  type Ledger,
  type OpenAccounts,
  openAccounts,
  openAccountsCsv,
  openAccountsMarkdown,
  openAccountsSvg,
} from "@hackdaykit/ledger";
import { buildAgenda } from "@hackdaykit/schedule";
import { type HackDayEvent, publicView, ValidationError } from "@hackdaykit/schema";
import { SITE_CSS } from "../css.js";
import { dateRange } from "../format.js";
import { relative, type SiteLinks, staticLinks } from "../links.js";
import {
  accountsPage,
  agendaPage,
  homePage,
  html,
  projectPage,
  projectsPage,
  resultsPage,
} from "../pages.js";
import { awardsByProject, resultsOf } from "../results.js";
import { svgSize } from "../views/accounts.js";
import { JsonLd, Layout } from "../views/layout.js";
import { SeriesIndexView, SeriesNav } from "../views/series.js";
import { type ArchiveSource, archivePages } from "./archive.js";
import { type AtomEntry, atomFeed, sitemap } from "./atom.js";

export interface SiteEvent {
  /** The event as loaded; the build publishes only its `publicView`. */
  event: HackDayEvent;
  /** The event's accounts, published as open accounts (`openAccounts` filtered to this event). */
  ledger?: Ledger;
}

export interface BuildSiteOptions {
  events: readonly SiteEvent[];
  /** A series site (index of events + project archive); implied by more than one event. */
  series?: { name: string; description?: string };
  /** Where the site will live (`https://example.org/hackdays/`): needed for sitemap.xml and webcal:// links. */
  baseUrl?: string;
  /** Local date that splits upcoming from past events (YYYY-MM-DD); part of the input, so builds are repeatable. */
  today: string;
  /** The previous build's file at a path (for .ics SEQUENCE history), if there was one. */
  previous?: (path: string) => string | undefined;
}

export interface BuiltSite {
  /** Path from the site root → content, in a stable order. */
  files: Map<string, string>;
  warnings: string[];
}

/** `[a, b]` sorted by plain code-unit order, so output never depends on the process's locale. */
const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The whole public website of one event or a series, as files in memory: plain HTML + CSS pages (no JavaScript),
 * .ics per event/track/room, c3voc schedule.json, open-accounts CSV/Markdown/SVG, an Atom feed and a sitemap.
 * Pure: no clock, no file system; the same input gives the same bytes. Only `publicView` of each event is used.
 * @throws {@link @hackdaykit/schema!ValidationError | ValidationError} when two events share an id (each needs its
 * own folder).
 */
export function buildSite(options: BuildSiteOptions): BuiltSite {
  const files = new Map<string, string>();
  const warnings: string[] = [];
  const isSeries = options.series !== undefined || options.events.length > 1;
  const baseUrl = options.baseUrl === undefined ? undefined : withSlash(options.baseUrl);
  checkUnique(options.events);
  const seriesNames = new Set(options.events.map(({ event }) => event.series?.name));
  const shared = seriesNames.size === 1 ? [...seriesNames][0] : undefined;
  const seriesName = isSeries ? (options.series?.name ?? shared ?? "Hack days") : "";
  const feedHead = (from: string) => (
    <link rel="alternate" type="application/atom+xml" title="News" href={relative(from, "feed.xml")} />
  );
  const atom: AtomEntry[] = [];
  const archive: ArchiveSource[] = [];

  files.set("site.css", SITE_CSS.trimStart());
  const ordered = [...options.events].sort(
    (a, b) => byText(b.event.start, a.event.start) || byText(a.event.id, b.event.id),
  );
  for (const { event: raw, ledger } of ordered) {
    const event = publicView(raw);
    const prefix = isSeries ? `${event.id}/` : "";
    const links = (page: string): SiteLinks =>
      staticLinks(prefix + page, prefix, isSeries ? { name: seriesName } : undefined);
    const head = (page: string) => ({ head: feedHead(prefix + page) });
    const results = resultsOf(event);
    const awards = awardsByProject(results);
    const agenda = buildAgenda(event);
    const webcal = baseUrl
      ? { webcal: (path: string) => new URL(prefix + path, baseUrl).href.replace(/^https?:/, "webcal:") }
      : {};

    files.set(`${prefix}index.html`, homePage(event, links("index.html"), head("index.html")));
    files.set(
      `${prefix}agenda.html`,
      agendaPage(event, agenda, links("agenda.html"), { ...head("agenda.html"), ...webcal }),
    );
    files.set(
      `${prefix}projects/index.html`,
      projectsPage(event, links("projects/index.html"), awards, head("projects/index.html")),
    );
    for (const project of event.projects) {
      const page = `projects/${project.id}.html`;
      files.set(prefix + page, projectPage(event, project, links(page), awards, head(page)));
    }
    files.set(
      `${prefix}results.html`,
      resultsPage(event, results, links("results.html"), head("results.html")),
    );

    let view: OpenAccounts | undefined;
    let chart: { width: number; height: number } | undefined;
    if (ledger) {
      view = openAccounts(ledger, { event: event.id, title: `${event.name}: open accounts` });
      const svg = openAccountsSvg(view);
      chart = svgSize(svg);
      files.set(`${prefix}accounts.svg`, svg);
      files.set(`${prefix}accounts.csv`, openAccountsCsv(view));
      files.set(`${prefix}accounts.md`, openAccountsMarkdown(view));
    }
    files.set(
      `${prefix}accounts.html`,
      accountsPage(event, view, links("accounts.html"), {
        ...head("accounts.html"),
        ...(chart && { chart }),
      }),
    );

    for (const [path, scope] of feedScopes(event)) {
      const previous = options.previous?.(prefix + path);
      files.set(prefix + path, buildIcs(event, { scope, ...(previous !== undefined && { previous }) }).ics);
    }
    files.set(`${prefix}schedule.json`, `${JSON.stringify(toC3voc(event), null, 2)}\n`);

    atom.push(...newsOf(event, prefix));
    archive.push({ event, prefix, awards });
  }

  if (isSeries) {
    const today = options.today;
    const index = "index.html";
    const seriesLinks = staticLinks(index, "", { name: seriesName });
    const entries = ordered.map(({ event }) => ({
      name: event.name,
      href: `${event.id}/index.html`,
      dates: dateRange(event),
      ...(event.venue?.address?.locality !== undefined && { place: event.venue.address.locality }),
      status: event.status,
      projects: event.projects.length,
      upcoming: event.end >= today,
    }));
    // `ordered` is latest first: upcoming events read soonest first, past ones latest first.
    const events = [...entries.filter((e) => e.upcoming).reverse(), ...entries.filter((e) => !e.upcoming)];
    files.set(
      index,
      html(
        <Layout
          title={seriesName}
          siteName={seriesName}
          links={seriesLinks}
          head={
            <>
              <JsonLd data={{ "@context": "https://schema.org", "@type": "EventSeries", name: seriesName }} />
              {feedHead(index)}
            </>
          }
          area={<SeriesNav home="index.html" archive="archive/index.html" />}
        >
          <SeriesIndexView
            name={seriesName}
            {...(options.series?.description !== undefined && { description: options.series.description })}
            events={events}
            archive="archive/index.html"
          />
        </Layout>,
      ),
    );
    for (const [path, page] of archivePages(archive, seriesName, feedHead)) files.set(path, page);
  }

  files.set(
    "feed.xml",
    atomFeed({
      title: isSeries ? seriesName : (ordered[0]?.event.name ?? "News"),
      key: isSeries ? `series:${seriesName}` : (ordered[0]?.event.id ?? ""),
      entries: atom,
      ...(baseUrl && { baseUrl }),
    }),
  );
  if (baseUrl) {
    files.set(
      "sitemap.xml",
      sitemap(
        baseUrl,
        [...files.keys()].filter((p) => p.endsWith(".html")),
      ),
    );
  } else {
    warnings.push(
      "no base URL (--base-url, or the event's url): sitemap.xml needs absolute addresses, so it was left out",
    );
  }
  return { files: new Map([...files].sort(([a], [b]) => byText(a, b))), warnings };
}

function withSlash(url: string): string {
  return url.endsWith("/") ? url : `${url}/`;
}

function checkUnique(events: readonly SiteEvent[]): void {
  const seen = new Set<string>();
  for (const [i, { event }] of events.entries()) {
    if (seen.has(event.id)) {
      throw new ValidationError([
        {
          severity: "error",
          path: [i, "id"],
          message: `two events share the id "${event.id}": each needs its own folder`,
        },
      ]);
    }
    seen.add(event.id);
  }
}

/** The public feeds of an event: the whole agenda, each track, each room with sessions. */
export function feedScopes(event: HackDayEvent): [string, FeedScope][] {
  const rooms = (event.venue?.rooms ?? []).filter((r) => event.sessions.some((s) => s.room === r.id));
  return [
    ["calendar.ics", { kind: "event" }],
    ...event.tracks.map((t): [string, FeedScope] => [`calendar/${t.id}.ics`, { kind: "track", track: t.id }]),
    ...rooms.map((r): [string, FeedScope] => [`calendar/room/${r.id}.ics`, { kind: "room", room: r.id }]),
  ];
}

/** News entries derived from the event file: the event itself (as last changed) and its results once out. */
function newsOf(event: HackDayEvent, prefix: string): AtomEntry[] {
  const changed = event.sessions
    .map((s) => s.updated)
    .filter((u): u is string => u !== undefined)
    .map((u) => new Date(u).toISOString())
    .sort()
    .at(-1);
  const entries: AtomEntry[] = [
    {
      key: `${event.id}:event`,
      title: event.name,
      href: `${prefix}index.html`,
      updated: changed ?? `${event.start}T00:00:00Z`,
      summary: `${event.name}: ${dateRange(event)}${event.status === "scheduled" ? "" : ` (${event.status})`}. ${event.sessions.length} sessions, ${event.projects.length} projects.`,
    },
  ];
  if (event.results && event.results.prizes.length > 0) {
    entries.push({
      key: `${event.id}:results`,
      title: `${event.name}: results`,
      href: `${prefix}results.html`,
      updated: event.results.published
        ? new Date(event.results.published).toISOString()
        : `${event.end}T23:59:59Z`,
      summary: `The winners of ${event.results.prizes.length} ${event.results.prizes.length === 1 ? "prize" : "prizes"} at ${event.name}.`,
    });
  }
  return entries;
}
