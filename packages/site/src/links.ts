/**
 * Where the views link to. The static build gives every page relative links (so the site works from a sub-path
 * and from file://); the demo server gives absolute routes. Views never build a URL themselves.
 */
export interface SiteLinks {
  home: string;
  agenda: string;
  projects: string;
  project(id: string): string;
  results: string;
  accounts: string;
  stylesheet: string;
  /** A downloadable file of the event: `calendar.ics`, `calendar/track/ID.ics`, `schedule.json`, `accounts.svg`… */
  file(path: string): string;
  /** In a series build: the series' own index and project archive. */
  series?: { home: string; archive: string; name: string };
}

/** Absolute routes, for a server that mounts the pages at `/` (the demo). */
export function serverLinks(stylesheet = "/static/site.css"): SiteLinks {
  return {
    home: "/",
    agenda: "/agenda",
    projects: "/projects",
    project: (id) => `/projects/${id}`,
    results: "/results",
    accounts: "/accounts",
    stylesheet,
    file: (path) => `/${path}`,
  };
}

/** `to` (a path from the site root) as seen from the page at `from` (also from the root), shortest form. */
export function relative(from: string, to: string): string {
  const dirs = from.split("/").slice(0, -1);
  const target = to.split("/");
  let common = 0;
  while (common < dirs.length && common < target.length - 1 && dirs[common] === target[common]) common++;
  return "../".repeat(dirs.length - common) + target.slice(common).join("/");
}

/** The static site's file names for one event under `prefix` ("" or "event-id/"), relative to page `from`. */
export function staticLinks(from: string, prefix: string, series?: { name: string }): SiteLinks {
  const to = (path: string) => relative(from, prefix + path);
  return {
    home: to("index.html"),
    agenda: to("agenda.html"),
    projects: to("projects/index.html"),
    project: (id) => to(`projects/${id}.html`),
    results: to("results.html"),
    accounts: to("accounts.html"),
    stylesheet: relative(from, "site.css"),
    file: to,
    ...(series && {
      series: {
        name: series.name,
        home: relative(from, "index.html"),
        archive: relative(from, "archive/index.html"),
      },
    }),
  };
}
