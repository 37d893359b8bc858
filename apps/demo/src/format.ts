import { localParts } from "@hackdaykit/schedule";
import type { Event } from "@hackdaykit/schema";

/** "Saturday 16 May 2026" for a local YYYY-MM-DD, independent of the server's TZ. */
const DAY = new Intl.DateTimeFormat("en-GB", {
  weekday: "long",
  day: "numeric",
  month: "long",
  year: "numeric",
  timeZone: "UTC",
});
const dayLabels = new Map<string, string>();

export function dayLabel(isoDate: string): string {
  let label = dayLabels.get(isoDate);
  if (label === undefined) {
    const [y, m, d] = isoDate.split("-").map(Number) as [number, number, number];
    label = DAY.format(new Date(Date.UTC(y, m - 1, d)));
    if (dayLabels.size < 1000) dayLabels.set(isoDate, label);
  }
  return label;
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

export function mapLink(geo: { lat: number; lon: number }): string {
  return `https://www.openstreetmap.org/?mlat=${geo.lat}&mlon=${geo.lon}#map=17/${geo.lat}/${geo.lon}`;
}

export function ago(iso: string): string {
  return iso.replace("T", " ").slice(0, 16);
}

/** "14:00 on Sunday 17 May 2026" for an instant, in the event's zone. */
export function localMoment(instant: Date, zone: string): string {
  const { date, time } = localParts(instant, zone);
  return `${time} on ${dayLabel(date)}`;
}
