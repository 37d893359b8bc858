import { formatIssue } from "@hackdaykit/schema";
import { describe, expect, it } from "vitest";
import { checkAppendOnly, reversalOf } from "./append-only.js";
import { parseLedger, parseLedgerText } from "./load.js";
import { exampleLedger } from "./test-helpers.js";

/** A small ledger file with one transaction whose postings are given as YAML lines. */
function withPostings(postings: string, extra = ""): string {
  return `currency: GBP
${extra}transactions:
  - id: lunch
    date: 2026-05-16
    description: Lunch
    postings:
${postings}
`;
}

function errors(text: string): string[] {
  const result = parseLedgerText(text, "t.ledger.yaml");
  expect(result.ok).toBe(false);
  return result.ok ? [] : result.issues.map(formatIssue);
}

describe("the example ledger", () => {
  it("loads, with elided amounts filled and the default event applied", () => {
    const ledger = exampleLedger();
    expect(ledger.transactions).toHaveLength(20);
    const first = ledger.transactions[0]!;
    expect(first.postings[1]).toEqual({
      account: "income:sponsorship:northgate-health-data",
      amount: { minor: -300000, currency: "GBP" },
      elided: true,
    });
    expect(first.tags).toEqual({ sponsor: "northgate-health-data", event: "nhs-hack-day-31" });
    expect(ledger.payees.find((p) => p.id === "kaia-ellsworth")?.public).toBe(false);
    expect(ledger.payees.find((p) => p.id === "lumen-labs")?.public).toBe(true);
  });

  it("keeps every transaction balanced per currency", () => {
    for (const t of exampleLedger().transactions) {
      const sums = new Map<string, number>();
      for (const p of t.postings)
        sums.set(p.amount.currency, (sums.get(p.amount.currency) ?? 0) + p.amount.minor);
      expect(
        [...sums.values()].every((s) => s === 0),
        t.id,
      ).toBe(true);
    }
  });
});

describe("bad input: a clear error with file and line", () => {
  it("an unbalanced transaction, naming it", () => {
    const [issue] = errors(
      withPostings(`      - { account: expenses:catering, amount: "£10.00" }
      - { account: assets:bank, amount: "-£9.99" }`),
    );
    expect(issue).toBe(
      't.ledger.yaml:3:5: transactions[0]: transaction "lunch" (2026-05-16 Lunch) does not balance: postings sum to 0.01 GBP, expected 0',
    );
  });

  it("an unknown currency", () => {
    expect(
      errors(
        withPostings(`      - { account: expenses:catering, amount: "10.00 XYZ" }
      - { account: assets:bank }`),
      )[0],
    ).toMatch(/^t\.ledger\.yaml:7:47: .*"XYZ" is not an ISO 4217 currency code/);
  });

  it("a date that does not exist", () => {
    const text = withPostings(`      - { account: expenses:catering, amount: "10" }
      - { account: assets:bank }`).replace("2026-05-16", "2026-02-30");
    expect(errors(text)[0]).toMatch(
      /^t\.ledger\.yaml:4:11: transactions\[0\]\.date: transaction "lunch": "2026-02-30" is not a real date/,
    );
  });

  it("two elided amounts", () => {
    expect(
      errors(
        withPostings(`      - { account: expenses:catering }
      - { account: assets:bank }`),
      )[0],
    ).toMatch(/^t\.ledger\.yaml:8:9: .*postings 1 and 2 both leave out the amount/);
  });

  it("a number like 1.2.3", () => {
    expect(
      errors(
        withPostings(`      - { account: expenses:catering, amount: "1.2.3" }
      - { account: assets:bank }`),
      )[0],
    ).toMatch(/^t\.ledger\.yaml:7:47: .*"1\.2\.3" is not a decimal amount/);
  });

  it("an amount beyond the safe bound", () => {
    expect(
      errors(
        withPostings(`      - { account: expenses:catering, amount: "90071992547409.92" }
      - { account: assets:bank }`),
      )[0],
    ).toMatch(/beyond the largest supported amount/);
  });

  it("mixed currencies outside an explicit conversion", () => {
    expect(
      errors(
        withPostings(`      - { account: expenses:catering, amount: "£10" }
      - { account: expenses:catering, amount: "€10" }
      - { account: assets:bank, amount: "-£10" }
      - { account: assets:bank, amount: "-€10" }`),
      )[0],
    ).toMatch(/mixes GBP and EUR: record currency exchange as an explicit conversion/);
  });

  it("an account outside the five types", () => {
    expect(
      errors(
        withPostings(`      - { account: food, amount: "£10" }
      - { account: assets:bank }`),
      )[0],
    ).toMatch(/^t\.ledger\.yaml:7:20: .*expected an account like expenses:catering:lunch/);
  });

  it("checks balance assertions in date order, as hledger does", () => {
    const text = `currency: GBP
transactions:
  - id: count
    date: 2026-05-17
    description: Till count
    postings:
      - { account: expenses:catering, amount: "£10" }
      - { account: assets:bank, assert: "-£15" }
  - id: late-entry
    date: 2026-05-16
    description: Receipt found after the count was written down
    postings:
      - { account: expenses:catering, amount: "£5" }
      - { account: assets:bank }
`;
    expect(parseLedgerText(text, "t.ledger.yaml").ok).toBe(true);
    expect(errors(text.replace('assert: "-£15"', 'assert: "-£10"'))[0]).toMatch(
      /balance assertion failed: assets:bank is -15\.00 GBP, asserted -10\.00/,
    );
  });

  it("a failed balance assertion", () => {
    expect(
      errors(
        withPostings(`      - { account: expenses:catering, amount: "£10" }
      - { account: assets:bank, assert: "-£9" }`),
      )[0],
    ).toMatch(/balance assertion failed: assets:bank is -10\.00 GBP, asserted -9\.00/);
  });

  it("a YAML syntax error", () => {
    expect(errors("currency: GBP\ntransactions: [\n")[0]).toMatch(/^t\.ledger\.yaml:\d+:\d+: /);
  });
});

