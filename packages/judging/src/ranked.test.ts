import { readFileSync } from "node:fs";
import { seededRandom, shuffle } from "@hackdaykit/schema/internal";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ballotPositions } from "./ballots.js";
import {
  borda,
  buildProfile,
  condorcetWinner,
  copeland,
  JudgingInputError,
  kemeny,
  matrixRows,
  parseRankedCsv,
  preferenceMatrix,
  RANKED_METHODS,
  type RankedBallot,
  rankBallots,
  rankedPairs,
  schulze,
  stackRank,
} from "./index.js";

const fixture = (name: string) => readFileSync(new URL(`../fixtures/${name}`, import.meta.url), "utf8");
const wiki = parseRankedCsv(fixture("ballots-schulze-wikipedia-45.csv"));
const tennessee = parseRankedCsv(fixture("ballots-tennessee-100.csv"));
const order = (result: { ranking: { id: string }[] }) => result.ranking.map((r) => r.id);

describe("Wikipedia's 45-voter Schulze example", () => {
  const matrix = preferenceMatrix(wiki);
  const at = (x: string, y: string) =>
    matrix.d[matrix.candidates.indexOf(x) * matrix.n + matrix.candidates.indexOf(y)];

  it("builds the published pairwise matrix", () => {
    const published: Record<string, number> = {
      AB: 20,
      AC: 26,
      AD: 30,
      AE: 22,
      BA: 25,
      BC: 16,
      BD: 33,
      BE: 18,
      CA: 19,
      CB: 29,
      CD: 17,
      CE: 24,
      DA: 15,
      DB: 12,
      DC: 28,
      DE: 14,
      EA: 23,
      EB: 27,
      EC: 21,
      ED: 31,
    };
    for (const [pair, votes] of Object.entries(published)) expect(at(pair[0]!, pair[1]!), pair).toBe(votes);
  });

  it("Schulze: E > A > C > B > D with p[E,A] = 25 > p[A,E] = 24", () => {
    const result = schulze(matrix);
    expect(order(result)).toEqual(["E", "A", "C", "B", "D"]);
    expect(result.ranking.map((r) => r.rank)).toEqual([1, 2, 3, 4, 5]);
    expect(result.winners).toEqual(["E"]);
    const p = (x: string, y: string) =>
      result.strongestPaths[matrix.candidates.indexOf(x) * matrix.n + matrix.candidates.indexOf(y)];
    expect(p("E", "A")).toBe(25);
    expect(p("A", "E")).toBe(24);
    // Wikipedia's full strongest-path table.
    expect(p("A", "B")).toBe(28);
    expect(p("C", "D")).toBe(29);
    expect(p("D", "A")).toBe(25);
  });

  it("ranked pairs: A > C > E > B > D, locking B>D, E>D, A>D, C>B then skipping D>C", () => {
    const result = rankedPairs(matrix);
    expect(order(result)).toEqual(["A", "C", "E", "B", "D"]);
    expect(result.orderDependent).toBe(false);
    expect(result.lockSequence.slice(0, 5).map((s) => [s.winner, s.loser, s.votes, s.locked])).toEqual([
      ["B", "D", 33, true],
      ["E", "D", 31, true],
      ["A", "D", 30, true],
      ["C", "B", 29, true],
      ["D", "C", 28, false],
    ]);
  });

  it("Borda E 102, A 98, B 92, C 89, D 69", () => {
    expect(borda(wiki).ranking.map((r) => [r.id, r.points])).toEqual([
      ["E", 102],
      ["A", 98],
      ["B", 92],
      ["C", 89],
      ["D", 69],
    ]);
  });

  it("Copeland: E 3 wins; A, B, C 2 each (tied, rank 2); D 1", () => {
    const result = copeland(matrix);
    expect(result.ranking.map((r) => [r.id, r.rank, r.wins])).toEqual([
      ["E", 1, 3],
      ["A", 2, 2],
      ["B", 2, 2],
      ["C", 2, 2],
      ["D", 5, 1],
    ]);
    expect(result.ties).toEqual([["A", "B", "C"]]);
  });

  it("Kemeny–Young: unique optimum E > B > A > D > C scoring 260", () => {
    const result = kemeny(matrix);
    expect(result.unique).toBe(true);
    expect(result.score).toBe(260);
    expect(result.optimalOrders).toEqual([["E", "B", "A", "D", "C"]]);
    expect(order(result)).toEqual(["E", "B", "A", "D", "C"]);
  });

  it("stack rank gives first preferences 3 points", () => {
    // First choices: C 12, A 10, B 8, E 8, D 7 (Wikipedia's plurality count) fix the 3-point share.
    const plurality = stackRank(wiki, [1]).ranking.map((r) => [r.id, r.points]);
    expect(plurality).toEqual([
      ["C", 12],
      ["A", 10],
      ["B", 8],
      ["E", 8],
      ["D", 7],
    ]);
  });
});

