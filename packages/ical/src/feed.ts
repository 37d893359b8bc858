import {
  addDays,
  type HackDayEvent,
  hint,
  localParts,
  type Person,
  publicView,
  quote,
  resolveSessionTimes,
  resolveWallTime,
  type Session,
  ValidationError,
} from "@hackdaykit/schema";
import { FeedError } from "./errors.js";
import { sessionUid } from "./ids.js";
import { offsetAt } from "./offsets.js";

/** Which sessions a feed carries. Event, track and room feeds are public; a person's feed is theirs alone. */
export type FeedScope =
  | { kind: "event" }
  | { kind: "track"; track: string }
  | { kind: "room"; room: string }
  | { kind: "person"; person: string };

/** A timed judging visit, as `@hackdaykit/schedule` produces it (structural, so any rota source fits). */
export interface RotaSlotLike {
  judge: string;
  project: string;
  table: number;
  round: number;
  start: Date;
  end: Date;
}

export interface FeedLocation {
  title: string;
  address?: string;
  geo?: { lat: number; lon: number };
}

/** One calendar entry before rendering: plain data, real instants. */
export interface FeedItem {
  uid: string;
  /** Session id (or rota slot key) for reports. */
  key: string;
  summary: string;
  start: Date;
  end: Date;
  allDay: boolean;
  /** Written in UTC rather than with the TZID: its local time happens twice (see `isAmbiguous`). */
  utc: boolean;
  /** For all-day items: local dates, `end` exclusive (the day after the last day), as DTEND;VALUE=DATE wants. */
  dates?: { start: string; end: string };
  location?: FeedLocation;
  description?: string;
  categories: string[];
  updated?: Date;
  private: boolean;
  /** Shown as free time (the all-day overview must not block a subscriber's whole weekend). */
  free?: boolean;
}

export interface SelectOptions {
  scope?: FeedScope;
  rota?: readonly RotaSlotLike[];
  /** Add one all-day entry spanning the event's days (default: true for the whole-event feed). */
  overview?: boolean;
}

export interface Selection {
  event: HackDayEvent;
  items: FeedItem[];
  /** Human name of the scope, for the calendar name ("Main stage", "Ines Abernethy's schedule"). */
  scopeName?: string;
}

function addressLine(event: HackDayEvent): string | undefined {
  const address = event.venue?.address;
  if (!address) return undefined;
  const parts = [address.street, address.locality, address.region, address.postalCode, address.country];
  const line = parts.filter((part) => part !== undefined && part !== "").join(", ");
  return line === "" ? undefined : line;
}

function location(
  event: HackDayEvent,
  roomId: string | undefined,
  prefix?: string,
): FeedLocation | undefined {
  const venue = event.venue;
  const room = roomId === undefined ? undefined : venue?.rooms.find((r) => r.id === roomId);
  const parts = [prefix, room?.name, venue?.name].filter((p): p is string => p !== undefined);
  if (parts.length === 0) return undefined;
  const address = addressLine(event);
  return {
    title: parts.join(", "),
    ...(address !== undefined && { address }),
    ...(venue?.geo && { geo: { lat: venue.geo.lat, lon: venue.geo.lon } }),
  };
}

function localMidnight(date: string, zone: string): Date {
  const resolved = resolveWallTime(`${date}T00:00`, zone);
  // A zone whose clocks skip midnight still needs a sort key; the entry itself is written as a date.
  return resolved.ok ? resolved.instant : new Date(`${date}T00:00:00Z`);
}

/**
 * True when the instant's wall-clock time happens twice in the zone (the hour the clocks go back). RFC 5545 says
 * such a TZID time means the first occurrence, but ical.js reads the second, so both are written in UTC instead.
 */
export function isAmbiguous(instant: Date, zone: string): boolean {
  const t = instant.getTime();
  const offset = offsetAt(zone, t);
  const before = offsetAt(zone, t - 86_400_000);
  if (before > offset && offsetAt(zone, t - (before - offset) * 60_000) === before) return true;
  const after = offsetAt(zone, t + 86_400_000);
  return after < offset && offsetAt(zone, t + (offset - after) * 60_000) === after;
}

