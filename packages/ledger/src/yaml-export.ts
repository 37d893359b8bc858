import { toYamlText } from "@hackdaykit/schema";
import { formatMinor } from "./amount.js";
import type { Ledger } from "./model.js";

const amount = (m: { minor: number; currency: string }) =>
  `${formatMinor(m.minor, m.currency)} ${m.currency}`;

/** The ledger as plain data in our own file format (what {@link parseLedger} reads back). */
export function toLedgerFileData(ledger: Ledger): Record<string, unknown> {
  return {
    ...(ledger.currency !== undefined && { currency: ledger.currency }),
    ...(ledger.event !== undefined && { event: ledger.event }),
    ...(ledger.accounts.length > 0 && { accounts: ledger.accounts.map(({ type: _type, ...rest }) => rest) }),
    ...(ledger.payees.length > 0 && { payees: ledger.payees }),
    ...(ledger.pledges.length > 0 && {
      pledges: ledger.pledges.map((p) => ({ ...p, amount: amount(p.amount) })),
    }),
    ...(ledger.budgets.length > 0 && {
      budgets: ledger.budgets.map((b) => ({
        ...b,
        lines: b.lines.map((l) => ({ ...l, amount: amount(l.amount) })),
      })),
    }),
    transactions: ledger.transactions.map((t) => transactionData(t, ledger.event)),
  };
}

/** One transaction as written in our file format; `defaultEvent` is left implicit. */
export function transactionData(
  t: Ledger["transactions"][number],
  defaultEvent?: string,
): Record<string, unknown> {
  const tags = { ...t.tags };
  if (defaultEvent !== undefined && tags.event === defaultEvent) delete tags.event;
  return {
    id: t.id,
    date: t.date,
    description: t.description,
    ...(t.payee !== undefined && { payee: t.payee }),
    ...(t.status !== undefined && { status: t.status }),
    ...(Object.keys(tags).length > 0 && { tags }),
    ...(t.reverses !== undefined && { reverses: t.reverses }),
    ...(t.conversion !== undefined && { conversion: t.conversion }),
    ...(t.receipt !== undefined && { receipt: t.receipt }),
    ...(t.comment !== undefined && { comment: t.comment }),
    postings: t.postings.map((p) => ({
      account: p.account,
      ...(!p.elided && { amount: amount(p.amount) }),
      ...(p.assertion && { assert: amount(p.assertion) }),
      ...(p.comment !== undefined && { comment: p.comment }),
    })),
  };
}

/**
 * YAML text of the ledger in our own format, which {@link parseLedgerText} reads back to the same ledger. Written
 * by schema's `toYamlText`, as event files are: U+2028, U+2029, U+0085 and control characters are escaped.
 */
export function toLedgerYaml(ledger: Ledger): string {
  return toYamlText(toLedgerFileData(ledger));
}

/** YAML sequence text (no key) of transactions, as they would be written under `transactions:`. */
export function transactionsYaml(
  transactions: readonly Ledger["transactions"][number][],
  defaultEvent?: string,
): string {
  return toYamlText(transactions.map((t) => transactionData({ ...t, line: undefined }, defaultEvent)));
}