describe("Wikipedia's Tennessee capital example", () => {
  const expected = ["nashville", "chattanooga", "knoxville", "memphis"];
  for (const method of ["schulze", "ranked-pairs", "copeland", "kemeny"] as const) {
    it(`${method}: nashville > chattanooga > knoxville > memphis`, () => {
      expect(order(rankBallots(method, tennessee))).toEqual(expected);
    });
  }
  it("Kemeny score 393; Borda 194/173/126/107; plurality memphis", () => {
    expect(kemeny(preferenceMatrix(tennessee)).score).toBe(393);
    expect(borda(tennessee).ranking.map((r) => [r.id, r.points])).toEqual([
      ["nashville", 194],
      ["chattanooga", 173],
      ["memphis", 126],
      ["knoxville", 107],
    ]);
    expect(order(stackRank(tennessee, [1]))[0]).toBe("memphis");
  });
});

describe("ties and partial ballots", () => {
  it("a tied group and the unnamed rest share their Borda points (½ per tied rival)", () => {
    const profile = buildProfile([{ groups: [["a"], ["b", "c"]], count: 1 }], {
      candidates: ["a", "b", "c", "d"],
    });
    // a: 3; b, c share 2+1; d (unnamed) gets 0.
    expect(borda(profile).ranking.map((r) => [r.id, r.rank, r.points])).toEqual([
      ["a", 1, 3],
      ["b", 2, 1.5],
      ["c", 2, 1.5],
      ["d", 4, 0],
    ]);
    const partial = buildProfile([{ groups: [["a"]], count: 2 }], { candidates: ["a", "b", "c"] });
    expect(borda(partial).ranking.map((r) => [r.id, r.points])).toEqual([
      ["a", 4],
      ["b", 1],
      ["c", 1],
    ]);
    expect(matrixRows(preferenceMatrix(partial))).toEqual([
      [0, 2, 2],
      [0, 0, 0],
      [0, 0, 0],
    ]);
  });

  it("stack rank: tied picks share points; unnamed projects get none", () => {
    const profile = buildProfile([{ groups: [["a", "b"], ["c"]], count: 1 }], {
      candidates: ["a", "b", "c", "d"],
    });
    expect(stackRank(profile).ranking.map((r) => [r.id, r.rank, r.points])).toEqual([
      ["a", 1, 2.5],
      ["b", 1, 2.5],
      ["c", 3, 1],
      ["d", 4, 0],
    ]);
  });

  it("a perfect three-way cycle: Schulze ties all, Kemeny lists the three optimal orders", () => {
    const cycle = parseRankedCsv("ranking\na>b>c\nb>c>a\nc>a>b\n");
    const s = schulze(preferenceMatrix(cycle));
    expect(s.winners).toEqual(["a", "b", "c"]);
    expect(s.ties).toEqual([["a", "b", "c"]]);
    const k = kemeny(preferenceMatrix(cycle));
    expect(k.unique).toBe(false);
    expect(k.optimalCount).toBe(3);
    expect(k.optimalOrders).toEqual([
      ["a", "b", "c"],
      ["b", "c", "a"],
      ["c", "a", "b"],
    ]);
    expect(k.ties).toEqual([["a", "b", "c"]]);
    const rp = rankedPairs(preferenceMatrix(cycle));
    expect(rp.orderDependent).toBe(true);
    expect(rp.lockSequence.every((step) => step.orderDependent)).toBe(true);
    expect(rp.ties).toEqual([["a", "b", "c"]]);
  });

  it("ranked pairs: when the lock order of equal pairs decides, the places it decides are a tie (issue 11)", () => {
    const ballots = (a: string) =>
      parseRankedCsv(`ranking\n${a}>b>c\nb>c>${a}\nc>${a}>b\n`, { candidates: [a, "b", "c"] }).ballots;
    for (const first of ["a", "z"]) {
      const rp = rankedPairs(preferenceMatrix(buildProfile(ballots(first))));
      expect(rp.ranking.map((e) => e.rank)).toEqual([1, 1, 1]);
      expect(rp.ties).toHaveLength(1);
      expect(rp.outcomes).toBe(3);
    }
    // A cycle above a clear last place: only the places the lock order decides are tied.
    const profile = buildProfile(parseRankedCsv("ranking\na>b>c>d\nb>c>a>d\nc>a>b>d\n").ballots);
    expect(rankedPairs(preferenceMatrix(profile)).ranking.map((e) => [e.id, e.rank])).toEqual([
      ["a", 1],
      ["b", 1],
      ["c", 1],
      ["d", 4],
    ]);
  });

  it("Kemeny ranks by every optimal order, not only the listed ones (found by the neutrality property)", () => {
    // One ballot tying six projects: all 720 orders are optimal, only 100 are listed (lowest index first).
    const ids = ["c", "d", "a", "e", "f", "b"];
    const k = kemeny(preferenceMatrix(buildProfile([{ groups: [ids], count: 1 }])));
    expect(k.optimalCount).toBe(720);
    expect(k.optimalOrdersTruncated).toBe(true);
    expect(k.ties).toEqual([[...k.ranking.map((e) => e.id)]]);
    expect(k.ranking.every((e) => e.rank === 1 && e.bestPlace === 1 && e.worstPlace === 6)).toBe(true);
  });

  it("an even split is a Copeland draw worth ½", () => {
    const result = copeland(preferenceMatrix(parseRankedCsv("ranking\na>b\nb>a\n")));
    expect(result.ranking.map((r) => [r.id, r.rank, r.score, r.draws])).toEqual([
      ["a", 1, 0.5, 1],
      ["b", 1, 0.5, 1],
    ]);
  });

  it("refuses Kemeny above 20 candidates with a clear message", () => {
    const ids = Array.from({ length: 21 }, (_, i) => `p${i}`);
    expect(() => kemeny(preferenceMatrix(buildProfile([{ groups: [ids], count: 1 }])))).toThrow(/at most 20/);
  });
});

