import { hint } from "./did-you-mean.js";
import { HackdayError } from "./issues.js";
import { quote } from "./quote.js";

/** An amount of money in integer minor units (pence, cents) of an ISO 4217 currency. */
export interface Money {
  /** Integer minor units; always a safe integer (|minor| ≤ 2^53 − 1). */
  minor: number;
  /** ISO 4217 code, upper case. */
  currency: string;
}

/** ISO 4217 currencies whose minor unit is not 2 decimal places. */
const EXPONENTS: Readonly<Record<string, number>> = {
  BIF: 0,
  CLP: 0,
  DJF: 0,
  GNF: 0,
  ISK: 0,
  JPY: 0,
  KMF: 0,
  KRW: 0,
  PYG: 0,
  RWF: 0,
  UGX: 0,
  UYI: 0,
  VND: 0,
  VUV: 0,
  XAF: 0,
  XOF: 0,
  XPF: 0,
  BHD: 3,
  IQD: 3,
  JOD: 3,
  KWD: 3,
  LYD: 3,
  OMR: 3,
  TND: 3,
  CLF: 4,
  UYW: 4,
};

/** Symbols that name one currency unambiguously enough for event files (plus each currency's own, below). */
const SYMBOLS: Readonly<Record<string, string>> = {
  "£": "GBP",
  "€": "EUR",
  $: "USD",
  US$: "USD",
  "¥": "JPY",
  "₹": "INR",
  CHF: "CHF",
};

let knownCodes: Set<string> | undefined;
let symbols: { table: Map<string, string>; longestFirst: string[] } | undefined;

/**
 * The table above plus the symbol each currency has in English (`CA$` CAD, `A$` AUD, `₩` KRW, `NZ$` NZD): CLDR
 * gives every currency a distinct one, so each still names one currency. Built once, when first needed.
 */
function symbolTable() {
  if (symbols) return symbols;
  const table = new Map(Object.entries(SYMBOLS));
  for (const code of Intl.supportedValuesOf("currency")) {
    const symbol = new Intl.NumberFormat("en", { style: "currency", currency: code })
      .formatToParts(1)
      .find((part) => part.type === "currency")?.value;
    if (symbol && symbol !== code && !table.has(symbol)) table.set(symbol, code);
  }
  symbols = { table, longestFirst: [...table.keys()].sort((a, b) => b.length - a.length) };
  return symbols;
}

/** True for a currency code the runtime's ICU data knows (ISO 4217, upper case). */
export function isCurrencyCode(code: string): boolean {
  knownCodes ??= new Set(Intl.supportedValuesOf("currency"));
  return /^[A-Z]{3}$/.test(code) && (knownCodes.has(code) || code in EXPONENTS);
}

/** `"CAX" is not an ISO 4217 currency code (did you mean "CAD"?)` */
export function unknownCurrency(code: string): string {
  knownCodes ??= new Set(Intl.supportedValuesOf("currency"));
  return `${quote(code)} is not an ISO 4217 currency code${hint(code.toUpperCase(), knownCodes)}`;
}

/** Number of decimal places in the currency's minor unit (GBP 2, JPY 0, KWD 3). */
export function currencyExponent(code: string): number {
  return EXPONENTS[code] ?? 2;
}

/** An amount or currency that cannot be read exactly. Code `invalid_money`. */
export class MoneyError extends HackdayError {
  override name = "MoneyError";
  constructor(message: string) {
    super("invalid_money", message);
  }
}

export type MoneyInput = string | number | { amount: string | number; currency: string };

