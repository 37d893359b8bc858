import { parseMoney } from "@hackdaykit/schema";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { Accumulator, formatMinor, formatMinorHuman } from "./amount.js";
import { parseJournalAmount } from "./journal/amount.js";

describe("parseJournalAmount", () => {
  it.each([
    ["£1,250.00", "GBP", 125000],
    ["-£5", "GBP", -500],
    ["£-5.10", "GBP", -510],
    ["1250.5 GBP", "GBP", 125050],
    ["GBP -3", "GBP", -300],
    ['"EUR" 2.50', "EUR", 250],
    ["$0.01", "USD", 1],
    ["1000 JPY", "JPY", 1000],
    ["1.234 KWD", "KWD", 1234],
    ["-0.00 GBP", "GBP", 0],
    ["12.500 GBP", "GBP", 1250],
    ["90071992547409.91 GBP", "GBP", Number.MAX_SAFE_INTEGER],
  ])("%s", (text, currency, minor) => {
    expect(parseJournalAmount(text)).toEqual({ currency, minor });
  });

  it.each([
    ["1.2.3 GBP", /more than one decimal point/],
    ["1.005 GBP", /more decimal places than its currency allows \(2\)/],
    ["12 XYZ", /unknown currency "XYZ"/],
    ["12.00", /no currency/],
    ["1,25.00 GBP", /commas must separate thousands/],
    ["1.000,50 EUR", /decimal point, not a comma/],
    ["90071992547409.92 GBP", /beyond the largest supported amount/],
    ["£", /no number/],
    ["£12 abc", /not an amount/],
  ])("rejects %s", (text, message) => {
    const result = parseJournalAmount(text);
    expect(result.error).toMatch(message);
  });
});

describe("the journal fast path and @hackdaykit/schema's parseMoney agree", () => {
  it("on every amount written the ways both accept", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -Number.MAX_SAFE_INTEGER, max: Number.MAX_SAFE_INTEGER }),
        fc.constantFrom("GBP", "EUR", "USD", "JPY", "KWD"),
        fc.constantFrom("code-after", "code-before", "symbol", "grouped"),
        (minor, currency, style) => {
          const decimal = formatMinor(minor, currency);
          const symbol = ({ GBP: "£", EUR: "€", USD: "$", JPY: "¥" } as Record<string, string>)[currency];
          const grouped = decimal.replace(
            /^(-?)(\d+)/,
            (_, sign: string, whole: string) => sign + whole.replace(/\B(?=(\d{3})+(?!\d))/g, ","),
          );
          const text =
            style === "code-before"
              ? `${currency} ${decimal}`
              : style === "symbol" && symbol
                ? decimal.startsWith("-")
                  ? `-${symbol}${decimal.slice(1)}`
                  : `${symbol}${decimal}`
                : style === "grouped"
                  ? `${grouped} ${currency}`
                  : `${decimal} ${currency}`;
          const ours = parseJournalAmount(text);
          expect(ours).toEqual(parseMoney(text));
        },
      ),
    );
  });
});

describe("formatMinor", () => {
  it("writes exact decimals for bigint totals beyond 2^53", () => {
    expect(formatMinor(2n ** 60n + 5n, "GBP")).toBe("11529215046068469.81");
    expect(formatMinor(-5n, "GBP")).toBe("-0.05");
    expect(formatMinor(7, "JPY")).toBe("7");
    expect(formatMinor(-1234, "KWD")).toBe("-1.234");
    expect(formatMinorHuman(-123456789n, "GBP")).toBe("-£1,234,567.89");
    expect(formatMinorHuman(100n, "CHF")).toBe("1.00 CHF");
  });

  it("round-trips through the journal amount parser", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -Number.MAX_SAFE_INTEGER, max: Number.MAX_SAFE_INTEGER }),
        fc.constantFrom("GBP", "JPY", "KWD"),
        (minor, currency) => {
          expect(parseJournalAmount(`${formatMinor(minor, currency)} ${currency}`)).toEqual({
            currency,
            minor: minor === 0 ? 0 : minor,
          });
        },
      ),
    );
  });
});

describe("Accumulator", () => {
  it("sums a million random safe-integer postings exactly like a bigint reference", () => {
    // Large postings so the running float sum leaves the safe range many times over.
    const postings = fc.sample(fc.integer({ min: -Number.MAX_SAFE_INTEGER, max: Number.MAX_SAFE_INTEGER }), {
      numRuns: 1_000_000,
      seed: 42,
    });
    const acc = new Accumulator();
    let reference = 0n;
    for (const p of postings) {
      acc.add(p);
      reference += BigInt(p);
    }
    expect(acc.total).toBe(reference);
  });

  it("is exact for any sequence, including sums that cross 2^53 both ways", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -Number.MAX_SAFE_INTEGER, max: Number.MAX_SAFE_INTEGER }), {
          maxLength: 200,
        }),
        (postings) => {
          const acc = new Accumulator();
          for (const p of postings) acc.add(p);
          expect(acc.total).toBe(postings.reduce((s, p) => s + BigInt(p), 0n));
        },
      ),
    );
  });
});
