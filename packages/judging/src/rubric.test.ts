import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { eligibility, parseCriteriaSpec, parseRubricCsv, type RubricScore, rubric } from "./index.js";

const criteria = [
  { id: "impact", weight: 3, scale: { min: 1, max: 5 } },
  { id: "demo", weight: 1, scale: { min: 1, max: 5 } },
];
const sheet = (judge: string, project: string, impact: number, demo: number): RubricScore[] => [
  { judge, project, criterion: "impact", score: impact },
  { judge, project, criterion: "demo", score: demo },
];

describe("rubric", () => {
  it("weighted mean per sheet, mean over judges (hand-computed)", () => {
    const scores = [
      ...sheet("j1", "a", 5, 1),
      ...sheet("j1", "b", 3, 5),
      ...sheet("j2", "a", 4, 4),
      ...sheet("j2", "b", 4, 4),
    ];
    // j1: a = (15+1)/4 = 4, b = (9+5)/4 = 3.5; j2: a = b = 4 → a 4, b 3.75
    const r = rubric(scores, { criteria });
    expect(r.ranking.map((e) => [e.id, e.rank, e.score, e.judges])).toEqual([
      ["a", 1, 4, 2],
      ["b", 2, 3.75, 2],
    ]);
    expect(r.judges).toEqual([
      { id: "j1", mean: 3.75, sd: Math.sqrt(0.125), projects: 2 },
      { id: "j2", mean: 4, sd: 0, projects: 2 },
    ]);
  });

  it("z-score per judge with sample σ; a zero-variance judge counts as no preference", () => {
    const scores = [
      ...sheet("harsh", "a", 2, 2),
      ...sheet("harsh", "b", 1, 1),
      ...sheet("harsh", "c", 3, 3),
      ...sheet("kind", "a", 5, 5),
      ...sheet("kind", "b", 4, 4),
      ...sheet("kind", "c", 5, 5),
      ...sheet("flat", "a", 3, 3),
      ...sheet("flat", "b", 3, 3),
      ...sheet("flat", "c", 3, 3),
    ];
    const r = rubric(scores, { criteria, normalise: "z-score" });
    // harsh: totals 2,1,3 → mean 2, s = 1 → z 0,−1,1; kind: 5,4,5 → mean 14/3, s = √(1/3) → z 0.577, −1.155, 0.577
    const kindZ = (t: number) => (t - 14 / 3) / Math.sqrt(1 / 3);
    const score = (id: string) => r.ranking.find((e) => e.id === id)!.score;
    expect(score("a")).toBeCloseTo((0 + kindZ(5) + 0) / 3, 12);
    expect(score("c")).toBeCloseTo((1 + kindZ(5) + 0) / 3, 12);
    expect(r.ranking.map((e) => e.id)).toEqual(["c", "a", "b"]);
    expect(r.judges.find((j) => j.id === "flat")!.zeroVariance).toBe(true);
  });

  it("anchor calibration removes each judge's offset on the shared projects", () => {
    // Both judges saw the anchor "x"; j2 is 1 point harsher there, so 1 is added back to j2's other scores.
    const scores = [
      ...sheet("j1", "x", 4, 4),
      ...sheet("j2", "x", 3, 3),
      ...sheet("j1", "a", 3, 3),
      ...sheet("j2", "b", 3, 3),
    ];
    const r = rubric(scores, { criteria, normalise: "anchor" });
    expect(r.anchors).toEqual(["x"]);
    expect(r.judges.map((j) => [j.id, j.offset])).toEqual([
      ["j1", 0.5],
      ["j2", -0.5],
    ]);
    expect(r.ranking.map((e) => [e.id, e.score])).toEqual([
      ["b", 3.5],
      ["x", 3.5],
      ["a", 2.5],
    ]);
    expect(r.ties).toEqual([["b", "x"]]);
    expect(() =>
      rubric([...sheet("j1", "a", 3, 3), ...sheet("j2", "b", 3, 3)], { criteria, normalise: "anchor" }),
    ).toThrow(/at least one anchor project/);
    expect(() => rubric(scores, { criteria, normalise: "anchor", anchors: ["nope"] })).toThrow(
      /anchor project "nope" was not scored by any judge/,
    );
  });

  it("median and trimmed mean", () => {
    const scores = [1, 2, 3, 4, 5].flatMap((s, k) => sheet(`j${k}`, "a", s, s));
    expect(rubric(scores, { criteria, aggregate: "median" }).ranking[0]!.score).toBe(3);
    const outlier = [1, 4, 4, 4, 5].flatMap((s, k) => sheet(`j${k}`, "a", s, s));
    expect(rubric(outlier, { criteria, aggregate: "trimmed-mean", trim: 0.2 }).ranking[0]!.score).toBe(4);
  });

  it("missing scores are reported and left out, not counted as zero", () => {
    const scores = [
      ...sheet("j1", "a", 5, 5),
      ...sheet("j2", "a", 5, 5),
      ...sheet("j1", "b", 5, 5),
      { judge: "j2", project: "b", criterion: "impact", score: 1 },
    ];
    const r = rubric(scores, { criteria, projects: ["a", "b", "c"] });
    expect(r.missing).toEqual([
      { judge: "j1", project: "c" },
      { judge: "j2", project: "b", criteria: ["demo"] },
      { judge: "j2", project: "c" },
    ]);
    expect(r.unscored).toEqual(["c"]);
    expect(r.ranking.find((e) => e.id === "b")!.score).toBe(3); // (5 + 1) / 2, the sheet uses impact only
  });

  it("ineligible projects are listed with the reason, never ranked", () => {
    const r = rubric([...sheet("j1", "a", 5, 5), ...sheet("j1", "b", 1, 1)], {
      criteria,
      ineligible: [{ id: "a", reasons: ["red line: built this weekend"] }],
    });
    expect(r.ranking.map((e) => e.id)).toEqual(["b"]);
    expect(r.ineligible).toEqual([{ id: "a", reasons: ["red line: built this weekend"] }]);
  });

  it("scale and input errors name the line", () => {
    expect(() =>
      rubric([{ judge: "j", project: "a", criterion: "impact", score: 6, line: 4 }], { criteria }),
    ).toThrow(/^line 4: score 6 for "impact" is outside its scale 1–5/);
    expect(() =>
      rubric([{ judge: "j", project: "a", criterion: "impact", score: 2.5, line: 2 }], { criteria }),
    ).toThrow(/not on its scale/);
    expect(() =>
      rubric([{ judge: "j", project: "a", criterion: "looks", score: 2, line: 3 }], { criteria }),
    ).toThrow(/^line 3: unknown criterion "looks"/);
    expect(() => rubric([...sheet("j", "a", 1, 1), ...sheet("j", "a", 1, 1)], { criteria })).toThrow(/twice/);
    expect(() => parseRubricCsv("judge,project,criterion,score\nj,a,impact,lots\n")).toThrow(
      /^line 2: score "lots" is not a number/,
    );
    expect(() => parseCriteriaSpec("impact:0")).toThrow(/positive weight/);
    expect(parseCriteriaSpec("impact:3, demo")).toEqual([
      { id: "impact", weight: 3 },
      { id: "demo", weight: 1 },
    ]);
  });

  it("z-scores are invariant to a judge's shift and stretch (property)", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 4, maxLength: 4 }),
        fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 4, maxLength: 4 }),
        (a, b) => {
          const linear = [...a, ...b].map((s, k) => ({
            judge: k < 4 ? "j1" : "j2",
            project: `p${k % 4}`,
            criterion: "x",
            score: s,
          }));
          const stretched = linear.map((s) => (s.judge === "j2" ? { ...s, score: 2 * s.score + 3 } : s));
          const run = (scores: RubricScore[]) =>
            rubric(scores, { criteria: [{ id: "x", weight: 1 }], normalise: "z-score" }).ranking.map((e) => [
              e.id,
              e.rank,
            ]);
          expect(run(stretched)).toEqual(run(linear));
        },
      ),
    );
  });
});

describe("eligibility from the event", () => {
  const event = {
    projects: [
      { id: "a", eligibility: { builtThisWeekend: true, usable: false } },
      { id: "b", eligibility: {} },
    ],
    judging: {
      redLines: [{ id: "usable", description: "Something people can try", requires: "usable" as const }],
    },
  } as never;
  it("a false flag is a reason; an unset flag is unchecked", () => {
    expect(eligibility(event, { id: "open", requires: ["builtThisWeekend"] })).toEqual({
      ineligible: [{ id: "a", reasons: ['red line "usable": Something people can try'] }],
      unchecked: [{ id: "b", flags: ["usable", "builtThisWeekend"] }],
    });
  });
});
