import type { Event, Session } from "@hackdaykit/schema";
import { formatWall, resolveSessionTimes, toWallTime } from "@hackdaykit/schema";

/** "Saturday 16 May 2026" for a local YYYY-MM-DD, independent of the server's TZ. */
export function dayLabel(isoDate: string): string {
  const [y, m, d] = isoDate.split("-").map(Number) as [number, number, number];
  return new Intl.DateTimeFormat("en-GB", {
    weekday: "long",
    day: "numeric",
    month: "long",
    year: "numeric",
    timeZone: "UTC",
  }).format(new Date(Date.UTC(y, m - 1, d)));
}

export function dateRange(event: Pick<Event, "start" | "end">): string {
  return event.start === event.end
    ? dayLabel(event.start)
    : `${dayLabel(event.start)} to ${dayLabel(event.end)}`;
}

/** "09:30" from a wall time "2026-05-16T09:30". */
export function clock(wall: string): string {
  return wall.slice(11, 16);
}

export interface TimedSession {
  session: Session;
  day: string;
  startWall: string;
  endWall: string;
  start?: Date;
  end?: Date;
}

/** Sessions with their local end (from end or duration) and real instants (via the schema's DST-safe rules). */
export function timedSessions(event: Event): TimedSession[] {
  return event.sessions.map((session) => {
    const times = resolveSessionTimes(session, event.timezone);
    const endWall =
      session.end ?? (times.ok ? formatWall(toWallTime(times.end, event.timezone)) : session.start);
    return {
      session,
      day: session.start.slice(0, 10),
      startWall: session.start,
      endWall,
      ...(times.ok && { start: times.start, end: times.end }),
    };
  });
}

export function mapLink(geo: { lat: number; lon: number }): string {
  return `https://www.openstreetmap.org/?mlat=${geo.lat}&mlon=${geo.lon}#map=17/${geo.lat}/${geo.lon}`;
}

export function ago(iso: string): string {
  return iso.replace("T", " ").slice(0, 16);
}
