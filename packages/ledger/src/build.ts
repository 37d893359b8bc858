import {
  type HackDayEvent,
  ID_PATTERN,
  isIsoDate,
  type Money,
  parseMoney,
  type ValidationIssue,
} from "@hackdaykit/schema";
import type { z } from "zod";
import { formatMinor } from "./amount.js";
import { balancePostings } from "./balance-check.js";
import type { LedgerFile, PostingFileSchema } from "./file-schema.js";
import { withEvent } from "./from-event.js";
import { ACCOUNT_PATTERN, type AccountInfo, accountTypeOf, type Ledger, type Transaction } from "./model.js";

type PostingFile = z.infer<typeof PostingFileSchema>;
type AmountInput = string | number | { amount: string | number; currency: string };

/** What a ledger is read against. */
export interface LedgerContext {
  /**
   * The event the books belong to: its sponsors are payees (a payee the ledger declares itself wins), their
   * pledges count unless the ledger lists pledges of that sponsor, and its id is the default `event` tag.
   */
  event?: HackDayEvent;
}

export type BuildResult =
  | { ok: true; ledger: Ledger; warnings: ValidationIssue[] }
  | { ok: false; issues: ValidationIssue[] };

/** "expenses:catering £320.50" → account and amount; two spaces or a tab may separate them, as in journals. */
function shortPosting(text: string): PostingFile {
  const trimmed = text.trim();
  const gap = /\s{2,}|\t/.exec(trimmed) ?? / /.exec(trimmed);
  if (!gap) return { account: trimmed };
  return { account: trimmed.slice(0, gap.index), amount: trimmed.slice(gap.index).trim() };
}

const error = (path: (string | number)[], message: string): ValidationIssue => ({
  severity: "error",
  path,
  message,
});

/**
 * Turns a shape-checked ledger file into a {@link Ledger}: exact amounts, elided amounts filled, every rule
 * checked. A payee written as an id (`fresh-fork`) or a `sponsor` tag must name a declared payee or one of the
 * event's sponsors: an unknown one is an error, never published as a private individual by accident.
 */
export function buildLedger(file: LedgerFile, context: LedgerContext = {}): BuildResult {
  const issues: ValidationIssue[] = [];
  const defaultEvent = file.event ?? context.event?.id;
  const currency = file.currency?.toUpperCase();
  if (currency !== undefined) {
    try {
      parseMoney(`0 ${currency}`);
    } catch (err) {
      issues.push(error(["currency"], (err as Error).message));
    }
  }
  const money = (input: AmountInput, path: (string | number)[]): Money | undefined => {
    try {
      return parseMoney(input, currency);
    } catch (err) {
      issues.push(error(path, (err as Error).message));
      return undefined;
    }
  };

  const accounts: AccountInfo[] = file.accounts.map((a) => ({
    ...a,
    type: accountTypeOf(a.name)!,
  }));
  const payees = file.payees.map((p) => ({ ...p, public: p.public ?? p.kind === "sponsor" }));
  const payeeIds = new Set<string>();
  for (const [i, p] of payees.entries()) {
    if (payeeIds.has(p.id)) issues.push(error(["payees", i, "id"], `duplicate payee id "${p.id}"`));
    payeeIds.add(p.id);
  }
  for (const sponsor of context.event?.sponsors ?? []) payeeIds.add(sponsor.id);
  const hint = context.event
    ? `neither a payee of the ledger nor a sponsor of event "${context.event.id}"`
    : "not a payee of the ledger (declare it under payees, or read the ledger with the event whose sponsor it is)";

  const transactions: Transaction[] = [];
  const byId = new Map<string, { index: number; transaction: Transaction }>();
  for (const [i, written] of file.transactions.entries()) {
    const at = ["transactions", i];
    const postings = written.postings.map((p, j): PostingFile => {
      if (typeof p !== "string") return p;
      const short = shortPosting(p);
      if (!ACCOUNT_PATTERN.test(short.account)) {
        issues.push(
          error(
            [...at, "postings", j],
            `"${short.account}" is not an account (expected e.g. "expenses:catering £320.50")`,
          ),
        );
      }
      return short;
    });
    const t = { ...written, postings };
    const name = `transaction "${t.id}"`;
    if (!isIsoDate(t.date))
      issues.push(error([...at, "date"], `${name}: "${t.date}" is not a real date (expected YYYY-MM-DD)`));
    if (byId.has(t.id)) issues.push(error([...at, "id"], `duplicate transaction id "${t.id}"`));
    // Free text ("TESCO STORES 1234") stays a neutral label; an id must be one we know.
    if (t.payee !== undefined && ID_PATTERN.test(t.payee) && !payeeIds.has(t.payee))
      issues.push(error([...at, "payee"], `${name}: unknown payee "${t.payee}": ${hint}`));
    const sponsorTag = t.tags?.sponsor;
    if (typeof sponsorTag === "string" && !payeeIds.has(sponsorTag))
      issues.push(error([...at, "tags", "sponsor"], `${name}: unknown sponsor "${sponsorTag}": ${hint}`));
    const amounts = t.postings.map((p, j) =>
      p.amount === undefined ? undefined : money(p.amount, [...at, "postings", j, "amount"]),
    );
    if (amounts.some((a, j) => a === undefined && t.postings[j]!.amount !== undefined)) continue;
    const outcome = balancePostings(amounts, t.conversion === true);
    if (!outcome.ok) {
      const path = outcome.index === undefined ? at : [...at, "postings", outcome.index];
      issues.push(error(path, `${name} (${t.date} ${t.description}) ${outcome.message}`));
      continue;
    }
    const tags = { ...t.tags };
    if (defaultEvent !== undefined && tags.event === undefined) tags.event = defaultEvent;
    const transaction: Transaction = {
      id: t.id,
      date: t.date,
      description: t.description,
      tags,
      postings: t.postings.map((p, j) => {
        const assertion =
          p.assert === undefined ? undefined : money(p.assert, [...at, "postings", j, "assert"]);
        return {
          account: p.account,
          amount: outcome.amounts[j]!,
          ...(outcome.elided === j && { elided: true }),
          ...(assertion && { assertion }),
          ...(p.comment !== undefined && { comment: p.comment }),
        };
      }),
      ...(t.payee !== undefined && { payee: t.payee }),
      ...(t.status !== undefined && { status: t.status }),
      ...(t.reverses !== undefined && { reverses: t.reverses }),
      ...(t.conversion !== undefined && { conversion: t.conversion }),
      ...(t.receipt !== undefined && { receipt: t.receipt }),
      ...(t.comment !== undefined && { comment: t.comment }),
    };
    byId.set(t.id, { index: i, transaction });
    transactions.push(transaction);
  }
  const ledger: Ledger = {
    ...(currency !== undefined && { currency }),
    ...(defaultEvent !== undefined && { event: defaultEvent }),
    accounts,
    payees,
    pledges: [],
    budgets: [],
    transactions,
  };
  for (const [i, p] of file.pledges.entries()) {
    const amount = money(p.amount, ["pledges", i, "amount"]);
    if (!payeeIds.has(p.sponsor))
      issues.push(error(["pledges", i, "sponsor"], `unknown sponsor "${p.sponsor}": add it to payees`));
    const event = p.event ?? defaultEvent;
    if (amount) ledger.pledges.push({ ...p, amount, ...(event !== undefined && { event }) });
  }
  for (const [i, b] of file.budgets.entries()) {
    const lines = [];
    for (const [j, line] of b.lines.entries()) {
      const amount = money(line.amount, ["budgets", i, "lines", j, "amount"]);
      if (amount) lines.push({ ...line, amount });
    }
    ledger.budgets.push({ event: b.event, lines });
  }
  issues.push(...checkCorrections(transactions, byId), ...checkAssertions(transactions, byId));
  const errors = issues.filter((issue) => issue.severity === "error");
  if (errors.length > 0) return { ok: false, issues };
  if (!context.event) return { ok: true, ledger, warnings: issues };
  const merged = withEvent(ledger, context.event);
  return { ok: true, ledger: merged.ledger, warnings: [...issues, ...merged.warnings] };
}

