/** @jsxImportSource hono/jsx */
import { raw } from "hono/html";
import type { Child } from "hono/jsx";
import type { SiteLinks } from "../links.js";

export interface LayoutProps {
  title: string;
  /** Shown as the brand in the header (the event's or the series' name). */
  siteName: string;
  links: SiteLinks;
  children?: Child;
  /** Extra head content such as JSON-LD. */
  head?: Child;
  /** Replaces the public navigation and footer (the demo's judge/team/admin areas say where you are instead). */
  area?: Child;
  /** Scripts for progressive enhancement (the demo's live now/next); the pages work without them. */
  scripts?: readonly string[];
  /** A short description for search engines and link previews. */
  description?: string;
}

/** The page frame: header with the public navigation, main, footer. */
export function Layout({
  title,
  siteName,
  links,
  children,
  head,
  area,
  scripts = [],
  description,
}: LayoutProps) {
  const nav: [string, string][] = [
    ...(links.series ? ([[links.series.home, "All events"]] as [string, string][]) : []),
    [links.home, "Home"],
    [links.agenda, "Agenda"],
    [links.projects, "Projects"],
    [links.results, "Results"],
    [links.accounts, "Open accounts"],
  ];
  return (
    <>
      {raw("<!DOCTYPE html>")}
      <html lang="en-GB">
        <head>
          <meta charset="utf-8" />
          <meta name="viewport" content="width=device-width, initial-scale=1" />
          <title>{title === siteName ? title : `${title} · ${siteName}`}</title>
          {description && <meta name="description" content={description} />}
          <link rel="stylesheet" href={links.stylesheet} />
          {head}
        </head>
        <body>
          <a class="skip" href="#main">
            Skip to content
          </a>
          <header class="site">
            <a class="brand" href={links.home}>
              {siteName}
            </a>
            {area ?? (
              <nav aria-label="Site">
                <ul>
                  {nav.map(([href, label]) => (
                    <li>
                      <a href={href}>{label}</a>
                    </li>
                  ))}
                </ul>
              </nav>
            )}
          </header>
          <main id="main">{children}</main>
          {area === undefined && (
            <footer class="site">
              <p>
                Run with <a href="https://github.com/hackdaykit/hackdaykit">hackdaykit</a>. Only public
                information is shown here.
              </p>
            </footer>
          )}
          {scripts.map((src) => (
            <script src={src} defer />
          ))}
        </body>
      </html>
    </>
  );
}

export function Notice({ kind = "info", children }: { kind?: "info" | "warn" | "ok"; children?: Child }) {
  return (
    <div class={`notice ${kind}`} role={kind === "warn" ? "alert" : "status"}>
      {children}
    </div>
  );
}

/** schema.org data for search engines; `<` escaped so no text in the event can close the script element. */
export function JsonLd({ data }: { data: unknown }) {
  if (data === undefined) return null;
  const text = JSON.stringify(data).replace(/</g, "\\u003c");
  return <script type="application/ld+json">{raw(text)}</script>;
}
