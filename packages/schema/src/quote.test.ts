import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { capQuotes, QUOTE_LIMIT, quote, truncate } from "./quote.js";

describe("quote", () => {
  it("quotes short input whole and cuts long input to the limit with an ellipsis", () => {
    expect(quote("main-hal")).toBe('"main-hal"');
    const header = `judge,${"x".repeat(11 * 1024 * 1024)}`;
    const quoted = quote(header);
    expect(quoted.length).toBe(QUOTE_LIMIT + 3);
    expect(quoted.endsWith('…"')).toBe(true);
  });

  it("never splits a surrogate pair and never grows past the limit (property)", () => {
    fc.assert(
      fc.property(
        fc.string({ unit: "grapheme", maxLength: 300 }),
        fc.integer({ min: 2, max: 250 }),
        (text, limit) => {
          const cut = truncate(text, limit);
          expect(cut.length).toBeLessThanOrEqual(limit + 1);
          expect(cut).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
          if (text.length <= limit) expect(cut).toBe(text);
          else expect(text.startsWith(cut.slice(0, -1))).toBe(true);
        },
      ),
    );
  });
});

describe("capQuotes", () => {
  it("cuts long quoted input inside a message and caps every line", () => {
    const header = `judge,${"x".repeat(11 * 1024 * 1024)}`;
    const message = `big.csv:1: header "${header}" lacks column "ranking" (expected ranking)`;
    expect(capQuotes(message)).toBe(
      `big.csv:1: header "${header.slice(0, QUOTE_LIMIT)}…" lacks column "ranking" (expected ranking)`,
    );
    expect(capQuotes(`unclosed "${"y".repeat(5000)}`).length).toBe(QUOTE_LIMIT * 5 + 1);
    expect(capQuotes('short "a" and "b"\nnext "c"')).toBe('short "a" and "b"\nnext "c"');
  });
});