/** Corrections are append-only: a reversal comes after its original and negates it exactly, once. */
function checkCorrections(
  transactions: Transaction[],
  byId: Map<string, { index: number; transaction: Transaction }>,
): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const reversed = new Map<string, string>();
  for (const t of transactions) {
    if (t.reverses === undefined) continue;
    const here = byId.get(t.id)!.index;
    const path = ["transactions", here, "reverses"];
    const original = byId.get(t.reverses);
    if (!original || original.index > here) {
      issues.push(
        error(path, `transaction "${t.id}" reverses "${t.reverses}", which is not an earlier transaction`),
      );
      continue;
    }
    if (reversed.has(t.reverses)) {
      issues.push(error(path, `"${t.reverses}" is already reversed by "${reversed.get(t.reverses)}"`));
    }
    reversed.set(t.reverses, t.id);
    if (t.date < original.transaction.date) {
      issues.push(
        error(
          ["transactions", here, "date"],
          `reversal "${t.id}" is dated before the transaction it corrects`,
        ),
      );
    }
    const key = (account: string, m: Money) => `${account} ${m.currency} ${m.minor}`;
    const want = original.transaction.postings
      .map((p) => key(p.account, { ...p.amount, minor: -p.amount.minor }))
      .sort();
    const got = t.postings.map((p) => key(p.account, p.amount)).sort();
    if (want.join("\n") !== got.join("\n")) {
      issues.push(
        error(
          ["transactions", here, "postings"],
          `reversal "${t.id}" must negate every posting of "${t.reverses}" exactly`,
        ),
      );
    }
  }
  return issues;
}

/**
 * Balance assertions, checked in date order and file order within a date, as hledger does, so every ledger we
 * accept is one `hledger check` accepts once exported (each account's own balance in the asserted currency).
 */
function checkAssertions(
  transactions: Transaction[],
  byId: Map<string, { index: number; transaction: Transaction }>,
): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const running = new Map<string, bigint>();
  const inDateOrder = [...transactions].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  for (const t of inDateOrder) {
    for (const [j, p] of t.postings.entries()) {
      const key = `${p.account}\u0000${p.amount.currency}`;
      running.set(key, (running.get(key) ?? 0n) + BigInt(p.amount.minor));
      if (p.assertion) {
        const actual = running.get(`${p.account}\u0000${p.assertion.currency}`) ?? 0n;
        if (actual !== BigInt(p.assertion.minor)) {
          issues.push(
            error(
              ["transactions", byId.get(t.id)!.index, "postings", j, "assert"],
              `balance assertion failed: ${p.account} is ${formatMinor(actual, p.assertion.currency)} ${p.assertion.currency}, asserted ${formatMinor(p.assertion.minor, p.assertion.currency)}`,
            ),
          );
        }
      }
    }
  }
  return issues;
}
