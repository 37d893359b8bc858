import { tzOffset } from "@date-fns/tz";
import { formatOffset, formatWall, resolveWallTime, toWallTime } from "@hackdaykit/schema";

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

/**
 * The wall time to write in an event file for an instant: `YYYY-MM-DDTHH:MM`, with the offset appended only when
 * the clocks go back and the bare wall time would be ambiguous.
 */
export function wallTextFor(instant: Date, zone: string): string {
  const text = formatWall(toWallTime(instant, zone));
  const plain = resolveWallTime(text, zone);
  return plain.ok ? text : `${text}${formatOffset(tzOffset(zone, instant))}`;
}

export const MINUTE = 60_000;
