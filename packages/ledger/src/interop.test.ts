// Cross-checks against the real tools (Debian packages hledger, ledger, beancount). These tests fail, never skip,
// when a tool is missing.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { assertedJournalArb, journalArb, ledgerArb } from "./arbitraries.js";
import { parseJournalAmount } from "./journal/amount.js";
import { toBeancount, toHledger, toLedgerCli } from "./journal/export.js";
import { balanceJournalStream, parseJournal, textChunks } from "./journal/parse.js";
import type { Ledger } from "./model.js";
import { balances } from "./reports/balance.js";
import { exampleLedger, tool } from "./test-helpers.js";

const dir = mkdtempSync(join(tmpdir(), "hackdaykit-ledger-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let counter = 0;
function file(text: string, extension: string): string {
  const path = join(dir, `f${counter++}.${extension}`);
  writeFileSync(path, text);
  return path;
}

/** `hledger bal` per account and commodity (exclusive balances), zero balances dropped. */
function hledgerTotals(journal: string): Map<string, bigint> {
  const run = tool("hledger", [
    "-f",
    file(journal, "journal"),
    "bal",
    "--flat",
    "-N",
    "-O",
    "csv",
    "--layout=bare",
  ]);
  expect(run.stderr).toBe("");
  expect(run.status).toBe(0);
  const totals = new Map<string, bigint>();
  for (const line of run.stdout.trim().split("\n").slice(1)) {
    const [account, commodity, balance] = JSON.parse(`[${line}]`) as string[];
    const amount = parseJournalAmount(`${balance} ${commodity}`);
    if (amount.error !== undefined) throw new Error(amount.error);
    // hledger keeps "$" and "USD" apart; we read both as USD, so add them up.
    const key = `${account} ${amount.currency}`;
    totals.set(key, (totals.get(key) ?? 0n) + BigInt(amount.minor));
  }
  for (const [key, value] of totals) if (value === 0n) totals.delete(key);
  return totals;
}

function ourTotals(rows: { account: string; currency: string; amount: bigint }[]): Map<string, bigint> {
  return new Map(rows.filter((r) => r.amount !== 0n).map((r) => [`${r.account} ${r.currency}`, r.amount]));
}

/** `ledger bal --flat`: each account that has postings, with its sub-accounts' totals included. */
function ledgerTotals(text: string): Map<string, bigint> {
  const run = tool("ledger", [
    "-f",
    file(text, "ledger"),
    "bal",
    "--flat",
    "--no-total",
    "--balance-format",
    "%(account)\\t%(display_total)\\n",
  ]);
  expect(run.stderr).toBe("");
  expect(run.status).toBe(0);
  const totals = new Map<string, bigint>();
  let account = "";
  for (const line of run.stdout.split("\n").filter(Boolean)) {
    // A multi-currency total continues on lines of its own, without the account.
    const [name, amountText] = line.includes("\t") ? line.split("\t") : [account, line];
    account = name!;
    const amount = parseJournalAmount(amountText!.trim());
    if (amount.error !== undefined) throw new Error(amount.error);
    if (amount.minor !== 0) totals.set(`${account} ${amount.currency}`, BigInt(amount.minor));
  }
  return totals;
}

/** Our balances rolled up the way ledger's --flat shows them. */
function inclusiveTotals(rows: { account: string; currency: string; amount: bigint }[]): Map<string, bigint> {
  const own = new Set(rows.map((r) => r.account));
  const totals = new Map<string, bigint>();
  for (const r of rows) {
    const parts = r.account.split(":");
    for (let i = 1; i <= parts.length; i++) {
      const account = parts.slice(0, i).join(":");
      if (!own.has(account)) continue;
      const key = `${account} ${r.currency}`;
      totals.set(key, (totals.get(key) ?? 0n) + r.amount);
    }
  }
  for (const [key, value] of totals) if (value === 0n) totals.delete(key);
  return totals;
}

function checkExports(ledger: Ledger): void {
  const hledger = toHledger(ledger);
  const check = tool("hledger", ["-f", file(hledger, "journal"), "check"]);
  expect(check.stderr, hledger).toBe("");
  expect(check.status).toBe(0);
  expect(hledgerTotals(hledger)).toEqual(ourTotals(balances(ledger)));

  const ledgerText = toLedgerCli(ledger);
  const bal = tool("ledger", ["-f", file(ledgerText, "ledger"), "bal"]);
  expect(bal.stderr, ledgerText).toBe("");
  expect(bal.status).toBe(0);
  expect(ledgerTotals(ledgerText)).toEqual(inclusiveTotals(balances(ledger)));

  const bean = toBeancount(ledger);
  const beanCheck = tool("bean-check", [file(bean, "beancount")]);
  expect(beanCheck.stdout + beanCheck.stderr, bean).toBe("");
  expect(beanCheck.status).toBe(0);
}

describe("exports are accepted by hledger check, ledger bal and bean-check", () => {
  it("the example ledger, with hledger's and ledger's totals equal to ours exactly", () => {
    checkExports(exampleLedger());
  });

  it("ledger's own balance equals ours on the example", () => {
    const run = tool("ledger", [
      "-f",
      file(toLedgerCli(exampleLedger()), "ledger"),
      "bal",
      "--flat",
      "--no-total",
      "--balance-format",
      "%(account)\\t%(display_total)\\n",
    ]);
    expect(run.status).toBe(0);
    // One line per account and commodity; ledger prints a multi-commodity total on several lines.
    expect(run.stdout).toContain("assets:bank:current\t2115.25 GBP");
    expect(run.stdout).toContain("liabilities:reimbursements:kaia-ellsworth\t-24.99 GBP");
    expect(run.stdout).toContain("expenses:supplies:hosting\t100.00 USD");
  });

  it("random ledgers (descriptions with ; | newlines and quotes, multi-currency conversions)", () => {
    for (const ledger of fc.sample(ledgerArb, { numRuns: 12, seed: 7 })) checkExports(ledger);
  });
});

describe("our balance equals hledger's", () => {
  it("on random journals (symbols, codes, commas, elided amounts)", async () => {
    for (const journal of fc.sample(journalArb, { numRuns: 25, seed: 11 })) {
      const streamed = await balanceJournalStream(textChunks(journal));
      expect(ourTotals(streamed.balances), journal).toEqual(hledgerTotals(journal));
      expect(ourTotals(balances(parseJournal(journal)))).toEqual(ourTotals(streamed.balances));
    }
  });
});

describe("balance assertions agree with hledger's", () => {
  it("true assertions pass in both; one a penny out fails in both, and we name its line", async () => {
    let checked = 0;
    for (const journal of fc.sample(assertedJournalArb, { numRuns: 20, seed: 5 })) {
      const ok = tool("hledger", ["-f", file(journal.text, "journal"), "check"]);
      expect(ok.status, ok.stderr).toBe(0);
      expect(ourTotals((await balanceJournalStream(textChunks(journal.text))).balances)).toEqual(
        hledgerTotals(journal.text),
      );
      if (journal.wrongText === undefined) continue;
      checked++;
      const bad = tool("hledger", ["-f", file(journal.wrongText, "journal"), "check"]);
      expect(bad.status).not.toBe(0);
      expect(bad.stderr).toMatch(/balance assertion/i);
      const wrongLine =
        journal.wrongText.split("\n").findIndex((line, i) => line !== journal.text.split("\n")[i]) + 1;
      await expect(balanceJournalStream(textChunks(journal.wrongText))).rejects.toMatchObject({
        line: wrongLine,
        message: expect.stringMatching(/^balance assertion failed: /),
      });
    }
    expect(checked).toBeGreaterThan(5);
  });
});

describe("import of a journal hledger wrote", () => {
  it("reads `hledger print` output of the example back to the same balances", () => {
    const printed = tool("hledger", ["-f", file(toHledger(exampleLedger()), "journal"), "print"]);
    expect(printed.status).toBe(0);
    expect(balances(parseJournal(printed.stdout))).toEqual(balances(exampleLedger()));
  });
});
