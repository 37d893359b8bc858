import { isIsoDate } from "@hackdaykit/schema/lite";
import { formatMinor } from "../amount.js";
import { balancePostings } from "../balance-check.js";
import type { Posting, Transaction } from "../model.js";
import { AccountTable, type Slot } from "./account-table.js";
import { type AmountSlot, parseJournalAmount, readAmountFast } from "./amount.js";
import { JournalError } from "./errors.js";
import { Totals } from "./totals.js";
import { copyBytes, decodeUtf8, sameBytes } from "./utf8.js";

export interface BalanceRow {
  account: string;
  currency: string;
  /** Exact sum in minor units. */
  amount: bigint;
}

export interface JournalReaderOptions {
  file?: string;
  /** Called for each transaction; leave it out when only balances are wanted, and none are built. */
  onTransaction?: (transaction: Transaction) => void;
  /** Called for `account` directives. */
  onAccount?: (name: string) => void;
}

const DIRECTIVES_SKIPPED = new Set(["commodity", "account", "payee", "tag"]);
const DATE = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:=\S+)?(?=\s|$)/;
const TAG = /(?:^|[\s,])([^\s,:]+):([^,\n]*)/g;

/**
 * Reads hledger/ledger journals line by line (the common subset) and keeps exact per-account totals as it goes,
 * so a balance report needs no transaction objects at all. Balance assertions are checked in file order.
 * Lines are read as UTF-8 bytes (see utf8.ts): postings and date lines in place, building no strings.
 */
export class JournalReader {
  transactionCount = 0;
  private lineNo = 0;
  private mode: "top" | "transaction" | "directive" | "comment-block" = "top";
  // The transaction being read: its date line (details read on demand), then postings in parallel arrays.
  private header = {
    line: 0,
    date: "",
    /** The date line is `bytes[start, end)`; its rest (status, code, description) from `restAt`. */
    bytes: new Uint8Array(0) as Uint8Array,
    start: 0,
    end: 0,
    restAt: 0,
    /** `; note` lines under the date line. */
    notes: "",
    parsed: undefined as HeaderDetails | undefined,
  };
  // A spelling runs to the gap before the amount: white space before the gap is not part of the name.
  private readonly accounts = new AccountTable((spelling) => spelling.trimEnd());
  private readonly sums = new Totals();
  private slots: Slot[] = [];
  private currencies: (string | undefined)[] = [];
  /** A Float64Array, so a sum of them is never a small integer that overflows (which costs a deopt). */
  private minors = new Float64Array(16);
  /** A posting's balance assertion, if any: its currency, and its amount in `assertedMinors`. */
  private asserted: (string | undefined)[] = [];
  private assertedMinors = new Float64Array(16);
  private comments: string[] = [];
  private lines: number[] = [];
  private count = 0;
  private readonly monthDays = new Map<string, number>(); // days in each YYYY-MM seen, 0 if not a month
  private lastDate = ""; // the last fast-path date (checked once), and its bytes
  private lastDateBytes: Uint8Array = new Uint8Array(10);
  private readonly amount: AmountSlot = { currency: "" };

  /** Each account's running totals so far, by name, then by currency (for tests and benchmarks). @internal */
  get totals(): ReadonlyMap<string, { name: string; byCurrency: ReadonlyMap<string, { total: bigint }> }> {
    const out = new Map<string, { name: string; byCurrency: Map<string, { total: bigint }> }>();
    for (const [name, slot] of this.accounts.byName) {
      const byCurrency = new Map<string, { total: bigint }>();
      for (const [currency, k] of slot.totals) byCurrency.set(currency, { total: this.sums.total(k) });
      out.set(name, { name, byCurrency });
    }
    return out;
  }

  constructor(private readonly options: JournalReaderOptions = {}) {}

  private fail(message: string, line = this.lineNo): never {
    throw new JournalError(line, message, this.options.file);
  }

  /** Feeds the next line (without its newline). */
  line(text: string): void {
    // A fresh encoding of the line: nobody reuses its memory, so the header may stay a view into it.
    const bytes = encoder.encode(text);
    this.dispatch(bytes, 0, bytes.length);
  }

  /** Feeds the next line, `text[start, end)`. */
  lineAt(text: string, start: number, end: number): void {
    this.line(text.slice(start, end));
  }

