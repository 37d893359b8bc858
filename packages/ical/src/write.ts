import { offsetAt } from "./offsets.js";

/**
 * The iCalendar text we publish, written directly (RFC 5545): only the properties a hack-day feed uses, in a
 * fixed order, so the same entry is always the same bytes. Lines are folded afterwards by `foldLines`.
 */

/** When an entry happens: a whole-day span, instants in UTC, or instants written in a zone with its TZID. */
export type When =
  | { kind: "date"; start: string; end?: string }
  | { kind: "utc"; start: Date; end?: Date }
  | { kind: "zoned"; zone: string; start: Date; end?: Date };

export interface VEvent {
  uid: string;
  sequence: number;
  stamp: Date;
  lastModified?: Date;
  when: When;
  summary: string;
  location?: { title: string; address?: string; geo?: { lat: number; lon: number } };
  description?: string;
  categories?: readonly string[];
  url?: string;
  /** A free slot (breaks, meals): TRANSP:TRANSPARENT and busy status FREE. */
  free?: boolean;
  private?: boolean;
  cancelled?: boolean;
  /** Name and URI of the organiser; never an email (a published feed must not carry one). */
  organizer?: { name: string; uri: string };
}

export interface VCalendar {
  prodId: string;
  name: string;
  description?: string;
  url?: string;
  /** REFRESH-INTERVAL / X-PUBLISHED-TTL, seconds; left out unless positive. */
  ttlSeconds?: number;
  /** X-WR-TIMEZONE: the zone calendars that read no VTIMEZONE should assume. */
  zone: string;
}

const CRLF = "\r\n";

/** TEXT value escaping (RFC 5545 3.3.11): backslash, semicolon and comma escaped, line breaks as `\n`. */
export function escapeText(value: string): string {
  return value.replace(/[\\;,]/g, (ch) => `\\${ch}`).replace(/\r\n|\r|\n/g, "\\n");
}

/** A parameter value, always quoted; DQUOTE and line breaks cannot appear in one (RFC 5545 3.2). */
function paramText(value: string): string {
  return `"${value.replace(/["\r\n]/g, "'")}"`;
}

/** `20260516T083000Z`. */
function utcStamp(at: Date): string {
  return `${at.toISOString().slice(0, 19).replace(/[-:]/g, "")}Z`;
}

/** The wall time of an instant in a zone as a DATE-TIME without `Z` (`20260516T093000`). */
function localStamp(at: Date, zone: string): string {
  return utcStamp(new Date(at.getTime() + offsetAt(zone, at) * 60_000)).slice(0, -1);
}

/** `PT1H`, `P1DT1H1M1S` (RFC 5545 3.3.6). */
function duration(seconds: number): string {
  let rest = seconds;
  let text = "P";
  if (rest >= 86_400) {
    text += `${Math.floor(rest / 86_400)}D`;
    rest %= 86_400;
    if (rest === 0) return text;
  }
  text += "T";
  if (rest >= 3600) text += `${Math.floor(rest / 3600)}H`;
  if (rest % 3600 >= 60) text += `${Math.floor((rest % 3600) / 60)}M`;
  if (rest % 60 > 0 || text === "PT") text += `${rest % 60}S`;
  return text;
}

function times(when: When): string[] {
  const line = (name: string, at: Date) =>
    when.kind === "zoned"
      ? `${name};TZID=${when.zone}:${localStamp(at, when.zone)}`
      : `${name}:${utcStamp(at)}`;
  if (when.kind === "date") {
    const date = (d: string) => d.replaceAll("-", "");
    return [
      `DTSTART;VALUE=DATE:${date(when.start)}`,
      ...(when.end === undefined ? [] : [`DTEND;VALUE=DATE:${date(when.end)}`]),
      // Outlook shows a DATE span as all-day only with these.
      "X-MICROSOFT-CDO-ALLDAYEVENT:TRUE",
      "X-MICROSOFT-MSNCALENDAR-ALLDAYEVENT:TRUE",
    ];
  }
  return [line("DTSTART", when.start), ...(when.end === undefined ? [] : [line("DTEND", when.end)])];
}

/** One VEVENT, unfolded, ending in CRLF. */
export function writeEvent(e: VEvent): string {
  const lines = [
    "BEGIN:VEVENT",
    `UID:${e.uid}`,
    `SEQUENCE:${e.sequence}`,
    `DTSTAMP:${utcStamp(e.stamp)}`,
    ...times(e.when),
    `SUMMARY:${escapeText(e.summary)}`,
  ];
  if (e.free) lines.push("TRANSP:TRANSPARENT");
  const { title, address, geo } = e.location ?? {};
  if (title) lines.push(`LOCATION:${escapeText(address ? `${title}\n${address}` : title)}`);
  if (geo) lines.push(`GEO:${geo.lat};${geo.lon}`);
  if (e.description !== undefined) lines.push(`DESCRIPTION:${escapeText(e.description)}`);
  if (e.categories?.length) lines.push(`CATEGORIES:${e.categories.map(escapeText).join(",")}`);
  if (e.url !== undefined) lines.push(`URL;VALUE=URI:${escapeText(e.url)}`);
  if (e.cancelled) lines.push("STATUS:CANCELLED");
  if (e.free) lines.push("X-MICROSOFT-CDO-BUSYSTATUS:FREE");
  if (e.lastModified) lines.push(`LAST-MODIFIED:${utcStamp(e.lastModified)}`);
  if (e.private) lines.push("CLASS:PRIVATE");
  if (e.organizer) lines.push(`ORGANIZER;CN=${paramText(e.organizer.name)}:${e.organizer.uri}`);
  lines.push("END:VEVENT", "");
  return lines.join(CRLF);
}

/** The VCALENDAR around already written components (VTIMEZONEs first, then VEVENTs), unfolded. */
export function writeCalendar(calendar: VCalendar, components: readonly string[]): string {
  const ttl = calendar.ttlSeconds !== undefined && calendar.ttlSeconds > 0 ? calendar.ttlSeconds : undefined;
  const head = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    `PRODID:-${calendar.prodId}`,
    ...(calendar.url === undefined ? [] : [`URL:${calendar.url}`]),
    "METHOD:PUBLISH",
    `NAME:${escapeText(calendar.name)}`,
    `X-WR-CALNAME:${escapeText(calendar.name)}`,
    ...(calendar.description === undefined ? [] : [`X-WR-CALDESC:${escapeText(calendar.description)}`]),
    ...(ttl === undefined
      ? []
      : [`REFRESH-INTERVAL;VALUE=DURATION:${duration(ttl)}`, `X-PUBLISHED-TTL:${duration(ttl)}`]),
    `X-WR-TIMEZONE:${escapeText(calendar.zone)}`,
    "",
  ].join(CRLF);
  return `${head}${components.join("")}END:VCALENDAR${CRLF}`;
}
