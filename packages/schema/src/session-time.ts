import type { Session } from "./event.js";
import { durationMinutes, resolveWallTime } from "./time.js";

export type SessionTimes =
  | { ok: true; start: Date; end: Date }
  | { ok: false; field: "start" | "end" | "duration"; message: string };

/** The real start and end instants of a session in the event's zone; DST gaps and overlaps are errors. */
export function resolveSessionTimes(
  session: Pick<Session, "start" | "end" | "duration">,
  zone: string,
): SessionTimes {
  const start = resolveWallTime(session.start, zone);
  if (!start.ok) return { ok: false, field: "start", message: start.message };
  if (session.end !== undefined) {
    const end = resolveWallTime(session.end, zone);
    if (!end.ok) return { ok: false, field: "end", message: end.message };
    if (end.instant <= start.instant) {
      return {
        ok: false,
        field: "end",
        message: `ends (${session.end}) before it starts (${session.start})`,
      };
    }
    return { ok: true, start: start.instant, end: end.instant };
  }
  const minutes = session.duration === undefined ? undefined : durationMinutes(session.duration);
  if (minutes === undefined) return { ok: false, field: "duration", message: "has neither end nor duration" };
  return { ok: true, start: start.instant, end: new Date(start.instant.getTime() + minutes * 60_000) };
}
