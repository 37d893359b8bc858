import type { BalanceRow } from "../journal/reader.js";
import { isUnder, type Ledger, type Transaction } from "../model.js";

export type { BalanceRow };

export interface ReportFilter {
  /** Only transactions tagged with this event. */
  event?: string;
  /** Only this account and its sub-accounts. */
  account?: string;
  /** Only transactions on or before this date (YYYY-MM-DD). */
  to?: string;
}

export function selectTransactions(ledger: Ledger, filter: ReportFilter = {}): Transaction[] {
  return ledger.transactions.filter(
    (t) =>
      (filter.event === undefined || t.tags.event === filter.event) &&
      (filter.to === undefined || t.date <= filter.to),
  );
}

export function compareRows(
  a: { account: string; currency: string },
  b: { account: string; currency: string },
): number {
  return a.account < b.account
    ? -1
    : a.account > b.account
      ? 1
      : a.currency < b.currency
        ? -1
        : a.currency > b.currency
          ? 1
          : 0;
}

/** Exact per-account, per-currency balances of every account that has postings (bigint sums). */
export function balances(ledger: Ledger, filter: ReportFilter = {}): BalanceRow[] {
  const sums = new Map<string, BalanceRow>();
  for (const t of selectTransactions(ledger, filter)) {
    for (const p of t.postings) {
      if (filter.account !== undefined && !isUnder(p.account, filter.account)) continue;
      const key = `${p.account}\u0000${p.amount.currency}`;
      const row = sums.get(key);
      if (row) row.amount += BigInt(p.amount.minor);
      else sums.set(key, { account: p.account, currency: p.amount.currency, amount: BigInt(p.amount.minor) });
    }
  }
  return [...sums.values()].sort(compareRows);
}

/** Sums of rows per currency. */
export function totalsByCurrency(rows: readonly { currency: string; amount: bigint }[]): Map<string, bigint> {
  const totals = new Map<string, bigint>();
  for (const row of rows) totals.set(row.currency, (totals.get(row.currency) ?? 0n) + row.amount);
  return totals;
}

export interface RegisterRow {
  date: string;
  id: string;
  description: string;
  account: string;
  currency: string;
  amount: bigint;
  /** Running total of the shown postings in this currency. */
  running: bigint;
}

/** Postings in order with a running total per currency. */
export function register(ledger: Ledger, filter: ReportFilter = {}): RegisterRow[] {
  const running = new Map<string, bigint>();
  const rows: RegisterRow[] = [];
  for (const t of selectTransactions(ledger, filter)) {
    for (const p of t.postings) {
      if (filter.account !== undefined && !isUnder(p.account, filter.account)) continue;
      const total = (running.get(p.amount.currency) ?? 0n) + BigInt(p.amount.minor);
      running.set(p.amount.currency, total);
      rows.push({
        date: t.date,
        id: t.id,
        description: t.description,
        account: p.account,
        currency: p.amount.currency,
        amount: BigInt(p.amount.minor),
        running: total,
      });
    }
  }
  return rows;
}
