import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { FlowNetwork } from "./flow.js";

describe("FlowNetwork.minCostMaxFlow", () => {
  it("solves a textbook instance", () => {
    // s→a (2, 1), s→b (1, 2), a→b (1, 1), a→t (1, 3), b→t (2, 1): max flow 3 at cost 1+3 + 1+1+1 + 2+1 = 10.
    const net = new FlowNetwork();
    const [s, a, b, t] = [net.addNode(), net.addNode(), net.addNode(), net.addNode()];
    net.addArc(s, a, 2, 1);
    net.addArc(s, b, 1, 2);
    net.addArc(a, b, 1, 1);
    net.addArc(a, t, 1, 3);
    net.addArc(b, t, 2, 1);
    expect(net.minCostMaxFlow(s, t)).toMatchObject({ flow: 3, cost: 10 });
  });

  it("matches brute force on small assignment problems (negative costs included)", () => {
    const permutations = (n: number): number[][] =>
      n === 0
        ? [[]]
        : permutations(n - 1).flatMap((p) =>
            Array.from({ length: n }, (_, i) => [...p.slice(0, i), n - 1, ...p.slice(i)]),
          );
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 5 }).chain((n) =>
          fc.array(fc.array(fc.integer({ min: -20, max: 20 }), { minLength: n, maxLength: n }), {
            minLength: n,
            maxLength: n,
          }),
        ),
        (matrix) => {
          const n = matrix.length;
          const net = new FlowNetwork();
          const s = net.addNode();
          const t = net.addNode();
          const rows = matrix.map(() => net.addNode());
          const cols = matrix.map(() => net.addNode());
          matrix.forEach((row, i) => {
            net.addArc(s, rows[i]!, 1, 0);
            net.addArc(cols[i]!, t, 1, 0);
            row.forEach((c, j) => net.addArc(rows[i]!, cols[j]!, 1, c));
          });
          const best = Math.min(
            ...permutations(n).map((p) => p.reduce((sum, j, i) => sum + matrix[i]![j]!, 0)),
          );
          expect(net.minCostMaxFlow(s, t)).toMatchObject({ flow: n, cost: best });
        },
      ),
    );
  });
});
