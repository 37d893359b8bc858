import type { WallTime } from "@hackdaykit/schema";
import ICAL from "ical.js";
import { FeedError } from "./errors.js";

/** What a previously published VEVENT tells us: its publishing state and its properties as text. */
export interface PreviousEntry {
  uid: string;
  sequence: number;
  stamp?: Date;
  lastModified?: Date;
  cancelled: boolean;
  /** The VEVENT re-serialised by ical.js (a canonical form for comparing whole entries); computed on demand. */
  canonical: () => string;
  /** The VEVENT exactly as written, unfolded (what this package would render for an unchanged entry). */
  raw?: string;
  /** Canonical text of each property, by upper-case name (first occurrence); computed on demand. */
  props: () => Map<string, string>;
  /** For re-emitting a removed entry as cancelled. */
  summary: string;
  location?: string;
  description?: string;
  start?: PreviousTime;
  end?: PreviousTime;
}

/** A DTSTART/DTEND as written: the wall time plus the zone it was written in (or UTC / a date). */
export type PreviousTime = WallTime & {
  isDate: boolean;
  /** IANA zone from TZID, "UTC" for a `Z` time, undefined for floating. */
  zone?: string;
};

function toTime(prop: ICAL.Property | null): PreviousTime | undefined {
  if (!prop) return undefined;
  const value = prop.getFirstValue();
  if (!(value instanceof ICAL.Time)) return undefined;
  const tzid = prop.getParameter("tzid");
  const zone = typeof tzid === "string" ? tzid : value.zone === ICAL.Timezone.utcTimezone ? "UTC" : undefined;
  return {
    year: value.year,
    month: value.month,
    day: value.day,
    hour: value.hour,
    minute: value.minute,
    second: value.second,
    isDate: value.isDate,
    ...(zone !== undefined && { zone }),
  };
}

function utcInstant(component: ICAL.Component, name: string): Date | undefined {
  const value = component.getFirstPropertyValue(name);
  if (!(value instanceof ICAL.Time)) return undefined;
  // DTSTAMP and LAST-MODIFIED are UTC by definition (RFC 5545 3.8.7.2/3.8.7.3).
  return new Date(Date.UTC(value.year, value.month - 1, value.day, value.hour, value.minute, value.second));
}

function text(component: ICAL.Component, name: string): string | undefined {
  const value = component.getFirstPropertyValue(name);
  return typeof value === "string" ? value : undefined;
}

/** Canonical text of a single VEVENT as ical.js writes it. */
export function canonicalEvent(vevent: string): ICAL.Component {
  return new ICAL.Component(ICAL.parse(vevent) as unknown as unknown[]);
}

export function describeEntry(component: ICAL.Component): Map<string, string> {
  const props = new Map<string, string>();
  for (const prop of component.getAllProperties()) {
    const name = prop.name.toUpperCase();
    if (!props.has(name)) props.set(name, prop.toICALString());
  }
  return props;
}

/** Reads a previously published .ics (ours or anyone's) into entries keyed by UID. Throws FeedError if unreadable. */
export function parsePrevious(ics: string, source = "previous .ics"): Map<string, PreviousEntry> {
  let root: ICAL.Component;
  try {
    root = new ICAL.Component(ICAL.parse(ics) as unknown as unknown[]);
  } catch (err) {
    throw new FeedError(`${source}: not an iCalendar file (${(err as Error).message})`);
  }
  if (root.name !== "vcalendar") throw new FeedError(`${source}: expected BEGIN:VCALENDAR`);
  // Raw unfolded blocks by UID: an unchanged entry of ours matches its block exactly, without a parse.
  const raw = new Map<string, string>();
  const unfolded = ics.replace(/\r?\n/g, "\r\n").replace(/\r\n[ \t]/g, "");
  for (const match of unfolded.matchAll(/BEGIN:VEVENT\r\n[\s\S]*?END:VEVENT\r\n/g)) {
    const uid = /^UID:(.*)$/m.exec(match[0])?.[1];
    if (uid !== undefined) raw.set(uid.trim(), match[0]);
  }
  const entries = new Map<string, PreviousEntry>();
  for (const vevent of root.getAllSubcomponents("vevent")) {
    const uid = text(vevent, "uid");
    if (uid === undefined) continue;
    const sequence = Number(vevent.getFirstPropertyValue("sequence") ?? 0);
    const status = text(vevent, "status");
    const stamp = utcInstant(vevent, "dtstamp");
    const lastModified = utcInstant(vevent, "last-modified");
    const start = toTime(vevent.getFirstProperty("dtstart"));
    const end = toTime(vevent.getFirstProperty("dtend"));
    const location = text(vevent, "location");
    const description = text(vevent, "description");
    entries.set(uid, {
      uid,
      sequence: Number.isInteger(sequence) && sequence >= 0 ? sequence : 0,
      cancelled: status?.toUpperCase() === "CANCELLED",
      canonical: () => vevent.toString(),
      props: () => describeEntry(vevent),
      ...(raw.has(uid) && { raw: raw.get(uid) }),
      summary: text(vevent, "summary") ?? "",
      ...(stamp && { stamp }),
      ...(lastModified && { lastModified }),
      ...(start && { start }),
      ...(end && { end }),
      ...(location !== undefined && { location }),
      ...(description !== undefined && { description }),
    });
  }
  return entries;
}
