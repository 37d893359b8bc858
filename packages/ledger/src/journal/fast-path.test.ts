// The fast path (byte chunks, accounts and amounts read in place) must agree with the general path (the
// journal as one JavaScript string; declined amounts read by parseJournalAmount) on every journal: the same
// balances, or the same error, and both equal to totals worked out here with BigInt.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { balanceJournalStream, textChunks } from "./parse.js";

// Names with non-ASCII letters, and white space that String.prototype.trim removes (or does not: U+0085, U+200B).
const ACCOUNTS = [
  "assets:bank:current account",
  "expenses:café",
  "income:spønsor ☕",
  "liabilities:日本",
  "expenses:x\u00a0y",
  "équité",
  "a",
];
const TRAILING = ["", "", "", " ", "\u00a0", "\u2003", "\u3000", "\ufeff", "\u0085", "\u200b", " \u00a0 "];
const CURRENCIES = [
  { code: "GBP", exponent: 2, write: (m: string) => [`£${m}`, `${m} GBP`, `GBP ${m}`, `"GBP" ${m}`] },
  { code: "EUR", exponent: 2, write: (m: string) => [`€${m}`, `${m} EUR`, `${m}\u00a0EUR`] },
  { code: "JPY", exponent: 0, write: (m: string) => [`¥${m}`, `${m} JPY`] },
];

/** Decimal text of `minor` units, with thousands commas or not, and a leading or inner minus sign. */
function written(minor: bigint, exponent: number, commas: boolean, form: number, code: number): string {
  const negative = minor < 0n;
  const digits = (negative ? -minor : minor).toString().padStart(exponent + 1, "0");
  let whole = digits.slice(0, digits.length - exponent);
  if (commas) whole = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  const number = exponent ? `${whole}.${digits.slice(-exponent)}` : whole;
  const forms = CURRENCIES[code]!.write(number);
  const text = forms[form % forms.length]!;
  return negative ? (form % 2 ? `-${text}` : text.replace(/\d/, (d) => `-${d}`)) : text;
}

const postingArb = fc.record({
  account: fc.constantFrom(...ACCOUNTS),
  minor: fc.bigInt({ min: -(10n ** 9n), max: 10n ** 9n }),
  currency: fc.nat(CURRENCIES.length - 1),
  form: fc.nat(5),
  commas: fc.boolean(),
  gap: fc.constantFrom("  ", "\t", "    ", " \t"),
  status: fc.constantFrom("", "", "* ", "! "),
  comment: fc.constantFrom("", "", "  ; note", "\t; tag:x, café:ü", "  ;"),
  assert: fc.boolean(),
});

const transactionArb = fc.record({
  date: fc.constantFrom("2026-05-01", "2026-05-01", "2026/5/2", "2026-05-03=2026-05-04"),
  header: fc.constantFrom(" * (INV-1) Café | Lunch  ; event:x", " Tea ☕", "", " ! payée"),
  postings: fc.array(postingArb, { minLength: 1, maxLength: 4 }),
  last: fc.constantFrom(...ACCOUNTS),
  trailing: fc.constantFrom(...TRAILING),
  note: fc.constantFrom("", "    ; a note, ünïcode", "\t# hash note"),
  before: fc.constantFrom("", "", "; comment", "# comment", "account équité", "commodity £1,000.00"),
});

interface Generated {
  text: string;
  /** "account\tcurrency" → exact total. */
  totals: Map<string, bigint>;
}

