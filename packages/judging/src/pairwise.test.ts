import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { expectedInformationGain, informationGains } from "./crowd-bt.js";
import { eligibleProjects, mostInformative } from "./dispatch.js";
import {
  bradleyTerry,
  chooseNext,
  chooseNextProject,
  createCrowdBt,
  crowdBt,
  crowdBtUpdate,
  crowdBtVote,
  elo,
  JudgingInputError,
  logVotes,
  logWithoutVoids,
  type PairwiseVote,
  parsePairwiseCsv,
  parseVoteLog,
  withoutVoids,
} from "./index.js";
import { digamma, logBeta, logGamma, logGammaDigamma } from "./special.js";

const gavel = JSON.parse(
  readFileSync(new URL("../fixtures/gavel-crowd-bt-60.json", import.meta.url), "utf8"),
) as {
  votes: [string, string, string][];
  expected: Record<"mu" | "sigmaSq" | "alpha" | "beta", Record<string, number>>;
  eig: { value: number }[];
};
const gavelVotes: PairwiseVote[] = gavel.votes.map(([judge, winner, loser], i) => ({
  judge,
  winner,
  loser,
  id: String(i),
}));

describe("special functions (values from scipy.special 1.17)", () => {
  const xs = [1e-3, 0.1, 0.5, 1, 1.5, 2, 3.7, 9.99, 10, 11, 25.5, 100, 1e4];
  const gammaln = [
    6.907178885383853, 2.252712651734206, 0.5723649429247, 0, -0.12078223763524526, 0, 1.428072326665388,
    12.779315214350195, 12.801827480081469, 15.104412573075516, 56.38916764371994, 359.1342053695754,
    82099.71749644238,
  ];
  const psi = [
    -1000.5755719318103, -10.423754940411076, -1.9635100260214235, -0.5772156649015329, 0.03648997397857652,
    0.42278433509846713, 1.1671535393615113, 2.250700372831201, 2.251752589066721, 2.3517525890667215,
    3.2189424728839198, 4.600161852738088, 9.21029037114285,
  ];
  xs.forEach((x, i) => {
    it(`lnΓ(${x}) and ψ(${x})`, () => {
      expect(Math.abs(logGamma(x) - gammaln[i]!)).toBeLessThan(1e-13 * Math.max(1, Math.abs(gammaln[i]!)));
      expect(Math.abs(digamma(x) - psi[i]!)).toBeLessThan(1e-13 * Math.max(1, Math.abs(psi[i]!)));
    });
  });
  it("lnΓ and ψ together (the dispatch fast path) agree with scipy too", () => {
    const out = new Float64Array(2);
    xs.forEach((x, i) => {
      logGammaDigamma(x, out);
      expect(Math.abs(out[0]! - gammaln[i]!)).toBeLessThan(1e-13 * Math.max(1, Math.abs(gammaln[i]!)));
      expect(Math.abs(out[1]! - psi[i]!)).toBeLessThan(1e-13 * Math.max(1, Math.abs(psi[i]!)));
    });
  });
  it("ln B", () => {
    expect(logBeta(10, 1)).toBeCloseTo(-Math.log(10), 14);
    expect(logBeta(10.3, 0.7)).toBeCloseTo(-1.3615085404054899, 13);
  });
});

describe("CrowdBT update (hand-derived)", () => {
  it("first vote from the priors: μ ±9/22, σ² 403/484, judge prior a fixed point", () => {
    // eʷ = eˡ = 1 ⇒ C₁ = ½, C = ½, E[η] = 10/11, E[η²] = 5/6, Var = 5/726 ⇒ α' = 10, β' = 1.
    // m = 10/11 − ½ = 9/22; v = 10/121 − ¼ ⇒ σ²' = 1 + 10/121 − 1/4 = 403/484.
    const u = crowdBtUpdate(10, 1, 0, 1, 0, 1, 1e-4);
    expect(u.probability).toBeCloseTo(0.5, 15);
    expect(u.alpha).toBeCloseTo(10, 12);
    expect(u.beta).toBeCloseTo(1, 12);
    expect(u.muWinner).toBeCloseTo(9 / 22, 15);
    expect(u.muLoser).toBeCloseTo(-9 / 22, 15);
    expect(u.sigmaSqWinner).toBeCloseTo(403 / 484, 15);
    expect(u.sigmaSqLoser).toBeCloseTo(403 / 484, 15);
  });

  it("a judge with no bias signal (α = β) cannot move the means", () => {
    // αeʷ/(αeʷ+βeˡ) = eʷ/(eʷ+eˡ) when α = β, so m = 0 and v = 0.
    const u = crowdBtUpdate(3, 3, 0.7, 0.5, -0.2, 0.8, 1e-4);
    expect(u.muWinner).toBeCloseTo(0.7, 15);
    expect(u.muLoser).toBeCloseTo(-0.2, 15);
    expect(u.sigmaSqWinner).toBeCloseTo(0.5, 15);
  });

  it("κ keeps the variance positive", () => {
    // Huge σ² makes 1 + σ²·v negative; the floor gives σ²·κ.
    const u = crowdBtUpdate(10, 1, 0, 1000, 0, 1000, 1e-4);
    expect(u.sigmaSqWinner).toBeCloseTo(1000 * 1e-4, 12);
  });
});

