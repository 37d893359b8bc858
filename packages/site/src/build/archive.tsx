/** @jsxImportSource hono/jsx */
import type { HackDayEvent } from "@hackdaykit/schema";
import type { Child } from "hono/jsx";
import { slug } from "../format.js";
import { relative, staticLinks } from "../links.js";
import { html } from "../pages.js";
import { JsonLd, Layout } from "../views/layout.js";
import { type ArchiveFilter, type ArchiveProject, ArchiveView, SeriesNav } from "../views/series.js";

export interface ArchiveSource {
  /** A `publicView` of the event. */
  event: HackDayEvent;
  /** Its folder in the site ("event-id/"). */
  prefix: string;
  awards: ReadonlyMap<string, readonly { prize: string; place: number }[]>;
}

interface Entry {
  project: ArchiveProject;
  event: string;
  prizes: Set<string>;
  themes: Set<string>;
}

/**
 * The project archive across a series: one page for all projects and one per event, prize and theme, so it can be
 * filtered without JavaScript. Prizes and themes group by name across editions ("Best in show" every year).
 */
export function archivePages(
  sources: readonly ArchiveSource[],
  seriesName: string,
  feedHead: (from: string) => Child,
): [string, string][] {
  const entries: Entry[] = [];
  const prizeNames = new Map<string, string>();
  const themeNames = new Map<string, string>();
  for (const { event, prefix, awards } of sources) {
    const prizeName = new Map(event.prizes.map((p) => [p.id, p.name]));
    for (const project of event.projects) {
      const won = awards.get(project.id) ?? [];
      const prizes = new Set<string>();
      for (const name of [
        ...project.prizes.map((id) => prizeName.get(id) ?? id),
        ...won.map((w) => w.prize),
      ]) {
        const key = slug(name);
        if (!prizeNames.has(key)) prizeNames.set(key, name);
        prizes.add(key);
      }
      const themes = new Set<string>();
      for (const theme of project.themes ?? []) {
        const key = slug(theme);
        if (!themeNames.has(key)) themeNames.set(key, theme);
        themes.add(key);
      }
      entries.push({
        event: event.id,
        prizes,
        themes,
        project: {
          title: project.title,
          href: `${prefix}projects/${project.id}.html`,
          ...(project.summary !== undefined && { summary: project.summary }),
          event: { name: event.name, href: `${prefix}index.html` },
          won,
        },
      });
    }
  }
  const sorted = (names: Map<string, string>) => [...names].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const pages: { path: string; title: string; match: (e: Entry) => boolean }[] = [
    { path: "archive/index.html", title: "Project archive: every project of every event", match: () => true },
    ...sources.map(({ event }) => ({
      path: `archive/event-${event.id}.html`,
      title: `Projects from ${event.name}`,
      match: (e: Entry) => e.event === event.id,
    })),
    ...sorted(prizeNames).map(([key, name]) => ({
      path: `archive/prize-${key}.html`,
      title: `Projects entered for or winning ${name}`,
      match: (e: Entry) => e.prizes.has(key),
    })),
    ...sorted(themeNames).map(([key, name]) => ({
      path: `archive/theme-${key}.html`,
      title: `Projects on ${name}`,
      match: (e: Entry) => e.themes.has(key),
    })),
  ];
  const count = (match: (e: Entry) => boolean) => entries.filter(match).length;

  return pages.map(({ path, title, match }) => {
    const to = (target: string) => relative(path, target);
    const option = (target: string, label: string, m: (e: Entry) => boolean) => ({
      label,
      href: to(target),
      count: count(m),
      current: target === path,
    });
    const filters: ArchiveFilter[] = [
      {
        label: "By event",
        options: [
          option("archive/index.html", "All events", () => true),
          ...sources.map(({ event }) =>
            option(`archive/event-${event.id}.html`, event.name, (e) => e.event === event.id),
          ),
        ],
      },
      ...(prizeNames.size
        ? [
            {
              label: "By prize",
              options: sorted(prizeNames).map(([key, name]) =>
                option(`archive/prize-${key}.html`, name, (e) => e.prizes.has(key)),
              ),
            },
          ]
        : []),
      ...(themeNames.size
        ? [
            {
              label: "By theme",
              options: sorted(themeNames).map(([key, name]) =>
                option(`archive/theme-${key}.html`, name, (e) => e.themes.has(key)),
              ),
            },
          ]
        : []),
    ];
    const projects = entries.filter(match).map((e) => ({
      ...e.project,
      href: to(e.project.href),
      event: { ...e.project.event, href: to(e.project.event.href) },
    }));
    const links = staticLinks(path, "", { name: seriesName });
    return [
      path,
      html(
        <Layout
          title={title}
          siteName={seriesName}
          links={links}
          head={
            <>
              <JsonLd data={archiveJsonLd(title, projects)} />
              {feedHead(path)}
            </>
          }
          area={<SeriesNav home={to("index.html")} archive={to("archive/index.html")} />}
        >
          <ArchiveView title={title} filters={filters} projects={projects} />
        </Layout>,
      ),
    ];
  });
}

/** schema.org: the archive page is a collection of creative works, each with its event. */
function archiveJsonLd(title: string, projects: readonly ArchiveProject[]): unknown {
  return {
    "@context": "https://schema.org",
    "@type": "CollectionPage",
    name: title,
    hasPart: projects.map((p) => ({
      "@type": "CreativeWork",
      name: p.title,
      recordedAt: { "@type": "Hackathon", name: p.event.name },
    })),
  };
}