  /**
   * Feeds every line of UTF-8 bytes (the last may lack its newline; LF or CRLF). The caller may reuse their
   * memory afterwards: nothing read is kept as a view into them. For streams of bytes: see feedChunks.
   * @internal
   */
  bytes(bytes: Uint8Array): void {
    let start = 0;
    const n = bytes.length;
    while (start < n) {
      const first = bytes[start];
      if (this.mode === "transaction" && (first === 32 || first === 9)) {
        // A posting finds its own line's end as it reads: the bytes are gone through once.
        this.lineNo++;
        start = this.posting(bytes, start, n) + 1;
        continue;
      }
      const newline = newlineAt(bytes, start, n);
      this.dispatch(bytes, start, withoutCr(bytes, start, newline));
      start = newline + 1;
    }
    this.keepHeader();
  }

  /** The open transaction's date line, copied out of memory the caller may reuse. */
  private keepHeader(): void {
    const h = this.header;
    if (this.mode !== "transaction") return;
    h.bytes = copyBytes(h.bytes, h.start, h.end);
    h.end -= h.start;
    h.restAt -= h.start;
    h.start = 0;
  }

  /** Postings, date lines and blank lines read in place; any other line as a string of its own. */
  private dispatch(bytes: Uint8Array, start: number, end: number): void {
    this.lineNo++;
    if (start === end) {
      if (this.mode === "comment-block") return;
      if (this.mode === "transaction") this.finish();
      this.mode = "top";
      return;
    }
    const first = bytes[start]!;
    if (this.mode === "transaction" && (first === 32 || first === 9)) this.posting(bytes, start, end);
    else if (first >= 48 && first <= 57 && this.mode !== "comment-block") {
      if (this.mode === "transaction") this.finish();
      this.startTransaction(bytes, start, end);
    } else this.otherLine(decodeUtf8(bytes, start, end));
  }

  /** A line that is not a posting, a date line or blank: a directive, a comment, a line in a comment block. */
  private otherLine(text: string): void {
    if (this.mode === "comment-block") {
      if (/^end\s+(comment|test)\b/.test(text)) this.mode = "top";
      return;
    }
    const first = text.charCodeAt(0);
    if (first === 32 || first === 9) {
      if (this.mode === "directive" || text.trim() === "") return;
      else {
        const trimmed = text.trimStart();
        if (trimmed.startsWith(";") || trimmed.startsWith("#")) return;
        this.fail("indented line outside a transaction (a posting needs a transaction date line above it)");
      }
      return;
    }
    if (this.mode === "transaction") this.finish();
    this.mode = "top";
    // ; # * % | start comment lines at the top level, as in ledger and hledger.
    if (first === 59 || first === 35 || first === 42 || first === 37 || first === 124) return;
    const trimmed = text.trim();
    if (trimmed === "") return;
    const word = trimmed.split(/\s/, 1)[0]!;
    if (DIRECTIVES_SKIPPED.has(word)) {
      if (word === "account") {
        const name = text
          .slice(7)
          .split(/ {2}|\t|;/, 1)[0]!
          .trim();
        if (name) this.options.onAccount?.(name);
      }
      this.mode = "directive";
      return;
    }
    if (word === "comment" || word === "test") {
      this.mode = "comment-block";
      return;
    }
    this.fail(
      `unsupported journal syntax "${word}" (${describeDirective(word)}); hackdaykit reads dated transactions, comments and the commodity, account, payee and tag directives`,
    );
  }

  /** Call after the last line. */
  end(): void {
    if (this.mode === "transaction") this.finish();
    this.mode = "top";
  }

  /** A date line, `bytes[start, end)`. */
  private startTransaction(bytes: Uint8Array, start: number, end: number): void {
    const h = this.header;
    let restAt = start + 10;
    // Fast path: YYYY-MM-DD, usually the same date as the transaction before (checked once).
    if (isPlainDate(bytes, start, end)) {
      if (!sameBytes(bytes, start, start + 10, this.lastDateBytes)) this.newDate(bytes, start);
      h.date = this.lastDate;
    } else restAt = start + this.otherDate(decodeUtf8(bytes, start, end));
    // The rest (status, code, payee | description, comment) is read only when asked for: see details().
    let i = restAt;
    while (i < end && isBlank(bytes[i]!)) i++;
    const c = bytes[i];
    if (i < end && (c === 42 || c === 33)) while (++i < end && isBlank(bytes[i]!));
    if (i < end && bytes[i] === 40) {
      while (i < end && bytes[i] !== 41) i++;
      if (i === end) this.fail("unclosed ( in the transaction code");
    }
    h.line = this.lineNo;
    h.bytes = bytes;
    h.start = start;
    h.end = end;
    h.restAt = restAt;
    h.notes = "";
    h.parsed = undefined;
    this.count = 0;
    this.mode = "transaction";
  }