describe("bad ballots name their line", () => {
  const cases: [string, string, RegExp][] = [
    ["empty file", "", /empty file/],
    ["header only", "ranking\n", /no data rows/],
    ["no header", "a>b\n", /lacks column "ranking"/],
    ["malformed A>>B", "ranking\na>b\na>>b\n", /^line 3: malformed ranking "a>>b"/],
    ["trailing >", "judge,ranking\nj1,a>\n", /^line 2: malformed ranking/],
    ["ranked twice", "ranking\na>b>a\n", /^line 2: project "a" is ranked twice/],
    ["negative count", "count,ranking\n-3,a>b\n", /^line 2: count "-3" must be a positive whole number/],
    ["zero count", "count,ranking\n0,a>b\n", /^line 2: count "0"/],
    ["fractional count", "count,ranking\n1.5,a>b\n", /^line 2: count "1.5"/],
    ["wrong field count", "ranking,count\na>b\n", /^line 2: expected 2 fields/],
    ["unknown column", "ranking,score\na>b,3\n", /unknown column "score"/],
  ];
  for (const [name, text, message] of cases) {
    it(name, () => expect(() => parseRankedCsv(text)).toThrow(message));
  }
  it("unknown project when the project list is given", () => {
    expect(() => parseRankedCsv("ranking\na>b\nb>zed\n", { candidates: ["a", "b"] })).toThrow(
      /^line 3: unknown project "zed"/,
    );
  });
  it("errors are JudgingInputError with the line", () => {
    try {
      parseRankedCsv("ranking\na>b\n\n\na=\n");
      expect.unreachable();
    } catch (err) {
      expect(err).toBeInstanceOf(JudgingInputError);
      expect((err as JudgingInputError).line).toBe(5);
    }
  });
  it("quoted fields and CRLF line endings", () => {
    const profile = parseRankedCsv('judge,count,ranking\r\n"j, one",2,"a>b=c"\r\n');
    expect(profile.ballots[0]).toMatchObject({
      judge: "j, one",
      count: 2,
      groups: [["a"], ["b", "c"]],
      line: 2,
    });
  });
});

// ---- properties -------------------------------------------------------------------------------------------

const CANDIDATES = ["a", "b", "c", "d", "e", "f"];
/** A random weak order over a random subset of the candidates (partial ballots, ties). */
const ballotArb = fc
  .tuple(
    fc.shuffledSubarray(CANDIDATES, { minLength: 1 }),
    fc.array(fc.boolean(), { minLength: 6, maxLength: 6 }),
    fc.integer({ min: 1, max: 4 }),
  )
  .map(([ids, cuts, count]): RankedBallot => {
    const groups: string[][] = [[]];
    ids.forEach((id, i) => {
      if (i > 0 && cuts[i]) groups.push([]);
      groups.at(-1)!.push(id);
    });
    return { groups, count };
  });
