import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ledgerArb } from "./arbitraries.js";
import { parseLedgerText } from "./load.js";
import type { Ledger } from "./model.js";
import { toLedgerFileData, toLedgerYaml, transactionsYaml } from "./yaml-export.js";

/** What YAML writers get wrong: line separators readers disagree on, controls, BOM, surrogates, YAML syntax. */
const AWKWARD = [
  "\u2028",
  "\u2029",
  "\u0085",
  "\r",
  "\r\n",
  "\n",
  "\t",
  "\0",
  "\x07",
  "\x1b",
  "\x7f",
  "\x80",
  "\x9f",
  "\u00a0",
  "\ufeff",
  "\ufffe",
  "\uffff",
  "\ud800",
  "\udfff",
  "😀",
  " ",
  "#",
  ": ",
  "- ",
  '"',
  "'",
  "\\",
  "&a",
  "*a",
  "!t",
  "%",
  "@",
  "`",
  "{",
  "[",
  "---",
  "...",
  "yes",
  "null",
  "~",
  "1.50",
  "-0o5",
  "0x1F",
];
const anyText = fc.string({
  unit: fc.oneof(fc.constantFrom(...AWKWARD), fc.string({ unit: "binary", maxLength: 2 })),
});
const someText = anyText.filter((s) => s !== "");
/** Tag values are free text apart from `,`, `;` and line feeds (the file format's own rule). */
const tagText = anyText.map((s) => s.replace(/[,;\n]/g, ""));

/** A generated ledger with free text in every field that holds it. */
const textLedger: fc.Arbitrary<Ledger> = fc
  .tuple(
    ledgerArb,
    fc.array(someText, { minLength: 40, maxLength: 40 }),
    fc.array(anyText, { minLength: 40, maxLength: 40 }),
    tagText,
  )
  .map(([ledger, texts, optional, tag]) => {
    let n = 0;
    const text = () => texts[n++ % texts.length]!;
    const maybe = () => optional[n++ % optional.length]!;
    return {
      ...ledger,
      accounts: [{ name: "assets:bank", type: "assets", label: text(), description: maybe() }],
      payees: ledger.payees.map((p) => ({ ...p, name: text(), bank: maybe() })),
      transactions: ledger.transactions.map((t) => ({
        ...t,
        description: text(),
        comment: maybe(),
        receipt: maybe(),
        tags: { ...t.tags, note: tag },
        postings: t.postings.map((p) => ({ ...p, comment: maybe() })),
      })),
    };
  });

describe("toLedgerYaml", () => {
  it("reads back to the same ledger, whatever the text (property)", () => {
    fc.assert(
      fc.property(textLedger, (ledger) => {
        const text = toLedgerYaml(ledger);
        // Readers disagree on these raw (PyYAML breaks lines at them): they are written as escapes.
        expect(text).not.toMatch(/[\u0085\u2028\u2029\x7f-\x9f\ufeff\ufffe\uffff]/);
        const back = parseLedgerText(text, "books.ledger.yaml");
        if (!back.ok) throw new Error(JSON.stringify(back.issues));
        expect(toLedgerFileData(back.ledger)).toEqual(toLedgerFileData(ledger));
      }),
      { numRuns: 300 },
    );
  });

  it("writes line separators as the escapes every YAML reader knows", () => {
    const [ledger] = fc.sample(ledgerArb, { numRuns: 1, seed: 1 });
    const t = { ...ledger!.transactions[0]!, description: "a\u2028b\u2029c\u0085d" };
    expect(toLedgerYaml({ ...ledger!, transactions: [t] })).toContain('description: "a\\Lb\\Pc\\Nd"');
    expect(transactionsYaml([t])).toContain('description: "a\\Lb\\Pc\\Nd"');
  });
});