  /** A new `YYYY-MM-DD` at `bytes[start]` (digits checked): a real date if its day is within its month. */
  private newDate(bytes: Uint8Array, start: number): void {
    const date = decodeUtf8(bytes, start, start + 10);
    const month = date.slice(0, 7);
    let days = this.monthDays.get(month);
    if (days === undefined) {
      // isIsoDate is the rule; asking it once a month rather than once a date keeps it off the per-line path.
      days = [31, 30, 29, 28].find((day) => isIsoDate(`${month}-${day}`)) ?? 0;
      this.monthDays.set(month, days);
    }
    const day = (date.charCodeAt(8) - 48) * 10 + (date.charCodeAt(9) - 48);
    if (day < 1 || day > days) this.fail(`"${date}" is not a real date (expected YYYY-MM-DD)`);
    this.lastDate = date;
    this.lastDateBytes = copyBytes(bytes, start, start + 10);
  }

  /**
   * A date written another way (`2026/5/1`, a secondary `=date`): sets the header's; returns how many bytes
   * it takes.
   */
  private otherDate(line: string): number {
    const match = DATE.exec(line);
    if (!match) this.fail(`"${line.split(/\s/, 1)[0]}" is not a date (expected YYYY-MM-DD)`);
    const [, y, m, d] = match;
    const date = `${y}-${m!.padStart(2, "0")}-${d!.padStart(2, "0")}`;
    if (!isIsoDate(date)) this.fail(`"${match[0]}" is not a real date`);
    this.header.date = date;
    return encoder.encode(match[0]).length;
  }

  /** How messages name the transaction being read. */
  private transactionName(): string {
    const h = this.header;
    return `transaction "${this.details().description}" (${h.date}, line ${h.line})`;
  }

  /** Status, code, payee, description and comment of the transaction being read, from its date line. */
  private details(): HeaderDetails {
    const h = this.header;
    if (h.parsed !== undefined) return h.parsed;
    let rest = decodeUtf8(h.bytes, h.restAt, h.end).trim();
    let status = "";
    if (rest.startsWith("*") || rest.startsWith("!")) {
      status = rest[0]!;
      rest = rest.slice(1).trimStart();
    }
    let code = "";
    if (rest.startsWith("(")) {
      const close = rest.indexOf(")");
      code = rest.slice(1, close).trim();
      rest = rest.slice(close + 1).trimStart();
    }
    let comment = "";
    const semi = rest.indexOf(";");
    if (semi >= 0) {
      comment = rest.slice(semi + 1).trim();
      rest = rest.slice(0, semi).trimEnd();
    }
    if (h.notes) comment = comment ? `${comment}\n${h.notes}` : h.notes;
    let payee: string | undefined;
    let description = rest;
    const bar = rest.indexOf("|");
    if (bar >= 0) {
      payee = rest.slice(0, bar).trim();
      description = rest.slice(bar + 1).trim();
    }
    h.parsed = { status, code, comment, payee, description };
    return h.parsed;
  }

