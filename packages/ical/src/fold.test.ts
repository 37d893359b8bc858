import fc from "fast-check";
import { foldLines as reference } from "ical-generator";
import { describe, expect, it } from "vitest";
import { foldLines } from "./fold.js";

describe("foldLines", () => {
  it("folds exactly as ical-generator does, for any text (property)", () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: "grapheme", maxLength: 300 }), { maxLength: 5 }), (parts) => {
        const text = parts.map((p) => p.replace(/[\r\n]/g, "")).join("\r\n");
        expect(foldLines(text)).toBe(reference(text));
      }),
      { numRuns: 300 },
    );
  });

  it("never writes a line over 75 octets", () => {
    const folded = foldLines(`DESCRIPTION:${"é🎉a".repeat(200)}`);
    for (const line of folded.split("\r\n")) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
  });
});
