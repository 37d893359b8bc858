import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatMinor } from "./amount.js";
import { journalArb, ledgerArb } from "./arbitraries.js";
import { JournalError } from "./journal/errors.js";
import { escapeJournalText, toHledger, toLedgerCli } from "./journal/export.js";
import { parseJournal } from "./journal/parse.js";
import { parseLedgerText, safeParseLedger } from "./load.js";
import type { Ledger } from "./model.js";
import { balances } from "./reports/balance.js";
import { toLedgerYaml } from "./yaml-export.js";

const postingsArb = fc.array(
  fc.record({
    account: fc.constantFrom("assets:bank", "expenses:food", "income:gifts", "liabilities:owed:sam"),
    minor: fc.integer({ min: -10_000_000, max: 10_000_000 }),
  }),
  { minLength: 2, maxLength: 6 },
);

const asFile = (postings: { account: string; minor: number }[], elideLast = false) => ({
  currency: "GBP",
  transactions: [
    {
      id: "random-one",
      date: "2026-05-16",
      description: "Random",
      postings: postings.map((p, i) =>
        elideLast && i === postings.length - 1
          ? { account: p.account }
          : { account: p.account, amount: formatMinor(p.minor, "GBP") },
      ),
    },
  ],
});

describe("every accepted transaction balances", () => {
  it("accepts exactly the transactions whose postings sum to zero, and names the others", () => {
    fc.assert(
      fc.property(postingsArb, fc.boolean(), (postings, forceBalance) => {
        if (forceBalance) {
          const sum = postings.slice(0, -1).reduce((s, p) => s + p.minor, 0);
          postings[postings.length - 1]!.minor = -sum;
        }
        const sum = postings.reduce((s, p) => s + p.minor, 0);
        const result = safeParseLedger(asFile(postings));
        if (sum === 0) {
          expect(result.ok).toBe(true);
        } else {
          expect(result.ok).toBe(false);
          if (!result.ok) {
            expect(result.issues[0]!.message).toContain(
              'transaction "random-one" (2026-05-16 Random) does not balance',
            );
            expect(result.issues[0]!.message).toContain(`${formatMinor(sum, "GBP")} GBP`);
          }
        }
      }),
    );
  });

  it("fills an elided amount so the transaction balances", () => {
    fc.assert(
      fc.property(postingsArb, (postings) => {
        const result = safeParseLedger(asFile(postings, true));
        expect(result.ok).toBe(true);
        if (result.ok) {
          const filled = result.ledger.transactions[0]!.postings;
          expect(filled.reduce((s, p) => s + p.amount.minor, 0)).toBe(0);
          expect(filled.at(-1)!.elided).toBe(true);
        }
      }),
    );
  });
});

describe("journals: accepted transactions balance, unbalanced ones are named", () => {
  it("every transaction read from a random journal sums to zero per currency", () => {
    fc.assert(
      fc.property(journalArb, (journal) => {
        for (const t of parseJournal(journal).transactions) {
          const sums = new Map<string, bigint>();
          for (const p of t.postings)
            sums.set(p.amount.currency, (sums.get(p.amount.currency) ?? 0n) + BigInt(p.amount.minor));
          expect([...sums.values()].every((sum) => sum === 0n)).toBe(true);
        }
      }),
      { numRuns: 200 },
    );
  });

  it("a journal with one posting knocked off balance is rejected, naming that transaction's line", () => {
    fc.assert(
      fc.property(journalArb, fc.nat(), (journal, pick) => {
        const lines = journal.split("\n");
        // Postings written with an amount, in transactions that have no elided posting.
        const candidates = lines.flatMap((line, i) => {
          if (!/^ {4}\S+ {2,}\S/.test(line)) return [];
          let header = i;
          while (!/^\d/.test(lines[header]!)) header--;
          let end = header + 1;
          while (end < lines.length && lines[end]!.startsWith("    ")) end++;
          const elided = lines.slice(header + 1, end).some((l) => !/^ {4}\S+ {2,}\S/.test(l));
          return elided ? [] : [{ i, header }];
        });
        fc.pre(candidates.length > 0);
        const { i, header } = candidates[pick % candidates.length]!;
        // Add one minor unit: the last digit goes up, or a 0 becomes 1 where it was 9.
        lines[i] = lines[i]!.replace(/(\d)(?!.*\d)/, (d) => String((Number(d) + 1) % 10));
        try {
          parseJournal(lines.join("\n"));
        } catch (err) {
          expect(err).toBeInstanceOf(JournalError);
          expect((err as JournalError).line).toBe(header + 1);
          expect((err as Error).message).toMatch(
            /^transaction "Entry" \(\d{4}-\d\d-\d\d, line \d+\) does not balance/,
          );
          return;
        }
        throw new Error("an unbalanced journal was accepted");
      }),
      { numRuns: 200 },
    );
  });
});

/** What survives a journal round trip: descriptions are escaped, everything else exactly. */
function normalise(ledger: Ledger, escaped: boolean) {
  return ledger.transactions.map((t) => ({
    id: t.id,
    date: t.date,
    description: escaped ? escapeJournalText(t.description) : t.description,
    payee: t.payee,
    status: t.status,
    tags: t.tags,
    conversion: t.conversion ?? false,
    reverses: t.reverses,
    postings: t.postings.map((p) => ({ account: p.account, amount: p.amount })),
  }));
}

describe("export → import round-trips", () => {
  it("through hledger and ledger journal text", () => {
    fc.assert(
      fc.property(ledgerArb, (ledger) => {
        const expected = normalise(ledger, true);
        expect(normalise(parseJournal(toHledger(ledger)), false)).toEqual(expected);
        expect(normalise(parseJournal(toLedgerCli(ledger)), false)).toEqual(expected);
      }),
      { numRuns: 200, endOnFailure: true },
    );
  });

  it("through our own YAML format", () => {
    fc.assert(
      fc.property(ledgerArb, (ledger) => {
        const result = parseLedgerText(toLedgerYaml(ledger));
        if (!result.ok) throw new Error(JSON.stringify(result.issues));
        expect(normalise(result.ledger, false)).toEqual(normalise(ledger, false));
        expect(balances(result.ledger)).toEqual(balances(ledger));
      }),
      { numRuns: 200, endOnFailure: true },
    );
  });
});
