import { TZDate } from "@date-fns/tz";
import type { HackDayEvent } from "@hackdaykit/schema";
import ical, {
  escape as escapeText,
  type ICalCalendar,
  ICalCalendarMethod,
  ICalEvent,
  ICalEventBusyStatus,
  ICalEventClass,
  type ICalEventData,
  ICalEventStatus,
  ICalEventTransparency,
} from "ical-generator";
import { type FeedItem, type SelectOptions, selectFeed } from "./feed.js";
import { foldLines } from "./fold.js";
import { ZonedDate } from "./offsets.js";
import {
  canonicalEvent,
  describeEntry,
  type PreviousEntry,
  type PreviousTime,
  parsePrevious,
} from "./previous.js";
import { vtimezone } from "./vtimezone.js";

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

/** ical-generator writes ORGANIZER only as mailto:, but a published feed must not carry an email address. */
class FeedEvent extends ICalEvent {
  organizerLine = "";
  override toString(): string {
    const text = super.toString();
    if (this.organizerLine === "") return text;
    return `${text.slice(0, -"END:VEVENT\r\n".length)}${this.organizerLine}END:VEVENT\r\n`;
  }
}

function paramText(value: string): string {
  // Parameter values cannot hold DQUOTE or line breaks (RFC 5545 3.2); quoting covers ; : and ,.
  return `"${value.replace(/["\r\n]/g, "'")}"`;
}

