import { tzOffset } from "@date-fns/tz";
import { toWallTime } from "@hackdaykit/schema";

const pad = (n: number, width = 2) => String(Math.abs(n)).padStart(width, "0");

/** `+01:00` for 60 minutes east of UTC. */
export function offsetText(minutes: number): string {
  return `${minutes < 0 ? "-" : "+"}${pad(Math.floor(Math.abs(minutes) / 60))}:${pad(Math.abs(minutes) % 60)}`;
}

/** ISO 8601 with the zone's offset at that instant: `2026-10-25T01:30:00+01:00`. */
export function isoLocal(instant: Date, zone: string): string {
  const wall = toWallTime(instant, zone);
  const date = `${pad(wall.year, 4)}-${pad(wall.month)}-${pad(wall.day)}`;
  return `${date}T${pad(wall.hour)}:${pad(wall.minute)}:${pad(wall.second)}${offsetText(tzOffset(zone, instant))}`;
}

/** Local date `YYYY-MM-DD` of an instant in a zone. */
export function localDate(instant: Date, zone: string): string {
  return isoLocal(instant, zone).slice(0, 10);
}

/** Local clock `HH:MM` of an instant in a zone. */
export function localClock(instant: Date, zone: string): string {
  return isoLocal(instant, zone).slice(11, 16);
}

/** The date after `YYYY-MM-DD`. */
export function nextDate(date: string): string {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + 1)).toISOString().slice(0, 10);
}

/** Real minutes as `H:MM` (hours may exceed 23), the c3voc duration form. */
export function hoursMinutes(minutes: number): string {
  return `${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;
}
