import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { bootstrap, parseRankedCsv, simulate } from "./index.js";

const wiki = parseRankedCsv(
  readFileSync(new URL("../fixtures/ballots-schulze-wikipedia-45.csv", import.meta.url), "utf8"),
);
const tennessee = parseRankedCsv(
  readFileSync(new URL("../fixtures/ballots-tennessee-100.csv", import.meta.url), "utf8"),
);

describe("bootstrap", () => {
  it("rank shares sum to one per project and are deterministic for a seed", () => {
    const a = bootstrap("schulze", { rankings: wiki.ballots }, { samples: 200, seed: 3 });
    const b = bootstrap("schulze", { rankings: wiki.ballots }, { samples: 200, seed: 3 });
    expect(a).toEqual(b);
    for (const p of a.projects) expect(p.rankShare.reduce((x, y) => x + y, 0)).toBeCloseTo(1, 12);
    expect(a.projects[0]!.id).toBe("E");
    expect(a.firstAheadOfSecond!.first).toBe("E");
  });
  it("Wikipedia's close 45-voter race is uncertain; Tennessee's clear Condorcet winner is not", () => {
    const close = bootstrap("schulze", { rankings: wiki.ballots }, { samples: 300 });
    const clear = bootstrap("schulze", { rankings: tennessee.ballots }, { samples: 300 });
    expect(close.projects[0]!.first).toBeLessThan(0.8);
    expect(clear.projects[0]!.first).toBeGreaterThan(0.95);
    expect(clear.firstAheadOfSecond!.share).toBeGreaterThan(0.95);
  });
  it("resamples whole judges for pairwise votes", () => {
    const votes = [
      { judge: "a", winner: "x", loser: "y" },
      { judge: "b", winner: "x", loser: "y" },
      { judge: "c", winner: "y", loser: "x" },
    ];
    const result = bootstrap("elo", { votes }, { samples: 100 });
    expect(result.unit).toBe("judge");
    expect(result.projects.map((p) => p.id)).toEqual(["x", "y"]);
    expect(result.projects[0]!.first).toBeGreaterThan(0.5);
  });
});

describe("planning simulation", () => {
  it("more judges recover the true top 3 more often; no noise recovers it always", () => {
    const base = {
      projects: 30,
      minutes: 60,
      visitMinutes: 5,
      trials: 40,
      k: 3,
      methods: ["rubric", "borda", "crowd-bt"] as const,
    };
    const few = simulate({ ...base, judges: 3 });
    const many = simulate({ ...base, judges: 30 });
    const rubricOf = (r: typeof few) => r.methods.find((m) => m.method === "rubric")!;
    expect(rubricOf(many).overlap).toBeGreaterThan(rubricOf(few).overlap);
    const perfect = simulate({
      ...base,
      projects: 8,
      judges: 8,
      minutes: 40,
      noise: 0,
      harshness: 0,
      methods: ["borda", "schulze"],
    });
    for (const m of perfect.methods) expect(m.topK).toBe(1);
    expect(many.viewsPerProject).toBe(12);
  });
  it("is deterministic for a seed", () => {
    const opts = { projects: 12, judges: 4, minutes: 30, visitMinutes: 5, trials: 5, seed: 9 };
    expect(simulate(opts)).toEqual(simulate(opts));
  });
});
