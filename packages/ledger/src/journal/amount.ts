import { currencyExponent } from "@hackdaykit/schema/lite";
import { currencyOfCommodity } from "../amount.js";
import { copyBytes, decodeUtf8, sameBytes } from "./utf8.js";

/** Result of reading one journal amount; `error` says what was wrong in words a person can act on. */
export type JournalAmount = { currency: string; minor: number; error?: undefined } | { error: string };

const MAX = Number.MAX_SAFE_INTEGER;

/**
 * Reads `£1,250.00`, `-£5`, `£-5`, `1250.00 GBP`, `GBP -3`, `"GBP" 3` exactly, into safe-integer minor units.
 * Written for speed: one pass over the characters, no regular expression on the common path.
 */
export function parseJournalAmount(text: string): JournalAmount {
  let i = 0;
  const n = text.length;
  let negative = false;
  let commodity = "";
  let c = text.charCodeAt(0);
  if (c === 45 /* - */ || c === 43 /* + */) {
    negative = c === 45;
    i = 1;
    while (i < n && text.charCodeAt(i) === 32) i++;
  }
  c = text.charCodeAt(i);
  const numberFirst = (c >= 48 && c <= 57) || c === 46;
  if (!numberFirst) {
    const start = i;
    if (c === 34 /* " */) {
      const close = text.indexOf('"', i + 1);
      if (close < 0) return { error: `unterminated quoted commodity in "${text}"` };
      i = close + 1;
    } else {
      while (i < n) {
        c = text.charCodeAt(i);
        if ((c >= 48 && c <= 57) || c === 45 || c === 43 || c === 32 || c === 46) break;
        i++;
      }
    }
    commodity = text.slice(start, i);
    while (i < n && text.charCodeAt(i) === 32) i++;
    c = text.charCodeAt(i);
    if (c === 45 || c === 43) {
      if (c === 45) negative = !negative;
      i++;
    }
  }
  const numberStart = i;
  while (i < n) {
    c = text.charCodeAt(i);
    if (!((c >= 48 && c <= 57) || c === 44 || c === 46)) break;
    i++;
  }
  const number = text.slice(numberStart, i);
  if (numberFirst) {
    commodity = text.slice(i).trim();
  } else if (i < n && text.slice(i).trim() !== "") {
    return { error: `"${text}" is not an amount (expected e.g. "£1,250.00" or "1250.00 GBP")` };
  }
  if (number === "") return { error: `"${text}" has no number (expected e.g. "£1,250.00" or "1250.00 GBP")` };
  if (commodity === "") return { error: `"${text}" has no currency: write "£12.50" or "12.50 GBP"` };
  const currency = currencyOfCommodity(commodity);
  if (currency === undefined) {
    return {
      error: `unknown currency "${commodity}" in "${text}" (expected an ISO 4217 code such as GBP, or £ € $ ¥)`,
    };
  }
  const minor = toMinor(number, currencyExponent(currency));
  if (typeof minor === "string") return { error: `"${text}" ${minor}` };
  return { currency, minor: negative && minor !== 0 ? -minor : minor };
}

/** Decimal text (digits, optional thousands commas, one point) → integer minor units, or why not. */
function toMinor(number: string, exponent: number): number | string {
  const dot = number.indexOf(".");
  if (dot >= 0 && number.indexOf(".", dot + 1) >= 0) return "is not a number: more than one decimal point";
  let whole = dot < 0 ? number : number.slice(0, dot);
  const fraction = dot < 0 ? "" : number.slice(dot + 1);
  if (whole.includes(",")) {
    if (!/^\d{1,3}(,\d{3})+$/.test(whole))
      return "is not a number: commas must separate thousands (1,250.00)";
    whole = whole.replaceAll(",", "");
  }
  if (fraction.includes(",")) return "is not a number: use a decimal point, not a comma (1250.50)";
  if (whole === "" && fraction === "") return "is not a number";
  let value = 0;
  for (let k = 0; k < whole.length; k++) {
    value = value * 10 + (whole.charCodeAt(k) - 48);
    if (value > MAX) return "is beyond the largest supported amount (2^53 - 1 minor units)";
  }
  for (let k = 0; k < exponent; k++) {
    value = value * 10 + (k < fraction.length ? fraction.charCodeAt(k) - 48 : 0);
    if (value > MAX) return "is beyond the largest supported amount (2^53 - 1 minor units)";
  }
  for (let k = exponent; k < fraction.length; k++) {
    if (fraction.charCodeAt(k) !== 48)
      return `has more decimal places than its currency allows (${exponent})`;
  }
  return value;
}

