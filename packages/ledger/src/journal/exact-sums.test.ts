// Every sum the journal reader makes is exact: running sums inside a transaction, the elided amount, and each
// account's total, for amounts anywhere up to 2^53 − 1 minor units (checked against BigInt and against hledger).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { tool } from "../test-helpers.js";
import { parseJournalAmount } from "./amount.js";
import { balanceJournalStream, parseJournal, textChunks } from "./parse.js";

const MAX = BigInt(Number.MAX_SAFE_INTEGER);
const ACCOUNTS = ["assets:bank", "assets:cash", "expenses:food", "income:sponsor acme", "equity"];

interface Generated {
  text: string;
  /** Account → exact total, worked out here with BigInt alone. */
  totals: Map<string, bigint>;
}

// Amounts near the limit as well as anywhere in range: the running sum must leave the safe range often.
const amountArb = fc.oneof(
  fc.bigInt({ min: -MAX, max: MAX }),
  fc.bigInt({ min: MAX - 1000n, max: MAX }),
  fc.bigInt({ min: -MAX, max: -MAX + 1000n }),
  fc.bigInt({ min: -1000n, max: 1000n }),
);

const transactionArb = fc.record({
  postings: fc.array(fc.record({ account: fc.constantFrom(...ACCOUNTS), amount: amountArb }), {
    minLength: 1,
    maxLength: 5,
  }),
  last: fc.constantFrom(...ACCOUNTS),
  elide: fc.boolean(),
});

/** Balanced JPY transactions (no minor unit, so minor = the written number); the remainder is split into
 * in-range postings, the last of them left out when `elide` says so. */
const journalArb = fc.array(transactionArb, { minLength: 1, maxLength: 8 }).map((transactions): Generated => {
  const totals = new Map<string, bigint>();
  const add = (account: string, amount: bigint) => totals.set(account, (totals.get(account) ?? 0n) + amount);
  const lines = ["commodity 1000. JPY", ""];
  transactions.forEach(({ postings, last, elide }, t) => {
    lines.push(`2026-01-${String((t % 28) + 1).padStart(2, "0")} transaction ${t}`);
    let sum = 0n;
    for (const { account, amount } of postings) {
      lines.push(`    ${account}    ${amount} JPY`);
      add(account, amount);
      sum += amount;
    }
    let rest = -sum;
    while (rest > MAX || rest < -MAX) {
      const part = rest > 0n ? MAX : -MAX;
      lines.push(`    ${last}    ${part} JPY`);
      add(last, part);
      rest -= part;
    }
    lines.push(elide ? `    ${last}` : `    ${last}    ${rest} JPY`);
    add(last, rest);
    lines.push("");
  });
  for (const [account, total] of totals) if (total === 0n) totals.delete(account);
  return { text: `${lines.join("\n")}\n`, totals };
});

async function ours(text: string): Promise<Map<string, bigint>> {
  const { balances } = await balanceJournalStream(textChunks(text));
  const totals = new Map<string, bigint>();
  for (const row of balances) if (row.amount !== 0n) totals.set(row.account, row.amount);
  return totals;
}

function hledgers(text: string): Map<string, bigint> {
  const run = tool("hledger", ["-f", "-", "bal", "--flat", "-N", "-O", "csv", "--layout=bare"], text);
  expect(run.stderr).toBe("");
  expect(run.status).toBe(0);
  const totals = new Map<string, bigint>();
  for (const line of run.stdout.trim().split("\n").slice(1)) {
    const [account, commodity, balance] = JSON.parse(`[${line}]`) as string[];
    // Totals may pass 2^53 − 1, which parseJournalAmount refuses: read the digits as a BigInt.
    expect(parseJournalAmount(`1 ${commodity}`)).toMatchObject({ currency: "JPY" });
    const value = BigInt(balance!.replaceAll(",", ""));
    if (value !== 0n) totals.set(account!, value);
  }
  return totals;
}

describe("journal sums are exact", () => {
  it("a running sum that leaves the safe range and comes back (issue 11, item 10): -2 JPY, as hledger says", async () => {
    const text = [
      "commodity 1000. JPY",
      "",
      "2026-01-01 big",
      "    a    9007199254740991 JPY",
      "    b    2 JPY",
      "    c    -9007199254740991 JPY",
      "    d",
      "",
    ].join("\n");
    const expected = new Map([
      ["a", 9007199254740991n],
      ["b", 2n],
      ["c", -9007199254740991n],
      ["d", -2n],
    ]);
    expect(await ours(text)).toEqual(expected);
    expect(hledgers(text)).toEqual(expected);
    const d = parseJournal(text).transactions[0]!.postings[3]!;
    expect(d).toMatchObject({ account: "d", amount: { currency: "JPY", minor: -2 }, elided: true });
  });

  it("equal BigInt sums for random amounts up to 2^53 − 1, streamed and parsed whole", async () => {
    await fc.assert(
      fc.asyncProperty(journalArb, async ({ text, totals }) => {
        expect(await ours(text), text).toEqual(totals);
        const whole = new Map<string, bigint>();
        for (const t of parseJournal(text).transactions)
          for (const p of t.postings)
            whole.set(p.account, (whole.get(p.account) ?? 0n) + BigInt(p.amount.minor));
        for (const [account, total] of whole) if (total === 0n) whole.delete(account);
        expect(whole).toEqual(totals);
      }),
      { numRuns: 300, seed: 12 },
    );
  });

  it("equal hledger's totals on the same random journals", async () => {
    for (const { text, totals } of fc.sample(journalArb, { numRuns: 15, seed: 13 })) {
      expect(hledgers(text), text).toEqual(totals);
      expect(await ours(text), text).toEqual(totals);
    }
  });
});
