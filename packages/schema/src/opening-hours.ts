import type { OpeningHours } from "./event.js";
import { addDays, formatOffset, resolveWallTime, type WallTimeResolution } from "./time.js";

export type OpeningSpan =
  | { ok: true; start: Date; end: Date }
  | { ok: false; field: "opens" | "closes"; message: string };

/** `01:30+01:00` → clock `01:30`, offset `+01:00`. */
const split = (time: string) => ({ clock: time.slice(0, 5), offset: time.slice(5) });

/**
 * When the venue is open on one day, as real instants in the event's zone. `closes` at or before `opens` means
 * after midnight, and 23:59 means midnight. A time the clocks skip or repeat is an error naming the offsets
 * that can be written (`closes: "01:30+01:00"`), as for sessions and room bookings.
 */
export function resolveOpeningHours(hours: OpeningHours, zone: string): OpeningSpan {
  const opens = split(hours.opens);
  const closes = split(hours.closes);
  const midnight = closes.clock === "23:59" && closes.offset === "";
  const closeDate = closes.clock <= opens.clock || midnight ? addDays(hours.date, 1) : hours.date;
  const closeWall = midnight ? `${closeDate}T00:00` : `${closeDate}T${hours.closes}`;
  const start = resolveWallTime(`${hours.date}T${hours.opens}`, zone);
  if (!start.ok) return problem("opens", start, `${hours.date}T${opens.clock}`, opens.clock, zone);
  const end = resolveWallTime(closeWall, zone);
  if (!end.ok) return problem("closes", end, `${closeDate}T${closes.clock}`, closes.clock, zone);
  if (end.instant <= start.instant) {
    return { ok: false, field: "closes", message: `the venue closes (${closeWall}) before it opens` };
  }
  return { ok: true, start: start.instant, end: end.instant };
}

function problem(
  field: "opens" | "closes",
  resolved: Extract<WallTimeResolution, { ok: false }>,
  wall: string,
  clock: string,
  zone: string,
): OpeningSpan {
  const choices = resolved.offsets.map((o) => `"${clock}${formatOffset(o)}"`).join(" or ");
  const message =
    resolved.problem === "ambiguous"
      ? `the venue ${field} at ${wall}, which happens twice in ${zone} as the clocks go back; write ${field}: ${choices}`
      : resolved.problem === "nonexistent"
        ? `the venue ${field} at ${wall}, which does not exist in ${zone}: the clocks go forward over it`
        : `the venue ${field}: ${resolved.message}`;
  return { ok: false, field, message };
}
