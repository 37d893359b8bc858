/**
 * Edit distance between two strings: insertions, deletions, substitutions and swaps of two neighbours each
 * cost 1 (optimal string alignment, so "mian" is one edit from "main"). Once every path must cost more than
 * `max`, it stops and returns `max + 1`.
 */
export function editDistance(a: string, b: string, max = Number.POSITIVE_INFINITY): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let before: number[] = [];
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(row[j]! + 1, next[j - 1]! + 1, row[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        value = Math.min(value, before[j - 2]! + 1);
      }
      next.push(value);
      best = Math.min(best, value);
    }
    if (best > max) return max + 1;
    before = row;
    row = next;
  }
  return Math.min(row[b.length]!, max + 1);
}

/**
 * The candidates nearest to `word`, at most `limit` of them, all at the same smallest distance. Case is
 * ignored; a candidate counts as near when at most a third of the word (at least one letter) must change.
 */
export function closest(word: string, candidates: Iterable<string>, limit = 3): string[] {
  const target = word.toLowerCase();
  const max = Math.max(1, Math.floor(target.length / 3));
  let best = max + 1;
  let found: string[] = [];
  for (const candidate of candidates) {
    const distance = editDistance(target, candidate.toLowerCase(), Math.min(max, best));
    if (distance < best) {
      best = distance;
      found = [candidate];
    } else if (distance === best && distance <= max && found.length < limit) found.push(candidate);
  }
  return found;
}

const quoted = (items: readonly string[]) => items.map((item) => `"${item}"`);
const or = (items: readonly string[]) =>
  items.length <= 1 ? items.join("") : `${items.slice(0, -1).join(", ")} or ${items.at(-1)}`;

/** How many choices are short enough to list in a message. */
export const LISTED_CHOICES = 10;

/** `did you mean "a" or "b"?`, or an empty string when nothing is near. */
export function askDidYouMean(near: readonly string[]): string {
  return near.length > 0 ? `did you mean ${or(quoted(near))}?` : "";
}

/**
 * What to tell someone who wrote `word` where one of `candidates` was expected: `did you mean "main-hall"?`,
 * else the choices when there are at most {@link LISTED_CHOICES}, else an empty string.
 */
export function didYouMean(word: string, candidates: Iterable<string>): string {
  // Iterated twice: pass an array, a set or an iterable that starts afresh, not a one-off iterator.
  const near = askDidYouMean(closest(word, candidates));
  if (near) return near;
  const few: string[] = [];
  for (const candidate of candidates) {
    if (few.push(candidate) > LISTED_CHOICES) return "";
  }
  return few.length > 0 ? `expected ${or(quoted(few))}` : "";
}

/** The closest match (by edit distance) in brackets, to put after a message, or nothing: ` (did you mean "CAD"?)`. */
export function hint(word: string, candidates: Iterable<string>): string {
  const text = didYouMean(word, candidates);
  return text ? ` (${text})` : "";
}
