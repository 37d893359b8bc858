import {
  addDays,
  fnv1a,
  type HackDayEvent,
  isoInZone,
  localParts,
  publicView,
  resolveSessionTimes,
  resolveWallTime,
  ValidationError,
} from "@hackdaykit/schema";
import { uuidV5 } from "./ids.js";

const pad = (n: number) => String(n).padStart(2, "0");

/** Real minutes as `HH:MM` (hours may exceed 23), the c3voc duration form. */
function hoursMinutes(minutes: number): string {
  return `${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;
}

export interface C3vocOptions {
  /**
   * Local clock time at which one schedule day hands over to the next (default `06:00`): a hack night's
   * 01:30 quiz stays on the day it belongs to, as frab's day_change does.
   */
  dayChange?: string;
  /** Language code of the sessions (default null: not stated). */
  language?: string | null;
  /** Grid step schedule apps draw with (default `00:15`). */
  timeslotDuration?: string;
}

interface C3vocPerson {
  guid: string;
  name: string;
}

interface C3vocEvent {
  guid: string;
  id: number;
  date: string;
  start: string;
  end: string;
  duration: string;
  room: string;
  slug: string;
  url: string;
  title: string;
  subtitle: null;
  track: string | null;
  type: string;
  language: string | null;
  abstract: string | null;
  description: string | null;
  persons: C3vocPerson[];
  links: never[];
}

export interface C3vocSchedule {
  $schema: string;
  generator: { name: string; url: string };
  schedule: {
    version: string;
    base_url?: string;
    conference: {
      acronym: string;
      title: string;
      description?: string;
      start: string;
      end: string;
      daysCount: number;
      timeslot_duration: string;
      time_zone_name?: string;
      url?: string;
      tracks: { name: string; slug: string }[];
      rooms: { name: string; slug: string; guid: string; capacity?: number; description?: string }[];
      days: {
        index: number;
        date: string;
        day_start: string;
        day_end: string;
        rooms: Record<string, C3vocEvent[]>;
      }[];
    };
  };
}

/** The c3voc acronym pattern allows no hyphen inside the name: `riverbend-expo-2026` → `riverbend_expo_2026`. */
export function c3vocAcronym(id: string): string {
  const acronym = id.replace(/-/g, "_");
  return acronym.length >= 4 ? acronym : acronym.padEnd(4, "_");
}

/** c3voc slugs must end in a letter or digit. */
function slug(text: string): string {
  return text.replace(/[^a-z0-9_-]+/g, "-").replace(/[-_]+$/, "") || "x";
}

/** The c3voc schema only accepts zone names like `Europe/London` or `UTC`; others are left out. */
function zoneName(zone: string): string | undefined {
  return /^([A-Z][a-z]+\/[A-Z][a-z]+)|UTC$/.test(zone) ? zone : undefined;
}

/**
 * The event's public agenda as a c3voc/frab schedule.json (read by Giggity, EventFahrplan, ConfClerk). Times are
 * real: durations across a clock change are real durations, a session belongs to the day it starts on
 * (counting days from `dayChange`), and a day stretches to cover sessions that run past its end.
 * @throws {@link @hackdaykit/schema!ValidationError | ValidationError} when a session's times do not resolve in the
 * event's zone.
 */
export function toC3voc(event: HackDayEvent, options: C3vocOptions = {}): C3vocSchedule {
  const view = publicView(event);
  const zone = view.timezone;
  const acronym = c3vocAcronym(view.id);
  const dayChange = options.dayChange ?? "06:00";
  const dates: string[] = [];
  for (let date = view.start; date <= view.end; date = addDays(date, 1)) dates.push(date);
  const change = (date: string): Date => {
    const resolved = resolveWallTime(`${date}T${dayChange}`, zone);
    return resolved.ok ? resolved.instant : new Date(`${date}T${dayChange}:00Z`);
  };
  const days = dates.map((date, index) => ({
    index: index + 1,
    date,
    start: change(date),
    end: change(addDays(date, 1)),
    rooms: new Map<string, C3vocEvent[]>(),
  }));

  const venueRooms = view.venue?.rooms ?? [];
  const fallbackRoom = view.venue?.name ?? "Venue";
  const roomName = (id: string | undefined) => venueRooms.find((r) => r.id === id)?.name ?? fallbackRoom;
  const people = new Map(view.people.map((p) => [p.id, p]));
  const tracks = new Map(view.tracks.map((t) => [t.id, t]));
  const indexOf = new Map(event.sessions.map((s, i) => [s.id, i]));
  const usedIds = new Set<number>();
  const base = view.url ?? `urn:uuid:${uuidV5(`hackdaykit:${view.id}`)}`;

  for (const session of view.sessions) {
    const times = resolveSessionTimes(session, zone);
    if (!times.ok) {
      throw new ValidationError([
        {
          severity: "error",
          path: ["sessions", indexOf.get(session.id) ?? 0, times.field],
          message: `session "${session.id}" ${times.message}`,
        },
      ]);
    }
    let day = days.findLast((d) => d.start <= times.start) ?? days[0]!;
    if (times.start >= day.end) day = days.at(-1)!;
    if (times.start < day.start) day.start = times.start;
    if (times.end > day.end) day.end = times.end;
    // Deprecated integer id, still required: a stable hash, nudged past any collision.
    let id = (fnv1a(`${view.id}/${session.id}`) % 2_000_000_000) + 1;
    while (usedIds.has(id)) id++;
    usedIds.add(id);
    const room = roomName(session.room);
    const minutes = Math.round((times.end.getTime() - times.start.getTime()) / 60_000);
    const entry: C3vocEvent = {
      guid: uuidV5(`hackdaykit:${view.id}/${session.id}`),
      id,
      date: isoInZone(times.start, zone),
      start: localParts(times.start, zone).time,
      end: isoInZone(times.end, zone),
      duration: hoursMinutes(minutes),
      room,
      slug: slug(`${acronym}-${session.id}`),
      url: view.url ? `${view.url}#${session.id}` : base,
      title: session.title,
      subtitle: null,
      track: session.track === undefined ? null : (tracks.get(session.track)?.name ?? null),
      type: session.kind,
      language: options.language ?? null,
      abstract: session.description ?? null,
      description: null,
      persons: session.speakers.flatMap((speaker) => {
        const person = people.get(speaker);
        return person?.public
          ? [{ guid: uuidV5(`hackdaykit:${view.id}/person/${person.id}`), name: person.name }]
          : [];
      }),
      links: [],
    };
    const list = day.rooms.get(room) ?? [];
    list.push(entry);
    day.rooms.set(room, list);
  }

  const roomsUsed = new Set(days.flatMap((d) => [...d.rooms.keys()]));
  const rooms = [
    ...venueRooms.map((room) => ({
      name: room.name,
      slug: slug(room.id),
      guid: uuidV5(`hackdaykit:${view.id}/room/${room.id}`),
      ...(room.capacity !== undefined && { capacity: room.capacity }),
      ...(room.accessibility !== undefined && { description: room.accessibility }),
    })),
    ...(roomsUsed.has(fallbackRoom) && !venueRooms.some((r) => r.name === fallbackRoom)
      ? [{ name: fallbackRoom, slug: "venue", guid: uuidV5(`hackdaykit:${view.id}/room/(venue)`) }]
      : []),
  ];
  const outDays = days.map((day) => ({
    index: day.index,
    date: day.date,
    day_start: isoInZone(day.start, zone),
    day_end: isoInZone(day.end, zone),
    rooms: Object.fromEntries(
      [...day.rooms.entries()]
        .sort(([a], [b]) => rooms.findIndex((r) => r.name === a) - rooms.findIndex((r) => r.name === b))
        .map(([name, events]) => [
          name,
          events.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0)),
        ]),
    ),
  }));
  const conference = {
    acronym,
    title: view.name,
    ...(view.description !== undefined && { description: view.description }),
    start: view.start,
    end: view.end,
    daysCount: outDays.length,
    timeslot_duration: options.timeslotDuration ?? "00:15",
    ...(zoneName(zone) !== undefined && { time_zone_name: zone }),
    ...(view.url !== undefined && { url: view.url }),
    tracks: view.tracks.map((t) => ({ name: t.name, slug: slug(t.id) })),
    rooms,
    days: outDays,
  };
  // The version changes exactly when the published content does.
  const version = fnv1a(JSON.stringify(conference)).toString(36);
  return {
    $schema: "https://c3voc.de/schedule/schema.json",
    generator: { name: "hackdaykit", url: "https://github.com/hackdaykit/hackdaykit" },
    schedule: { version, ...(view.url !== undefined && { base_url: view.url }), conference },
  };
}
