import { tzOffset } from "@date-fns/tz";
import { formatOffset, formatWall, resolveWallTime, toWallTime } from "@hackdaykit/schema";

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
