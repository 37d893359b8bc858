import type { ValidationIssue } from "@hackdaykit/schema";
import type { Ledger, Transaction } from "./model.js";

const canonical = (t: Transaction) => JSON.stringify({ ...t, line: undefined });

/**
 * The books are append-only: a newer version of a ledger must keep every earlier transaction exactly as it was
 * (corrections are new reversing transactions). Returns one issue per transaction changed or removed.
 */
export function checkAppendOnly(previous: Ledger, next: Ledger): ValidationIssue[] {
  const now = new Map(next.transactions.map((t, i) => [t.id, { t, i }]));
  return previous.transactions.flatMap((before, i): ValidationIssue[] => {
    const after = now.get(before.id);
    if (!after) {
      return [
        {
          severity: "error",
          path: ["transactions", i],
          message: `transaction "${before.id}" was removed; reverse it instead`,
        },
      ];
    }
    if (canonical(after.t) !== canonical(before)) {
      return [
        {
          severity: "error",
          path: ["transactions", after.i],
          message: `transaction "${before.id}" was edited in place; leave it and add a reversing transaction (reverses: ${before.id})`,
        },
      ];
    }
    return [];
  });
}

/** A reversing transaction for `original`: every posting negated, linked by `reverses`. */
export function reversalOf(
  original: Transaction,
  id: string,
  date: string,
  description = `Reversal of ${original.id}`,
): Transaction {
  return {
    id,
    date,
    description,
    tags: { ...original.tags },
    reverses: original.id,
    postings: original.postings.map((p) => ({
      account: p.account,
      amount: { ...p.amount, minor: -p.amount.minor },
    })),
    ...(original.payee !== undefined && { payee: original.payee }),
    ...(original.conversion !== undefined && { conversion: original.conversion }),
  };
}
