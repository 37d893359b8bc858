import { copyBytes, decodeUtf8, sameBytes } from "./utf8.js";

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
 * A hash of `bytes[start, end)` from its length and seven of its bytes, spread from the first to the last: a
 * spelling is compared in full on a hit anyway, so the hash only has to tell most apart, and reading seven
 * bytes is cheaper than mixing in every one.
 */
export function spellingHash(bytes: Uint8Array, start: number, end: number): number {
  const n = end - start;
  if (n === 0) return 0;
  const last = end - 1;
  let h = Math.imul(n, 0x9e3779b1);
  h = Math.imul(h ^ bytes[start]!, FNV_PRIME);
  h = Math.imul(h ^ bytes[start + (n >> 2)]!, FNV_PRIME);
  h = Math.imul(h ^ bytes[start + (n >> 1)]!, FNV_PRIME);
  h = Math.imul(h ^ bytes[start + ((3 * n) >> 2)]!, FNV_PRIME);
  h = Math.imul(h ^ bytes[n > 2 ? last - 2 : start]!, FNV_PRIME);
  h = Math.imul(h ^ bytes[n > 1 ? last - 1 : start]!, FNV_PRIME);
  h = Math.imul(h ^ bytes[last]!, FNV_PRIME);
  return h ^ (h >>> 15);
}

/** A hash of every byte of `bytes[start, end)` (FNV-1a from a random `seed`, so collisions cannot be planned). */
export function everyByteHash(bytes: Uint8Array, start: number, end: number, seed: number): number {
  let h = seed;
  for (let k = start; k < end; k++) h = Math.imul(h ^ bytes[k]!, FNV_PRIME);
  return h ^ (h >>> 15);
}

/**
 * Different spellings with equal hashes met in lookups before the table gives up sampling: a journal whose names
 * agree in length and in the sampled bytes (a crafted one) would otherwise make every lookup walk all of them.
 */
const MAX_COLLISIONS = 1000;

/**
 * Accounts by their spelling in a posting line, UTF-8 bytes `bytes[start, end)`, so a posting builds no string
 * for an account seen before. Open addressing on {@link spellingHash} (or, after too many collisions, on
 * {@link everyByteHash}); spellings confirmed byte by byte. A spelling (which may end in white space before its
 * amount) becomes an account name through `nameOf`.
 */
export class AccountTable {
  readonly byName = new Map<string, Slot>();
  /** Whether spellings are hashed from every byte, as they are once sampling has let too many collide. */
  everyByte = false;
  private collisions = 0;
  private readonly seed = (Math.random() * 2 ** 32) | 0;
  private spellings: Uint8Array[] = [];
  private slots: Slot[] = [];
  private hashes: number[] = [];
  private table = new Int32Array(256).fill(-1);

  constructor(private readonly nameOf: (spelling: string) => string) {}

  find(bytes: Uint8Array, start: number, end: number): Slot {
    const hash = this.everyByte
      ? everyByteHash(bytes, start, end, this.seed)
      : spellingHash(bytes, start, end);
    const mask = this.table.length - 1;
    let at = hash & mask;
    for (; ; at = (at + 1) & mask) {
      const k = this.table[at]!;
      if (k < 0) return this.add(bytes, start, end, hash, at);
      if (this.hashes[k] === hash) {
        if (sameBytes(bytes, start, end, this.spellings[k]!)) return this.slots[k]!;
        if (++this.collisions > MAX_COLLISIONS && !this.everyByte)
          return this.hashEveryByte(bytes, start, end);
      }
    }
  }

  /**
   * A new spelling, at free place `at` of the table: the same account as one seen before (a Map lookup by name),
   * or a new account. (Apart from find, which stays small enough for V8 to inline into the reader's loop.)
   */
  private add(bytes: Uint8Array, start: number, end: number, hash: number, at: number): Slot {
    const name = this.nameOf(decodeUtf8(bytes, start, end));
    let slot = this.byName.get(name);
    if (slot === undefined) {
      slot = { name, lastCurrency: "", lastTotal: -1, totals: new Map() };
      this.byName.set(name, slot);
    }
    const k = this.slots.length;
    this.slots.push(slot);
    this.spellings.push(copyBytes(bytes, start, end)); // the caller reuses its memory
    this.hashes.push(hash);
    if (this.slots.length * 2 > this.table.length) this.rehash(this.table.length * 2);
    else this.table[at] = k;
    return slot;
  }

  /** Rehashes every spelling from all its bytes, then finds `bytes[start, end)`. */
  private hashEveryByte(bytes: Uint8Array, start: number, end: number): Slot {
    this.everyByte = true;
    this.hashes = this.spellings.map((spelling) => everyByteHash(spelling, 0, spelling.length, this.seed));
    this.rehash(this.table.length);
    return this.find(bytes, start, end);
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
