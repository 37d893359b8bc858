import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { toJsonValue } from "../json.js";
import { parseLedger } from "../load.js";
import { exampleLedger } from "../test-helpers.js";
import { balances, register } from "./balance.js";
import {
  budgetVsActual,
  outstandingReimbursements,
  pledgesVsReceived,
  roundHalfEven,
} from "./sponsorship.js";
import { balanceSheet, eventsOf, incomeStatement, trialBalance } from "./statements.js";

// Figures worked out by hand from examples/nhs-hack-day-31.ledger.yaml.
const ledger = exampleLedger();

describe("reports on the example event", () => {
  it("balance: per account and currency, decimal strings in JSON", () => {
    const json = toJsonValue({ balances: balances(ledger) });
    expect(json.balances).toContainEqual({
      account: "assets:bank:current",
      currency: "GBP",
      amount: "2115.25",
    });
    expect(json.balances).toContainEqual({
      account: "assets:bank:restricted-catering",
      currency: "GBP",
      amount: "0.00",
    });
    expect(json.balances).toContainEqual({
      account: "equity:conversion",
      currency: "USD",
      amount: "-100.00",
    });
    expect(balances(ledger, { account: "expenses:catering" }).map((b) => b.account)).toEqual([
      "expenses:catering:drinks",
      "expenses:catering:in-kind",
      "expenses:catering:lunch",
      "expenses:catering:snacks",
    ]);
  });

  it("register: running total of the current account, the correction visible", () => {
    const rows = register(ledger, { account: "assets:bank:current" });
    expect(rows.map((r) => r.id)).toContain("badges-reversal");
    expect(rows.at(-1)!.running).toBe(211525n);
  });

  it("income statement per event", () => {
    expect(eventsOf(ledger)).toEqual(["nhs-hack-day-31"]);
    const s = incomeStatement(ledger, { event: "nhs-hack-day-31" });
    expect(toJsonValue(s.totals)).toEqual([
      { currency: "GBP", income: "9750.00", expenses: "7579.74", net: "2170.26" },
      { currency: "USD", income: "0.00", expenses: "100.00", net: "-100.00" },
    ]);
    expect(incomeStatement(ledger, { event: "another-event" }).totals).toEqual([]);
  });

  it("balance sheet balances: assets = liabilities + equity + surplus", () => {
    const sheet = balanceSheet(ledger);
    for (const t of sheet.totals) expect(t.assets).toBe(t.liabilitiesAndEquity);
    expect(toJsonValue(sheet.liabilities)).toEqual([
      { account: "liabilities:reimbursements:kaia-ellsworth", currency: "GBP", amount: "24.99" },
    ]);
  });

  it("trial balance: debits equal credits per currency", () => {
    const tb = trialBalance(ledger);
    expect(toJsonValue(tb.totals)).toEqual([
      { currency: "GBP", debit: "9774.99", credit: "9774.99" },
      { currency: "USD", debit: "100.00", credit: "100.00" },
    ]);
  });

  it("budget vs actual with variance and % used", () => {
    expect(toJsonValue(budgetVsActual(ledger))).toEqual([
      {
        event: "nhs-hack-day-31",
        line: "venue",
        account: "expenses:venue",
        currency: "GBP",
        budget: "4000.00",
        actual: "4000.00",
        variance: "0.00",
        percentUsed: 100,
      },
      {
        event: "nhs-hack-day-31",
        line: "catering",
        account: "expenses:catering",
        currency: "GBP",
        budget: "2400.00",
        actual: "2656.25",
        variance: "-256.25",
        percentUsed: 110.7,
      },
      {
        event: "nhs-hack-day-31",
        line: "prizes",
        account: "expenses:prizes",
        currency: "GBP",
        budget: "750.00",
        actual: "750.00",
        variance: "0.00",
        percentUsed: 100,
      },
      {
        event: "nhs-hack-day-31",
        line: "supplies",
        account: "expenses:supplies",
        currency: "GBP",
        budget: "300.00",
        actual: "166.99",
        variance: "133.01",
        percentUsed: 55.7,
      },
    ]);
  });

  it("pledges vs received: cash by money in the bank, in-kind by value recognised; Lumen Labs owes £250", () => {
    const rows = toJsonValue(pledgesVsReceived(ledger));
    expect(rows.map((r) => [r.sponsor, r.kind, r.pledged, r.received, r.outstanding])).toEqual([
      ["northgate-health-data", "cash", "3000.00", "3000.00", "0.00"],
      ["openwell-foundation", "cash", "1500.00", "1500.00", "0.00"],
      ["riverside-institute", "in-kind", "4000.00", "4000.00", "0.00"],
      ["lumen-labs", "cash", "750.00", "500.00", "250.00"],
      ["pixel-surgery", "cash", "500.00", "500.00", "0.00"],
      ["kettle-and-crumb", "in-kind", "250.00", "250.00", "0.00"],
    ]);
    expect(rows[1]!.restrictedTo).toBe("catering");
  });

  it("outstanding reimbursements: the £63.85 was paid back, £24.99 is still owed", () => {
    expect(toJsonValue(outstandingReimbursements(ledger))).toEqual([
      {
        account: "liabilities:reimbursements:kaia-ellsworth",
        payee: "kaia-ellsworth",
        currency: "GBP",
        owed: "24.99",
        since: "2026-05-16",
      },
    ]);
  });
});

describe("budget % used", () => {
  const used = (spent: string, budget: string) =>
    budgetVsActual(
      parseLedger({
        currency: "GBP",
        event: "e",
        budgets: [{ event: "e", lines: [{ line: "x", account: "expenses:x", amount: budget }] }],
        transactions: [
          {
            id: "t",
            date: "2026-01-01",
            description: "spend",
            postings: [`expenses:x  ${spent}`, "assets:bank"],
          },
        ],
      }),
    )[0]!.percentUsed;

  it("rounds to one decimal place instead of truncating: 2.00 of 3.00 is 66.7%", () => {
    expect(used("2.00", "3.00")).toBe(66.7);
    expect(used("1.00", "3.00")).toBe(33.3);
    expect(used("-2.00", "3.00")).toBe(-66.7); // a refund larger than the spending
  });

  it("rounds a tie to even: 0.01 of 0.16 is 6.25% → 6.2%, 0.03 of 0.16 is 18.75% → 18.8%", () => {
    expect(used("0.01", "0.16")).toBe(6.2);
    expect(used("0.03", "0.16")).toBe(18.8);
  });

  it("roundHalfEven is the nearest integer, ties to even, for any numerator and denominator", () => {
    fc.assert(
      fc.property(
        fc.bigInt(-(10n ** 20n), 10n ** 20n),
        fc.bigInt(1n, 10n ** 12n),
        fc.boolean(),
        (n, d, flip) => {
          const den = flip ? -d : d;
          const q = roundHalfEven(n, den);
          // |q - n/den| <= 1/2, with equality only for an even q: compare 2|q·d − n| with d.
          const num = flip ? -n : n;
          const twice = 2n * (q * d - num);
          const gap = twice < 0n ? -twice : twice;
          expect(gap <= d).toBe(true);
          if (gap === d) expect(q % 2n).toBe(0n);
        },
      ),
    );
  });
});
