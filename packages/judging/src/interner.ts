/**
 * Numbers the distinct spellings of `text.slice(start, end)` without building that string: an open-addressing
 * table keyed by a hash the caller computes while scanning (see {@link hashStep}), confirmed character by
 * character. A 300k-vote log names a few hundred ids 900k times; only the first sight of a spelling allocates.
 */
export class RangeInterner {
  /** Spelling k, and the number the caller gave it. */
  readonly spellings: string[] = [];
  readonly values: number[] = [];
  private hashes: number[] = [];
  private slots = new Int32Array(1024).fill(-1);

  /** The value stored for this spelling, or -1 when it is new. */
  get(text: string, start: number, end: number, hash: number): number {
    const mask = this.slots.length - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const k = this.slots[slot]!;
      if (k < 0) return -1;
      const spelling = this.spellings[k]!;
      if (this.hashes[k] === hash && sameRange(spelling, text, start, end)) return this.values[k]!;
    }
  }

  /** Stores a new spelling (one that {@link get} did not find) with its value. */
  add(text: string, start: number, end: number, hash: number, value: number): void {
    const k = this.spellings.length;
    this.spellings.push(text.slice(start, end));
    this.values.push(value);
    this.hashes.push(hash);
    if (this.spellings.length * 2 > this.slots.length) this.rehash(this.slots.length * 2);
    else this.place(k);
  }

  private place(k: number): void {
    const mask = this.slots.length - 1;
    let slot = this.hashes[k]! & mask;
    while (this.slots[slot]! >= 0) slot = (slot + 1) & mask;
    this.slots[slot] = k;
  }

  private rehash(size: number): void {
    this.slots = new Int32Array(size).fill(-1);
    for (let k = 0; k < this.spellings.length; k++) this.place(k);
  }
}

/** FNV-1a: the hash of a range is `HASH_SEED` folded through {@link hashStep} once per character code. */
export const HASH_SEED = 0x811c9dc5 | 0; // as an int32, so the hash stays a small integer
export const hashStep = (hash: number, code: number): number => Math.imul(hash ^ code, 0x01000193);

function sameRange(spelling: string, text: string, start: number, end: number): boolean {
  if (spelling.length !== end - start) return false;
  for (let i = 0; i < spelling.length; i++)
    if (spelling.charCodeAt(i) !== text.charCodeAt(start + i)) return false;
  return true;
}
