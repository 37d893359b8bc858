import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type BallotSet, judge, PAIRWISE_METHODS, RANKED_METHODS, rankingScore, scoreOf } from "./index.js";

const projects = ["a", "b", "c", "d", "e"];
const ranking = fc
  .shuffledSubarray(projects, { minLength: 1 })
  .map((ids) => ({ groups: ids.map((id) => [id]), count: 1 }));
const vote = fc
  .tuple(fc.constantFrom("j1", "j2", "j3"), fc.shuffledSubarray(projects, { minLength: 2, maxLength: 2 }))
  .map(([judge, [winner, loser]]) => ({ judge, winner: winner!, loser: loser! }));
const score = fc.record({
  judge: fc.constantFrom("j1", "j2", "j3"),
  project: fc.constantFrom(...projects),
  criterion: fc.constant("impact"),
  score: fc.integer({ min: 1, max: 5 }),
});
const criteria = [{ id: "impact", weight: 1, scale: { min: 1, max: 5, step: 1 } }];

/** Every ranked entry's score, best first: the order a method's ranking follows if its score is the right one. */
function scoresInOrder(method: Parameters<typeof judge>[0], ballots: BallotSet) {
  const result = judge(method, ballots, { criteria, candidates: projects });
  return result.ranking.map((entry) => scoreOf(result.method, entry));
}
const nonIncreasing = (values: (number | undefined)[]) =>
  values.every((v, i) => typeof v === "number" && (i === 0 || v <= values[i - 1]! + 1e-9));

describe("rankingScore: which number each method ranks by", () => {
  it("names the field and a heading, none for Kemeny or a name that is not a method", () => {
    expect(rankingScore("crowd-bt")).toEqual({ field: "mu", label: "μ", decides: true });
    expect(rankingScore("schulze")).toEqual({ field: "beats", label: "Beats", decides: false });
    expect(rankingScore("kemeny")).toBeUndefined();
    expect(rankingScore("toString")).toBeUndefined();
    expect(scoreOf("kemeny", { id: "a", rank: 1 })).toBeUndefined();
  });

  it("ranked methods (Kemeny aside) give every entry a number; those it decides are in order", () => {
    fc.assert(
      fc.property(fc.array(ranking, { minLength: 1, maxLength: 12 }), (rankings) => {
        for (const method of RANKED_METHODS.filter((m) => m !== "kemeny")) {
          const values = scoresInOrder(method, { rankings });
          expect(values.every((v) => typeof v === "number")).toBe(true);
          if (rankingScore(method)!.decides) expect(nonIncreasing(values)).toBe(true);
        }
      }),
    );
  });

  it("pairwise models order by their score, best first", () => {
    fc.assert(
      fc.property(fc.array(vote, { minLength: 1, maxLength: 30 }), (votes) => {
        for (const method of PAIRWISE_METHODS)
          expect(nonIncreasing(scoresInOrder(method, { votes }))).toBe(true);
      }),
    );
  });

  it("the rubric orders by its aggregated score", () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(score, { minLength: 1, maxLength: 15, selector: (s) => `${s.judge}/${s.project}` }),
        (scores) => {
          const values = scoresInOrder("rubric", { scores });
          expect(nonIncreasing(values)).toBe(true);
        },
      ),
    );
  });
});
