import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { parseLedger } from "../load.js";
import { exampleLedger } from "../test-helpers.js";
import { openAccountsCsv, openAccountsJson, openAccountsMarkdown, openAccountsSvg } from "./formats.js";
import { openAccounts } from "./open-accounts.js";

const ledger = exampleLedger();
const view = openAccounts(ledger, { event: "nhs-hack-day-31" });
const outputs = {
  json: openAccountsJson(view),
  markdown: openAccountsMarkdown(view),
  csv: openAccountsCsv(view),
  svg: openAccountsSvg(view),
};

describe("openAccounts", () => {
  it("shows income by sponsor (public) with restricted and in-kind kept apart from cash", () => {
    const income = JSON.parse(outputs.json).income;
    expect(income).toEqual([
      {
        source: "The Riverside Institute",
        kind: "in-kind",
        restrictedTo: null,
        currency: "GBP",
        amount: "4000.00",
      },
      {
        source: "Northgate Health Data",
        kind: "cash",
        restrictedTo: null,
        currency: "GBP",
        amount: "3000.00",
      },
      {
        source: "Openwell Foundation",
        kind: "restricted",
        restrictedTo: "catering",
        currency: "GBP",
        amount: "1500.00",
      },
      { source: "Lumen Labs", kind: "cash", restrictedTo: null, currency: "GBP", amount: "500.00" },
      { source: "Pixel Surgery", kind: "cash", restrictedTo: null, currency: "GBP", amount: "500.00" },
      { source: "Kettle & Crumb", kind: "in-kind", restrictedTo: null, currency: "GBP", amount: "250.00" },
    ]);
    expect(JSON.parse(outputs.json).totals[0]).toEqual({
      currency: "GBP",
      income: "5500.00",
      expenses: "3329.74",
      net: "2170.26",
      inKind: "4250.00",
      balanceCarried: "2115.25",
      owedToVolunteers: "24.99",
    });
  });

  it("names a private volunteer only by a neutral label", () => {
    const payees = view.payments.map((p) => p.payee);
    expect(payees).toContain("volunteer reimbursement");
    expect(payees).toContain("Fresh Fork Catering Ltd");
    expect(payees).toContain("private individual"); // prize winners: undeclared payees
  });

  it("labels a payment with no payee (bank charges) as such, not as a private person", () => {
    const charges = view.payments.filter((p) => p.category === "Bank charges");
    expect(charges.map((p) => p.payee)).toEqual(["no payee"]);
    const relabelled = openAccounts(exampleLedger(), { unnamedLabel: "bank" });
    expect(relabelled.payments.find((p) => p.category === "Bank charges")?.payee).toBe("bank");
  });

  it("never publishes a private name, email, phone, receipt, bank detail or description", () => {
    const event = readFileSync(
      fileURLToPath(new URL("../../../../examples/nhs-hack-day-31.yaml", import.meta.url)),
      "utf8",
    );
    const privateNames = [...event.matchAll(/name: (.+)\n(?:.*\n){0,12}?\s+public: false/g)].map((m) =>
      m[1]!.trim(),
    );
    expect(privateNames).toContain("Kaia Ellsworth");
    for (const [format, text] of Object.entries(outputs)) {
      for (const secret of [
        ...privateNames,
        "kaia-ellsworth",
        "Kaia",
        "receipts/",
        "Sort code",
        "00000000",
        "@",
        "winning-team",
        "Fruit and milk", // descriptions may name people, so none are published
      ]) {
        expect(text, `${format} leaks ${secret}`).not.toContain(secret);
      }
      expect(text).not.toMatch(/\+44|07\d{3}/);
    }
  });

  it("writes CSV safe from formula injection, amounts as plain numbers", () => {
    const hostile = parseLedger({
      currency: "GBP",
      accounts: [{ name: "expenses:x", label: '=HYPERLINK("http://evil","click")' }],
      payees: [{ id: "evil", name: "+SUM(A1:A9)", kind: "sponsor" }],
      transactions: [
        {
          id: "t1",
          date: "2026-01-01",
          description: "x",
          payee: "evil",
          postings: [{ account: "assets:bank", amount: "£10" }, { account: "income:sponsorship:evil" }],
        },
        {
          id: "t2",
          date: "2026-01-02",
          description: "x",
          postings: [{ account: "expenses:x:y", amount: "£12.50" }, { account: "assets:bank" }],
        },
      ],
    });
    const csv = openAccountsCsv(openAccounts(hostile));
    expect(csv).toContain("income,'+SUM(A1:A9),cash,,GBP,10.00\r\n");
    expect(csv).toContain(`expense,"'=HYPERLINK(""http://evil"",""click"")",cash,,GBP,12.50\r\n`);
    expect(csv).toContain("total,net,,,GBP,-2.50\r\n"); // a negative amount stays a number
    for (const line of csv.trim().split("\r\n")) expect(line).not.toMatch(/(^|,)[=+@\t\r]/);
  });

  it("draws a well-formed SVG bar chart with escaped labels", () => {
    const svg = outputs.svg;
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(svg).toContain("Kettle &amp; Crumb");
    expect(svg.match(/<rect /g)!.length).toBe(
      view.income.length + view.expenses.filter((e) => e.currency === "GBP").length + 3,
    );
    // Every opened tag is closed (a cheap well-formedness check without an XML library).
    const opened = (svg.match(/<(text|title|svg)\b/g) ?? []).length;
    const closed = (svg.match(/<\/(text|title|svg)>/g) ?? []).length;
    expect(opened).toBe(closed);
    expect(svg).not.toMatch(/&(?!amp;|lt;|gt;|quot;|apos;)/);
  });

  it("renders Markdown tables", () => {
    expect(outputs.markdown).toContain("| Openwell Foundation | restricted (catering) | £1,500.00 |");
    expect(outputs.markdown).toContain(
      "| GBP | £5,500.00 | £3,329.74 | £2,170.26 | £4,250.00 | £2,115.25 | £24.99 |",
    );
  });
});
