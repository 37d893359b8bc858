import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { AccountTable, spellingHash } from "./account-table.js";

const utf8 = (text: string) => new TextEncoder().encode(text);
const find = (table: AccountTable, spelling: string) => {
  // Each spelling inside a larger buffer, as in a chunk: the table reads only its range.
  const bytes = utf8(`    ${spelling}  £1\n`);
  return table.find(bytes, 4, 4 + utf8(spelling).length);
};

/**
 * 2,000 different names of 20 bytes that agree in every byte spellingHash samples (0, 5, 10, 15, 17, 18, 19):
 * they differ only in bytes 1–4.
 */
function collidingNames(): string[] {
  const letters = "abcdefghijklmnopqrstuvwxyz";
  const names: string[] = [];
  for (let k = 0; names.length < 2000; k++) {
    const middle = [0, 1, 2, 3].map((d) => letters[Math.floor(k / 26 ** d) % 26]).join("");
    names.push(`e${middle}ses:food and dri`.padEnd(20, "k"));
  }
  return names;
}

describe("AccountTable", () => {
  it("finds each spelling's account, the same for equal spellings, and joins spellings of one name", () => {
    fc.assert(
      fc.property(
        fc.array(fc.string({ unit: "grapheme", minLength: 1, maxLength: 12 }), { maxLength: 60 }),
        (names) => {
          const table = new AccountTable((spelling) => spelling.trimEnd());
          for (const name of names) expect(find(table, name).name).toBe(name.trimEnd());
          for (const name of names) expect(find(table, `${name} `)).toBe(find(table, name));
          expect(table.byName.size).toBe(new Set(names.map((name) => name.trimEnd())).size);
        },
      ),
      { numRuns: 200 },
    );
  });

  it("hashes every byte once sampled hashes let too many names collide (a crafted journal)", () => {
    const names = collidingNames();
    const hashes = new Set(names.map((name) => spellingHash(utf8(name), 0, 20)));
    expect(hashes.size).toBe(1); // the sampled hash cannot tell any of them apart
    const table = new AccountTable((spelling) => spelling);
    for (const name of names) expect(find(table, name).name).toBe(name);
    expect(table.everyByte).toBe(true);
    for (const name of [...names].reverse()) expect(find(table, name).name).toBe(name);
    expect(table.byName.size).toBe(names.length);
  });

  it("keeps sampling for the names a real journal has", () => {
    const names = [
      "assets:bank:current account",
      "assets:bank:euro account",
      "expenses:food and drink:lunch",
      "expenses:food and drink:coffee",
      "expenses:food and drink:dinner",
      "expenses:venue:hire",
      "expenses:venue:cleaning",
      "expenses:travel:speakers",
      "income:sponsorship:globex corporation",
      "income:sponsorship:initech",
      "liabilities:credit card",
      "liabilities:owed:sam",
      "liabilities:owed:priya",
    ];
    const table = new AccountTable((spelling) => spelling);
    for (let round = 0; round < 1000; round++) for (const name of names) find(table, name);
    expect(table.everyByte).toBe(false);
    expect(table.byName.size).toBe(names.length);
  });
});
