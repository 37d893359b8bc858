import type { Pledge as EventPledge, Money } from "@hackdaykit/schema";

/** The five kinds of account; an account's type comes from its first name component (`expenses:catering`). */
export type AccountType = "assets" | "liabilities" | "income" | "expenses" | "equity";

/**
 * What an account holds, so reports can keep money apart: unrestricted cash, restricted gifts (only for one
 * budget line), in-kind support (a value, never cash), money owed back to volunteers, and pledges still due.
 */
export type AccountNature = "cash" | "restricted" | "in-kind" | "reimbursements" | "receivable";

export interface AccountInfo {
  name: string;
  type: AccountType;
  nature?: AccountNature;
  /** For restricted accounts: the budget line the money may only be spent on. */
  restrictedTo?: string;
  /** Public label for open accounts ("Catering"); defaults to the name. */
  label?: string;
  description?: string;
}

export interface Posting {
  account: string;
  amount: Money;
  /** The amount was left implicit in the source (filled in so the transaction balances). */
  elided?: boolean;
  /** Balance assertion: the account's balance in this currency after this posting. */
  assertion?: Money;
  comment?: string;
}

export interface Transaction {
  /** Stable id (slug, or a journal's code); corrections point at it. */
  id: string;
  /** ISO date, YYYY-MM-DD. */
  date: string;
  description: string;
  payee?: string;
  status?: "cleared" | "pending";
  /** Tags such as `event`, `line` (budget line), `sponsor`. */
  tags: Record<string, string>;
  postings: Posting[];
  /** This transaction reverses (corrects) the one with this id. */
  reverses?: string;
  /** An explicit currency conversion: the only kind of transaction that may hold more than one currency. */
  conversion?: boolean;
  /** Private: where the receipt is kept. Never published. */
  receipt?: string;
  comment?: string;
  /** Where it was written (1-based line), when read from a file. */
  line?: number;
}

export interface Payee {
  id: string;
  name: string;
  kind: "sponsor" | "organisation" | "supplier" | "person";
  /** Consent to publish the name. Sponsors are public; people are private unless they say otherwise. */
  public: boolean;
  /** Private: bank details for payments. Never published. */
  bank?: string;
}

/** A sponsor's pledge as the event file states it (schema's `Pledge`), with the sponsor and event it belongs to. */
export interface SponsorPledge extends Omit<EventPledge, "id"> {
  sponsor: string;
  event?: string;
}

/** @deprecated Use `SponsorPledge` (schema's `Pledge` is the pledge inside a sponsor); this alias goes in a later minor. */
export type Pledge = SponsorPledge;

export interface BudgetLine {
  line: string;
  /** Account (and its sub-accounts) whose postings count as spending on this line. */
  account: string;
  amount: Money;
}

export interface Budget {
  event: string;
  lines: BudgetLine[];
}

export interface Ledger {
  /** Default currency for bare amounts. */
  currency?: string;
  /** Default `event` tag for transactions that have none. */
  event?: string;
  accounts: AccountInfo[];
  payees: Payee[];
  pledges: SponsorPledge[];
  budgets: Budget[];
  transactions: Transaction[];
}

const TYPE_ALIASES: Readonly<Record<string, AccountType>> = {
  assets: "assets",
  asset: "assets",
  liabilities: "liabilities",
  liability: "liabilities",
  income: "income",
  revenue: "income",
  revenues: "income",
  expenses: "expenses",
  expense: "expenses",
  equity: "equity",
};

/**
 * Account names: colon paths under one of the five types (hledger's capitalised `Assets:Bank` too). No regex
 * flags, so the JSON Schema pattern means exactly the same.
 */
export const ACCOUNT_PATTERN =
  /^([Aa]ssets?|[Ll]iabilit(?:y|ies)|[Ii]ncome|[Rr]evenues?|[Ee]xpenses?|[Ee]quity)(:[^:;\t\n ]+(?: [^:;\t\n ]+)*)*$/;

/** The account's type from its first component, case-insensitively (`Expenses:Food` → expenses), if known. */
export function accountTypeOf(account: string): AccountType | undefined {
  const root = account.split(":", 1)[0]!.toLowerCase();
  return TYPE_ALIASES[root];
}

/** The declared account info for `account`, inherited from its nearest declared ancestor. */
export function accountInfo(ledger: Pick<Ledger, "accounts">, account: string): Partial<AccountInfo> {
  let best: AccountInfo | undefined;
  for (const info of ledger.accounts) {
    if (
      (account === info.name || account.startsWith(`${info.name}:`)) &&
      (!best || info.name.length > best.name.length)
    ) {
      best = info;
    }
  }
  return best ?? {};
}

/** True when `account` is `parent` or one of its sub-accounts. */
export function isUnder(account: string, parent: string): boolean {
  return account === parent || account.startsWith(`${parent}:`);
}

export function emptyLedger(): Ledger {
  return { accounts: [], payees: [], pledges: [], budgets: [], transactions: [] };
}