const AMOUNT = /^(-)?(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?$/;

/**
 * Parses a decimal amount exactly (never through a float): "£1,250.00", "1250.5 GBP", "GBP -3", "-£5",
 * `{ amount: "1250.50", currency: "GBP" }`. A bare number needs `defaultCurrency`.
 * @throws {@link MoneyError} when the input is not an exact amount in a known currency, e.g. "12.345 GBP" or a bare
 * number without `defaultCurrency`.
 * @example
 * ```ts
 * parseMoney("£1,250.00"); // { minor: 125000, currency: "GBP" }
 * ```
 */
export function parseMoney(input: MoneyInput, defaultCurrency?: string): Money {
  if (typeof input === "object" && input !== null) {
    const text = amountText(input.amount);
    return parseAmount(text, input.currency.trim().toUpperCase(), text);
  }
  let text = amountText(input).trim().replace(/\s+/g, " ");
  let currency: string | undefined;
  let sign = "";
  if (text.startsWith("-")) {
    sign = "-";
    text = text.slice(1).trim();
  }
  // Symbols first: some are letters too (`FCFA`, `CHF`).
  const { table, longestFirst } = symbolTable();
  const symbol = longestFirst.find((s) => text.startsWith(s));
  const code = symbol ? null : /^([A-Za-z]{3}) ?(.*)$|^(.*?) ?([A-Za-z]{3})$/.exec(text);
  if (symbol) {
    currency = table.get(symbol);
    text = text.slice(symbol.length).trim();
  } else if (code) {
    currency = (code[1] ?? code[4])!.toUpperCase();
    text = (code[2] ?? code[3])!;
  }
  if (text.startsWith("-") && sign === "") {
    sign = "-";
    text = text.slice(1);
  }
  currency ??= defaultCurrency;
  if (currency === undefined) {
    throw new MoneyError(
      `${quote(String(input))} has no currency: write "£1250.00", "1250.00 GBP" or {amount, currency}`,
    );
  }
  return parseAmount(sign + text, currency, String(input));
}

function amountText(amount: string | number): string {
  if (typeof amount === "number") {
    const text = String(amount);
    // String() gives the shortest decimal that round-trips, i.e. what was written, unless it needs an exponent.
    if (!Number.isFinite(amount) || /e/i.test(text)) {
      throw new MoneyError(`${text} is not a plain decimal amount; write it as a string like "1250.00"`);
    }
    return text;
  }
  return amount;
}

function parseAmount(text: string, currency: string, original: string): Money {
  if (!isCurrencyCode(currency)) {
    throw new MoneyError(unknownCurrency(currency));
  }
  const match = AMOUNT.exec(text.trim());
  if (!match) {
    throw new MoneyError(
      `${quote(original)} is not a decimal amount (expected e.g. "£1,250.00" or "1250.5 GBP")`,
    );
  }
  const [, negative, whole = "0", fraction = ""] = match;
  const exponent = currencyExponent(currency);
  const significant = fraction.replace(/0+$/, "");
  if (significant.length > exponent) {
    throw new MoneyError(`${quote(original)} has more decimal places than ${currency} allows (${exponent})`);
  }
  const minor = BigInt(whole.replaceAll(",", "") + fraction.padEnd(exponent, "0").slice(0, exponent));
  if (minor > BigInt(Number.MAX_SAFE_INTEGER)) {
    throw new MoneyError(`${quote(original)} is beyond the largest supported amount (2^53 - 1 minor units)`);
  }
  const value = Number(minor);
  return { minor: negative && value !== 0 ? -value : value, currency };
}

/** A {@link Money}, or a total too large for a safe integer (ledgers sum in bigint). */
export interface MoneyAmount {
  minor: number | bigint;
  currency: string;
}

/** The ISO 4217 code a symbol stands for in event files and journals (`£` → GBP), if any. */
export function currencyOfSymbol(symbol: string): string | undefined {
  return SYMBOLS[symbol];
}

/** The amount as a plain decimal string in major units: 125050 GBP → "1250.50". */
export function formatDecimal(money: MoneyAmount): string {
  const exponent = currencyExponent(money.currency);
  const minor = BigInt(money.minor);
  const digits = (minor < 0n ? -minor : minor).toString().padStart(exponent + 1, "0");
  const whole = digits.slice(0, digits.length - exponent);
  const fraction = exponent > 0 ? `.${digits.slice(digits.length - exponent)}` : "";
  return `${minor < 0n ? "-" : ""}${whole}${fraction}`;
}

const DISPLAY_SYMBOLS: Readonly<Record<string, string>> = {
  GBP: "£",
  EUR: "€",
  USD: "$",
  JPY: "¥",
  INR: "₹",
};

/** Human form with the currency's symbol where there is one: "£1,250.50", "-¥300", "1,000.000 KWD". */
export function formatMoney(money: MoneyAmount): string {
  const decimal = formatDecimal(money);
  const sign = decimal.startsWith("-") ? "-" : "";
  const [whole, fraction] = decimal.replace("-", "").split(".");
  const grouped = whole!.replace(/\B(?=(\d{3})+(?!\d))/g, ",") + (fraction ? `.${fraction}` : "");
  const symbol = DISPLAY_SYMBOLS[money.currency];
  return symbol ? `${sign}${symbol}${grouped}` : `${sign}${grouped} ${money.currency}`;
}
