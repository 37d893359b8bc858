import { tzlib_get_ical_block } from "timezones-ical-library";
import { FeedError } from "./errors.js";

const cache = new Map<string, string>();

/**
 * The VTIMEZONE for an IANA zone, from timezones-ical-library's bundled tzdata (works offline). Its TZID is
 * rewritten to the name our DTSTART/DTEND lines use, so an alias (UTC → Etc/UTC) still matches.
 */
export function vtimezone(zone: string): string {
  const cached = cache.get(zone);
  if (cached !== undefined) return cached;
  const block = tzlib_get_ical_block(zone);
  const text = Array.isArray(block) ? block[0] : undefined;
  if (typeof text !== "string" || !text.startsWith("BEGIN:VTIMEZONE")) {
    throw new FeedError(`no VTIMEZONE rules for time zone "${zone}"`);
  }
  const fixed = text
    .replace(/^TZID:.*$/m, `TZID:${zone}`)
    .replace(/^X-LIC-LOCATION:.*$/m, `X-LIC-LOCATION:${zone}`);
  cache.set(zone, fixed);
  return fixed;
}
