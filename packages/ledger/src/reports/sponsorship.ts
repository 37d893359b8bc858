import { accountInfo, accountTypeOf, type Ledger } from "../model.js";

export interface BudgetRow {
  event: string;
  line: string;
  account: string;
  currency: string;
  budget: bigint;
  actual: bigint;
  /** Budget minus actual: positive means under budget. */
  variance: bigint;
  /** Actual as a percentage of budget, rounded half-even to one decimal place; null when the budget is zero. */
  percentUsed: number | null;
}

/** n / d rounded to the nearest integer, ties to even (banker's rounding), exactly in BigInt. */
export function roundHalfEven(n: bigint, d: bigint): bigint {
  if (d < 0n) return roundHalfEven(-n, -d);
  let q = n / d; // truncates toward zero
  let r = n % d;
  if (r < 0n) {
    q -= 1n; // floor, so 0 <= r < d
    r += d;
  }
  const twice = 2n * r;
  if (twice > d || (twice === d && q % 2n !== 0n)) q += 1n;
  return q;
}

/** Each budget line against what the event's transactions spent on its account (and sub-accounts). */
export function budgetVsActual(ledger: Ledger, filter: { event?: string } = {}): BudgetRow[] {
  const rows: BudgetRow[] = [];
  for (const budget of ledger.budgets) {
    if (filter.event !== undefined && budget.event !== filter.event) continue;
    for (const line of budget.lines) {
      let actual = 0n;
      for (const t of ledger.transactions) {
        if (t.tags.event !== budget.event) continue;
        for (const p of t.postings) {
          if (p.amount.currency !== line.amount.currency) continue;
          if (p.account === line.account || p.account.startsWith(`${line.account}:`))
            actual += BigInt(p.amount.minor);
        }
      }
      const planned = BigInt(line.amount.minor);
      rows.push({
        event: budget.event,
        line: line.line,
        account: line.account,
        currency: line.amount.currency,
        budget: planned,
        actual,
        variance: planned - actual,
        percentUsed: planned === 0n ? null : Number(roundHalfEven(actual * 1000n, planned)) / 10,
      });
    }
  }
  return rows;
}

export interface PledgeRow {
  sponsor: string;
  /** The sponsor's public name (sponsors are public). */
  name: string;
  event: string | null;
  kind: "cash" | "in-kind";
  restrictedTo: string | null;
  currency: string;
  pledged: bigint;
  received: bigint;
  outstanding: bigint;
}

/**
 * Pledges (promises, kept outside the books) against what arrived: for cash, money into asset accounts that are
 * not receivables or in-kind; for in-kind, the value recognised as in-kind income. A transaction counts for a
 * sponsor when its `sponsor` tag or its payee is the sponsor's id.
 */
export function pledgesVsReceived(ledger: Ledger, filter: { event?: string } = {}): PledgeRow[] {
  const groups = new Map<string, PledgeRow>();
  for (const p of ledger.pledges) {
    if (filter.event !== undefined && p.event !== filter.event) continue;
    const key = [p.sponsor, p.event ?? "", p.kind, p.amount.currency].join("\u0000");
    const row = groups.get(key);
    if (row) {
      row.pledged += BigInt(p.amount.minor);
      if (p.restrictedTo && !row.restrictedTo?.split(", ").includes(p.restrictedTo)) {
        row.restrictedTo = row.restrictedTo ? `${row.restrictedTo}, ${p.restrictedTo}` : p.restrictedTo;
      }
    } else {
      groups.set(key, {
        sponsor: p.sponsor,
        name: ledger.payees.find((payee) => payee.id === p.sponsor)?.name ?? p.sponsor,
        event: p.event ?? null,
        kind: p.kind,
        restrictedTo: p.restrictedTo ?? null,
        currency: p.amount.currency,
        pledged: BigInt(p.amount.minor),
        received: 0n,
        outstanding: 0n,
      });
    }
  }
  for (const row of groups.values()) {
    for (const t of ledger.transactions) {
      if ((t.tags.sponsor ?? t.payee) !== row.sponsor) continue;
      if (row.event !== null && t.tags.event !== row.event) continue;
      for (const p of t.postings) {
        if (p.amount.currency !== row.currency) continue;
        const nature = accountInfo(ledger, p.account).nature;
        const type = accountTypeOf(p.account);
        if (row.kind === "cash" && type === "assets" && nature !== "receivable" && nature !== "in-kind") {
          row.received += BigInt(p.amount.minor);
        }
        if (row.kind === "in-kind" && type === "income" && nature === "in-kind")
          row.received -= BigInt(p.amount.minor);
      }
    }
    row.outstanding = row.pledged - row.received;
  }
  return [...groups.values()];
}

export interface ReimbursementRow {
  account: string;
  /** The payee id the account is named after (its last component), if it is a known payee. */
  payee: string | null;
  currency: string;
  /** What is still owed to them. */
  owed: bigint;
  /** Date of the first posting that is not yet paid off (oldest debt first). */
  since: string;
}

/** Money still owed back to volunteers: balances of `reimbursements` liability accounts that are not zero. */
export function outstandingReimbursements(ledger: Ledger): ReimbursementRow[] {
  const owed = new Map<string, ReimbursementRow>();
  for (const t of ledger.transactions) {
    for (const p of t.postings) {
      if (accountInfo(ledger, p.account).nature !== "reimbursements") continue;
      const key = `${p.account}\u0000${p.amount.currency}`;
      let row = owed.get(key);
      if (!row) {
        const leaf = p.account.slice(p.account.lastIndexOf(":") + 1);
        row = {
          account: p.account,
          payee: ledger.payees.some((payee) => payee.id === leaf) ? leaf : null,
          currency: p.amount.currency,
          owed: 0n,
          since: t.date,
        };
        owed.set(key, row);
      }
      if (row.owed === 0n) row.since = t.date;
      row.owed -= BigInt(p.amount.minor);
    }
  }
  return [...owed.values()].filter((r) => r.owed !== 0n);
}
