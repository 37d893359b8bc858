// fast-check generators for random ledgers and journals (tests only; not exported from the package).
import fc from "fast-check";
import type { Ledger, Transaction } from "./model.js";

const ACCOUNTS = [
  "assets:bank",
  "assets:bank:savings-2",
  "assets:cash",
  "liabilities:reimbursements:sam",
  "income:sponsorship:acme",
  "income:donations",
  "expenses:catering:lunch",
  "expenses:venue",
  "expenses:prizes",
  "equity:opening",
];
const CURRENCIES = ["GBP", "EUR", "USD", "JPY"];
const slug = fc.stringMatching(/^[a-z][a-z0-9-]{0,8}$/);
const amount = fc.integer({ min: -1_000_000_000_000, max: 1_000_000_000_000 });
const date = fc
  .integer({ min: Date.UTC(2000, 0, 1) / 86_400_000, max: Date.UTC(2030, 11, 31) / 86_400_000 })
  .map((day) => new Date(day * 86_400_000).toISOString().slice(0, 10));

/** Postings in one currency summing to zero. */
const balancedByCurrency = new Map<string, fc.Arbitrary<Transaction["postings"]>>();
function balancedPostings(currency: string): fc.Arbitrary<Transaction["postings"]> {
  const cached = balancedByCurrency.get(currency);
  if (cached) return cached;
  const arb = fc
    .tuple(
      fc.array(fc.tuple(fc.constantFrom(...ACCOUNTS), amount), { minLength: 1, maxLength: 4 }),
      fc.constantFrom(...ACCOUNTS),
    )
    .map(([legs, last]) => {
      const postings = legs.map(([account, minor]) => ({ account, amount: { currency, minor } }));
      const sum = legs.reduce((s, [, minor]) => s + minor, 0);
      return [...postings, { account: last, amount: { currency, minor: sum === 0 ? 0 : -sum } }];
    });
  balancedByCurrency.set(currency, arb);
  return arb;
}

const text = fc.string({
  unit: fc.constantFrom(..."abc XYZ £;|\n-:,()'\"é".split("")),
  minLength: 1,
  maxLength: 20,
});

const tagValue = fc.stringMatching(/^[a-z0-9-]{1,8}$/);
const twoCurrencies = fc.tuple(balancedPostings("GBP"), balancedPostings("EUR"));

export const transactionArb: fc.Arbitrary<Transaction> = fc
  .record({
    date,
    description: text.filter((t) => /[a-zA-Z]/.test(t)),
    payee: fc.option(slug, { nil: undefined }),
    status: fc.option(fc.constantFrom("cleared" as const, "pending" as const), { nil: undefined }),
    tags: fc.dictionary(slug, tagValue, { maxKeys: 3 }),
    postings: fc.oneof(
      fc.constantFrom(...CURRENCIES).chain((c) => balancedPostings(c).map((p) => [p])),
      twoCurrencies,
    ),
  })
  .map((r): Transaction => {
    const groups = r.postings;
    const tags = Object.fromEntries(
      Object.entries(r.tags).filter(([k]) => k !== "reverses" && k !== "conversion"),
    );
    return {
      id: "t",
      date: r.date,
      description: r.description,
      tags,
      postings: groups.flat(),
      ...(r.payee !== undefined && { payee: r.payee }),
      ...(r.status !== undefined && { status: r.status }),
      ...(groups.length > 1 && { conversion: true }),
    };
  });

export const ledgerArb: fc.Arbitrary<Ledger> = fc
  .array(transactionArb, { minLength: 1, maxLength: 12 })
  .map((transactions) => ({
    accounts: [],
    payees: [],
    pledges: [],
    budgets: [],
    transactions: transactions.map((t, i) => ({ ...t, id: `t${i}` })),
  }));

/**
 * Random journal text in the syntax hledger and we both read: symbols or codes before or after the number,
 * thousands commas, an elided posting, statuses, codes, comments.
 */
export const journalArb: fc.Arbitrary<string> = fc
  .array(
    fc.record({
      date,
      status: fc.constantFrom("", "* ", "! "),
      code: fc.option(slug, { nil: undefined }),
      legs: fc.array(
        fc.tuple(fc.constantFrom(...ACCOUNTS), fc.integer({ min: -99_999_999, max: 99_999_999 })),
        { minLength: 1, maxLength: 3 },
      ),
      last: fc.constantFrom(...ACCOUNTS),
      style: fc.constantFrom("symbol", "code-after", "code-before", "commas"),
      currency: fc.constantFrom("GBP", "EUR", "USD"),
      elide: fc.boolean(),
    }),
    { minLength: 1, maxLength: 30 },
  )
  .map((entries) =>
    entries
      .map((e) => {
        const format = (minor: number) => {
          const sign = minor < 0 ? "-" : "";
          const abs = Math.abs(minor);
          let whole = String(Math.floor(abs / 100));
          const frac = String(abs % 100).padStart(2, "0");
          const symbol = { GBP: "£", EUR: "€", USD: "$" }[e.currency]!;
          if (e.style === "commas") whole = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
          if (e.style === "symbol" || e.style === "commas") return `${sign}${symbol}${whole}.${frac}`;
          if (e.style === "code-before") return `${e.currency} ${sign}${whole}.${frac}`;
          return `${sign}${whole}.${frac} ${e.currency}`;
        };
        const sum = e.legs.reduce((s, [, m]) => s + m, 0);
        const lines = [`${e.date} ${e.status}${e.code ? `(${e.code}) ` : ""}Entry ; note`];
        for (const [account, minor] of e.legs) lines.push(`    ${account}    ${format(minor)}`);
        lines.push(e.elide ? `    ${e.last}` : `    ${e.last}  ${format(sum === 0 ? 0 : -sum)}`);
        return lines.join("\n");
      })
      .join("\n\n")
      .concat("\n"),
  );
