import { tzOffset } from "@date-fns/tz";

const BUCKET = 15 * 60_000;
const caches = new Map<string, Map<number, number>>();

/**
 * `tzOffset` (minutes east of UTC) memoised per quarter hour. Zone transitions fall on quarter hours in UTC, but
 * a bucket is only cached after checking its first and last millisecond agree, so the answer is always exact.
 */
export function offsetAt(zone: string, instant: Date | number): number {
  const t = typeof instant === "number" ? instant : instant.getTime();
  let cache = caches.get(zone);
  if (!cache) {
    cache = new Map();
    caches.set(zone, cache);
  }
  const bucket = Math.floor(t / BUCKET);
  const hit = cache.get(bucket);
  if (hit !== undefined) return hit;
  const first = tzOffset(zone, new Date(bucket * BUCKET));
  const last = tzOffset(zone, new Date(bucket * BUCKET + BUCKET - 1));
  if (first === last) {
    cache.set(bucket, first);
    return first;
  }
  return tzOffset(zone, new Date(t));
}