describe("expected information gain", () => {
  it("from the priors equals ln(484/403) (hand-derived)", () => {
    // Both outcomes symmetric, p = ½; each: KL of N(±9/22, 403/484) from N(0,1) for both projects, and the
    // judge's Beta does not move. Sum: 81/484 + 403/484 − 1 − ln(403/484) = ln(484/403).
    expect(expectedInformationGain(10, 1, 0, 1, 0, 1)).toBeCloseTo(Math.log(484 / 403), 14);
    expect(expectedInformationGain(10, 1, 0, 1, 0, 1)).toBeCloseTo(gavel.eig[0]!.value, 14);
  });
  it("matches Gavel on an uneven state", () => {
    expect(
      Math.abs(expectedInformationGain(4, 2.5, 1.2, 0.3, -0.4, 0.05) - gavel.eig[2]!.value),
    ).toBeLessThan(1e-13);
  });
  it("the batched dispatch computation equals the formula (property)", () => {
    const state = fc.record({
      alpha: fc.double({ min: 0.5, max: 30, noNaN: true }),
      beta: fc.double({ min: 0.2, max: 10, noNaN: true }),
      muA: fc.double({ min: -3, max: 3, noNaN: true }),
      sigmaSqA: fc.double({ min: 0.01, max: 2, noNaN: true }),
      muB: fc.double({ min: -3, max: 3, noNaN: true }),
      sigmaSqB: fc.double({ min: 0.01, max: 2, noNaN: true }),
    });
    fc.assert(
      fc.property(state, (s) => {
        const model = createCrowdBt(["a", "b"], ["j"]);
        model.alpha[0] = s.alpha;
        model.beta[0] = s.beta;
        model.mu.set([s.muA, s.muB]);
        model.sigmaSq.set([s.sigmaSqA, s.sigmaSqB]);
        const out = new Float64Array(1);
        informationGains(model, 0, 0, [1], out);
        const exact = expectedInformationGain(s.alpha, s.beta, s.muA, s.sigmaSqA, s.muB, s.sigmaSqB);
        expect(Math.abs(out[0]! - exact)).toBeLessThan(1e-12 * Math.max(1, Math.abs(exact)));
      }),
      { numRuns: 300 },
    );
  });
  it("is higher for uncertain, close projects than for settled, distant ones", () => {
    expect(expectedInformationGain(10, 1, 0, 1, 0.1, 1)).toBeGreaterThan(
      expectedInformationGain(10, 1, 0, 0.05, 3, 0.05),
    );
  });
});

