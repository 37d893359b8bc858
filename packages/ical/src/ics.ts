import { TZDate } from "@date-fns/tz";
import type { HackDayEvent } from "@hackdaykit/schema";
import { type FeedItem, type SelectOptions, selectFeed } from "./feed.js";
import { foldLines } from "./fold.js";
import {
  canonicalEvent,
  describeEntry,
  type PreviousEntry,
  type PreviousTime,
  parsePrevious,
} from "./previous.js";
import { vtimezone } from "./vtimezone.js";
import { type VEvent, type When, writeCalendar, writeEvent } from "./write.js";

export interface IcsOptions extends SelectOptions {
  /** The .ics published last time: entries that changed get SEQUENCE+1, removed ones one CANCELLED entry. */
  previous?: string;
  /** DTSTAMP for sessions without `updated` (default: the latest `updated` in the event, else its first day). */
  stamp?: Date;
  /** How often subscribers should refresh (REFRESH-INTERVAL / X-PUBLISHED-TTL), seconds. Default 3600. */
  refreshSeconds?: number;
}

/** What happened to each entry compared with `previous` (all "added" without one). */
export interface IcsChanges {
  added: string[];
  /** Time, place, title or status changed: SEQUENCE+1 and LAST-MODIFIED. */
  moved: string[];
  /** Other text changed (description, categories): same SEQUENCE, new DTSTAMP and LAST-MODIFIED. */
  edited: string[];
  unchanged: string[];
  /** Gone since last time: emitted once as STATUS:CANCELLED with SEQUENCE+1. */
  cancelled: string[];
}

export interface IcsResult {
  ics: string;
  /** UIDs of the entries, in output order. */
  uids: string[];
  changes: IcsChanges;
}

/** RFC 5545 significant properties: when one changes, SEQUENCE goes up (section 3.8.7.4). */
const SIGNIFICANT = ["DTSTART", "DTEND", "SUMMARY", "LOCATION", "STATUS"] as const;
const PRODID = "//hackdaykit//ical//EN";
const SECOND = 1000;

function latest(dates: readonly (Date | undefined)[]): Date | undefined {
  let best: Date | undefined;
  for (const date of dates) if (date && (!best || date > best)) best = date;
  return best;
}

/** The DTSTAMP used when a session has no `updated`: deterministic, never the time of the run. */
export function fallbackStamp(event: HackDayEvent, stamp?: Date): Date {
  if (stamp) return stamp;
  const updated = latest(
    event.sessions.map((s) => (s.updated === undefined ? undefined : new Date(s.updated))),
  );
  return updated ?? new Date(`${event.start}T00:00:00Z`);
}

interface Meta {
  sequence: number;
  stamp: Date;
  lastModified?: Date;
}

function eventData(
  item: FeedItem,
  zone: string,
  meta: Meta,
  shared: Pick<VEvent, "url" | "organizer" | "cancelled">,
): VEvent {
  const when: When = item.dates
    ? { kind: "date", start: item.dates.start, end: item.dates.end }
    : item.utc
      ? { kind: "utc", start: item.start, end: item.end }
      : { kind: "zoned", zone, start: item.start, end: item.end };
  return {
    uid: item.uid,
    sequence: meta.sequence,
    stamp: meta.stamp,
    ...(meta.lastModified && { lastModified: meta.lastModified }),
    when,
    summary: item.summary,
    ...(item.location && { location: item.location }),
    ...(item.description !== undefined && { description: item.description }),
    categories: item.categories,
    ...(item.private && { private: true }),
    ...(item.free && { free: true }),
    // A cancelled event cancels every entry, so subscribed calendars clear the whole weekend.
    ...shared,
  };
}

function previousDate(time: PreviousTime, fallbackZone: string): { start: Date; zone: string | null } {
  if (time.isDate) return { start: new Date(Date.UTC(time.year, time.month - 1, time.day)), zone: null };
  if (time.zone === "UTC") {
    return {
      start: new Date(Date.UTC(time.year, time.month - 1, time.day, time.hour, time.minute, time.second)),
      zone: null,
    };
  }
  const zone = time.zone ?? fallbackZone;
  const date = new TZDate(time.year, time.month - 1, time.day, time.hour, time.minute, time.second, zone);
  return Number.isNaN(date.getTime())
    ? {
        start: new TZDate(time.year, time.month - 1, time.day, time.hour, time.minute, fallbackZone),
        zone: fallbackZone,
      }
    : { start: date, zone };
}

function cancelledData(
  entry: PreviousEntry,
  zone: string,
  stamp: Date,
  organizer: VEvent["organizer"],
): VEvent | undefined {
  if (!entry.start) return undefined;
  const start = previousDate(entry.start, zone);
  const end = entry.end ? previousDate(entry.end, zone) : undefined;
  const when: When = entry.start.isDate
    ? {
        kind: "date",
        start: start.start.toISOString().slice(0, 10),
        ...(end && { end: end.start.toISOString().slice(0, 10) }),
      }
    : start.zone === null
      ? { kind: "utc", start: start.start, ...(end && { end: end.start }) }
      : { kind: "zoned", zone: start.zone, start: start.start, ...(end && { end: end.start }) };
  return {
    uid: entry.uid,
    sequence: entry.sequence + 1,
    stamp,
    lastModified: stamp,
    when,
    summary: entry.summary,
    ...(entry.location !== undefined && { location: { title: entry.location } }),
    ...(entry.description !== undefined && { description: entry.description }),
    cancelled: true,
    ...(organizer && { organizer }),
  };
}

