import type { Money } from "@hackdaykit/schema";
import { formatMinor } from "./amount.js";

export type BalanceOutcome =
  | { ok: true; amounts: Money[]; elided: number | undefined }
  | { ok: false; message: string; index?: number };

/**
 * Fills the one posting written without an amount and checks every currency sums to zero.
 * `amounts[i]` undefined means "elided". Sums are bigint so no total can lose precision.
 */
export function balancePostings(amounts: readonly (Money | undefined)[], conversion = false): BalanceOutcome {
  let elided: number | undefined;
  const sums = new Map<string, bigint>();
  for (const [i, amount] of amounts.entries()) {
    if (amount === undefined) {
      if (elided !== undefined) {
        return {
          ok: false,
          index: i,
          message: `postings ${elided + 1} and ${i + 1} both leave out the amount; only one posting may`,
        };
      }
      elided = i;
    } else sums.set(amount.currency, (sums.get(amount.currency) ?? 0n) + BigInt(amount.minor));
  }
  if (sums.size > 1 && !conversion) {
    return {
      ok: false,
      message: `mixes ${[...sums.keys()].join(" and ")}: record currency exchange as an explicit conversion transaction`,
    };
  }
  const open = [...sums].filter(([, sum]) => sum !== 0n);
  const filled = [...amounts] as Money[];
  if (elided !== undefined) {
    if (open.length > 1) {
      return {
        ok: false,
        index: elided,
        message: `the posting without an amount would have to balance ${open.map(([c]) => c).join(" and ")} at once; write its amounts out`,
      };
    }
    const [currency, sum] = open[0] ?? [[...sums.keys()][0] ?? "", 0n];
    const minor = -sum;
    if (minor > BigInt(Number.MAX_SAFE_INTEGER) || -minor > BigInt(Number.MAX_SAFE_INTEGER)) {
      return { ok: false, index: elided, message: "the implicit amount is beyond 2^53 - 1 minor units" };
    }
    filled[elided] = { minor: Number(minor), currency };
    return { ok: true, amounts: filled, elided };
  }
  if (open.length > 0) {
    const off = open.map(([currency, sum]) => `${formatMinor(sum, currency)} ${currency}`).join(", ");
    return { ok: false, message: `does not balance: postings sum to ${off}, expected 0` };
  }
  return { ok: true, amounts: filled, elided };
}