/** Where {@link readAmountFast} puts the currency it read (one reused object: it runs once per posting). */
export interface AmountSlot {
  currency: string;
}

// Commodity spellings seen so far (`£`, `EUR`, …) as UTF-8 bytes, with their currency and exponent; a journal
// has a handful.
type Spelling = { bytes: Uint8Array; currency: string; exponent: number };
const spellings: Spelling[] = [];

/** The known commodity spelled by `bytes[start, end)`, read without building a string once it has been seen. */
function commodityAt(bytes: Uint8Array, start: number, end: number) {
  for (const known of spellings) if (sameBytes(bytes, start, end, known.bytes)) return known;
  if (end === start || spellings.length >= 64) return undefined;
  const currency = currencyOfCommodity(decodeUtf8(bytes, start, end));
  if (currency === undefined) return undefined;
  const known = { bytes: copyBytes(bytes, start, end), currency, exponent: currencyExponent(currency) };
  spellings.push(known);
  return known;
}

const isDigit = (c: number) => c >= 48 && c <= 57;

/**
 * The common shapes of {@link parseJournalAmount} read in place from UTF-8 bytes `bytes[start, end)` (trimmed):
 * `£1,250.00`, `-£5`, `£-5`, `1250.00 GBP`, `-3 EUR`. Returns the minor units and puts the currency in `out`;
 * or returns NaN, having written nothing, for anything else or anything wrong: the caller then asks
 * parseJournalAmount, which reads every shape and words every error. (The number is returned rather than
 * stored: a field that holds small integers first and larger ones later changes its object's shape, and V8
 * then drops the code compiled for it.)
 */
export function readAmountFast(bytes: Uint8Array, start: number, end: number, out: AmountSlot): number {
  let i = start;
  let negative = false;
  let c = bytes[i]!;
  if (c === 45) {
    negative = true;
    c = bytes[++i]!;
  }
  let commodityStart = -1;
  let commodityEnd = -1;
  if (!isDigit(c)) {
    // A symbol or code before the number, then an optional minus sign.
    commodityStart = i;
    while (i < end && !isDigit(c) && c !== 45 && c !== 32 && c !== 46 && c !== 43 && c !== 34 && c !== 44)
      c = bytes[++i]!;
    commodityEnd = i;
    if (c === 45) {
      negative = !negative;
      c = bytes[++i]!;
    }
    if (!isDigit(c) || i >= end) return Number.NaN;
  }
  // Whole part: digits, with commas only between complete groups of three. `value` starts as -0, a double, so
  // V8 compiles its arithmetic for doubles from the start rather than for small integers, which an amount
  // over 2^31 − 1 minor units would overflow (dropping the compiled code). The first digit makes it +0 or more.
  let value = -0;
  let group = -1; // digits since the last comma; -1 before any comma
  const wholeStart = i;
  while (i < end) {
    c = bytes[i]!;
    if (isDigit(c)) {
      value = value * 10 + (c - 48);
      if (group >= 0) group++;
    } else if (c === 44) {
      if (group === -1 ? i - wholeStart > 3 : group !== 3) return Number.NaN;
      group = 0;
    } else break;
    i++;
  }
  if (group !== -1 && group !== 3) return Number.NaN;
  let fractionStart = i;
  let fractionEnd = i;
  if (c === 46 && i < end) {
    fractionStart = ++i;
    while (i < end && isDigit(bytes[i]!)) i++;
    fractionEnd = i;
  }
  if (commodityStart < 0) {
    // The code after the number.
    while (i < end && bytes[i] === 32) i++;
    commodityStart = i;
    commodityEnd = end;
  } else if (i !== end) return Number.NaN;
  const commodity = commodityAt(bytes, commodityStart, commodityEnd);
  if (commodity === undefined) return Number.NaN;
  const exponent = commodity.exponent;
  for (let k = 0; k < exponent; k++) {
    const at = fractionStart + k;
    value = value * 10 + (at < fractionEnd ? bytes[at]! - 48 : 0);
  }
  for (let at = fractionStart + exponent; at < fractionEnd; at++) if (bytes[at] !== 48) return Number.NaN;
  if (value > MAX) return Number.NaN;
  out.currency = commodity.currency;
  return negative && value !== 0 ? -value : value;
}
