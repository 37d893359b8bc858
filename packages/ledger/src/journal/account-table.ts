import { Accumulator } from "../amount.js";

/** One account's running totals, one accumulator per currency (usually just one). */
export interface Slot {
  name: string;
  lastCurrency: string;
  last: Accumulator;
  byCurrency: Map<string, Accumulator>;
}

/** FNV-1a, folded one character code at a time while the caller scans an account name. */
export const HASH_SEED = 0x811c9dc5 | 0; // as an int32, so the hash stays a small integer
export const hashStep = (hash: number, code: number): number => Math.imul(hash ^ code, 0x01000193);

/**
 * Accounts by name, found from `text[start, end)` and the hash the caller computed while scanning it, so a
 * posting line builds no string for an account seen before. Open addressing, names confirmed in place
 * with a native `startsWith`.
 */
export class AccountTable {
  readonly byName = new Map<string, Slot>();
  private slots: Slot[] = [];
  private hashes: number[] = [];
  private table = new Int32Array(256).fill(-1);

  find(text: string, start: number, end: number, hash: number): Slot {
    const mask = this.table.length - 1;
    let at = hash & mask;
    for (; ; at = (at + 1) & mask) {
      const k = this.table[at]!;
      if (k < 0) break;
      const name = this.slots[k]!.name;
      if (this.hashes[k] === hash && name.length === end - start && text.startsWith(name, start))
        return this.slots[k]!;
    }
    // A new spelling: the same account as one seen before (a Map lookup by name), or a new account.
    const name = text.slice(start, end);
    let slot = this.byName.get(name);
    if (slot === undefined) {
      const acc = new Accumulator();
      slot = { name, lastCurrency: "", last: acc, byCurrency: new Map() };
      this.byName.set(name, slot);
    }
    const k = this.slots.length;
    this.slots.push(slot);
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
