import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type AmountSlot, parseJournalAmount, readAmountFast } from "./amount.js";

// readAmountFast may decline any text, but what it accepts it must read exactly as parseJournalAmount does.
const noise = fc.constantFrom("", "", "", "", "-", "+", " ", ".", ",", '"', "x", "£");
const sign = fc.constantFrom("", "", "-");
const symbol = fc.constantFrom("£", "$", "€", "¥", "GBP", "EUR", "XYZ", "");
const code = fc.constantFrom(" GBP", " EUR", " JPY", " USD", "GBP", " XYZ", "");
const whole = fc.oneof(fc.integer({ min: 0, max: 10 ** 6 }), fc.bigInt({ min: 0n, max: 2n ** 55n }));
const number = fc.oneof(
  whole.map(String),
  whole.map((n) => n.toLocaleString("en-GB")),
  fc.constantFrom("1,25", "12,3456", "0,123", "1234,567"),
);
const fraction = fc.constantFrom("", ".", ".5", ".00", ".50", ".001", ".10", ".1,0");
// The shapes journals use (symbol first or code after), with stray characters now and then.
const amountText = fc
  .oneof(
    fc.tuple(sign, symbol, sign, number, fraction, noise).map((p) => p.join("")),
    fc.tuple(noise, sign, number, fraction, code, noise).map((p) => p.join("")),
  )
  .map((text) => text.trim())
  .filter((text) => text !== "");

const utf8 = (text: string) => new TextEncoder().encode(text);

/** readAmountFast on `text` (UTF-8 bytes) with `before` and `after` around it, outside the range it is given. */
function readIn(text: string, out: AmountSlot, before = "  ", after = "  ;"): number {
  const at = utf8(before).length;
  return readAmountFast(utf8(`${before}${text}${after}`), at, at + utf8(text).length, out);
}

describe("readAmountFast", () => {
  it("accepts only what parseJournalAmount reads, with the same currency and minor units", () => {
    let accepted = 0;
    fc.assert(
      fc.property(amountText, (text) => {
        const out: AmountSlot = { currency: "" };
        const minor = readIn(text, out);
        if (Number.isNaN(minor)) return;
        accepted++;
        expect(parseJournalAmount(text), text).toEqual({ currency: out.currency, minor });
      }),
      { numRuns: 5000 },
    );
    expect(accepted).toBeGreaterThan(200);
  });

  it("reads only its range: the bytes around it (digits, a sign, a code) change nothing", () => {
    const around = fc.constantFrom("", " ", "9", "-", ".5", "0 EUR", "£", "\n2026-01-01");
    fc.assert(
      fc.property(amountText, around, around, (text, before, after) => {
        const alone: AmountSlot = { currency: "" };
        const inside: AmountSlot = { currency: "" };
        const minor = readIn(text, alone, "", "");
        expect(readIn(text, inside, before, after), text).toEqual(minor);
        expect(inside.currency).toBe(alone.currency);
      }),
      { numRuns: 3000 },
    );
  });

  it("reads the shapes real journals use", () => {
    const out: AmountSlot = { currency: "" };
    for (const [text, currency, minor] of [
      ["£1,250.00", "GBP", 125000],
      ["-£5", "GBP", -500],
      ["£-5.5", "GBP", -550],
      ["1250.00 GBP", "GBP", 125000],
      ["-3 EUR", "EUR", -300],
      ["9007199254740991 JPY", "JPY", 9007199254740991],
    ] as const) {
      expect(readIn(text, out), text).toBe(minor);
      expect(out.currency).toBe(currency);
    }
    for (const text of ["£1,25.00", "£ 5", "5", "£5 x", "9007199254740992 JPY", "1.001 GBP", "+£5", "£"])
      expect(readIn(text, out, "", "5"), text).toBeNaN();
  });
});
