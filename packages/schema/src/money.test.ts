import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { currencyExponent, formatDecimal, formatMoney, MoneyError, parseMoney } from "./money.js";

describe("parseMoney", () => {
  it.each([
    ["£1,250.00", 125000, "GBP"],
    ["£1250", 125000, "GBP"],
    ["1250.5 GBP", 125050, "GBP"],
    ["GBP 1250.5", 125050, "GBP"],
    ["-£5", -500, "GBP"],
    ["£-5.25", -525, "GBP"],
    ["€0.10", 10, "EUR"],
    ["¥300", 300, "JPY"],
    ["1,000.125 KWD", 1000125, "KWD"],
    ["12.50 usd", 1250, "USD"],
    ["0.30 GBP", 30, "GBP"],
    ["1250.500 GBP", 125050, "GBP"],
    ["CA$5,000.00", 500000, "CAD"],
    ["A$12.5", 1250, "AUD"],
    ["₩5000", 5000, "KRW"],
    ["-NZ$3", -300, "NZD"],
    ["CHF 300", 30000, "CHF"],
  ])("parses %s exactly", (text, minor, currency) => {
    expect(parseMoney(text)).toEqual({ minor, currency });
  });

  it("parses the object form and numbers without going through a float", () => {
    expect(parseMoney({ amount: "1250.50", currency: "gbp" })).toEqual({ minor: 125050, currency: "GBP" });
    expect(parseMoney({ amount: 0.3, currency: "GBP" })).toEqual({ minor: 30, currency: "GBP" });
  });

  it.each([
    ["1250", /no currency/],
    ["£1.2.3", /not a decimal amount/],
    ["£1,25.00", /not a decimal amount/],
    ["£12.345", /more decimal places than GBP allows \(2\)/],
    ["¥1.5", /more decimal places than JPY allows \(0\)/],
    ["12 XYZ", /not an ISO 4217 currency/],
    ["5000 CAX", /"CAX" is not an ISO 4217 currency code \(did you mean "CAD"\?\)/],
    [`£${"9".repeat(5000)}.5.5`, /^"£9{199}…" is not a decimal amount/],
    ["£", /not a decimal amount/],
    ["£99999999999999999", /beyond the largest supported amount/],
  ])("rejects %s", (text, message) => {
    expect(() => parseMoney(text)).toThrow(MoneyError);
    expect(() => parseMoney(text)).toThrow(message);
  });

  it("rejects floats that are not what anyone typed", () => {
    expect(() => parseMoney({ amount: 0.1 + 0.2, currency: "GBP" })).toThrow(/more decimal places/);
    expect(() => parseMoney({ amount: 1e21, currency: "GBP" })).toThrow(/not a plain decimal/);
  });

  it("uses the default currency for bare amounts", () => {
    expect(parseMoney("1,250.00", "EUR")).toEqual({ minor: 125000, currency: "EUR" });
  });

  it("round-trips every safe amount through formatDecimal (property)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -Number.MAX_SAFE_INTEGER, max: Number.MAX_SAFE_INTEGER }),
        fc.constantFrom("GBP", "JPY", "KWD", "EUR", "CLF"),
        (minor, currency) => {
          const money = { minor, currency };
          expect(parseMoney(`${formatDecimal(money)} ${currency}`)).toEqual(money);
        },
      ),
    );
  });

  it("agrees with a BigInt reference on random decimal strings (property)", () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 9n * 10n ** 13n }), fc.nat(99), (whole, cents) => {
        const text = `${whole}.${String(cents).padStart(2, "0")}`;
        expect(BigInt(parseMoney(`£${text}`).minor)).toBe(whole * 100n + BigInt(cents));
      }),
    );
  });
});

describe("formatting", () => {
  it("writes decimal strings and human amounts", () => {
    expect(formatDecimal({ minor: 5, currency: "GBP" })).toBe("0.05");
    expect(formatDecimal({ minor: -125050, currency: "GBP" })).toBe("-1250.50");
    expect(formatDecimal({ minor: 300, currency: "JPY" })).toBe("300");
    expect(formatMoney({ minor: 125050, currency: "GBP" })).toBe("£1,250.50");
    expect(formatMoney({ minor: -300, currency: "JPY" })).toBe("-¥300");
    expect(formatMoney({ minor: 1000125, currency: "KWD" })).toBe("1,000.125 KWD");
    expect(currencyExponent("CLF")).toBe(4);
    expect(formatDecimal({ minor: 2n ** 70n, currency: "GBP" })).toBe("11805916207174113034.24");
    expect(formatMoney({ minor: -(2n ** 60n), currency: "EUR" })).toBe("-€11,529,215,046,068,469.76");
  });
});