describe("CrowdBT replay reproduces Gavel", () => {
  const result = crowdBt(gavelVotes);
  it("μ, σ² per project and α, β per judge to 1e-9", () => {
    for (const entry of result.ranking) {
      expect(Math.abs(entry.mu - gavel.expected.mu[entry.id]!)).toBeLessThan(1e-9);
      expect(Math.abs(entry.sigmaSq - gavel.expected.sigmaSq[entry.id]!)).toBeLessThan(1e-9);
    }
    for (const judge of result.judges) {
      expect(Math.abs(judge.alpha - gavel.expected.alpha[judge.id]!)).toBeLessThan(1e-9);
      expect(Math.abs(judge.beta - gavel.expected.beta[judge.id]!)).toBeLessThan(1e-9);
    }
    expect(result.ranking).toHaveLength(8);
    expect(result.judges.map((j) => j.id)).toEqual(["ann", "bob", "cat"]);
  });
  it("EIG for ann's state after the votes, p0 vs p3, matches Gavel", () => {
    const ann = result.judges.find((j) => j.id === "ann")!;
    const p = (id: string) => result.ranking.find((r) => r.id === id)!;
    const gain = expectedInformationGain(
      ann.alpha,
      ann.beta,
      p("p0").mu,
      p("p0").sigmaSq,
      p("p3").mu,
      p("p3").sigmaSq,
    );
    expect(Math.abs(gain - gavel.eig[1]!.value)).toBeLessThan(1e-12);
  });
  it("ranks by μ, ties for projects never compared", () => {
    const r = crowdBt([{ judge: "j", winner: "a", loser: "b" }], { candidates: ["a", "b", "c", "d"] });
    expect(r.ranking.map((e) => [e.id, e.rank])).toEqual([
      ["a", 1],
      ["c", 2],
      ["d", 2],
      ["b", 4],
    ]);
    expect(r.ties).toEqual([["c", "d"]]);
  });
  it("priors are overridable", () => {
    const r = crowdBt(gavelVotes.slice(0, 1), { parameters: { sigmaSqPrior: 2 } });
    const u = crowdBtUpdate(10, 1, 0, 2, 0, 2, 1e-4);
    expect(r.ranking[0]!.mu).toBe(u.muWinner);
  });
});

describe("voids", () => {
  it("voiding a vote equals replaying without it, for every model", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: gavelVotes.length - 1 }), (k) => {
        const kept = gavelVotes.filter((_, i) => i !== k);
        const voided = withoutVoids(gavelVotes, [String(k)]);
        const candidates = [...new Set(gavelVotes.flatMap((v) => [v.winner, v.loser]))];
        expect(crowdBt(voided, { candidates })).toEqual(crowdBt(kept, { candidates }));
        expect(elo(voided)).toEqual(elo(kept));
        expect(bradleyTerry(voided)).toEqual(bradleyTerry(kept));
      }),
      { numRuns: 20 },
    );
  });
  it("an unknown vote id is an error, not a silent no-op", () => {
    expect(() => withoutVoids(gavelVotes, ["999"])).toThrow(/cannot void vote "999"/);
  });
});

describe("next-project choice", () => {
  const model = createCrowdBt(["a", "b", "c", "d", "e"], ["j"]);
  crowdBtVote(model, 0, 0, 1);
  crowdBtVote(model, 0, 2, 3);
  it("skips inactive, ignored, the previous project and busy ones; prefers under-viewed", () => {
    expect(
      eligibleProjects(model, { judge: 0, previous: 0, inactive: new Set([1]), ignored: new Set([2]) }),
    ).toEqual([3, 4]);
    expect(eligibleProjects(model, { judge: 0, previous: 0, busy: new Set([1, 2]) })).toEqual([3, 4]);
    expect(eligibleProjects(model, { judge: 0, previous: 0, busy: new Set([1, 2, 3, 4]) })).toEqual([
      1, 2, 3, 4,
    ]);
    expect(eligibleProjects(model, { judge: 0, views: [3, 3, 1, 3, 0], minViews: 2 })).toEqual([2, 4]);
    expect(eligibleProjects(model, { judge: 0, views: [3, 3, 3, 3, 3], minViews: 2 })).toHaveLength(5);
    expect(eligibleProjects(model, { judge: 0, prioritized: new Set([4]), views: [0, 0, 0, 0, 9] })).toEqual([
      4,
    ]);
    expect(chooseNext(model, { judge: 0, previous: 0, ignored: new Set([1, 2, 3, 4]) })).toBeUndefined();
  });
  it("greedy step takes the largest expected information gain", () => {
    const gains = [1, 2, 3, 4].map((b) =>
      expectedInformationGain(
        model.alpha[0]!,
        model.beta[0]!,
        model.mu[0]!,
        model.sigmaSq[0]!,
        model.mu[b]!,
        model.sigmaSq[b]!,
      ),
    );
    const best = 1 + gains.indexOf(Math.max(...gains));
    expect(mostInformative(model, 0, 0, [1, 2, 3, 4])).toBe(best);
    // random() ≥ ε: always greedy
    expect(chooseNext(model, { judge: 0, previous: 0 }, () => 0.9)).toBe(best);
  });
  it("ε-greedy: with random() < ε a uniformly random eligible project", () => {
    const draws = [0.1, 0.99];
    expect(chooseNext(model, { judge: 0, previous: 0 }, () => draws.shift()!)).toBe(4);
  });
  it("by ids: the same choice, and unknown ids are errors", () => {
    const byIndex = chooseNext(
      model,
      { judge: 0, previous: 0, busy: new Set([1]), views: [0, 0, 5, 0, 0] },
      () => 0.9,
    );
    const byIds = chooseNextProject(
      model,
      { judge: "j", previous: "a", busy: ["b"], views: { c: 5 } },
      () => 0.9,
    );
    expect(byIds).toBe(model.projects[byIndex!]);
    expect(() => chooseNextProject(model, { judge: "nobody" })).toThrow(/unknown judge "nobody"/);
    expect(() => chooseNextProject(model, { judge: "j", previous: "zz" })).toThrow(/unknown project "zz"/);
  });
  it("before a judge's first project: random among eligible", () => {
    expect(chooseNext(model, { judge: 0 }, () => 0)).toBe(0);
  });
});

