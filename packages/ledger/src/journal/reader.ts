import { isIsoDate } from "@hackdaykit/schema/lite";
import { formatMinor } from "../amount.js";
import { balancePostings } from "../balance-check.js";
import type { Posting, Transaction } from "../model.js";
import { AccountTable, type Slot, sameAt, spellingHash } from "./account-table.js";
import { Ahead } from "./ahead.js";
import { type AmountSlot, parseJournalAmount, readAmountFast } from "./amount.js";
import { JournalError } from "./errors.js";
import { latin1ToUtf8, whiteWidthBefore } from "./latin1.js";
import { Totals } from "./totals.js";

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
 */
export class JournalReader {
  transactionCount = 0;
  private lineNo = 0;
  private mode: "top" | "transaction" | "directive" | "comment-block" = "top";
  // The transaction being read: its date line (details read on demand), then postings in parallel arrays.
  private header = {
    line: 0,
    date: "",
    /** The date line is `text[start, end)`, latin1 text of UTF-8 bytes if `latin1`; its rest from `restAt`. */
    text: "",
    start: 0,
    end: 0,
    latin1: false,
    restAt: 0,
    /** `; note` lines under the date line. */
    notes: "",
    parsed: undefined as HeaderDetails | undefined,
  };
  private readonly accounts = new AccountTable(new Map(), (name) => name);
  /** The same accounts found by their spelling in latin1 text (UTF-8 bytes). */
  private readonly latin1Accounts = new AccountTable(this.accounts.byName, latin1ToUtf8);
  private readonly sums = new Totals();
  private readonly ahead = new Ahead();
  private lineStart = 0; // where the last line given to lineAt started
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
  private lastDate = "?"; // the last fast-path date, checked once; "?" starts no date line
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
    this.lineAt(text, 0, text.length);
  }

  /** Feeds the next line, `text[start, end)`, without copying it out of a larger chunk. */
  lineAt(text: string, start: number, end: number): void {
    // Lines of one text come in order; another text, or going back, starts the searches ahead afresh.
    if (text !== this.ahead.text || start < this.lineStart) this.ahead.reset(text);
    this.lineStart = start;
    this.dispatch(text, start, end, false);
  }

  /**
   * Feeds every line of `text`, UTF-8 bytes held as latin1 text (one character per byte; see latin1.ts): valid
   * UTF-8, ending with a newline (LF or CRLF). For streams of bytes: see feedChunks.
   * @internal
   */
  latin1Lines(text: string): void {
    this.ahead.reset(text);
    let start = 0;
    let newline = text.indexOf("\n");
    while (newline >= 0) {
      const end = newline > start && text.charCodeAt(newline - 1) === 13 ? newline - 1 : newline;
      this.dispatch(text, start, end, true);
      start = newline + 1;
      newline = text.indexOf("\n", start);
    }
  }

  /** Postings, `YYYY-MM-DD` date lines and blank lines read in place; any other line as a string of its own. */
  private dispatch(text: string, start: number, end: number, latin1: boolean): void {
    if (start === end) {
      this.lineNo++;
      if (this.mode === "comment-block") return;
      if (this.mode === "transaction") this.finish();
      this.mode = "top";
      return;
    }
    const first = text.charCodeAt(start);
    if (this.mode === "transaction" && (first === 32 || first === 9)) {
      this.lineNo++;
      this.posting(text, start, end, latin1);
      return;
    }
    if (first >= 48 && first <= 57 && this.mode !== "comment-block" && isPlainDate(text, start, end)) {
      this.lineNo++;
      if (this.mode === "transaction") this.finish();
      this.startTransaction(text, start, end, latin1);
      return;
    }
    const line = start === 0 && end === text.length ? text : text.slice(start, end);
    this.otherLine(latin1 ? latin1ToUtf8(line) : line);
  }

  /** Any line but a posting: date lines, directives, comments, blank lines. */
  private otherLine(text: string): void {
    this.lineNo++;
    if (this.mode === "comment-block") {
      if (/^end\s+(comment|test)\b/.test(text)) this.mode = "top";
      return;
    }
    const first = text.charCodeAt(0);
    if (first === 32 || first === 9) {
      if (this.mode === "transaction") this.posting(text, 0, text.length, false);
      else if (this.mode === "directive" || text.trim() === "") return;
      else {
        const trimmed = text.trimStart();
        if (trimmed.startsWith(";") || trimmed.startsWith("#")) return;
        this.fail("indented line outside a transaction (a posting needs a transaction date line above it)");
      }
      return;
    }
    if (this.mode === "transaction") this.finish();
    this.mode = "top";
    if (text === "" || Number.isNaN(first)) return;
    if (first >= 48 && first <= 57) {
      this.startTransaction(text, 0, text.length, false);
      return;
    }
    // ; # * % | start comment lines at the top level, as in ledger and hledger.
    if (first === 59 || first === 35 || first === 42 || first === 37 || first === 124) return;
    const word = /^\S+/.exec(text)![0];
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
    if (text.trim() === "") return;
    this.fail(
      `unsupported journal syntax "${word}" (${describeDirective(word)}); hackdaykit reads dated transactions, comments and the commodity, account, payee and tag directives`,
    );
  }

  /** Call after the last line. */
  end(): void {
    if (this.mode === "transaction") this.finish();
    this.mode = "top";
  }

  /** A date line, `text[start, end)`; in latin1 text only a plain `YYYY-MM-DD` one (see dispatch). */
  private startTransaction(text: string, start: number, end: number, latin1: boolean): void {
    const h = this.header;
    let restAt = 10;
    // Fast path: YYYY-MM-DD, usually the same date as the transaction before (checked once).
    if (isPlainDate(text, start, end)) {
      if (!sameAt(text, start, this.lastDate)) this.newDate(text.slice(start, start + 10));
      h.date = this.lastDate;
    } else restAt = this.otherDate(text.slice(start, end));
    // The rest (status, code, payee | description, comment) is read only when asked for: see details().
    let i = start + restAt;
    while (i < end && isBlank(text.charCodeAt(i))) i++;
    const c = text.charCodeAt(i);
    if (i < end && (c === 42 || c === 33)) while (++i < end && isBlank(text.charCodeAt(i)));
    if (i < end && text.charCodeAt(i) === 40) {
      const close = text.indexOf(")", i);
      if (close < 0 || close >= end) this.fail("unclosed ( in the transaction code");
    }
    h.line = this.lineNo;
    h.text = text;
    h.start = start;
    h.end = end;
    h.latin1 = latin1;
    h.restAt = restAt;
    h.notes = "";
    h.parsed = undefined;
    this.count = 0;
    this.mode = "transaction";
  }

  /** A new `YYYY-MM-DD` (digits checked): a real date if its day is within its month. */
  private newDate(date: string): void {
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
  }

  /** A date written another way (`2026/5/1`, a secondary `=date`): sets the header's; returns where it ends. */
  private otherDate(line: string): number {
    const match = DATE.exec(line);
    if (!match) this.fail(`"${line.split(/\s/, 1)[0]}" is not a date (expected YYYY-MM-DD)`);
    const [, y, m, d] = match;
    const date = `${y}-${m!.padStart(2, "0")}-${d!.padStart(2, "0")}`;
    if (!isIsoDate(date)) this.fail(`"${match[0]}" is not a real date`);
    this.header.date = date;
    return match[0].length;
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
    const line = h.text.slice(h.start + h.restAt, h.end);
    let rest = (h.latin1 ? latin1ToUtf8(line) : line).trim();
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
   * Reads one posting line, `text[start, end)`; in latin1 text (UTF-8 bytes, see latin1.ts) if `latin1`,
   * where only what is read out as a value is decoded.
   */
  private posting(text: string, start: number, end: number, latin1: boolean): void {
    // Index scanning rather than trim/split: this runs once per posting line, millions of times.
    const decode = latin1 ? latin1ToUtf8 : same;
    let i = start;
    let c = text.charCodeAt(i);
    while (i < end && isBlank(c)) c = text.charCodeAt(++i);
    if (i === end) return;
    if (c === 59 || c === 35) {
      // Notes only go into transactions; balances need none of them.
      if (this.options.onTransaction) this.note(decode(text.slice(i + 1, end)).trim());
      return;
    }
    if ((c === 42 || c === 33) && text.charCodeAt(i + 1) === 32) {
      i += 2;
      while (i < end && text.charCodeAt(i) === 32) i++;
      c = text.charCodeAt(i);
    }
    if (c === 40 || c === 91) {
      this.fail("virtual postings ( ) and [ ] are not supported: every posting must balance");
    }
    // The account name ends at a tab or two spaces, the amount at a `;` (a comment) or the end of the line:
    // found by native searches ahead, not by testing each character here.
    const ahead = this.ahead;
    if (ahead.text !== text) ahead.reset(text);
    let accountEnd = ahead.gap(text, i);
    if (accountEnd > end) accountEnd = end;
    const semi = ahead.nextSemicolon(text, i);
    if (semi < accountEnd) this.commentTooClose(decode(text.slice(i, semi + 1)));
    // White space before the gap or the end of the line (any, as trim() sees it) is not part of the name.
    let restStart = accountEnd;
    accountEnd = this.nameEnd(text, i, accountEnd, latin1);
    const slot = (latin1 ? this.latin1Accounts : this.accounts).find(
      text,
      i,
      accountEnd,
      spellingHash(text, i, accountEnd),
    );
    while (restStart < end && isBlank(text.charCodeAt(restStart))) restStart++;
    let restEnd = Math.min(semi, end);
    while (restEnd > restStart && isBlank(text.charCodeAt(restEnd - 1))) restEnd--;
    const k = this.count++;
    if (k === this.minors.length) this.grow();
    this.slots[k] = slot;
    this.lines[k] = this.lineNo;
    this.comments[k] =
      semi < end && this.options.onTransaction ? decode(text.slice(semi + 1, end)).trim() : "";
    this.asserted[k] = undefined;
    if (restStart >= restEnd) {
      this.currencies[k] = undefined;
      this.minors[k] = 0;
      return;
    }
    // `=`, `@` and `(` make the fast reader decline too.
    const minor = readAmountFast(text, restStart, restEnd, this.amount, latin1);
    if (Number.isNaN(minor)) this.unusualAmount(k, text, restStart, restEnd, latin1);
    else {
      this.currencies[k] = this.amount.currency;
      this.minors[k] = minor;
    }
  }

  /** Where a name in `text[start, end)` ends without the white space after it. */
  private nameEnd(text: string, start: number, end: number, latin1: boolean): number {
    const whiteWidth = latin1 ? whiteWidthBefore : whiteWidthBeforeUtf16;
    for (let w = whiteWidth(text, end); end > start && w > 0; w = whiteWidth(text, end)) end -= w;
    return end;
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
   * Posting `k`'s amount, `text[start, end)`, that the fast reader declined: a plain `AMOUNT = AMOUNT` balance
   * assertion is read fast too; anything else (or anything wrong) by the careful path, which says why not.
   */
  private unusualAmount(k: number, text: string, start: number, end: number, latin1: boolean): void {
    let eq = start;
    while (eq < end && text.charCodeAt(eq) !== 61) eq++;
    const next = text.charCodeAt(eq + 1);
    if (eq > start && eq < end - 1 && next !== 61 && next !== 42) {
      let amountEnd = eq;
      while (amountEnd > start && isBlank(text.charCodeAt(amountEnd - 1))) amountEnd--;
      let assertStart = eq + 1;
      while (assertStart < end && isBlank(text.charCodeAt(assertStart))) assertStart++;
      const minor = readAmountFast(text, start, amountEnd, this.amount, latin1);
      const currency = this.amount.currency;
      const asserted = Number.isNaN(minor)
        ? minor
        : readAmountFast(text, assertStart, end, this.amount, latin1);
      if (!Number.isNaN(asserted)) {
        this.currencies[k] = currency;
        this.minors[k] = minor;
        this.asserted[k] = this.amount.currency;
        this.assertedMinors[k] = asserted;
        return;
      }
    }
    this.amountWithExtras(k, (latin1 ? latin1ToUtf8 : same)(text.slice(start, end)));
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

const same = (text: string) => text;

/** 1 if the character before `end` is white space as String.prototype.trim sees it, else 0. */
const whiteWidthBeforeUtf16 = (text: string, end: number) => (isWhite(text.charCodeAt(end - 1)) ? 1 : 0);

function isWhite(c: number): boolean {
  return (
    c === 32 ||
    (c >= 9 && c <= 13) ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}
const isBlank = (c: number) => c === 32 || c === 9;

/** `text[start, end)` starts with `dddd-dd-dd` then a space, tab or the end (`=` for a secondary date does not). */
function isPlainDate(text: string, start: number, end: number): boolean {
  if (end - start < 10 || text.charCodeAt(start + 4) !== 45 || text.charCodeAt(start + 7) !== 45)
    return false;
  const c = text.charCodeAt(start + 10);
  if (end - start > 10 && c !== 32 && c !== 9) return false;
  return (
    allDigits(text, start, start + 4) &&
    allDigits(text, start + 5, start + 7) &&
    allDigits(text, start + 8, start + 10)
  );
}

function allDigits(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (!isDigit(text.charCodeAt(k))) return false;
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
