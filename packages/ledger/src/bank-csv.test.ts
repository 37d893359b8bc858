import { formatIssue } from "@hackdaykit/schema";
import { describe, expect, it } from "vitest";
import { type BankMapping, BankMappingSchema, importBankCsv } from "./bank-csv.js";

const mapping: BankMapping = BankMappingSchema.parse({
  account: "assets:bank:current",
  currency: "GBP",
  dateFormat: "DD/MM/YYYY",
  columns: {
    date: "Date",
    description: "Description",
    in: "Paid in",
    out: "Paid out",
    payee: "Counterparty",
  },
  event: "nhs-hack-day-31",
  rules: [
    {
      match: "fresh fork",
      account: "expenses:catering:lunch",
      payee: "fresh-fork",
      tags: { line: "catering" },
    },
    {
      match: "^northgate",
      account: "income:sponsorship:northgate-health-data",
      payee: "northgate-health-data",
    },
  ],
});

const STATEMENT = `\uFEFFDate,Description,Counterparty,Paid in,Paid out
02/03/2026,SPONSORSHIP NHD31,Northgate Health Data,"3,000.00",
16/05/2026,INV 1182,Fresh Fork Catering,,1095.00
16/05/2026,Card fee,Bank,,0.50
16/05/2026,Card fee,Bank,,0.50
`;

describe("importBankCsv", () => {
  it("maps columns and rules to balanced transactions", () => {
    const result = importBankCsv(STATEMENT, mapping);
    if (!result.ok) throw new Error(result.issues.map(formatIssue).join("\n"));
    expect(result.transactions).toHaveLength(4);
    const [gift, lunch, fee1, fee2] = result.transactions;
    expect(gift).toMatchObject({
      date: "2026-03-02",
      payee: "northgate-health-data",
      tags: { event: "nhs-hack-day-31" },
      postings: [
        { account: "assets:bank:current", amount: { currency: "GBP", minor: 300000 } },
        { account: "income:sponsorship:northgate-health-data", amount: { currency: "GBP", minor: -300000 } },
      ],
    });
    expect(lunch!.tags).toEqual({ event: "nhs-hack-day-31", line: "catering" });
    expect(lunch!.postings[1]).toEqual({
      account: "expenses:catering:lunch",
      amount: { currency: "GBP", minor: 109500 },
    });
    expect(fee1!.postings[1]!.account).toBe("expenses:uncategorised");
    // Two identical rows are two transactions, with different ids.
    expect(fee1!.id).not.toBe(fee2!.id);
  });

  it("skips what an earlier import already added, even from an overlapping statement", () => {
    const first = importBankCsv(STATEMENT, mapping);
    if (!first.ok) throw new Error("first import failed");
    const existingIds = new Set(first.transactions.map((t) => t.id));
    const overlapping = `${STATEMENT}17/05/2026,INV 1190,Fresh Fork Catering,,635.00\n`;
    const again = importBankCsv(overlapping, mapping, { existingIds });
    expect(again).toMatchObject({ ok: true, duplicates: 4 });
    if (again.ok) expect(again.transactions.map((t) => t.date)).toEqual(["2026-05-17"]);
  });

  it("reads a signed amount column", () => {
    const signed = BankMappingSchema.parse({
      account: "assets:bank",
      currency: "EUR",
      columns: { date: "when", description: "what", amount: "amount" },
    });
    const result = importBankCsv("when,what,amount\n2026-01-05,Coffee,-3.20\n2026-01-06,Gift,10\n", signed);
    expect(
      result.ok && result.transactions.map((t) => [t.postings[1]!.account, t.postings[0]!.amount.minor]),
    ).toEqual([
      ["expenses:uncategorised", -320],
      ["income:uncategorised", 1000],
    ]);
  });

  it("names the line of a bad row", () => {
    const bad = importBankCsv(
      "Date,Description,Counterparty,Paid in,Paid out\n02/03/2026,x,y,1.2.3,\n31/02/2026,x,y,1,\n",
      mapping,
      { file: "bank.csv" },
    );
    expect(bad.ok).toBe(false);
    if (!bad.ok) {
      expect(bad.issues.map(formatIssue)).toEqual([
        'bank.csv:2: "1.2.3" is not a decimal amount (expected e.g. "£1,250.00" or "1250.5 GBP")',
        'bank.csv:3: "31/02/2026" is not a date in the format DD/MM/YYYY',
      ]);
    }
  });

  it("says which mapped column the header lacks", () => {
    const bad = importBankCsv("Date,Details\n01/01/2026,x\n", mapping, { file: "bank.csv" });
    expect(!bad.ok && formatIssue(bad.issues[0]!)).toBe(
      'bank.csv:1: the header has no column "Description", "Paid in", "Paid out", "Counterparty"',
    );
  });

  it("rejects a mapping with both amount and in/out", () => {
    const result = BankMappingSchema.safeParse({
      account: "assets:bank",
      currency: "GBP",
      columns: { date: "d", description: "x", amount: "a", in: "i" },
    });
    expect(result.success).toBe(false);
  });
});