function calendarName(event: HackDayEvent, scopeName: string | undefined): string {
  return scopeName === undefined ? event.name : `${event.name}: ${scopeName}`;
}

function after(candidate: Date, previous: Date | undefined): Date {
  if (!previous || candidate > previous) return candidate;
  return new Date(Math.floor(previous.getTime() / SECOND) * SECOND + SECOND);
}

/** Stretches a zone's span to cover an entry written with its TZID (its VTIMEZONE must cover every such time). */
function widen(spans: Map<string, { start: Date; end: Date }>, zone: string, start: Date, end?: Date): void {
  const last = end ?? start;
  const span = spans.get(zone);
  if (!span) spans.set(zone, { start, end: last });
  else {
    if (start < span.start) span.start = start;
    if (last > span.end) span.end = last;
  }
}

/**
 * Builds a subscribable .ics for an event: stable UIDs, DTSTAMP from the sessions' own `updated` (never "now"),
 * every time written with the event's TZID and a matching VTIMEZONE, METHOD:PUBLISH. Same input, same bytes.
 * @throws {@link @hackdaykit/schema!ValidationError | ValidationError} when the scope names a person, track or room
 * the event does not have, or a session's times do not resolve.
 * @throws {@link FeedError} when the previous feed is not an iCalendar file or the zone has no VTIMEZONE rules.
 * @example
 * ```ts
 * const { ics } = buildIcs(event, { scope: { kind: "track", track: "workshops" } });
 * ```
 */
export function buildIcs(event: HackDayEvent, options: IcsOptions = {}): IcsResult {
  const selection = selectFeed(event, options);
  const view = selection.event;
  const zone = event.timezone;
  const fallback = fallbackStamp(event, options.stamp);
  const previous = options.previous === undefined ? undefined : parsePrevious(options.previous);
  const organizerUri = event.url ?? event.series?.url;
  const shared: Pick<VEvent, "url" | "organizer" | "cancelled"> = {
    ...(view.url !== undefined && { url: view.url }),
    ...(organizerUri !== undefined && {
      organizer: { name: event.series?.name ?? event.name, uri: organizerUri },
    }),
    ...(event.status === "cancelled" && { cancelled: true }),
  };

  const changes: IcsChanges = { added: [], moved: [], edited: [], unchanged: [], cancelled: [] };
  const entries: string[] = [];
  const uids: string[] = [];
  const spans = new Map<string, { start: Date; end: Date }>();
  const add = (data: VEvent, text = writeEvent(data)): void => {
    if (data.when.kind === "zoned") widen(spans, data.when.zone, data.when.start, data.when.end);
    entries.push(text);
    uids.push(data.uid);
  };

  for (const item of selection.items) {
    const before = previous?.get(item.uid);
    if (!before) {
      add(
        eventData(
          item,
          zone,
          { sequence: 0, stamp: item.updated ?? fallback, lastModified: item.updated },
          shared,
        ),
      );
      changes.added.push(item.key);
      continue;
    }
    const kept: Meta = {
      sequence: before.sequence,
      stamp: before.stamp ?? fallback,
      ...(before.lastModified && { lastModified: before.lastModified }),
    };
    const data = eventData(item, zone, kept, shared);
    const rendered = writeEvent(data);
    // Back after being cancelled (removed, then restored): a change even if every other line matches.
    const revived = before.cancelled && !shared.cancelled;
    const now = !revived && rendered === before.raw ? undefined : canonicalEvent(rendered);
    if (!revived && (now === undefined || now.toString() === before.canonical())) {
      add(data, rendered);
      changes.unchanged.push(item.key);
      continue;
    }
    const props = describeEntry(now!); // set whenever the entry is revived or differs from before
    const previousProps = before.props();
    const significant = revived || SIGNIFICANT.some((name) => props.get(name) !== previousProps.get(name));
    const stamp = after(item.updated ?? fallback, before.stamp);
    add({
      ...data,
      sequence: significant ? before.sequence + 1 : before.sequence,
      stamp,
      lastModified: stamp,
    });
    (significant ? changes.moved : changes.edited).push(item.key);
  }

  if (previous) {
    const present = new Set(uids);
    const ours = (uid: string) => uid === `${event.id}@hackdaykit` || uid.startsWith(`${event.id}/`);
    const gone = [...previous.values()]
      .filter((entry) => !present.has(entry.uid) && !entry.cancelled && ours(entry.uid))
      .sort((a, b) => (a.uid < b.uid ? -1 : 1));
    for (const entry of gone) {
      const data = cancelledData(entry, zone, after(fallback, entry.stamp), shared.organizer);
      if (!data) continue;
      add(data);
      changes.cancelled.push(entry.uid);
    }
  }

  // The components follow the calendar's properties (RFC 5545 3.6): VTIMEZONEs for the zones used, then entries.
  const zones = [...spans.keys()].sort();
  const calendar = writeCalendar(
    {
      prodId: PRODID,
      name: calendarName(view, selection.scopeName),
      ...(view.description !== undefined && { description: view.description }),
      ...(view.url !== undefined && { url: view.url }),
      ttlSeconds: options.refreshSeconds ?? 3600,
      zone,
    },
    [...zones.map((z) => `${vtimezone(z, spans.get(z)!)}\r\n`), ...entries],
  );
  return { ics: foldLines(calendar), uids, changes };
}