describe("short postings", () => {
  it('reads "account amount" strings, one or two spaces apart, and a bare account as the elided posting', () => {
    const ledger = parseLedger({
      currency: "GBP",
      transactions: [
        {
          id: "t",
          date: "2026-01-01",
          description: "x",
          postings: ["expenses:food £4.20", "expenses:tea  1.50 GBP", "assets:bank"],
        },
      ],
    });
    expect(ledger.transactions[0]!.postings.map((p) => [p.account, p.amount.minor])).toEqual([
      ["expenses:food", 420],
      ["expenses:tea", 150],
      ["assets:bank", -570],
    ]);
  });

  it("names a short posting whose account is wrong", () => {
    expect(
      errors(
        withPostings(`      - "food £4.20"
      - assets:bank`),
      )[0],
    ).toMatch(/^t\.ledger\.yaml:7:9: transactions\[0\]\.postings\[0\]: "food" is not an account/);
  });
});

describe("append-only corrections", () => {
  const base = `currency: GBP
transactions:
  - id: badges
    date: 2026-04-20
    description: Badges
    postings:
      - { account: expenses:supplies, amount: "£124.00" }
      - { account: assets:bank }
`;
  it("accepts a reversal that negates the original exactly", () => {
    expect(parseLedger({ currency: "GBP" }).transactions).toEqual([]);
    const ok = parseLedgerText(`${base}  - id: badges-reversal
    date: 2026-04-22
    description: Reversal
    reverses: badges
    postings:
      - { account: expenses:supplies, amount: "-£124.00" }
      - { account: assets:bank, amount: "£124.00" }
`);
    expect(ok.ok).toBe(true);
  });

  it("rejects a reversal that does not match, or points forward, or repeats", () => {
    const wrong = errors(`${base}  - id: fix
    date: 2026-04-22
    description: Reversal
    reverses: badges
    postings:
      - { account: expenses:supplies, amount: "-£100.00" }
      - { account: assets:bank }
  - id: fix-again
    date: 2026-04-19
    description: Reversal
    reverses: badges
    postings:
      - { account: expenses:supplies, amount: "-£124.00" }
      - { account: assets:bank }
  - id: forward
    date: 2026-04-22
    description: Reversal
    reverses: later
    postings:
      - { account: expenses:supplies, amount: "-£1.00" }
      - { account: assets:bank }
`);
    expect(wrong.join("\n")).toMatch(/reversal "fix" must negate every posting of "badges" exactly/);
    expect(wrong.join("\n")).toMatch(/"badges" is already reversed by "fix"/);
    expect(wrong.join("\n")).toMatch(/reversal "fix-again" is dated before the transaction it corrects/);
    expect(wrong.join("\n")).toMatch(/reverses "later", which is not an earlier transaction/);
  });

  it("checkAppendOnly flags edits and removals, and allows appended reversals", () => {
    const before = exampleLedger();
    const original = before.transactions.find((t) => t.id === "coffee")!;
    const appended = {
      ...before,
      transactions: [...before.transactions, reversalOf(original, "coffee-reversal", "2026-06-01")],
    };
    expect(checkAppendOnly(before, appended)).toEqual([]);
    const edited = structuredClone(before);
    edited.transactions[12]!.postings[0]!.amount.minor += 1;
    expect(checkAppendOnly(before, edited)[0]?.message).toMatch(/was edited in place/);
    const removed = { ...before, transactions: before.transactions.slice(1) };
    expect(checkAppendOnly(before, removed)[0]?.message).toMatch(/"northgate-sponsorship" was removed/);
  });
});