const profileArb = fc.array(ballotArb, { minLength: 1, maxLength: 12 });
const run = (method: (typeof RANKED_METHODS)[number], ballots: RankedBallot[]) =>
  JSON.stringify(rankBallots(method, buildProfile(ballots, { candidates: CANDIDATES })), (_, v) =>
    v instanceof Float64Array ? Array.from(v) : v,
  );

describe("properties", () => {
  for (const method of RANKED_METHODS) {
    it(`${method}: anonymity — permuting ballots changes nothing`, () => {
      fc.assert(
        fc.property(profileArb, fc.func(fc.integer()), (ballots, key) => {
          const shuffled = [...ballots].sort((x, y) => key(x) - key(y));
          expect(run(method, shuffled)).toBe(run(method, ballots));
        }),
        { numRuns: 60 },
      );
    });

    it(`${method}: neutrality — relabelling projects relabels the ranks`, () => {
      fc.assert(
        fc.property(profileArb, fc.shuffledSubarray(CANDIDATES, { minLength: 6 }), (ballots, perm) => {
          const rename = new Map(CANDIDATES.map((id, i) => [id, perm[i]!]));
          const renamed = ballots.map((b) => ({
            ...b,
            groups: b.groups.map((g) => g.map((id) => rename.get(id)!)),
          }));
          const ranks = (bs: RankedBallot[]) => {
            const result = rankBallots(method, buildProfile(bs, { candidates: CANDIDATES }));
            return new Map(result.ranking.map((r) => [r.id, r.rank]));
          };
          const before = ranks(ballots);
          const after = ranks(renamed);
          for (const id of CANDIDATES) expect(after.get(rename.get(id)!)).toBe(before.get(id));
        }),
        { numRuns: 60 },
      );
    });

    it(`${method}: determinism — same input, byte-identical JSON`, () => {
      fc.assert(
        fc.property(profileArb, (ballots) => {
          expect(run(method, ballots)).toBe(run(method, structuredClone(ballots)));
        }),
        { numRuns: 30 },
      );
    });
  }

  for (const method of ["schulze", "ranked-pairs", "copeland", "kemeny"] as const) {
    it(`${method}: a Condorcet winner is ranked alone first`, () => {
      fc.assert(
        fc.property(profileArb, (ballots) => {
          const profile = buildProfile(ballots, { candidates: CANDIDATES });
          const winner = condorcetWinner(preferenceMatrix(profile));
          fc.pre(winner !== undefined);
          const result = rankBallots(method, profile);
          expect(result.ranking[0]!.id).toBe(CANDIDATES[winner!]);
          expect(result.ranking[1]!.rank).toBe(2);
        }),
        { numRuns: 200 },
      );
    });
  }
});

// ---- cross-checks against straightforward implementations ----------------------------------------------

function permutations(items: number[]): number[][] {
  if (items.length <= 1) return [items];
  return items.flatMap((x, i) =>
    permutations([...items.slice(0, i), ...items.slice(i + 1)]).map((p) => [x, ...p]),
  );
}

describe("cross-checks", () => {
  it("Kemeny DP equals brute force over every order", () => {
    fc.assert(
      fc.property(profileArb, (ballots) => {
        const matrix = preferenceMatrix(buildProfile(ballots, { candidates: CANDIDATES }));
        const { n, d } = matrix;
        let best = -1;
        const optimal: string[] = [];
        for (const perm of permutations([...Array(n).keys()])) {
          let score = 0;
          for (let x = 0; x < n; x++) for (let y = x + 1; y < n; y++) score += d[perm[x]! * n + perm[y]!]!;
          if (score > best) {
            best = score;
            optimal.length = 0;
          }
          if (score === best) optimal.push(perm.map((c) => CANDIDATES[c]).join(""));
        }
        const result = kemeny(matrix, { maxOrders: 1000 });
        expect(result.score).toBe(best);
        expect(result.optimalCount).toBe(optimal.length);
        expect(result.optimalOrders.map((o) => o.join("")).sort()).toEqual(optimal.sort());
      }),
      { numRuns: 40 },
    );
  });

  it("Schulze equals the textbook triple loop", () => {
    fc.assert(
      fc.property(profileArb, (ballots) => {
        const matrix = preferenceMatrix(buildProfile(ballots, { candidates: CANDIDATES }));
        const { n, d } = matrix;
        const p: number[][] = [...Array(n)].map((_, i) =>
          [...Array(n)].map((_, j) => (i !== j && d[i * n + j]! > d[j * n + i]! ? d[i * n + j]! : 0)),
        );
        for (let i = 0; i < n; i++)
          for (let j = 0; j < n; j++)
            if (i !== j)
              for (let k = 0; k < n; k++)
                if (i !== k && j !== k) p[j]![k] = Math.max(p[j]![k]!, Math.min(p[j]![i]!, p[i]![k]!));
        const result = schulze(matrix);
        for (let i = 0; i < n; i++)
          for (let j = 0; j < n; j++) if (i !== j) expect(result.strongestPaths[i * n + j]).toBe(p[i]![j]);
      }),
      { numRuns: 60 },
    );
  });

  it("ranked pairs equals locking with a depth-first cycle check", () => {
    fc.assert(
      fc.property(profileArb, (ballots) => {
        const matrix = preferenceMatrix(buildProfile(ballots, { candidates: CANDIDATES }));
        const result = rankedPairs(matrix);
        const edges = new Map<string, string[]>();
        const path = (from: string, to: string, seen = new Set<string>()): boolean => {
          if (from === to) return true;
          if (seen.has(from)) return false;
          seen.add(from);
          return (edges.get(from) ?? []).some((x) => path(x, to, seen));
        };
        for (const step of result.lockSequence) {
          const ok = !path(step.loser, step.winner);
          expect(step.locked).toBe(ok);
          if (ok) edges.set(step.winner, [...(edges.get(step.winner) ?? []), step.loser]);
        }
      }),
      { numRuns: 60 },
    );
  });
});