function isMidnight(instant: Date, zone: string): boolean {
  const local = instant.getTime() + offsetAt(zone, instant) * 60_000;
  return local % 86_400_000 === 0;
}

/** Names only of people who consented; everyone else is left out rather than labelled. */
function names(ids: readonly string[], people: ReadonlyMap<string, Person>): string[] {
  return ids.flatMap((id) => {
    const person = people.get(id);
    return person?.public ? [person.name] : [];
  });
}

function sessionItem(
  event: HackDayEvent,
  session: Session,
  index: number,
  people: ReadonlyMap<string, Person>,
  isPrivate: boolean,
): FeedItem {
  const times = resolveSessionTimes(session, event.timezone);
  if (!times.ok) {
    throw new ValidationError([
      {
        severity: "error",
        path: ["sessions", index, times.field],
        message: `session "${session.id}" ${times.message}`,
      },
    ]);
  }
  const track = session.track === undefined ? undefined : event.tracks.find((t) => t.id === session.track);
  const speakers = names(session.speakers, people);
  const lines = [
    session.description,
    speakers.length > 0 ? `With: ${speakers.join(", ")}` : undefined,
    track ? `Track: ${track.name}` : undefined,
  ].filter((line): line is string => line !== undefined && line !== "");
  const where = location(event, session.room);
  const allDay = isMidnight(times.start, event.timezone) && isMidnight(times.end, event.timezone);
  const dates = allDay
    ? { start: localParts(times.start, event.timezone).date, end: localParts(times.end, event.timezone).date }
    : undefined;
  return {
    uid: sessionUid(event.id, session.id),
    key: session.id,
    summary: session.title,
    start: times.start,
    end: times.end,
    allDay,
    utc: isAmbiguous(times.start, event.timezone) || isAmbiguous(times.end, event.timezone),
    ...(dates && { dates }),
    ...(where && { location: where }),
    ...(lines.length > 0 && { description: lines.join("\n\n") }),
    categories: [...(track ? [track.name] : []), session.kind],
    ...(session.updated !== undefined && { updated: new Date(session.updated) }),
    private: isPrivate || session.visibility === "internal",
  };
}

function rotaItems(event: HackDayEvent, slots: readonly RotaSlotLike[], person: string): FeedItem[] {
  const projects = new Map(event.projects.map((p) => [p.id, p]));
  const judgingSessions = event.sessions.flatMap((session) => {
    if (session.kind !== "judging") return [];
    const times = resolveSessionTimes(session, event.timezone);
    return times.ok ? [{ session, start: times.start, end: times.end }] : [];
  });
  return slots
    .filter((slot) => slot.judge === person)
    .map((slot): FeedItem => {
      const project = projects.get(slot.project);
      const title = project?.title ?? slot.project;
      const within = judgingSessions.find((j) => j.start <= slot.start && slot.start < j.end);
      const where = location(event, within?.session.room, `Table ${slot.table}`);
      return {
        uid: sessionUid(event.id, `rota-${slot.judge}`, `r${slot.round}-${slot.project}`),
        key: `rota:${slot.round}:${slot.project}`,
        summary: `Judge: ${title} (table ${slot.table}, round ${slot.round})`,
        start: slot.start,
        end: slot.end,
        allDay: false,
        utc: isAmbiguous(slot.start, event.timezone) || isAmbiguous(slot.end, event.timezone),
        ...(where && { location: where }),
        ...(project?.summary !== undefined && { description: project.summary }),
        categories: ["judging"],
        private: true,
      };
    });
}

