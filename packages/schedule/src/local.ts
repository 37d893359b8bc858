import { tzOffset } from "@date-fns/tz";
import { formatWall, resolveWallTime, toWallTime } from "@hackdaykit/schema";

const pad = (n: number) => String(n).padStart(2, "0");

/** The local date (`YYYY-MM-DD`), clock time (`HH:MM`) and UTC offset an instant shows in a zone. */
export function localParts(instant: Date, zone: string): { date: string; time: string; offset: number } {
  const wall = toWallTime(instant, zone);
  return {
    date: `${wall.year}-${pad(wall.month)}-${pad(wall.day)}`,
    time: `${pad(wall.hour)}:${pad(wall.minute)}`,
    offset: tzOffset(zone, instant),
  };
}

/** `+01:00` style offset text. */
export function formatOffset(minutes: number): string {
  const abs = Math.abs(minutes);
  return `${minutes < 0 ? "-" : "+"}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/**
 * The wall time to write in an event file for an instant: `YYYY-MM-DDTHH:MM`, with the offset appended only when
 * the clocks go back and the bare wall time would be ambiguous.
 */
export function wallTextFor(instant: Date, zone: string): string {
  const text = formatWall(toWallTime(instant, zone));
  const plain = resolveWallTime(text, zone);
  return plain.ok ? text : `${text}${formatOffset(tzOffset(zone, instant))}`;
}

/** ISO 8601 with the zone's offset (`2026-10-25T11:30:00+00:00`): unambiguous and readable in local time. */
export function isoInZone(instant: Date, zone: string): string {
  const wall = toWallTime(instant, zone);
  const offset = tzOffset(zone, instant);
  return `${wall.year}-${pad(wall.month)}-${pad(wall.day)}T${pad(wall.hour)}:${pad(wall.minute)}:${pad(wall.second)}${formatOffset(offset)}`;
}

export const MINUTE = 60_000;