describe("bitset closures across word boundaries (more than 32 projects)", () => {
  // Random partial ballots with ties over 70 projects: cycles everywhere, bitsets spanning three words.
  const random = seededRandom(2024);
  const ids = Array.from({ length: 70 }, (_, i) => `p${String(i).padStart(2, "0")}`);
  const ballots: RankedBallot[] = Array.from({ length: 25 }, () => {
    const named = shuffle([...ids], random).slice(0, 10 + Math.floor(random() * 60));
    const groups: string[][] = [];
    for (const id of named) {
      if (groups.length === 0 || random() < 0.8) groups.push([id]);
      else groups.at(-1)!.push(id);
    }
    return { groups, count: 1 + Math.floor(random() * 3) };
  });
  const matrix = preferenceMatrix(buildProfile(ballots, { candidates: ids }));
  const { n, d } = matrix;

  it("Schulze strongest paths equal the Floyd–Warshall widest paths", () => {
    const p = new Float64Array(n * n);
    for (let i = 0; i < n; i++)
      for (let j = 0; j < n; j++) if (i !== j && d[i * n + j]! > d[j * n + i]!) p[i * n + j] = d[i * n + j]!;
    for (let i = 0; i < n; i++)
      for (let j = 0; j < n; j++)
        if (i !== j)
          for (let k = 0; k < n; k++)
            if (k !== i && k !== j)
              p[j * n + k] = Math.max(p[j * n + k]!, Math.min(p[j * n + i]!, p[i * n + k]!));
    expect(Array.from(schulze(matrix).strongestPaths)).toEqual(Array.from(p));
  });

  it("ranked pairs locks exactly what a depth-first cycle check locks", () => {
    const result = rankedPairs(matrix);
    const edges = new Map<string, string[]>();
    const path = (from: string, to: string, seen = new Set<string>()): boolean => {
      if (from === to) return true;
      if (seen.has(from)) return false;
      seen.add(from);
      return (edges.get(from) ?? []).some((x) => path(x, to, seen));
    };
    for (const step of result.lockSequence) {
      const ok = !path(step.loser, step.winner);
      expect(step.locked).toBe(ok);
      if (ok) edges.set(step.winner, [...(edges.get(step.winner) ?? []), step.loser]);
    }
    // The final order agrees with reachability in the locked graph; where the lock order of equal pairs
    // decided, the candidates it decided between share a place.
    const rank = new Map(result.ranking.map((e) => [e.id, e.rank]));
    for (const [from, tos] of edges)
      for (const to of tos) {
        if (result.orderDependent) expect(rank.get(from)!).toBeLessThanOrEqual(rank.get(to)!);
        else expect(rank.get(from)!).toBeLessThan(rank.get(to)!);
      }
  });

  it("the matrix equals a direct count", () => {
    const positions = ballotPositions(buildProfile(ballots, { candidates: ids }));
    for (const [i, j] of [
      [0, 69],
      [33, 31],
      [64, 65],
      [12, 40],
    ] as const) {
      let count = 0;
      positions.forEach((pos, b) => {
        if (pos[i]! < pos[j]!) count += ballots[b]!.count;
      });
      expect(d[i * n + j]).toBe(count);
    }
  });
});
