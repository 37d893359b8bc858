import { uuidV5 } from "@hackdaykit/ical";
import { xmlText } from "./xml.js";

export interface AtomEntry {
  /** Stable name the entry's id is derived from (so a republish keeps it). */
  key: string;
  title: string;
  /** Link from the site root. */
  href: string;
  /** RFC 3339 instant. */
  updated: string;
  summary: string;
}

/**
 * An Atom feed (RFC 4287) of the site's news, newest first. Ids are name-based UUIDs and times come from the
 * event files, never from the clock, so rebuilding from the same files gives the same bytes.
 */
export function atomFeed(options: {
  title: string;
  key: string;
  entries: readonly AtomEntry[];
  baseUrl?: string;
}): string {
  const entries = [...options.entries].sort((a, b) =>
    a.updated < b.updated ? 1 : a.updated > b.updated ? -1 : a.key < b.key ? -1 : 1,
  );
  const updated = entries[0]?.updated ?? "1970-01-01T00:00:00Z";
  const base = options.baseUrl ? ` xml:base="${xmlText(options.baseUrl)}"` : "";
  const lines = [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom"${base}>`,
    `  <title>${xmlText(options.title)}</title>`,
    `  <id>urn:uuid:${uuidV5(`hackdaykit:feed:${options.key}`)}</id>`,
    `  <updated>${updated}</updated>`,
    '  <link rel="self" href="feed.xml"/>',
    '  <link rel="alternate" type="text/html" href="index.html"/>',
    "  <author><name>The organisers</name></author>",
    "  <generator>hackdaykit</generator>",
  ];
  for (const entry of entries) {
    lines.push(
      "  <entry>",
      `    <title>${xmlText(entry.title)}</title>`,
      `    <id>urn:uuid:${uuidV5(`hackdaykit:entry:${entry.key}`)}</id>`,
      `    <updated>${entry.updated}</updated>`,
      `    <link rel="alternate" type="text/html" href="${xmlText(entry.href)}"/>`,
      `    <summary>${xmlText(entry.summary)}</summary>`,
      "  </entry>",
    );
  }
  lines.push("</feed>", "");
  return lines.join("\n");
}

/** sitemap.xml (sitemaps.org 0.9): absolute addresses only, so it needs the site's base URL. */
export function sitemap(baseUrl: string, pages: readonly string[]): string {
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
  ];
  for (const page of [...pages].sort())
    lines.push(`  <url><loc>${xmlText(new URL(page, baseUrl).href)}</loc></url>`);
  lines.push("</urlset>", "");
  return lines.join("\n");
}
