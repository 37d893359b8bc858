import { accountInfo, accountTypeOf, type Ledger, type Payee, type Transaction } from "../model.js";
import { selectTransactions } from "../reports/balance.js";

export interface OpenAccountsPolicy {
  /** Only this event's transactions. */
  event?: string;
  title?: string;
  /** Label for a private person paid back for what they bought. */
  reimbursementLabel?: string;
  /** Label for any other payee who has not agreed to be named, or is not a declared organisation. */
  privateLabel?: string;
  /** Label where no payee was recorded at all (bank charges, interest). */
  unnamedLabel?: string;
}

export interface OpenIncome {
  /** Sponsor or organisation name (public), or a neutral label. */
  source: string;
  kind: "cash" | "restricted" | "in-kind";
  restrictedTo: string | null;
  currency: string;
  amount: bigint;
}

export interface OpenExpense {
  category: string;
  kind: "cash" | "in-kind";
  currency: string;
  amount: bigint;
}

export interface OpenPayment {
  date: string;
  category: string;
  payee: string;
  kind: "cash" | "in-kind";
  currency: string;
  amount: bigint;
}

/** The publishable view of the accounts: no descriptions, receipts, bank details or private names. */
export interface OpenAccounts {
  title: string;
  event: string | null;
  income: OpenIncome[];
  expenses: OpenExpense[];
  payments: OpenPayment[];
  totals: {
    currency: string;
    /** Cash income, restricted included. */
    income: bigint;
    /** Cash spending. */
    expenses: bigint;
    net: bigint;
    /** Value of in-kind support (recorded as both income and expense, so it never changes net). */
    inKind: bigint;
    /** Cash held at the end (unrestricted and restricted). */
    balanceCarried: bigint;
    /** Still owed back to volunteers. */
    owedToVolunteers: bigint;
  }[];
}

/** Largest first; ties keep their order. Amounts of different currencies are not compared. */
const byAmountDescending = (
  a: { currency: string; amount: bigint },
  b: { currency: string; amount: bigint },
) =>
  a.currency !== b.currency
    ? a.currency < b.currency
      ? -1
      : 1
    : b.amount > a.amount
      ? 1
      : b.amount < a.amount
        ? -1
        : 0;

const titleCase = (slug: string) => slug.replace(/-/g, " ").replace(/^\w/, (c) => c.toUpperCase());

/** Builds the open accounts of a ledger (or one event of it) under a privacy policy. */
export function openAccounts(ledger: Ledger, policy: OpenAccountsPolicy = {}): OpenAccounts {
  const reimbursementLabel = policy.reimbursementLabel ?? "volunteer reimbursement";
  const privateLabel = policy.privateLabel ?? "private individual";
  const unnamedLabel = policy.unnamedLabel ?? "no payee";
  const payees = new Map<string, Payee>(ledger.payees.map((p) => [p.id, p]));
  const transactions = selectTransactions(ledger, policy.event === undefined ? {} : { event: policy.event });

  const isReimbursement = (t: Transaction) =>
    t.postings.some((p) => accountInfo(ledger, p.account).nature === "reimbursements");
  const label = (t: Transaction, id: string | undefined): string => {
    if (id === undefined) return isReimbursement(t) ? reimbursementLabel : unnamedLabel;
    const payee = payees.get(id);
    if (payee?.public) return payee.name;
    return isReimbursement(t) ? reimbursementLabel : privateLabel;
  };
  const category = (account: string): string => {
    const parts = account.split(":");
    const top = parts.slice(0, 2).join(":");
    return accountInfo(ledger, top).label ?? titleCase(parts[1] ?? parts[0]!);
  };

  const income = new Map<string, OpenIncome>();
  const expenses = new Map<string, OpenExpense>();
  const payments: OpenPayment[] = [];
  const totals = new Map<string, OpenAccounts["totals"][number]>();
  const total = (currency: string) => {
    let t = totals.get(currency);
    if (!t) {
      t = {
        currency,
        income: 0n,
        expenses: 0n,
        net: 0n,
        inKind: 0n,
        balanceCarried: 0n,
        owedToVolunteers: 0n,
      };
      totals.set(currency, t);
    }
    return t;
  };

  for (const t of transactions) {
    for (const p of t.postings) {
      const info = accountInfo(ledger, p.account);
      const type = accountTypeOf(p.account);
      const amount = BigInt(p.amount.minor);
      const currency = p.amount.currency;
      if (type === "income") {
        const kind =
          info.nature === "in-kind" ? "in-kind" : info.nature === "restricted" ? "restricted" : "cash";
        const source = label(t, t.tags.sponsor ?? t.payee);
        const restrictedTo = kind === "restricted" ? (info.restrictedTo ?? null) : null;
        const key = [source, kind, restrictedTo, currency].join("\u0000");
        const row = income.get(key) ?? { source, kind, restrictedTo, currency, amount: 0n };
        row.amount -= amount;
        income.set(key, row);
        if (kind === "in-kind") total(currency).inKind -= amount;
        else total(currency).income -= amount;
      } else if (type === "expenses") {
        const kind = info.nature === "in-kind" ? "in-kind" : "cash";
        const name = category(p.account);
        const key = [name, kind, currency].join("\u0000");
        const row = expenses.get(key) ?? { category: name, kind, currency, amount: 0n };
        row.amount += amount;
        expenses.set(key, row);
        if (kind === "cash") total(currency).expenses += amount;
        payments.push({ date: t.date, category: name, payee: label(t, t.payee), kind, currency, amount });
      } else if (type === "assets" && info.nature !== "in-kind" && info.nature !== "receivable") {
        total(currency).balanceCarried += amount;
      } else if (info.nature === "reimbursements") {
        total(currency).owedToVolunteers -= amount;
      }
    }
  }
  for (const t of totals.values()) t.net = t.income - t.expenses;
  return {
    title: policy.title ?? (policy.event ? `Open accounts: ${policy.event}` : "Open accounts"),
    event: policy.event ?? null,
    income: [...income.values()].filter((r) => r.amount !== 0n).sort(byAmountDescending),
    expenses: [...expenses.values()].filter((r) => r.amount !== 0n).sort(byAmountDescending),
    payments,
    totals: [...totals.values()].sort((a, b) => (a.currency < b.currency ? -1 : 1)),
  };
}