  /**
   * Reads the posting line at `bytes[start]`, up to its newline or `limit`; returns where it ends (the index of
   * its newline, or `limit`). Only what is read out as a value is decoded.
   */
  private posting(bytes: Uint8Array, start: number, limit: number): number {
    // Index scanning rather than trim/split: this runs once per posting line, millions of times.
    let i = start;
    let c = bytes[i]!;
    while (i < limit && isBlank(c)) c = bytes[++i]!;
    if (i === limit || c === 10 || (c === 13 && bytes[i + 1] === 10)) return newlineAt(bytes, i, limit);
    if (c === 59 || c === 35) {
      // Notes only go into transactions; balances need none of them.
      const newline = newlineAt(bytes, i, limit);
      if (this.options.onTransaction)
        this.note(decodeUtf8(bytes, i + 1, withoutCr(bytes, i, newline)).trim());
      return newline;
    }
    if ((c === 42 || c === 33) && bytes[i + 1] === 32) {
      i += 2;
      while (i < limit && bytes[i] === 32) i++;
      c = bytes[i]!;
    }
    if (c === 40 || c === 91) {
      this.fail("virtual postings ( ) and [ ] are not supported: every posting must balance");
    }
    // The account's spelling ends at a tab, two spaces or the end of the line (a `;` before that is an error).
    const nameStart = i;
    for (; i < limit; i++) {
      c = bytes[i]!;
      // Letters are above `;` (59): one comparison for most bytes of a name.
      if (
        c <= 59 &&
        (c === 9 ||
          c === 10 ||
          c === 59 ||
          (c === 32 && bytes[i + 1] === 32) ||
          (c === 13 && bytes[i + 1] === 10))
      )
        break;
    }
    if (i < limit && c === 59) this.commentTooClose(decodeUtf8(bytes, nameStart, i + 1));
    const slot = this.accounts.find(bytes, nameStart, i);
    // The amount runs to a `;` (a comment) or the end of the line.
    while (i < limit && isBlank(bytes[i]!)) i++;
    const restStart = i;
    for (; i < limit; i++) {
      c = bytes[i]!;
      if (c === 59 || c === 10) break;
    }
    const newline = i < limit && c === 59 ? newlineAt(bytes, i, limit) : i;
    const end = withoutCr(bytes, restStart, newline);
    const semi = Math.min(i, end);
    let restEnd = semi;
    while (restEnd > restStart && isBlank(bytes[restEnd - 1]!)) restEnd--;
    const k = this.count++;
    if (k === this.minors.length) this.grow();
    this.slots[k] = slot;
    this.lines[k] = this.lineNo;
    this.comments[k] =
      semi < end && this.options.onTransaction ? decodeUtf8(bytes, semi + 1, end).trim() : "";
    this.asserted[k] = undefined;
    if (restStart >= restEnd) {
      this.currencies[k] = undefined;
      this.minors[k] = 0;
      return newline;
    }
    // `=`, `@` and `(` make the fast reader decline too.
    const minor = readAmountFast(bytes, restStart, restEnd, this.amount);
    if (Number.isNaN(minor)) this.unusualAmount(k, bytes, restStart, restEnd);
    else {
      this.currencies[k] = this.amount.currency;
      this.minors[k] = minor;
    }
    return newline;
  }

  /** A `; note` line under the date line, or under a posting. */
  private note(note: string): void {
    const h = this.header;
    if (this.count === 0) {
      h.notes = h.notes ? `${h.notes}\n${note}` : note;
      h.parsed = undefined;
    } else {
      const k = this.count - 1;
      this.comments[k] = this.comments[k] ? `${this.comments[k]}\n${note}` : note;
    }
  }

  private commentTooClose(name: string): never {
    this.fail(`"${name.trim()}": a comment needs two spaces or a tab before the ;`);
  }

  private grow(): void {
    this.minors = grown(this.minors);
    this.assertedMinors = grown(this.assertedMinors);
  }

  /**
   * Posting `k`'s amount, `bytes[start, end)`, that the fast reader declined: a plain `AMOUNT = AMOUNT` balance
   * assertion is read fast too; anything else (or anything wrong) by the careful path, which says why not.
   */
  private unusualAmount(k: number, bytes: Uint8Array, start: number, end: number): void {
    let eq = start;
    while (eq < end && bytes[eq] !== 61) eq++;
    const next = bytes[eq + 1];
    if (eq > start && eq < end - 1 && next !== 61 && next !== 42) {
      let amountEnd = eq;
      while (amountEnd > start && isBlank(bytes[amountEnd - 1]!)) amountEnd--;
      let assertStart = eq + 1;
      while (assertStart < end && isBlank(bytes[assertStart]!)) assertStart++;
      const minor = readAmountFast(bytes, start, amountEnd, this.amount);
      const currency = this.amount.currency;
      const asserted = Number.isNaN(minor) ? minor : readAmountFast(bytes, assertStart, end, this.amount);
      if (!Number.isNaN(asserted)) {
        this.currencies[k] = currency;
        this.minors[k] = minor;
        this.asserted[k] = this.amount.currency;
        this.assertedMinors[k] = asserted;
        return;
      }
    }
    this.amountWithExtras(k, decodeUtf8(bytes, start, end));
  }

