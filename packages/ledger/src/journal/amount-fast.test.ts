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

describe("readAmountFast", () => {
  it("accepts only what parseJournalAmount reads, with the same currency and minor units", () => {
    let accepted = 0;
    fc.assert(
      fc.property(amountText, (text) => {
        const out: AmountSlot = { currency: "" };
        const padded = `  ${text}  ;`;
        const minor = readAmountFast(padded, 2, 2 + text.length, out);
        if (Number.isNaN(minor)) return;
        accepted++;
        expect(parseJournalAmount(text), text).toEqual({ currency: out.currency, minor });
      }),
      { numRuns: 5000 },
    );
    expect(accepted).toBeGreaterThan(200);
  });

  it("reads UTF-8 bytes held as latin1 text (see latin1.ts) as it reads the text", () => {
    fc.assert(
      fc.property(amountText, (text) => {
        const padded = `  ${text}  ;`;
        const latin1 = String.fromCharCode(...new TextEncoder().encode(padded));
        const out: AmountSlot = { currency: "" };
        const minor = readAmountFast(padded, 2, 2 + text.length, out);
        const bytesOut: AmountSlot = { currency: "" };
        const fromBytes = readAmountFast(latin1, 2, latin1.length - 3, bytesOut, true);
        expect(fromBytes, text).toEqual(minor);
        if (!Number.isNaN(minor)) expect(bytesOut.currency).toBe(out.currency);
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
      expect(readAmountFast(text, 0, text.length, out), text).toBe(minor);
      expect(out.currency).toBe(currency);
    }
    for (const text of ["£1,25.00", "£ 5", "5", "£5 x", "9007199254740992 JPY", "1.001 GBP", "+£5"])
      expect(readAmountFast(text, 0, text.length, out), text).toBeNaN();
  });
});