function overviewText(event: HackDayEvent): string | undefined {
  const notes = [
    event.status === "cancelled" ? "This event is cancelled." : undefined,
    event.status === "rescheduled"
      ? `Rescheduled${event.previousStartDate ? ` (first planned for ${event.previousStartDate})` : ""}.`
      : undefined,
    event.description,
    event.url,
  ].filter((line): line is string => line !== undefined && line !== "");
  return notes.length > 0 ? notes.join("\n\n") : undefined;
}

function overviewItem(event: HackDayEvent): FeedItem {
  // DTEND of an all-day item is exclusive: the day after the last day.
  const dates = { start: event.start, end: addDays(event.end, 1) };
  const where = location(event, undefined);
  return {
    uid: `${event.id}@hackdaykit`,
    key: "(event)",
    summary: event.name,
    start: localMidnight(dates.start, event.timezone),
    end: localMidnight(dates.end, event.timezone),
    allDay: true,
    utc: false,
    dates,
    ...(where && { location: where }),
    ...(overviewText(event) !== undefined && { description: overviewText(event) }),
    categories: ["hackathon"],
    private: false,
    free: true,
  };
}

/** `no track "mian" in this event (did you mean "main"?)`: the near ids, or all of them when there are few. */
function unknown(kind: string, id: string, known: readonly { id: string }[]): FeedError {
  const ids = known.map((k) => k.id);
  const advice =
    ids.length === 0
      ? ` (no ${kind}s are defined)`
      : hint(id, ids) || ` (not one of the ${ids.length} ${kind} ids)`;
  return new FeedError(`no ${kind} ${quote(id)} in this event${advice}`);
}

/**
 * Picks the entries of a feed. Public scopes work from `publicView` (from `@hackdaykit/schema`): internal sessions are gone and only
 * consenting people are named. A person's feed also carries internal sessions they are on and their rota slots.
 * @throws {@link @hackdaykit/schema!ValidationError | ValidationError} when the scope names a person, track or room
 * the event does not have, or a session's times do not resolve.
 */
export function selectFeed(event: HackDayEvent, options: SelectOptions = {}): Selection {
  const scope = options.scope ?? { kind: "event" };
  if (scope.kind === "person") {
    const person = event.people.find((p) => p.id === scope.person);
    if (!person) throw unknown("person", scope.person, event.people);
    const people = new Map(event.people.map((p) => [p.id, p]));
    const items = event.sessions.flatMap((session, index) =>
      session.speakers.includes(person.id) ? [sessionItem(event, session, index, people, true)] : [],
    );
    items.push(...rotaItems(event, options.rota ?? [], person.id));
    return { event, items: sortItems(items), scopeName: person.public ? person.name : undefined };
  }
  const view = publicView(event);
  const people = new Map(view.people.map((p) => [p.id, p]));
  let scopeName: string | undefined;
  let keep: (session: Session) => boolean = () => true;
  if (scope.kind === "track") {
    const track = event.tracks.find((t) => t.id === scope.track);
    if (!track) throw unknown("track", scope.track, event.tracks);
    scopeName = track.name;
    keep = (session) => session.track === track.id;
  } else if (scope.kind === "room") {
    const rooms = event.venue?.rooms ?? [];
    const room = rooms.find((r) => r.id === scope.room);
    if (!room) throw unknown("room", scope.room, rooms);
    scopeName = room.name;
    keep = (session) => session.room === room.id;
  }
  const indexOf = new Map(event.sessions.map((session, index) => [session.id, index]));
  const items = view.sessions.flatMap((session) =>
    keep(session) ? [sessionItem(view, session, indexOf.get(session.id) ?? 0, people, false)] : [],
  );
  if (options.overview ?? scope.kind === "event") items.push(overviewItem(view));
  return { event: view, items: sortItems(items), ...(scopeName !== undefined && { scopeName }) };
}

function sortItems(items: FeedItem[]): FeedItem[] {
  return items.sort(
    (a, b) =>
      Number(b.allDay) - Number(a.allDay) ||
      a.start.getTime() - b.start.getTime() ||
      (a.uid < b.uid ? -1 : a.uid > b.uid ? 1 : 0),
  );
}