  /** An amount that may carry a balance assertion (or a syntax we refuse, with the reason); any amount shape. */
  private amountWithExtras(k: number, text: string): void {
    let amountText = text;
    const eq = amountText.indexOf("=");
    if (eq >= 0) {
      const assertText = amountText.slice(eq + 1);
      amountText = amountText.slice(0, eq).trim();
      if (assertText.startsWith("=") || assertText.startsWith("*")) {
        this.fail("only plain balance assertions (= AMOUNT) are supported, not == or =*");
      }
      if (amountText === "")
        this.fail("balance assignments (a posting with only = AMOUNT) are not supported");
      const parsed = parseJournalAmount(assertText.trim());
      if (parsed.error !== undefined) this.fail(`balance assertion ${parsed.error}`);
      this.asserted[k] = parsed.currency;
      this.assertedMinors[k] = parsed.minor;
    }
    if (amountText.includes("@")) {
      this.fail(
        "prices (@ or @@) are not supported: record currency exchange as an explicit conversion transaction",
      );
    }
    if (amountText.startsWith("(")) this.fail("amount expressions in ( ) are not supported");
    const parsed = parseJournalAmount(amountText);
    if (parsed.error !== undefined) this.fail(parsed.error);
    this.currencies[k] = parsed.currency;
    this.minors[k] = parsed.minor;
  }

  /** Balances the transaction (filling an elided amount) and adds it to the totals. */
  private finish(): void {
    const n = this.count;
    // Fast path: one currency, no elided amount or one, and every running sum a safe integer (a sum that leaves
    // the safe range is rounded, and a later posting can bring it back in range with the error kept).
    let currency: string | undefined;
    let elided = -1;
    let sum = 0;
    let simple = true;
    for (let i = 0; i < n; i++) {
      const c = this.currencies[i];
      if (c === undefined) {
        if (elided >= 0) this.twoElided(i);
        elided = i;
        continue;
      }
      if (currency === undefined) currency = c;
      else if (c !== currency) simple = false;
      sum += this.minors[i]!;
      if (sum > MAX_SAFE || sum < -MAX_SAFE) simple = false;
    }
    if (!simple) this.balanceMixed(n);
    else if (elided >= 0) {
      this.currencies[elided] = currency ?? "";
      this.minors[elided] = sum === 0 ? 0 : -sum;
    } else if (sum !== 0) this.unbalanced(sum, currency!);
    for (let i = 0; i < n; i++) {
      if (this.currencies[i] === "") continue; // a lone elided posting in a transaction with no amounts
      const slot = this.slots[i]!;
      this.sums.add(this.totalOf(slot, this.currencies[i]!), this.minors[i]!);
      if (this.asserted[i] !== undefined) this.checkAssertion(i, slot);
    }
    this.transactionCount++;
    if (this.options.onTransaction) this.options.onTransaction(this.build(elided));
  }

  private twoElided(i: number): never {
    this.fail(`${this.transactionName()}: two postings leave out the amount; only one may`, this.lines[i]);
  }

  private unbalanced(sum: number, currency: string): never {
    this.fail(
      `${this.transactionName()} does not balance: postings sum to ${formatMinor(sum, currency)} ${currency}, expected 0`,
      this.header.line,
    );
  }

  /** Balances postings in more than one currency, or whose running sum leaves 2^53, exactly (bigint). */
  private balanceMixed(n: number): void {
    const amounts = [];
    for (let i = 0; i < n; i++) {
      const c = this.currencies[i];
      amounts.push(c === undefined ? undefined : { currency: c, minor: this.minors[i]! });
    }
    // Journals mark no conversions; a transaction balanced in each currency separately is one.
    const outcome = balancePostings(amounts, true);
    if (!outcome.ok) this.fail(`${this.transactionName()} ${outcome.message}`, this.header.line);
    for (let i = 0; i < n; i++) {
      this.currencies[i] = outcome.amounts[i]!.currency;
      this.minors[i] = outcome.amounts[i]!.minor;
    }
  }

  /** Posting `i`'s balance assertion, checked against its account's total just after it. */
  private checkAssertion(i: number, slot: Slot): void {
    const asserted = this.asserted[i]!;
    const k = slot.totals.get(asserted);
    const actual = k === undefined ? 0n : this.sums.total(k);
    const minor = this.assertedMinors[i]!;
    if (actual !== BigInt(minor)) {
      this.fail(
        `balance assertion failed: ${slot.name} is ${formatMinor(actual, asserted)} ${asserted} after this posting, the journal asserts ${formatMinor(minor, asserted)} ${asserted}`,
        this.lines[i],
      );
    }
  }

