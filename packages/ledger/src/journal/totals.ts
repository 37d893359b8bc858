/**
 * Exact running totals, one per account and currency, kept by index: a float sum in a Float64Array while it is
 * a safe integer, spilling into a bigint before it could lose a penny. A typed array keeps every sum a plain
 * double, so adding never changes the shape of an object (which would make V8 throw its compiled code away).
 */
export class Totals {
  private small = new Float64Array(64);
  private big: bigint[] = [];
  readonly currencies: string[] = [];

  /** A new total, zero, in `currency`; returns its index. */
  create(currency: string): number {
    const k = this.currencies.length;
    if (k === this.small.length) {
      const grown = new Float64Array(k * 2);
      grown.set(this.small);
      this.small = grown;
    }
    this.currencies.push(currency);
    this.big.push(0n);
    return k;
  }

  /** Adds a safe integer to total `k`. */
  add(k: number, minor: number): void {
    // Both are safe integers, so a sum within ±(2^53 − 1) is exact (beyond it, rounding cannot bring it back).
    const sum = this.small[k]! + minor;
    if (sum <= MAX_SAFE && sum >= -MAX_SAFE) this.small[k] = sum;
    else {
      this.big[k]! += BigInt(this.small[k]!) + BigInt(minor);
      this.small[k] = 0;
    }
  }

  total(k: number): bigint {
    return this.big[k]! + BigInt(this.small[k]!);
  }
}

const MAX_SAFE = Number.MAX_SAFE_INTEGER;
