import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { closest, didYouMean, editDistance, hint } from "./did-you-mean.js";

/** Textbook Levenshtein plus adjacent swaps (optimal string alignment), full table: the reference. */
function reference(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        d[i]![j] = Math.min(d[i]![j]!, d[i - 2]![j - 2]! + 1);
      }
    }
  }
  return d[a.length]![b.length]!;
}

const word = fc.string({ unit: fc.constantFrom("a", "b", "c", "-"), maxLength: 8 });

describe("editDistance", () => {
  it("counts insertions, deletions, substitutions and neighbour swaps as one edit", () => {
    expect(editDistance("main", "main")).toBe(0);
    expect(editDistance("mian", "main")).toBe(1);
    expect(editDistance("main-hal", "main-hall")).toBe(1);
    expect(editDistance("CAX", "CAD")).toBe(1);
    expect(editDistance("", "abc")).toBe(3);
  });

  it("equals the full-table reference, and the bounded form caps it at max + 1 (property)", () => {
    fc.assert(
      fc.property(word, word, fc.nat(4), (a, b, max) => {
        const full = reference(a, b);
        expect(editDistance(a, b)).toBe(full);
        expect(editDistance(b, a)).toBe(full);
        expect(editDistance(a, b, max)).toBe(Math.min(full, max + 1));
      }),
    );
  });
});

describe("did you mean", () => {
  it("offers the nearest candidates only when they are near", () => {
    expect(closest("Europe/Londn", ["Europe/London", "Europe/Lisbon"])).toEqual(["Europe/London"]);
    expect(closest("main-hal", ["main-hall", "side-hall"])).toEqual(["main-hall"]);
    expect(closest("xyz", ["main-hall", "side-hall"])).toEqual([]);
    expect(closest("team-2", ["team-1", "team-3", "team-4", "team-5"])).toEqual([
      "team-1",
      "team-3",
      "team-4",
    ]);
  });

  it("lists the choices when few and nothing is near, and stays quiet for many", () => {
    expect(didYouMean("zzz", ["main", "workshops"])).toBe('expected "main" or "workshops"');
    expect(
      didYouMean(
        "zzz",
        Array.from({ length: 11 }, (_, i) => `room-${i}`),
      ),
    ).toBe("");
    expect(hint("judje", new Set(["judge", "mentor"]))).toBe(' (did you mean "judge"?)');
    expect(hint("zzz", [])).toBe("");
  });
});