describe("Bradley–Terry (Hunter's MM)", () => {
  it("two projects, 3–1: the MLE ratio is 3 (no prior)", () => {
    const votes: PairwiseVote[] = [
      { judge: "j", winner: "a", loser: "b" },
      { judge: "j", winner: "a", loser: "b" },
      { judge: "j", winner: "a", loser: "b" },
      { judge: "j", winner: "b", loser: "a" },
    ];
    const r = bradleyTerry(votes, { prior: 0 });
    expect(r.converged).toBe(true);
    expect(r.ranking[0]!.strength / r.ranking[1]!.strength).toBeCloseTo(3, 9);
  });
  it("satisfies the MAP equations with the prior (wins + p = expected wins + p·expected vs reference)", () => {
    const r = bradleyTerry(gavelVotes);
    const s = new Map(r.ranking.map((e) => [e.id, e.strength]));
    for (const e of r.ranking) {
      let expected = (2 * e.strength) / (e.strength + 1); // 2p·γ/(γ+1) with p = 1
      for (const v of gavelVotes) {
        if (v.winner === e.id) expected += e.strength / (e.strength + s.get(v.loser)!);
        if (v.loser === e.id) expected += e.strength / (e.strength + s.get(v.winner)!);
      }
      expect(expected).toBeCloseTo(e.wins + 1, 8);
    }
  });
  it("a project that never lost stays finite and the split is reported", () => {
    const votes: PairwiseVote[] = [
      { judge: "j", winner: "a", loser: "b" },
      { judge: "j", winner: "b", loser: "c" },
      { judge: "j", winner: "c", loser: "b" },
    ];
    const r = bradleyTerry(votes, { candidates: ["a", "b", "c", "z"] });
    expect(Number.isFinite(r.ranking[0]!.strength)).toBe(true);
    expect(r.ranking[0]!.id).toBe("a");
    // z has no votes (prior strength 1) so it sits between a and the b/c pair, which lost to a.
    expect(r.ranking.map((e) => e.id)).toEqual(["a", "z", "c", "b"]);
    expect(r.separation).toEqual([["a"], ["z"], ["c", "b"]]);
    expect(r.unseen).toEqual(["z"]);
  });
});

describe("Elo", () => {
  it("equal ratings, K = 32: winner +16, loser −16", () => {
    const r = elo([{ judge: "j", winner: "a", loser: "b" }]);
    expect(r.ranking.map((e) => [e.id, e.rating])).toEqual([
      ["a", 1516],
      ["b", 1484],
    ]);
  });
  it("configurable K and the expected-score formula", () => {
    const r = elo(
      [
        { judge: "j", winner: "a", loser: "b" },
        { judge: "j", winner: "b", loser: "a" },
      ],
      { k: 10 },
    );
    const e = 1 / (1 + 10 ** ((1505 - 1495) / 400));
    expect(r.ranking.find((x) => x.id === "b")!.rating).toBeCloseTo(1495 + 10 * (1 - e), 12);
  });
});

