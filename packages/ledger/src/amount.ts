import { currencyOfSymbol, formatDecimal, formatMoney, isCurrencyCode } from "@hackdaykit/schema/lite";

/**
 * Sums are bigint: one posting is a safe integer (|minor| ≤ 2^53 − 1, as @hackdaykit/schema's Money guarantees),
 * but a total over millions of postings may not be.
 */
export type Minor = bigint;

/** Exact decimal string in major units for a bigint amount: 125050n GBP → "1250.50". */
export function formatMinor(minor: bigint | number, currency: string): string {
  return formatDecimal({ minor, currency });
}

/** Human form: thousands separators and the currency's symbol where it has a common one. */
export function formatMinorHuman(minor: bigint | number, currency: string): string {
  return formatMoney({ minor, currency });
}

const commodityCache = new Map<string, string | undefined>();

/** The ISO 4217 code a journal commodity names (`£`, `GBP`, `"GBP"`), or undefined if it is not a currency. */
export function currencyOfCommodity(commodity: string): string | undefined {
  if (commodityCache.has(commodity)) return commodityCache.get(commodity);
  const bare = commodity.replace(/^"(.*)"$/, "$1");
  const code = currencyOfSymbol(bare) ?? (isCurrencyCode(bare) ? bare : undefined);
  commodityCache.set(commodity, code);
  return code;
}

/** Adds safe-integer postings exactly: a float sum while it stays safe, spilling into bigint when it would not. */
export class Accumulator {
  small = 0;
  big = 0n;
  add(minor: number): void {
    const sum = this.small + minor;
    if (Number.isSafeInteger(sum)) this.small = sum;
    else {
      this.big += BigInt(this.small) + BigInt(minor);
      this.small = 0;
    }
  }
  get total(): bigint {
    return this.big + BigInt(this.small);
  }
}
