import { fileURLToPath } from "node:url";
import { loadEvent } from "@hackdaykit/schema";
import { describe, expect, it } from "vitest";
import {
  bootstrap,
  breakTies,
  judgePrizes,
  parseRankedCsv,
  preferenceMatrix,
  rankByScore,
  schulze,
} from "./index.js";

const nhs = await loadEvent(
  fileURLToPath(new URL("../../../examples/nhs-hack-day-31.yaml", import.meta.url)),
);

describe("prizes on the NHS Hack Day example", () => {
  const results = judgePrizes(nhs);
  const best = results.find((r) => r.prize === "best-overall")!;

  it("runs every prize with its own method, in the event's order", () => {
    expect(results.map((r) => [r.prize, r.method])).toEqual(
      nhs.prizes.map((p) => [p.id, p.method ?? nhs.judging!.method]),
    );
  });

  it("applies red lines and the prize's requirements first, with reasons", () => {
    expect(best.ineligible.map((x) => x.id)).toEqual(["carer-passport", "theatre-tracker"]);
    expect(best.ineligible[1]!.reasons).toEqual([
      'red line "built-this-weekend": Built during the weekend',
      'prize "best-overall" requires builtThisWeekend',
    ]);
    expect(best.entrants).not.toContain("carer-passport");
    expect(best.result.ranking.map((e) => e.id)).not.toContain("theatre-tracker");
  });

  it("removes declared conflicts (by team and by organisation)", () => {
    expect(best.conflictsApplied).toBeGreaterThan(0);
  });

  it("a tie at the top is not broken silently", () => {
    expect(best.result.ranking[0]!.rank).toBe(best.result.ranking[1]!.rank);
    expect(best.winners).toHaveLength(2);
    expect(best.resolved).toBe(false);
    expect(best.tieBreaks[0]!.resolved).toBe(false);
  });

  it("an explicit policy records what decided the tie", () => {
    const broken = judgePrizes(nhs, { tieBreak: ["head-to-head"] }).find((r) => r.prize === "best-overall")!;
    const record = broken.tieBreaks.find((t) => t.group.includes(best.winners[0]!))!;
    expect(record.steps[0]!.by).toBe("head-to-head");
    expect(broken.winners.length === 1).toBe(record.steps[0]!.order[0]!.length === 1);
  });

  it("hands back the ballots and settings it ran on, so bootstrap can say how sure the result is", () => {
    for (const prize of judgePrizes(nhs, { rubric: { normalise: "z-score", aggregate: "mean" } })) {
      if (prize.ballots === 0) continue;
      const confidence = bootstrap(prize.method, prize.input.ballots, {
        ...prize.input.options,
        samples: 50,
      });
      const ids = (list: { id: string }[]) => list.map((p) => p.id).sort();
      expect(ids(confidence.projects)).toEqual(ids(prize.result.ranking));
      const shares = confidence.projects.map((p) => p.first);
      expect(shares.every((x) => x >= 0 && x <= 1)).toBe(true);
      expect(prize.input.options.candidates).toEqual(prize.entrants);
    }
  });

  it("prizes with no ballots say so and name no winner", () => {
    const patients = results.find((r) => r.prize === "patient-choice")!;
    expect(patients.winners).toEqual([]);
    expect(patients.note).toBe("no rankings for this prize yet");
  });

  it("multipleWins: false passes over an earlier winner, and says so", () => {
    const event = structuredClone(nhs);
    const first = event.prizes[0]!;
    event.prizes = [first, { ...first, id: "second-look", name: "Second look" }];
    event.judging!.multipleWins = false;
    const [a, b] = judgePrizes(event, { tieBreak: ["head-to-head", "borda"] });
    expect(a!.resolved).toBe(true);
    expect(b!.winners).not.toContain(a!.winners[0]);
    expect(b!.skipped).toEqual([{ id: a!.winners[0], reason: `already won "${first.id}"` }]);
    const again = judgePrizes(event, { tieBreak: ["head-to-head"], multipleWins: true });
    expect(again[1]!.winners).toEqual(again[0]!.winners);
  });
});

describe("tie-break policy", () => {
  const tied = rankByScore(
    ["a", "b", "c", "d"],
    (i) => [5, 5, 5, 1][i]!,
    () => ({}),
  );
  it("head-to-head then a secondary method, unresolved left tied", () => {
    const wins = (x: string, y: string) => (x === "c" && y !== "c" ? 2 : 0); // c beats a and b
    const secondary = [
      { id: "b", rank: 1 },
      { id: "a", rank: 1 },
      { id: "c", rank: 3 },
    ];
    const result = breakTies({ method: "m", ...tied }, [
      { by: "head-to-head", wins },
      { by: "method", name: "borda", ranking: secondary },
    ]);
    expect(result.ranking.map((e) => [e.id, e.rank])).toEqual([
      ["c", 1],
      ["a", 2],
      ["b", 2],
      ["d", 4],
    ]);
    expect(result.ties).toEqual([["a", "b"]]);
    expect(result.tieBreaks).toEqual([
      {
        group: ["a", "b", "c"],
        steps: [
          { by: "head-to-head", order: [["c"], ["a", "b"]] },
          { by: "borda", order: [["c"], ["a", "b"]] },
        ],
        resolved: false,
      },
    ]);
    expect(result.before.ties).toEqual([["a", "b", "c"]]);
  });
  it("with no policy, ties stay as they are", () => {
    const s = schulze(preferenceMatrix(parseRankedCsv("ranking\na>b\nb>a\n")));
    expect(breakTies(s, []).ties).toEqual([["a", "b"]]);
  });
});