function dateValue(date: string): Date {
  // All-day entries are written from the date's UTC fields (no TZID on VALUE=DATE).
  return new Date(`${date}T00:00:00Z`);
}

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
  url: string | undefined,
  cancelled = false,
): ICalEventData {
  const times: Pick<ICalEventData, "start" | "end" | "allDay" | "timezone"> = item.dates
    ? { allDay: true, start: dateValue(item.dates.start), end: dateValue(item.dates.end) }
    : item.utc
      ? { start: item.start, end: item.end }
      : {
          start: new ZonedDate(item.start.getTime(), zone),
          end: new ZonedDate(item.end.getTime(), zone),
          timezone: zone,
        };
  return {
    id: item.uid,
    sequence: meta.sequence,
    stamp: meta.stamp,
    ...times,
    summary: item.summary,
    ...(item.location && {
      location: {
        title: item.location.title,
        ...(item.location.address !== undefined && { address: item.location.address }),
        ...(item.location.geo && { geo: item.location.geo }),
      },
    }),
    ...(item.description !== undefined && { description: item.description }),
    categories: item.categories.map((name) => ({ name })),
    ...(url !== undefined && { url }),
    ...(meta.lastModified && { lastModified: meta.lastModified }),
    ...(item.private && { class: ICalEventClass.PRIVATE }),
    ...(item.free && {
      transparency: ICalEventTransparency.TRANSPARENT,
      busystatus: ICalEventBusyStatus.FREE,
    }),
    // A cancelled event cancels every entry, so subscribed calendars clear the whole weekend.
    ...(cancelled && { status: ICalEventStatus.CANCELLED }),
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

function cancelledData(entry: PreviousEntry, zone: string, stamp: Date): ICalEventData | undefined {
  if (!entry.start) return undefined;
  const start = previousDate(entry.start, zone);
  const end = entry.end ? previousDate(entry.end, zone) : undefined;
  return {
    id: entry.uid,
    sequence: entry.sequence + 1,
    stamp,
    lastModified: stamp,
    start: start.start,
    ...(end && { end: end.start }),
    ...(entry.start.isDate ? { allDay: true } : start.zone !== null && { timezone: start.zone }),
    summary: entry.summary,
    ...(entry.location !== undefined && { location: { title: entry.location } }),
    ...(entry.description !== undefined && { description: entry.description }),
    status: ICalEventStatus.CANCELLED,
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
 */
export function buildIcs(event: HackDayEvent, options: IcsOptions = {}): IcsResult {
  const selection = selectFeed(event, options);
  const view = selection.event;
  const zone = event.timezone;
  const fallback = fallbackStamp(event, options.stamp);
  const cancelled = event.status === "cancelled";
  const previous = options.previous === undefined ? undefined : parsePrevious(options.previous);
  const organizerName = event.series?.name ?? event.name;
  const organizerUri = event.url ?? event.series?.url;
  const organizerLine =
    organizerUri === undefined ? "" : `ORGANIZER;CN=${paramText(organizerName)}:${organizerUri}\r\n`;

  const calendar: ICalCalendar = ical({
    prodId: PRODID,
    method: ICalCalendarMethod.PUBLISH,
    // ical-generator writes these two unescaped; they are TEXT (RFC 5545 3.3.11).
    name: escapeText(calendarName(view, selection.scopeName), false),
    ...(view.description !== undefined && { description: escapeText(view.description, false) }),
    ...(view.url !== undefined && { url: view.url }),
    ttl: options.refreshSeconds ?? 3600,
    // No calendar-level zone: it would drop the Z from DTSTAMP. VTIMEZONEs are added below for the zones used.
  });
  calendar.x([["X-WR-TIMEZONE", zone]]);

  const changes: IcsChanges = { added: [], moved: [], edited: [], unchanged: [], cancelled: [] };
  const unchangedText = new Map<ICalEvent, string>();
  const uids: string[] = [];
  const spans = new Map<string, { start: Date; end: Date }>();
  const add = (data: ICalEventData): FeedEvent => {
    if (typeof data.timezone === "string") {
      widen(spans, data.timezone, data.start as Date, (data.end ?? undefined) as Date | undefined);
    }
    const entry = new FeedEvent(data, calendar);
    entry.organizerLine = organizerLine;
    calendar.createEvent(entry);
    uids.push(data.id as string);
    return entry;
  };

  for (const item of selection.items) {
    const before = previous?.get(item.uid);
    if (!before) {
      add(
        eventData(
          item,
          zone,
          { sequence: 0, stamp: item.updated ?? fallback, lastModified: item.updated },
          view.url,
          cancelled,
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
    const entry = add(eventData(item, zone, kept, view.url, cancelled));
    // Back after being cancelled (removed, then restored): a change even if every other line matches.
    const revived = before.cancelled && !cancelled;
    const rendered = entry.toString();
    const now = !revived && rendered === before.raw ? undefined : canonicalEvent(rendered);
    if (!revived && (now === undefined || now.toString() === before.canonical())) {
      changes.unchanged.push(item.key);
      unchangedText.set(entry, rendered); // rendered once: a republish mostly repeats what it had
      continue;
    }
    const props = describeEntry(now!); // set whenever the entry is revived or differs from before
    const previousProps = before.props();
    const significant = revived || SIGNIFICANT.some((name) => props.get(name) !== previousProps.get(name));
    const stamp = after(item.updated ?? fallback, before.stamp);
    entry.sequence(significant ? before.sequence + 1 : before.sequence);
    entry.stamp(stamp);
    entry.lastModified(stamp);
    (significant ? changes.moved : changes.edited).push(item.key);
  }

  if (previous) {
    const present = new Set(uids);
    const ours = (uid: string) => uid === `${event.id}@hackdaykit` || uid.startsWith(`${event.id}/`);
    const gone = [...previous.values()]
      .filter((entry) => !present.has(entry.uid) && !entry.cancelled && ours(entry.uid))
      .sort((a, b) => (a.uid < b.uid ? -1 : 1));
    for (const entry of gone) {
      const data = cancelledData(entry, zone, after(fallback, entry.stamp));
      if (!data) continue;
      add(data);
      changes.cancelled.push(entry.uid);
    }
  }

  // ical-generator renders the calendar properties; the components follow them (RFC 5545 3.6), and the whole
  // text is folded once by a folder that does not encode character by character (see bench/).
  const entries = calendar.events();
  calendar.clear();
  const head = calendar.toString();
  const zones = [...spans.keys()].sort();
  const body = [
    ...zones.map((z) => `${vtimezone(z, spans.get(z)!)}\r\n`),
    ...entries.map((e) => unchangedText.get(e) ?? e.toString()),
  ].join("");
  const ics = `${head.slice(0, -"END:VCALENDAR".length)}${body}END:VCALENDAR\r\n`;
  return { ics: foldLines(ics), uids, changes };
}
