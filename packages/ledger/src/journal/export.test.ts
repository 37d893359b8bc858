import { describe, expect, it } from "vitest";
import { parseLedger } from "../load.js";
import {
  beancountAccount,
  escapeJournalText,
  toBeancount,
  toHledger,
  toLedgerCli,
  toPostingsCsv,
} from "./export.js";

const ledger = parseLedger({
  currency: "GBP",
  transactions: [
    {
      id: "t1",
      date: "2026-05-16",
      description: '=HYPERLINK("x"); lunch | dinner\nsecond line',
      payee: "@evil",
      status: "cleared",
      tags: { event: "nhs-hack-day-31", line: "catering" },
      postings: ["expenses:catering:lunch £10.50", "assets:bank"],
    },
  ],
});

describe("journal export", () => {
  it("escapes ; | and newlines, and puts two or more spaces before every amount", () => {
    expect(escapeJournalText("a; b | c\nd")).toBe("a； b ¦ c d");
    const text = toHledger(ledger);
    expect(text).toContain(
      '2026-05-16 * (t1) @evil | =HYPERLINK("x")； lunch ¦ dinner second line  ; event:nhs-hack-day-31, line:catering\n',
    );
    expect(text).toContain("    expenses:catering:lunch    10.50 GBP\n    assets:bank    -10.50 GBP\n");
    expect(toLedgerCli(ledger)).toContain("    ; event: nhs-hack-day-31\n    ; line: catering\n");
  });

  it("names beancount accounts as beancount wants them", () => {
    expect(beancountAccount("expenses:catering:lunch")).toBe("Expenses:Catering:Lunch");
    expect(beancountAccount("Revenue:2026 gifts:café")).toBe("Income:2026-gifts:Cafe");
    expect(beancountAccount("assets:-odd")).toBe("Assets:Odd");
    expect(() => beancountAccount("food")).toThrow(
      /not under assets, liabilities, income, expenses or equity/,
    );
    const bean = toBeancount(ledger);
    expect(bean).toContain("2026-05-16 open Expenses:Catering:Lunch\n");
    expect(bean).toContain('2026-05-16 * "@evil" "=HYPERLINK(\\"x\\"); lunch | dinner second line"\n');
  });

  it("writes postings CSV that a spreadsheet cannot run, amounts as numbers", () => {
    const csv = toPostingsCsv(ledger);
    expect(csv.split("\r\n")[0]).toBe("date,id,status,payee,description,account,amount,currency,tags");
    expect(csv).toContain(
      `2026-05-16,t1,cleared,'@evil,"'=HYPERLINK(""x""); lunch | dinner\nsecond line",expenses:catering:lunch,10.50,GBP,event:nhs-hack-day-31 line:catering\r\n`,
    );
    expect(csv).toContain(",assets:bank,-10.50,GBP,");
  });
});
