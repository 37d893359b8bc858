import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { colourEdges, shortenWalks } from "./colour.js";

const bipartite = fc.tuple(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 12 })).chain(([l, r]) =>
  fc.tuple(
    fc.constant(l),
    fc.constant(r),
    fc.uniqueArray(fc.tuple(fc.nat(l - 1), fc.nat(r - 1)), {
      selector: ([a, b]) => `${a}-${b}`,
      maxLength: l * r,
    }),
  ),
);

describe("colourEdges (König)", () => {
  it("colours any bipartite graph with Δ colours and no clash at either end, before and after shortening walks", () => {
    fc.assert(
      fc.property(bipartite, ([l, r, pairs]) => {
        const edges = pairs.map(([left, right]) => ({ left, right, prefer: (left + right) % 3 }));
        const { colours, palette } = colourEdges(edges, l, r);
        const degree = new Map<string, number>();
        for (const e of edges) {
          degree.set(`L${e.left}`, (degree.get(`L${e.left}`) ?? 0) + 1);
          degree.set(`R${e.right}`, (degree.get(`R${e.right}`) ?? 0) + 1);
        }
        const delta = Math.max(0, ...degree.values());
        expect(palette).toBe(Math.max(delta, ...edges.map((e) => e.prefer + 1), 0));
        const check = () => {
          const used = new Set<string>();
          edges.forEach((e, i) => {
            const c = colours[i]!;
            expect(c).toBeGreaterThanOrEqual(0);
            expect(c).toBeLessThan(palette);
            for (const key of [`L${e.left}@${c}`, `R${e.right}@${c}`]) {
              expect(used.has(key)).toBe(false);
              used.add(key);
            }
          });
        };
        check();
        const walk = () => {
          let total = 0;
          for (let u = 0; u < l; u++) {
            const seq = edges
              .map((e, i) => ({ e, c: colours[i]! }))
              .filter((x) => x.e.left === u)
              .sort((x, y) => x.c - y.c);
            for (let i = 1; i < seq.length; i++) total += Math.abs(seq[i]!.e.right - seq[i - 1]!.e.right);
          }
          return total;
        };
        const before = walk();
        shortenWalks(
          edges.map((e) => ({ ...e, weight: e.right })),
          colours,
          l,
          r,
          palette,
        );
        check();
        expect(walk()).toBeLessThanOrEqual(before);
      }),
    );
  });
});
