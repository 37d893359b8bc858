import { isIsoDate, type Money } from "@hackdaykit/schema/lite";
import { Accumulator, formatMinor } from "../amount.js";
import { balancePostings } from "../balance-check.js";
import type { Posting, Transaction } from "../model.js";
import { AccountTable, HASH_SEED, hashStep, type Slot } from "./account-table.js";
import { type AmountSlot, parseJournalAmount, readAmountFast } from "./amount.js";
import { JournalError } from "./errors.js";

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
    text: "",
    restAt: 0,
    /** `; note` lines under the date line. */
    notes: "",
    parsed: undefined as HeaderDetails | undefined,
  };
  private readonly accounts = new AccountTable();
  private slots: Slot[] = [];
  private currencies: (string | undefined)[] = [];
  private minors: number[] = [];
  private assertions: (Money | undefined)[] = [];
  private comments: string[] = [];
  private lines: number[] = [];
  private count = 0;
  private lastDate = "?"; // the last fast-path date, checked once; "?" starts no date line
  private readonly amount: AmountSlot = { currency: "", minor: 0 };

  /** Each account's running totals, by name (for tests and benchmarks). @internal */
  get totals(): ReadonlyMap<string, Slot> {
    return this.accounts.byName;
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
    if (this.mode === "transaction" && start < end) {
      const first = text.charCodeAt(start);
      if (first === 32 || first === 9) {
        this.lineNo++;
        this.posting(text, start, end);
        return;
      }
    }
    this.otherLine(start === 0 && end === text.length ? text : text.slice(start, end));
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
      if (this.mode === "transaction") this.posting(text, 0, text.length);
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
      this.startTransaction(text);
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

  private startTransaction(text: string): void {
    let date: string;
    let restAt: number;
    // Fast path: YYYY-MM-DD, usually the same date as the transaction before (validated once).
    if (text.length >= 10 && text.charCodeAt(4) === 45 && text.charCodeAt(7) === 45 && isDateEnd(text, 10)) {
      if (!text.startsWith(this.lastDate)) {
        const next = text.slice(0, 10);
        if (!isIsoDate(next)) this.fail(`"${next}" is not a real date (expected YYYY-MM-DD)`);
        this.lastDate = next;
      }
      date = this.lastDate;
      restAt = 10;
    } else {
      const match = DATE.exec(text);
      if (!match) this.fail(`"${text.split(/\s/, 1)[0]}" is not a date (expected YYYY-MM-DD)`);
      const [, y, m, d] = match;
      date = `${y}-${m!.padStart(2, "0")}-${d!.padStart(2, "0")}`;
      if (!isIsoDate(date)) this.fail(`"${match[0]}" is not a real date`);
      restAt = match[0].length;
    }
    // The rest (status, code, payee | description, comment) is read only when asked for: see details().
    let i = restAt;
    while (isBlank(text.charCodeAt(i))) i++;
    const c = text.charCodeAt(i);
    if (c === 42 || c === 33) while (isBlank(text.charCodeAt(++i)));
    if (text.charCodeAt(i) === 40 && text.indexOf(")", i) < 0)
      this.fail("unclosed ( in the transaction code");
    const h = this.header;
    h.line = this.lineNo;
    h.date = date;
    h.text = text;
    h.restAt = restAt;
    h.notes = "";
    h.parsed = undefined;
    this.count = 0;
    this.mode = "transaction";
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
    let rest = h.text.slice(h.restAt).trim();
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

  /** Reads one posting line, `text[start, end)`. */
  private posting(text: string, start: number, end: number): void {
    // Index scanning rather than trim/split: this runs once per posting line, millions of times.
    let i = start;
    let c = text.charCodeAt(i);
    while (i < end && isBlank(c)) c = text.charCodeAt(++i);
    if (i === end) return;
    if (c === 59 || c === 35) {
      const note = text.slice(i + 1, end).trim();
      const h = this.header;
      if (this.count === 0) {
        h.notes = h.notes ? `${h.notes}\n${note}` : note;
        h.parsed = undefined;
      } else {
        const k = this.count - 1;
        this.comments[k] = this.comments[k] ? `${this.comments[k]}\n${note}` : note;
      }
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
    // The account name ends at a tab or two spaces; hash it on the way for the account table.
    let accountEnd = i;
    let hash = HASH_SEED;
    while (accountEnd < end) {
      c = text.charCodeAt(accountEnd);
      if (c === 9 || (c === 32 && text.charCodeAt(accountEnd + 1) === 32)) break;
      if (c === 59)
        this.fail(
          `"${text.slice(i, accountEnd + 1).trim()}": a comment needs two spaces or a tab before the ;`,
        );
      hash = hashStep(hash, c);
      accountEnd++;
    }
    if (accountEnd === end && isWhite(text.charCodeAt(end - 1))) {
      // A trailing space (or other white space) after a name that ends the line: trim it and hash again.
      while (accountEnd > i && isWhite(text.charCodeAt(accountEnd - 1))) accountEnd--;
      hash = HASH_SEED;
      for (let k = i; k < accountEnd; k++) hash = hashStep(hash, text.charCodeAt(k));
    }
    const slot = this.accounts.find(text, i, accountEnd, hash);
    let restStart = accountEnd;
    while (restStart < end && isBlank(text.charCodeAt(restStart))) restStart++;
    // The amount ends at a ; (a comment) or the end of the line; an = or @ in it takes the careful path.
    let restEnd = restStart;
    let special = false;
    while (restEnd < end) {
      c = text.charCodeAt(restEnd);
      if (c === 59) break;
      if (c === 61 || c === 64 || c === 40) special = true;
      restEnd++;
    }
    const semi = restEnd < end ? restEnd : -1;
    while (restEnd > restStart && isBlank(text.charCodeAt(restEnd - 1))) restEnd--;
    const k = this.count++;
    this.slots[k] = slot;
    this.lines[k] = this.lineNo;
    this.comments[k] = semi >= 0 && this.options.onTransaction ? text.slice(semi + 1, end).trim() : "";
    this.assertions[k] = undefined;
    if (restStart === restEnd) {
      this.currencies[k] = undefined;
      this.minors[k] = 0;
    } else if (!special && readAmountFast(text, restStart, restEnd, this.amount)) {
      this.currencies[k] = this.amount.currency;
      this.minors[k] = this.amount.minor;
    } else this.amountWithExtras(k, text.slice(restStart, restEnd));
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
      this.assertions[k] = { currency: parsed.currency, minor: parsed.minor };
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
    const h = this.header;
    // Fast path: one currency, no elided amount or one, and every running sum a safe integer (a sum that leaves
    // the safe range is rounded, and a later posting can bring it back in range with the error kept).
    let currency: string | undefined;
    let elided = -1;
    let sum = 0;
    let simple = true;
    for (let i = 0; i < n; i++) {
      const c = this.currencies[i];
      if (c === undefined) {
        if (elided >= 0)
          this.fail(
            `${this.transactionName()}: two postings leave out the amount; only one may`,
            this.lines[i],
          );
        elided = i;
        continue;
      }
      if (currency === undefined) currency = c;
      else if (c !== currency) simple = false;
      sum += this.minors[i]!;
      if (sum > MAX_SAFE || sum < -MAX_SAFE) simple = false;
    }
    if (simple) {
      if (elided >= 0) {
        this.currencies[elided] = currency ?? "";
        this.minors[elided] = sum === 0 ? 0 : -sum;
      } else if (sum !== 0) {
        this.fail(
          `${this.transactionName()} does not balance: postings sum to ${formatMinor(sum, currency!)} ${currency}, expected 0`,
          h.line,
        );
      }
    } else {
      const amounts = [];
      for (let i = 0; i < n; i++) {
        const c = this.currencies[i];
        amounts.push(c === undefined ? undefined : { currency: c, minor: this.minors[i]! });
      }
      // Journals mark no conversions; a transaction balanced in each currency separately is one.
      const outcome = balancePostings(amounts, true);
      if (!outcome.ok) this.fail(`${this.transactionName()} ${outcome.message}`, h.line);
      for (let i = 0; i < n; i++) {
        this.currencies[i] = outcome.amounts[i]!.currency;
        this.minors[i] = outcome.amounts[i]!.minor;
      }
    }
    for (let i = 0; i < n; i++) {
      if (this.currencies[i] === "") continue; // a lone elided posting in a transaction with no amounts
      const slot = this.slots[i]!;
      accumulator(slot, this.currencies[i]!).add(this.minors[i]!);
      const assertion = this.assertions[i];
      if (assertion !== undefined) {
        const actual = slot.byCurrency.get(assertion.currency)?.total ?? 0n;
        if (actual !== BigInt(assertion.minor)) {
          this.fail(
            `balance assertion failed: ${slot.name} is ${formatMinor(actual, assertion.currency)} ${assertion.currency} after this posting, the journal asserts ${formatMinor(assertion.minor, assertion.currency)} ${assertion.currency}`,
            this.lines[i],
          );
        }
      }
    }
    this.transactionCount++;
    if (this.options.onTransaction) this.options.onTransaction(this.build(elided));
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
        ...(this.assertions[i] && { assertion: this.assertions[i] }),
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

  /** Per-account, per-currency totals so far, sorted by account then currency; zero totals included. */
  balances(): BalanceRow[] {
    const rows: BalanceRow[] = [];
    for (const [account, slot] of this.accounts.byName) {
      for (const [currency, acc] of slot.byCurrency) rows.push({ account, currency, amount: acc.total });
    }
    return rows.sort((a, b) =>
      a.account < b.account ? -1 : a.account > b.account ? 1 : a.currency < b.currency ? -1 : 1,
    );
  }
}

const MAX_SAFE = Number.MAX_SAFE_INTEGER;

interface HeaderDetails {
  status: string;
  code: string;
  comment: string;
  payee: string | undefined;
  description: string;
}

/** The account's accumulator for this currency (the one used last, almost always). */
function accumulator(slot: Slot, currency: string): Accumulator {
  if (slot.lastCurrency === currency) return slot.last;
  let acc = slot.byCurrency.get(currency);
  if (acc === undefined) {
    acc = new Accumulator();
    slot.byCurrency.set(currency, acc);
  }
  slot.lastCurrency = currency;
  slot.last = acc;
  return acc;
}

/** White space as String.prototype.trim sees it. */
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

/** After a date: end of line or whitespace (a secondary date `=...` takes the slow path). */
function isDateEnd(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  return Number.isNaN(c) || c === 32 || c === 9;
}

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
