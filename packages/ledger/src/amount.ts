import { currencyExponent, isCurrencyCode } from "@hackdaykit/schema";

/**
 * Sums are bigint: one posting is a safe integer (|minor| ≤ 2^53 − 1, as @hackdaykit/schema's Money guarantees),
 * but a total over millions of postings may not be.
 */
export type Minor = bigint;

/** Exact decimal string in major units for a bigint amount: 125050n GBP → "1250.50". */
export function formatMinor(minor: bigint | number, currency: string): string {
  const value = BigInt(minor);
  const exponent = currencyExponent(currency);
  const digits = (value < 0n ? -value : value).toString().padStart(exponent + 1, "0");
  const whole = digits.slice(0, digits.length - exponent);
  const fraction = exponent > 0 ? `.${digits.slice(digits.length - exponent)}` : "";
  return `${value < 0n ? "-" : ""}${whole}${fraction}`;
}

/** Human form: thousands separators and the currency's symbol where it has a common one. */
export function formatMinorHuman(minor: bigint | number, currency: string): string {
  const text = formatMinor(minor, currency);
  const negative = text.startsWith("-");
  const [whole, fraction] = text.replace("-", "").split(".");
  const grouped = whole!.replace(/\B(?=(\d{3})+(?!\d))/g, ",") + (fraction ? `.${fraction}` : "");
  const symbol = SYMBOL_OF[currency];
  return symbol
    ? `${negative ? "-" : ""}${symbol}${grouped}`
    : `${negative ? "-" : ""}${grouped} ${currency}`;
}

const SYMBOL_OF: Readonly<Record<string, string>> = { GBP: "£", EUR: "€", USD: "$", JPY: "¥", INR: "₹" };

/** Commodity symbols journals commonly use for ISO currencies. */
const COMMODITY_SYMBOLS: Readonly<Record<string, string>> = {
  "£": "GBP",
  "€": "EUR",
  $: "USD",
  US$: "USD",
  "¥": "JPY",
  "₹": "INR",
};

const commodityCache = new Map<string, string | undefined>();

/** The ISO 4217 code a journal commodity names (`£`, `GBP`, `"GBP"`), or undefined if it is not a currency. */
export function currencyOfCommodity(commodity: string): string | undefined {
  if (commodityCache.has(commodity)) return commodityCache.get(commodity);
  const bare = commodity.replace(/^"(.*)"$/, "$1");
  const code = COMMODITY_SYMBOLS[bare] ?? (isCurrencyCode(bare) ? bare : undefined);
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
