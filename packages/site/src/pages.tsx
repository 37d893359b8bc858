/** @jsxImportSource hono/jsx */
import { toJsonLd } from "@hackdaykit/ical";
import type { OpenAccounts } from "@hackdaykit/ledger";
import type { Agenda } from "@hackdaykit/schedule";
import type { HackDayEvent, Project } from "@hackdaykit/schema";
import type { Child } from "hono/jsx";
import { dateRange } from "./format.js";
import type { SiteLinks } from "./links.js";
import type { ResultsData } from "./results.js";
import { AccountsView } from "./views/accounts.js";
import { AgendaView } from "./views/agenda.js";
import { HomeView } from "./views/home.js";
import { JsonLd, Layout } from "./views/layout.js";
import { type Awards, ProjectsView, ProjectView } from "./views/projects.js";
import { ResultsView } from "./views/results.js";

/**
 * Whole pages as HTML strings, for any site generator (Astro `set:html`, an Eleventy shortcode, a Next route
 * handler) or a plain file. `event` must already be a `publicView`: these functions publish what they are given.
 * @throws `TypeError` when an async component is in the tree: the views render synchronously.
 */
export function html(node: Child): string {
  const out = (node as { toString(): string | Promise<string> }).toString();
  if (typeof out !== "string" && !(out instanceof String)) {
    throw new TypeError("@hackdaykit/site renders synchronously; an async component slipped in");
  }
  return String(out);
}

const jsonLdCache = new WeakMap<HackDayEvent, unknown>();

/** The event's schema.org data, once per event object (every page of the event embeds it). */
function eventJsonLd(event: HackDayEvent): unknown {
  if (!jsonLdCache.has(event)) jsonLdCache.set(event, toJsonLd(event));
  return jsonLdCache.get(event);
}

export interface PageOptions {
  /** Extra `<head>` content, e.g. `<link rel="alternate">` to an Atom feed. */
  head?: Child;
}

function EventPage(props: {
  event: HackDayEvent;
  links: SiteLinks;
  title: string;
  head?: Child;
  jsonLd?: unknown;
  children: Child;
}) {
  return (
    <Layout
      title={props.title}
      siteName={props.event.name}
      links={props.links}
      description={`${props.event.name}, ${dateRange(props.event)}`}
      head={
        <>
          <JsonLd data={props.jsonLd ?? eventJsonLd(props.event)} />
          {props.head}
        </>
      }
    >
      {props.children}
    </Layout>
  );
}

export function homePage(event: HackDayEvent, links: SiteLinks, options: PageOptions = {}): string {
  return html(
    <EventPage event={event} links={links} title={event.name} head={options.head}>
      <HomeView event={event} links={links} />
    </EventPage>,
  );
}

export function agendaPage(
  event: HackDayEvent,
  agenda: Agenda,
  links: SiteLinks,
  options: PageOptions & { webcal?: (path: string) => string } = {},
): string {
  return html(
    <EventPage event={event} links={links} title="Agenda" head={options.head}>
      <AgendaView
        event={event}
        agenda={agenda}
        links={links}
        {...(options.webcal && { webcal: options.webcal })}
      />
    </EventPage>,
  );
}

export function projectsPage(
  event: HackDayEvent,
  links: SiteLinks,
  awards: Awards,
  options: PageOptions = {},
): string {
  return html(
    <EventPage event={event} links={links} title="Projects" head={options.head}>
      <ProjectsView event={event} links={links} awards={awards} />
    </EventPage>,
  );
}

/** schema.org for one project: a CreativeWork recorded at the event. */
export function projectJsonLd(event: HackDayEvent, project: Project): unknown {
  const sameAs = [project.links.code, project.links.demo, project.links.video, project.links.slides].filter(
    (u): u is string => u !== undefined,
  );
  return {
    "@context": "https://schema.org",
    // codeRepository belongs to SoftwareSourceCode, the CreativeWork a project with code is.
    "@type": project.links.code === undefined ? "CreativeWork" : "SoftwareSourceCode",
    name: project.title,
    ...(project.summary !== undefined && { abstract: project.summary }),
    ...(project.links.code !== undefined && { codeRepository: project.links.code }),
    ...(sameAs.length > 0 && { sameAs }),
    ...(project.licence !== undefined && { license: `https://spdx.org/licenses/${project.licence}.html` }),
    ...(project.themes?.length && { keywords: project.themes.join(", ") }),
    // schema.org: recordedAt is "the Event where the CreativeWork was recorded" (a Hackathon is an Event).
    recordedAt: {
      "@type": "Hackathon",
      name: event.name,
      startDate: event.start,
      endDate: event.end,
    },
  };
}

export function projectPage(
  event: HackDayEvent,
  project: Project,
  links: SiteLinks,
  awards: Awards,
  options: PageOptions = {},
): string {
  return html(
    <EventPage
      event={event}
      links={links}
      title={project.title}
      head={options.head}
      jsonLd={projectJsonLd(event, project)}
    >
      <ProjectView event={event} project={project} links={links} awards={awards} />
    </EventPage>,
  );
}

export function resultsPage(
  event: HackDayEvent,
  results: ResultsData | undefined,
  links: SiteLinks,
  options: PageOptions = {},
): string {
  return html(
    <EventPage event={event} links={links} title="Results" head={options.head}>
      <h1>Results</h1>
      <ResultsView results={results} links={links} />
    </EventPage>,
  );
}

export function accountsPage(
  event: HackDayEvent,
  view: OpenAccounts | undefined,
  links: SiteLinks,
  options: PageOptions & { chart?: { width: number; height: number } } = {},
): string {
  return html(
    <EventPage event={event} links={links} title="Open accounts" head={options.head}>
      <h1>Open accounts</h1>
      <AccountsView view={view} links={links} {...(options.chart && { chart: options.chart })} />
    </EventPage>,
  );
}