describe("pairwise CSV", () => {
  it("reads judge,winner,loser with ids from the line or an id column", () => {
    expect(parsePairwiseCsv("judge,winner,loser\nj1,a,b\n")).toEqual([
      { judge: "j1", winner: "a", loser: "b", line: 2 },
    ]);
    expect(withoutVoids(parsePairwiseCsv("judge,winner,loser\nj1,a,b\nj1,b,a\n"), ["2"])).toEqual([
      { judge: "j1", winner: "b", loser: "a", line: 3 },
    ]);
    expect(parsePairwiseCsv("id,judge,winner,loser\nv7,j1,a,b\n")[0]!.id).toBe("v7");
  });
  const bad: [string, string, RegExp][] = [
    ["winner = loser", "judge,winner,loser\nj,a,b\nj,a,a\n", /^line 3: winner and loser are both "a"/],
    ["missing column", "judge,winner\nj,a\n", /lacks column "loser"/],
    ["empty judge", "judge,winner,loser\n,a,b\n", /^line 2: empty judge/],
    ["bad id", "judge,winner,loser\nj,a b,c\n", /^line 2: winner "a b" is not an id/],
    ["empty file", "\n\n", /empty file/],
    ["duplicate id", "id,judge,winner,loser\nv,j,a,b\nv,j,b,a\n", /^line 3: vote id "v" appears twice/],
  ];
  for (const [name, text, message] of bad)
    it(name, () => expect(() => parsePairwiseCsv(text)).toThrow(message));
  it("unknown project against a list", () => {
    expect(() => parsePairwiseCsv("judge,winner,loser\nj,a,q\n", { candidates: ["a", "b"] })).toThrow(
      /^line 2: unknown project "q" in loser/,
    );
  });
});

describe("vote logs (columnar votes for big replays)", () => {
  const csv = `judge,winner,loser\n${gavelVotes.map((v) => `${v.judge},${v.winner},${v.loser}`).join("\n")}\n`;
  it("parse to the same votes as the row parser, and CrowdBT agrees exactly", () => {
    const log = parseVoteLog(csv);
    expect(logVotes(log)).toEqual(parsePairwiseCsv(csv));
    expect(crowdBt(log)).toEqual(crowdBt(parsePairwiseCsv(csv)));
    const candidates = [...log.projects, "zz"]; // one project nobody compared
    expect(crowdBt(log, { candidates })).toEqual(crowdBt(parsePairwiseCsv(csv), { candidates }));
  });
  it("voids by line number or id, like withoutVoids", () => {
    expect(logVotes(logWithoutVoids(parseVoteLog(csv), ["5", "9"]))).toEqual(
      withoutVoids(parsePairwiseCsv(csv), ["5", "9"]),
    );
    const withIds = "id,judge,winner,loser\nv1,j,a,b\nv2,j,b,a\n";
    expect(logVotes(logWithoutVoids(parseVoteLog(withIds), ["v1"]))).toEqual(
      withoutVoids(parsePairwiseCsv(withIds), ["v1"]),
    );
    expect(() => logWithoutVoids(parseVoteLog(csv), ["999"])).toThrow(/cannot void vote "999"/);
  });
  it("gives the same line-numbered errors as the row parser", () => {
    const bad = [
      "judge,winner,loser\nj,a,b\nj,a,a\n",
      "judge,winner\nj,a\n",
      "judge,winner,loser\n,a,b\n",
      "judge,winner,loser\nj,a b,c\n",
      "\n\n",
      "id,judge,winner,loser\nv,j,a,b\nv,j,b,a\n",
      "judge,winner,loser\nj,a,b,c\n",
      "judge,winner,loser\n",
    ];
    for (const text of bad) {
      const message = (() => {
        try {
          parsePairwiseCsv(text);
        } catch (err) {
          return (err as Error).message;
        }
      })();
      expect(message).toBeDefined();
      expect(() => parseVoteLog(text), text).toThrow(message!);
    }
    expect(() => parseVoteLog("judge,winner,loser\nj,a,q\n", { candidates: ["a"] })).toThrow(
      /^line 2: unknown project "q"/,
    );
  });
});