const journalArb = fc
  .record({
    transactions: fc.array(transactionArb, { minLength: 1, maxLength: 6 }),
    crlf: fc.boolean(),
  })
  .map(({ transactions, crlf }): Generated => {
    const totals = new Map<string, bigint>();
    const add = (account: string, currency: string, minor: bigint) => {
      const key = `${account}\t${currency}`;
      totals.set(key, (totals.get(key) ?? 0n) + minor);
      return totals.get(key)!;
    };
    const lines: string[] = [];
    for (const t of transactions) {
      if (t.before) lines.push(t.before, "");
      lines.push(`${t.date}${t.header}`);
      if (t.note) lines.push(t.note);
      // One currency per transaction; the last posting, elided, balances it.
      const currency = t.postings[0]!.currency;
      const { code, exponent } = CURRENCIES[currency]!;
      let sum = 0n;
      for (const p of t.postings) {
        const total = add(p.account, code, p.minor);
        sum += p.minor;
        const amount = written(p.minor, exponent, p.commas, p.form, currency);
        const assertion = p.assert ? ` = ${written(total, exponent, false, 1, currency)}` : "";
        lines.push(`    ${p.status}${p.account}${p.gap}${amount}${assertion}${p.comment}`);
      }
      // The reader trims white space (as trim() sees it) after a name that ends its line.
      add(`${t.last}${t.trailing}`.trim(), code, -sum);
      lines.push(`    ${t.last}${t.trailing}`, "");
    }
    return { text: lines.join(crlf ? "\r\n" : "\n"), totals };
  });

/** Balances from `chunks`, or the error message. */
async function read(chunks: AsyncIterable<string | Uint8Array>): Promise<Map<string, bigint> | string> {
  try {
    const { balances } = await balanceJournalStream(chunks, { file: "x.journal" });
    return new Map(balances.map((b) => [`${b.account}\t${b.currency}`, b.amount]));
  } catch (err) {
    return (err as Error).message;
  }
}

async function* byteChunks(bytes: Uint8Array, cuts: number[]) {
  let start = 0;
  for (const end of [...new Set(cuts)].sort((a, b) => a - b)) {
    yield bytes.slice(start, end);
    start = end;
  }
  yield bytes.slice(start);
}

describe("the fast path agrees with the general path", () => {
  it("on random journals: same balances (or the same error), equal to BigInt totals", async () => {
    await fc.assert(
      fc.asyncProperty(journalArb, fc.array(fc.nat(), { maxLength: 6 }), async ({ text, totals }, cuts) => {
        const bytes = new TextEncoder().encode(text);
        const general = await read(textChunks(text));
        const fast = await read(
          byteChunks(
            bytes,
            cuts.map((c) => c % (bytes.length + 1)),
          ),
        );
        expect(fast, text).toEqual(general);
        expect(general, text).toEqual(totals);
      }),
      { numRuns: 400, seed: 42 },
    );
  });

  it("gives the same error, naming the same line, for the same bad journal", async () => {
    const bad = [
      "2026-01-01 x\n    café;  £1\n    b\n",
      "2026-01-01 x\n    a  £1.001\n    b\n",
      "2026-01-01 x\n    a  £5 = £4\n    b\n",
      "2026-01-01 x\n    a  £5 == £5\n    b\n",
      "2026-01-01 x\n    a  5 XYZ\n    b\n",
      "2026-01-01 x\n    a  €5 @ £4\n    b\n",
      "2026-01-01 x\n    (a)  £5\n",
      "2026-01-01 Café ☕\n    a  £1\n    b  £-0.99\n",
      "2026-02-30 x\n",
      "2026/02/30 x\n",
      "P 2026-01-01 € £0.86\n",
      "2026-01-01 x\n    a\u00a0\n    b\n    c  £1\n",
    ];
    for (const text of bad) {
      const general = await read(textChunks(text));
      expect(typeof general, text).toBe("string");
      expect(await read(byteChunks(new TextEncoder().encode(text), [3, 17]))).toBe(general);
    }
  });
});

describe("dates", () => {
  it("real dates are read fast as the date rule says (months and leap years)", async () => {
    const journal = (date: string) => `${date} x\n    a  £1\n    b\n`;
    for (const date of ["2028-02-29", "2000-02-29", "2026-04-30", "2026-12-31"])
      expect(await read(textChunks(journal(date))), date).toBeInstanceOf(Map);
    for (const date of ["2026-02-29", "1900-02-29", "2026-04-31", "2026-13-01", "2026-00-10", "2026-01-00"])
      expect(await read(textChunks(journal(date))), date).toBe(
        `"${date}" is not a real date (expected YYYY-MM-DD)`,
      );
  });
});
