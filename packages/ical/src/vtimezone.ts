import { tzOffset } from "@date-fns/tz";
import { isTimeZone } from "@hackdaykit/schema";
import { FeedError } from "./errors.js";

const SECOND = 1000;
/** Scan step: zones change offset far less often than this, and a change inside a step is found by bisection. */
const STEP = 6 * 3600 * SECOND;

/** A moment when the zone's offset changes: offsets in minutes east of UTC (fractional before standard time). */
export interface ZoneTransition {
  at: Date;
  from: number;
  to: number;
}

/**
 * The offset changes of `zone` in (start, end], from the runtime's own tz data (`Intl`, through the same `tzOffset`
 * our local times use). Scans in 6-hour steps and bisects each step whose ends differ down to the second.
 */
export function zoneTransitions(zone: string, start: Date, end: Date): ZoneTransition[] {
  const out: ZoneTransition[] = [];
  const offset = (t: number) => tzOffset(zone, new Date(t));
  let t = start.getTime();
  let before = offset(t);
  while (t < end.getTime()) {
    const next = Math.min(t + STEP, end.getTime());
    const after = offset(next);
    if (after !== before) {
      // Invariant: offset(low) === before, offset(high) !== before; transitions fall on whole seconds.
      let low = Math.floor(t / SECOND);
      let high = Math.floor(next / SECOND);
      while (high - low > 1) {
        const mid = Math.floor((low + high) / 2);
        if (offset(mid * SECOND) === before) low = mid;
        else high = mid;
      }
      const to = offset(high * SECOND);
      out.push({ at: new Date(high * SECOND), from: before, to });
      // Two changes inside one step: carry on from the first, the loop finds the rest.
      before = to;
      t = high * SECOND;
      continue;
    }
    t = next;
  }
  return out;
}

const pad = (n: number, width = 2) => String(n).padStart(width, "0");

/** `+0530`, or `-001730` when the offset has seconds (RFC 5545 UTC-OFFSET). */
function utcOffset(minutes: number): string {
  const sign = minutes < 0 ? "-" : "+";
  const total = Math.round(Math.abs(minutes) * 60);
  const seconds = total % 60;
  const hhmm = `${pad(Math.floor(total / 3600))}${pad(Math.floor(total / 60) % 60)}`;
  return `${sign}${hhmm}${seconds === 0 ? "" : pad(seconds)}`;
}

/** The local wall time of an instant at a given offset, as a floating DATE-TIME (`20260329T010000`). */
function localStamp(at: Date, offsetMinutes: number): string {
  const local = new Date(at.getTime() + Math.round(offsetMinutes * 60) * SECOND);
  return local.toISOString().slice(0, 19).replace(/[-:]/g, "");
}

function observance(kind: "STANDARD" | "DAYLIGHT", onset: Date, from: number, to: number): string {
  // DTSTART is the onset in the local time that was in force before it (RFC 5545 3.6.5), i.e. at TZOFFSETFROM.
  return [
    `BEGIN:${kind}`,
    `DTSTART:${localStamp(onset, from)}`,
    `TZOFFSETFROM:${utcOffset(from)}`,
    `TZOFFSETTO:${utcOffset(to)}`,
    `END:${kind}`,
  ].join("\r\n");
}

function yearStart(year: number): Date {
  return new Date(Date.UTC(year, 0, 1));
}

const cache = new Map<string, string>();

/**
 * The VTIMEZONE for `zone` over the whole UTC years that hold `span`, built from the same tz data as every
 * instant in the feed (Node's `Intl`), so a calendar reading it shows the times our agenda shows. It is
 * truncated (RFC 7809 §3): the first observance starts on 1 January of the first year with TZOFFSETFROM equal
 * to TZOFFSETTO, then one observance per real offset change. Whole years keep it byte-stable when sessions move.
 * @throws {@link FeedError} when `zone` is not a known IANA time zone.
 */
export function vtimezone(zone: string, span: { start: Date; end: Date }): string {
  if (!isTimeZone(zone)) throw new FeedError(`no VTIMEZONE rules for time zone "${zone}"`);
  const from = yearStart(span.start.getUTCFullYear());
  const to = yearStart(span.end.getUTCFullYear() + 1);
  const key = `${zone}\n${from.getTime()}\n${to.getTime()}`;
  const cached = cache.get(key);
  if (cached !== undefined) return cached;
  const first = tzOffset(zone, from);
  const parts = [
    "BEGIN:VTIMEZONE",
    `TZID:${zone}`,
    `X-LIC-LOCATION:${zone}`,
    observance("STANDARD", from, first, first),
    // A change to a larger offset is labelled daylight time; labels do not change any instant.
    ...zoneTransitions(zone, from, to).map((change) =>
      observance(change.to > change.from ? "DAYLIGHT" : "STANDARD", change.at, change.from, change.to),
    ),
    "END:VTIMEZONE",
  ];
  const text = parts.join("\r\n");
  cache.set(key, text);
  return text;
}