describe("published and cross-checked values", () => {
  it("CrowdBT: 3,000 votes (40 projects, 12 judges, some near-random) replay to Gavel's numbers within 1e-9", () => {
    const text = readFileSync(new URL("../fixtures/gavel-crowd-bt-3000.csv", import.meta.url), "utf8");
    const expected = JSON.parse(
      readFileSync(new URL("../fixtures/gavel-crowd-bt-3000.json", import.meta.url), "utf8"),
    ) as Record<"mu" | "sigmaSq" | "alpha" | "beta", Record<string, number>>;
    for (const result of [crowdBt(parseVoteLog(text)), crowdBt(parsePairwiseCsv(text))]) {
      expect(result.ranking).toHaveLength(40);
      for (const e of result.ranking) {
        expect(Math.abs(e.mu - expected.mu[e.id]!)).toBeLessThan(1e-9);
        expect(Math.abs(e.sigmaSq - expected.sigmaSq[e.id]!)).toBeLessThan(1e-9);
      }
      // α grows to ~150 over 3,000 votes, and its moment match divides by a variance of order 1e-4, so the
      // last-bit differences between numpy's exp and V8's are amplified: α and β agree to 1e-9 relative.
      for (const j of result.judges) {
        expect(Math.abs(j.alpha - expected.alpha[j.id]!)).toBeLessThan(1e-9 * expected.alpha[j.id]!);
        expect(Math.abs(j.beta - expected.beta[j.id]!)).toBeLessThan(
          1e-9 * Math.max(1, expected.beta[j.id]!),
        );
      }
    }
  });

  it("Bradley–Terry: Wikipedia's four-team example (0.640, 1.043, 0.660, 2.270), and scipy's MLE", () => {
    // Wins: A beat B 2, B beat A 3; A beat D 1, D beat A 4; B beat C 5, C beat B 3; C beat D 1, D beat C 3.
    const games: [string, string, number][] = [
      ["a", "b", 2],
      ["b", "a", 3],
      ["a", "d", 1],
      ["d", "a", 4],
      ["b", "c", 5],
      ["c", "b", 3],
      ["c", "d", 1],
      ["d", "c", 3],
    ];
    const votes = games.flatMap(([winner, loser, n]) =>
      Array.from({ length: n }, () => ({ judge: "j", winner, loser })),
    );
    const r = bradleyTerry(votes, { prior: 0, tolerance: 1e-13 });
    expect(r.converged).toBe(true);
    expect(r.separation).toEqual([]);
    const s = new Map(r.ranking.map((e) => [e.id, e.strength]));
    const geometric = Math.exp(["a", "b", "c", "d"].reduce((sum, id) => sum + Math.log(s.get(id)!), 0) / 4);
    const scaled = ["a", "b", "c", "d"].map((id) => s.get(id)! / geometric);
    expect(scaled.map((x) => Number(x.toFixed(3)))).toEqual([0.64, 1.043, 0.66, 2.27]);
    // scipy.optimize.minimize (BFGS) on the same log-likelihood, normalised the same way.
    const scipy = [0.6398348191369416, 1.0433143727329304, 0.6598101971888058, 2.2703766747882517];
    scaled.forEach((x, i) => expect(Math.abs(x - scipy[i]!)).toBeLessThan(1e-6));
  });

  it("Elo: Wikipedia's expected scores (K = 32) for a 1613 player", () => {
    // 1613 vs 1609, 1388, 1586, 1720: E ≈ 0.51, 0.79, 0.54, 0.35; a win moves K(1 − E), a loss K(0 − E).
    const cases: [number, number][] = [
      [1609, 0.51],
      [1388, 0.79],
      [1586, 0.54],
      [1720, 0.35],
    ];
    for (const [opponent, published] of cases) {
      const win = elo([{ judge: "j", winner: "a", loser: "x" }], { ratings: { a: 1613, x: opponent } });
      const gained = win.ranking.find((e) => e.id === "a")!.rating - 1613;
      expect(Number((1 - gained / 32).toFixed(2))).toBe(published);
    }
  });
});

describe("candidates are the whole list (issue 11)", () => {
  const votes = [
    { judge: "j", winner: "a", loser: "b", line: 2 },
    { judge: "j", winner: "nope", loser: "a", line: 3 },
  ];
  it("crowdBt, bradleyTerry and elo reject a vote naming a project not in the list, like parsePairwiseCsv", () => {
    for (const run of [
      () => crowdBt(votes, { candidates: ["a", "b"] }),
      () => crowdBt(parseVoteLog("judge,winner,loser\nj,a,b\nj,nope,a\n"), { candidates: ["a", "b"] }),
      () => bradleyTerry(votes, { candidates: ["a", "b"] }),
      () => elo(votes, { candidates: ["a", "b"] }),
    ]) {
      expect(run).toThrow(JudgingInputError);
      expect(run).toThrow(/^line 3: unknown project "nope" in a vote \(expected one of a, b\)/);
    }
  });
});