  private build(elided: number): Transaction {
    const h = { ...this.header, ...this.details() };
    const tags: Record<string, string> = {};
    for (const match of h.comment.matchAll(TAG)) tags[match[1]!] = match[2]!.trim();
    const { reverses, conversion, ...rest } = tags;
    const postings: Posting[] = [];
    for (let i = 0; i < this.count; i++) {
      if (this.currencies[i] === "") continue;
      const comment = this.comments[i]!;
      postings.push({
        account: this.slots[i]!.name,
        amount: { currency: this.currencies[i]!, minor: this.minors[i]! },
        ...(i === elided && { elided: true }),
        ...(this.asserted[i] !== undefined && {
          assertion: { currency: this.asserted[i]!, minor: this.assertedMinors[i]! },
        }),
        ...(comment && { comment }),
      });
    }
    const comment = h.comment
      .replace(TAG, "")
      .replace(/^[\s,]+|[\s,]+$/g, "")
      .trim();
    return {
      id: h.code || `line-${h.line}`,
      date: h.date,
      description: h.description,
      tags: rest,
      postings,
      line: h.line,
      ...(h.payee !== undefined && { payee: h.payee }),
      ...(h.status && { status: h.status === "*" ? "cleared" : "pending" }),
      ...(reverses !== undefined && { reverses }),
      ...((conversion !== undefined || new Set(postings.map((p) => p.amount.currency)).size > 1) && {
        conversion: conversion !== "false",
      }),
      ...(comment && { comment }),
    };
  }

  /** The index of the account's total in this currency (the one used last, almost always). */
  private totalOf(slot: Slot, currency: string): number {
    if (slot.lastCurrency === currency) return slot.lastTotal;
    let k = slot.totals.get(currency);
    if (k === undefined) {
      k = this.sums.create(currency);
      slot.totals.set(currency, k);
    }
    slot.lastCurrency = currency;
    slot.lastTotal = k;
    return k;
  }

  /** Per-account, per-currency totals so far, sorted by account then currency; zero totals included. */
  balances(): BalanceRow[] {
    const rows: BalanceRow[] = [];
    for (const [account, slot] of this.accounts.byName) {
      for (const [currency, k] of slot.totals) rows.push({ account, currency, amount: this.sums.total(k) });
    }
    return rows.sort((a, b) =>
      a.account < b.account ? -1 : a.account > b.account ? 1 : a.currency < b.currency ? -1 : 1,
    );
  }
}

const MAX_SAFE = Number.MAX_SAFE_INTEGER;
const encoder = new TextEncoder();

/** A copy of `values` twice as long. */
function grown(values: Float64Array): Float64Array<ArrayBuffer> {
  const copy = new Float64Array(values.length * 2);
  copy.set(values);
  return copy;
}

interface HeaderDetails {
  status: string;
  code: string;
  comment: string;
  payee: string | undefined;
  description: string;
}

const isBlank = (c: number) => c === 32 || c === 9;

/** `bytes[start, end)` starts with `dddd-dd-dd` then a space, tab or the end (`=` for a secondary date does not). */
function isPlainDate(bytes: Uint8Array, start: number, end: number): boolean {
  if (end - start < 10 || bytes[start + 4] !== 45 || bytes[start + 7] !== 45) return false;
  const c = bytes[start + 10];
  if (end - start > 10 && c !== 32 && c !== 9) return false;
  return (
    allDigits(bytes, start, start + 4) &&
    allDigits(bytes, start + 5, start + 7) &&
    allDigits(bytes, start + 8, start + 10)
  );
}

/** The index of the first newline at or after `from`, or `limit`. */
function newlineAt(bytes: Uint8Array, from: number, limit: number): number {
  // A loop, not indexOf: that is a call into the runtime for each (short) line.
  let i = from;
  while (i < limit && bytes[i] !== 10) i++;
  return i;
}

/** Where the line from `start` to its `newline` ends without the CR of a CRLF. */
const withoutCr = (bytes: Uint8Array, start: number, newline: number) =>
  newline > start && bytes[newline - 1] === 13 ? newline - 1 : newline;

function allDigits(bytes: Uint8Array, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (!isDigit(bytes[k]!)) return false;
  return true;
}
const isDigit = (c: number) => c >= 48 && c <= 57;

function describeDirective(word: string): string {
  const known: Record<string, string> = {
    P: "market price",
    D: "default commodity",
    Y: "default year",
    year: "default year",
    "~": "periodic transaction",
    "=": "automated transaction",
    include: "include",
    "!include": "include",
    alias: "account alias",
    apply: "apply",
    end: "end",
    "decimal-mark": "decimal mark",
    i: "timeclock",
    o: "timeclock",
  };
  return known[word] ? `${known[word]} directive` : "not a transaction or known directive";
}
