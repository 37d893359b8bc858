import { detach } from "./latin1.js";

/** One account, and where its running totals are: one per currency (usually just one). */
export interface Slot {
  name: string;
  /** The currency of the last posting to this account, and the index of its total (see JournalReader). */
  lastCurrency: string;
  lastTotal: number;
  totals: Map<string, number>;
}

const FNV_PRIME = 0x01000193;

/**
 * A hash of `text[start, end)` (not empty) from its length and seven of its characters, spread from the first
 * to the last: a name is compared in full on a hit anyway, so the hash only has to tell most names apart.
 */
export function spellingHash(text: string, start: number, end: number): number {
  const n = end - start;
  const last = end - 1;
  let h = Math.imul(n, 0x9e3779b1);
  h = Math.imul(h ^ text.charCodeAt(start), FNV_PRIME);
  h = Math.imul(h ^ text.charCodeAt(start + (n >> 2)), FNV_PRIME);
  h = Math.imul(h ^ text.charCodeAt(start + (n >> 1)), FNV_PRIME);
  h = Math.imul(h ^ text.charCodeAt(start + ((3 * n) >> 2)), FNV_PRIME);
  h = Math.imul(h ^ text.charCodeAt(n > 2 ? last - 2 : start), FNV_PRIME);
  h = Math.imul(h ^ text.charCodeAt(n > 1 ? last - 1 : start), FNV_PRIME);
  h = Math.imul(h ^ text.charCodeAt(last), FNV_PRIME);
  return h ^ (h >>> 15);
}

/**
 * Accounts by name, found from `text[start, end)` and its {@link spellingHash}, so a posting line builds no
 * string for an account seen before. Open addressing, spellings confirmed in place with a native
 * `startsWith`. `nameOf` turns a spelling into the account's name (latin1 text into UTF-8); tables for
 * differently encoded text share one `byName`.
 */
export class AccountTable {
  constructor(
    readonly byName: Map<string, Slot>,
    private readonly nameOf: (spelling: string) => string,
  ) {}
  private spellings: string[] = [];
  private slots: Slot[] = [];
  private hashes: number[] = [];
  private table = new Int32Array(256).fill(-1);

  find(text: string, start: number, end: number, hash: number): Slot {
    const mask = this.table.length - 1;
    let at = hash & mask;
    for (; ; at = (at + 1) & mask) {
      const k = this.table[at]!;
      if (k < 0) break;
      const spelling = this.spellings[k]!;
      if (this.hashes[k] === hash && spelling.length === end - start && sameAt(text, start, spelling))
        return this.slots[k]!;
    }
    // A new spelling: the same account as one seen before (a Map lookup by name), or a new account.
    const spelling = detach(text.slice(start, end));
    const name = this.nameOf(spelling);
    let slot = this.byName.get(name);
    if (slot === undefined) {
      slot = { name, lastCurrency: "", lastTotal: -1, totals: new Map() };
      this.byName.set(name, slot);
    }
    const k = this.slots.length;
    this.slots.push(slot);
    this.spellings.push(spelling);
    this.hashes.push(hash);
    if (this.slots.length * 2 > this.table.length) this.rehash(this.table.length * 2);
    else this.table[at] = k;
    return slot;
  }

  private rehash(size: number): void {
    this.table = new Int32Array(size).fill(-1);
    const mask = size - 1;
    for (let k = 0; k < this.slots.length; k++) {
      let at = this.hashes[k]! & mask;
      while (this.table[at]! >= 0) at = (at + 1) & mask;
      this.table[at] = k;
    }
  }
}

/**
 * Whether `text` holds `word` at `at`, compared from the end (names share their beginnings). A loop the
 * optimising compiler keeps inline is several times faster here than a call to `startsWith`.
 */
export function sameAt(text: string, at: number, word: string): boolean {
  for (let k = word.length - 1; k >= 0; k--) if (text.charCodeAt(at + k) !== word.charCodeAt(k)) return false;
  return true;
}
