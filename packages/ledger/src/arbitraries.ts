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
      Object.entries(r.tags).filter(([k]) => k !== "reverses" && k !== "conversion" && k !== "sponsor"),
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
    // A payee id must be declared; these are private people, as most undeclared payees used to be shown.
    payees: [...new Set(transactions.flatMap((t) => (t.payee === undefined ? [] : [t.payee])))].map((id) => ({
      id,
      name: id,
      kind: "person" as const,
      public: false,
    })),
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

/**
 * Date-ordered journals (hledger checks assertions in date order, we in file order: the same here) where some
 * postings carry a balance assertion with the true running balance; `wrong` shifts one of them by a penny.
 * Amounts use the currency symbol throughout, because hledger tells "£" and "GBP" apart.
 */
export const assertedJournalArb: fc.Arbitrary<{
  text: string;
  asserted: number;
  wrongText: string | undefined;
}> = fc
  .array(
    fc.record({
      date,
      legs: fc.array(
        fc.tuple(fc.constantFrom(...ACCOUNTS), fc.integer({ min: -9_999_999, max: 9_999_999 }), fc.boolean()),
        { minLength: 1, maxLength: 3 },
      ),
      last: fc.constantFrom(...ACCOUNTS),
      currency: fc.constantFrom("GBP", "EUR"),
    }),
    { minLength: 1, maxLength: 25 },
  )
  .map((entries) => {
    const sorted = [...entries].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
    const running = new Map<string, number>();
    const symbol = (currency: string) => (currency === "GBP" ? "£" : "€");
    const format = (minor: number, currency: string) =>
      `${minor < 0 ? "-" : ""}${symbol(currency)}${Math.floor(Math.abs(minor) / 100)}.${String(Math.abs(minor) % 100).padStart(2, "0")}`;
    const blocks: string[][] = [];
    const assertionLines: [number, number][] = [];
    let asserted = 0;
    for (const e of sorted) {
      const lines = [`${e.date} Entry`];
      const sum = e.legs.reduce((s, [, m]) => s + m, 0);
      const postings: [string, number, boolean][] = [...e.legs, [e.last, sum === 0 ? 0 : -sum, false]];
      for (const [account, minor, assert] of postings) {
        const key = `${account} ${e.currency}`;
        const balance = (running.get(key) ?? 0) + minor;
        running.set(key, balance);
        let line = `    ${account}  ${format(minor, e.currency)}`;
        if (assert) {
          assertionLines.push([blocks.length, lines.length]);
          line += ` = ${format(balance, e.currency)}`;
          asserted++;
        }
        lines.push(line);
      }
      blocks.push(lines);
    }
    const text = `${blocks.map((b) => b.join("\n")).join("\n\n")}\n`;
    let wrongText: string | undefined;
    const target = assertionLines[0];
    if (target) {
      const copy = blocks.map((b) => [...b]);
      const [bi, li] = target;
      const line = copy[bi]![li]!;
      const [head, value] = line.split(" = ");
      const parsed = /^(-?)(.)(\d+)\.(\d\d)$/.exec(value!)!;
      const minor = (parsed[1] ? -1 : 1) * (Number(parsed[3]) * 100 + Number(parsed[4])) + 1;
      copy[bi]![li] = `${head} = ${format(minor, parsed[2] === "£" ? "GBP" : "EUR")}`;
      wrongText = `${copy.map((b) => b.join("\n")).join("\n\n")}\n`;
    }
    return { text, asserted, wrongText };
  });
