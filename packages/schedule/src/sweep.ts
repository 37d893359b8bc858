/** A half-open span [start, end) in epoch milliseconds carrying a value. */
export interface Span<T> {
  start: number;
  end: number;
  value: T;
}

/**
 * Every pair of spans that overlap (touching ends do not), by a sweep over the starts: O(n log n + pairs).
 * Each pair comes once, earlier-starting span first.
 */
export function overlappingPairs<T>(spans: readonly Span<T>[]): [Span<T>, Span<T>][] {
  const sorted = [...spans].sort((a, b) => a.start - b.start || a.end - b.end);
  const pairs: [Span<T>, Span<T>][] = [];
  let active: Span<T>[] = [];
  for (const span of sorted) {
    if (active.length > 0) active = active.filter((other) => other.end > span.start);
    for (const other of active) pairs.push([other, span]);
    active.push(span);
  }
  return pairs;
}

/** Sorted, merged spans: touching or overlapping spans become one. */
export function mergeSpans(
  spans: readonly { start: number; end: number }[],
): { start: number; end: number }[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const merged: { start: number; end: number }[] = [];
  for (const span of sorted) {
    const last = merged.at(-1);
    if (last && span.start <= last.end) last.end = Math.max(last.end, span.end);
    else merged.push({ ...span });
  }
  return merged;
}

/** The merged span containing `at` (start inclusive, end exclusive), by binary search; undefined if none. */
export function spanAt(
  merged: readonly { start: number; end: number }[],
  at: number,
): { start: number; end: number } | undefined {
  let lo = 0;
  let hi = merged.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const span = merged[mid]!;
    if (at < span.start) hi = mid - 1;
    else if (at >= span.end) lo = mid + 1;
    else return span;
  }
  return undefined;
}
