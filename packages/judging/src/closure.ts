/**
 * Transitive closure of a growing directed graph, kept as bitsets both ways (who x reaches, who reaches x).
 * Adding an edge touches only pairs that become newly connected, so building a closure over n nodes costs
 * O(n³/32) word operations at worst — what Schulze's widest paths and ranked pairs' cycle checks need.
 */
export class Closure {
  readonly words: number;
  /** reach[x * words + …] ∋ y: a path runs x → y. */
  readonly reach: Uint32Array;
  /** ancestors[y * words + …] ∋ x: a path runs x → y. */
  readonly ancestors: Uint32Array;

  private readonly sources: Uint32Array;
  private readonly targets: Uint32Array;

  constructor(readonly n: number) {
    this.words = (n + 31) >>> 5;
    this.reach = new Uint32Array(n * this.words);
    this.ancestors = new Uint32Array(n * this.words);
    this.sources = new Uint32Array(this.words);
    this.targets = new Uint32Array(this.words);
  }

  /** An independent copy (ranked pairs follows several lock orders from one state). */
  clone(): Closure {
    const copy = new Closure(this.n);
    copy.reach.set(this.reach);
    copy.ancestors.set(this.ancestors);
    return copy;
  }

  reaches(x: number, y: number): boolean {
    return (this.reach[x * this.words + (y >>> 5)]! & (1 << (y & 31))) !== 0;
  }

  /** Adds the edge u → v; calls `onNewPair(x, y)` for every pair newly connected. */
  add(u: number, v: number, onNewPair?: (x: number, y: number) => void): void {
    if (u === v || this.reaches(u, v)) return;
    const { words, reach, ancestors, sources, targets } = this;
    // Sources: u and everything reaching u, minus v and everything already reaching v (they have it all).
    // Targets: v and everything v reaches.
    const au = u * words;
    const av = v * words;
    for (let k = 0; k < words; k++) {
      sources[k] = ancestors[au + k]! & ~ancestors[av + k]!;
      targets[k] = reach[av + k]!;
    }
    sources[u >>> 5]! |= 1 << (u & 31);
    sources[v >>> 5]! &= ~(1 << (v & 31));
    targets[v >>> 5]! |= 1 << (v & 31);
    for (let ks = 0; ks < words; ks++) {
      for (let sbits = sources[ks]!; sbits !== 0; sbits &= sbits - 1) {
        const x = (ks << 5) | (31 - Math.clz32(sbits & -sbits));
        const row = x * words;
        const xWord = x >>> 5;
        const xBit = 1 << (x & 31);
        for (let k = 0; k < words; k++) {
          let fresh = targets[k]! & ~reach[row + k]!;
          if (k === xWord) fresh &= ~xBit; // a cycle back to x is not a pair
          if (fresh === 0) continue;
          reach[row + k]! |= fresh;
          for (; fresh !== 0; fresh &= fresh - 1) {
            const y = (k << 5) | (31 - Math.clz32(fresh & -fresh));
            ancestors[y * words + xWord]! |= xBit;
            onNewPair?.(x, y);
          }
        }
      }
    }
  }
}
