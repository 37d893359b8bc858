import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { normal, seededRandom, shuffle } from "./internal.js";

describe("seeded randomness (shared by judging and teams)", () => {
  it("gives the same sequence for a seed on every machine", () => {
    // Pinned: simulations and team draws quoted in docs depend on this exact sequence.
    const random = seededRandom(1);
    const first = [random(), random(), random()];
    expect(first.map((x) => x * 4294967296)).toEqual([2693262067, 11749833, 2265367787]);
  });

  it("stays in [0, 1) and shuffles into a permutation", () => {
    fc.assert(
      fc.property(fc.integer(), fc.array(fc.integer(), { maxLength: 50 }), (seed, items) => {
        const random = seededRandom(seed);
        for (let i = 0; i < 20; i++) {
          const x = random();
          expect(x >= 0 && x < 1).toBe(true);
        }
        const shuffled = shuffle([...items], seededRandom(seed));
        expect([...shuffled].sort((a, b) => a - b)).toEqual([...items].sort((a, b) => a - b));
        expect(Number.isFinite(normal(seededRandom(seed)))).toBe(true);
      }),
    );
  });
});
