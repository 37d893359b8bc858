import { type AccountType, accountTypeOf, type Ledger } from "../model.js";
import { type BalanceRow, balances, type ReportFilter, totalsByCurrency } from "./balance.js";

export interface CurrencyTotal {
  currency: string;
  amount: bigint;
}

const totals = (rows: readonly BalanceRow[]): CurrencyTotal[] =>
  [...totalsByCurrency(rows)]
    .map(([currency, amount]) => ({ currency, amount }))
    .sort((a, b) => (a.currency < b.currency ? -1 : 1));

/** Rows of one account type, sign flipped where that type's natural balance is a credit. */
function section(rows: readonly BalanceRow[], type: AccountType, flip: boolean): BalanceRow[] {
  return rows
    .filter((r) => accountTypeOf(r.account) === type && r.amount !== 0n)
    .map((r) => (flip ? { ...r, amount: -r.amount } : r));
}

export interface IncomeStatement {
  event: string | null;
  /** Income as positive amounts. */
  income: BalanceRow[];
  expenses: BalanceRow[];
  totals: { currency: string; income: bigint; expenses: bigint; net: bigint }[];
}

/** Income and expenses of one event (or of everything when `event` is undefined). */
export function incomeStatement(ledger: Ledger, filter: ReportFilter = {}): IncomeStatement {
  const rows = balances(ledger, filter);
  const income = section(rows, "income", true);
  const expenses = section(rows, "expenses", false);
  const inc = totalsByCurrency(income);
  const exp = totalsByCurrency(expenses);
  const currencies = [...new Set([...inc.keys(), ...exp.keys()])].sort();
  return {
    event: filter.event ?? null,
    income,
    expenses,
    totals: currencies.map((currency) => {
      const i = inc.get(currency) ?? 0n;
      const e = exp.get(currency) ?? 0n;
      return { currency, income: i, expenses: e, net: i - e };
    }),
  };
}

/** The events the ledger's transactions are tagged with, in order of first appearance. */
export function eventsOf(ledger: Ledger): string[] {
  return [...new Set(ledger.transactions.flatMap((t) => (t.tags.event === undefined ? [] : [t.tags.event])))];
}

export interface BalanceSheet {
  date: string | null;
  assets: BalanceRow[];
  /** Liabilities and equity as positive amounts. */
  liabilities: BalanceRow[];
  equity: BalanceRow[];
  /** Income minus expenses not yet closed to equity. */
  retained: CurrencyTotal[];
  totals: { currency: string; assets: bigint; liabilitiesAndEquity: bigint }[];
}

/** Assets = liabilities + equity + retained surplus, per currency, on a date (default: everything). */
export function balanceSheet(ledger: Ledger, filter: Pick<ReportFilter, "to"> = {}): BalanceSheet {
  const rows = balances(ledger, filter);
  const assets = section(rows, "assets", false);
  const liabilities = section(rows, "liabilities", true);
  const equity = section(rows, "equity", true);
  const surplus = new Map<string, bigint>();
  for (const r of rows) {
    const type = accountTypeOf(r.account);
    if (type === "income" || type === "expenses")
      surplus.set(r.currency, (surplus.get(r.currency) ?? 0n) - r.amount);
  }
  const a = totalsByCurrency(assets);
  const l = totalsByCurrency([...liabilities, ...equity]);
  const currencies = [...new Set([...a.keys(), ...l.keys(), ...surplus.keys()])].sort();
  return {
    date: filter.to ?? null,
    assets,
    liabilities,
    equity,
    retained: currencies.map((currency) => ({ currency, amount: surplus.get(currency) ?? 0n })),
    totals: currencies.map((currency) => ({
      currency,
      assets: a.get(currency) ?? 0n,
      liabilitiesAndEquity: (l.get(currency) ?? 0n) + (surplus.get(currency) ?? 0n),
    })),
  };
}

export interface TrialBalanceRow {
  account: string;
  currency: string;
  debit: bigint;
  credit: bigint;
}

/** Every account's balance as a debit or a credit; per currency the two columns sum to the same total. */
export function trialBalance(
  ledger: Ledger,
  filter: ReportFilter = {},
): {
  rows: TrialBalanceRow[];
  totals: { currency: string; debit: bigint; credit: bigint }[];
} {
  const rows = balances(ledger, filter)
    .filter((r) => r.amount !== 0n)
    .map((r) => ({
      account: r.account,
      currency: r.currency,
      debit: r.amount > 0n ? r.amount : 0n,
      credit: r.amount < 0n ? -r.amount : 0n,
    }));
  const sums = new Map<string, { currency: string; debit: bigint; credit: bigint }>();
  for (const r of rows) {
    const t = sums.get(r.currency) ?? { currency: r.currency, debit: 0n, credit: 0n };
    t.debit += r.debit;
    t.credit += r.credit;
    sums.set(r.currency, t);
  }
  return { rows, totals: [...sums.values()].sort((a, b) => (a.currency < b.currency ? -1 : 1)) };
}

export { totals as currencyTotals };
