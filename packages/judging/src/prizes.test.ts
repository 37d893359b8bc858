import { fileURLToPath } from "node:url";
import { loadEvent, parseEvent } from "@hackdaykit/schema";
import { describe, expect, it } from "vitest";
import {
  bootstrap,
  breakTies,
  judge,
  judgePrizes,
  parseRankedCsv,
  preferenceMatrix,
  schulze,
  tieBreakSteps,
} from "./index.js";
import { rankByScore } from "./ranking.js";

const nhs = await loadEvent(
  fileURLToPath(new URL("../../../examples/nhs-hack-day-31.yaml", import.meta.url)),
);

describe("judgePrizes takes the parts it reads", () => {
  const { judging, prizes, projects, people, teams } = nhs;
  const strip = (results: ReturnType<typeof judgePrizes>) => results.map(({ input: _, ...rest }) => rest);

  it("gives the whole event's result from its parts, and from live ballots passed apart", () => {
    const whole = strip(judgePrizes(nhs));
    expect(strip(judgePrizes({ judging, prizes, projects, people, teams }))).toEqual(whole);
    const { ballots, ...settings } = judging!;
    expect(strip(judgePrizes({ judging: settings, ballots, prizes, projects, people, teams }))).toEqual(
      whole,
    );
  });

  it("reads `ballots` over the settings' own, missing kinds as none", () => {
    const results = judgePrizes({ judging, ballots: {}, prizes, projects, people, teams });
    expect(results.map((r) => [r.ballots, r.winners])).toEqual(prizes.map(() => [0, []]));
  });

  it("without people and teams sees only declared conflicts, never fewer ballots than with them", () => {
    const full = judgePrizes({ judging, prizes, projects, people, teams });
    const bare = judgePrizes({ judging, prizes, projects });
    bare.forEach((result, i) =>
      expect(result.conflictsApplied).toBeLessThanOrEqual(full[i]!.conflictsApplied),
    );
  });
});

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

  it("removes conflicts of interest (declared, and judges sharing an organisation with the team)", () => {
    expect(best.conflictsApplied).toBe(120);
    expect(best.winners).toEqual(["safer-handover"]);
  });

  // Without the judges' affiliations only the declared conflicts apply, and two projects tie at the top.
  const tiedEvent = structuredClone(nhs);
  for (const person of tiedEvent.people) person.affiliations = [];
  const tied = judgePrizes(tiedEvent).find((r) => r.prize === "best-overall")!;

  it("a tie at the top is not broken silently", () => {
    expect(tied.result.ranking[0]!.rank).toBe(tied.result.ranking[1]!.rank);
    expect(tied.winners).toHaveLength(2);
    expect(tied.resolved).toBe(false);
    expect(tied.tieBreaks[0]!.resolved).toBe(false);
  });

  it("an explicit policy records what decided the tie", () => {
    const broken = judgePrizes(tiedEvent, { tieBreak: ["head-to-head"] }).find(
      (r) => r.prize === "best-overall",
    )!;
    const record = broken.tieBreaks.find((t) => t.group.includes(tied.winners[0]!))!;
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

describe("a tie-break step that cannot run says why (issue 11)", () => {
  it("Kemeny above its limit is reported, not turned into 'no effect'", () => {
    const ids = Array.from({ length: 21 }, (_, i) => `p${String(i).padStart(2, "0")}`);
    const ballots = { rankings: parseRankedCsv(`ranking\n${ids[0]}=${ids.slice(1).join(">")}\n`).ballots };
    const options = { candidates: ids };
    const raw = judge("borda", ballots, options);
    const broken = breakTies(raw, tieBreakSteps(["kemeny", "head-to-head"], "borda", ballots, options));
    expect(broken.tieBreaks).toHaveLength(1);
    const [kemenyStep, h2h] = broken.tieBreaks[0]!.steps;
    expect(kemenyStep).toMatchObject({ by: "kemeny", order: [["p00", "p01"]] });
    expect(kemenyStep!.error).toMatch(/Kemeny.*20/i);
    expect(h2h).toMatchObject({ by: "head-to-head", order: [["p00", "p01"]] });
    expect(h2h!.error).toBeUndefined();
    expect(broken.tieBreaks[0]!.resolved).toBe(false);
  });
});

describe("conflicts of interest in prize judging (issue 11)", () => {
  const event = parseEvent({
    id: "own-team",
    name: "Own team",
    timezone: "UTC",
    start: "2026-01-01",
    end: "2026-01-01",
    people: [
      { id: "judge-a", name: "A" },
      { id: "judge-b", name: "B" },
      { id: "maker", name: "M" },
    ],
    teams: [{ id: "t1", name: "T1", members: ["maker", "judge-a"] }],
    projects: [
      { id: "mine", title: "Mine", team: "t1" },
      { id: "theirs", title: "Theirs" },
    ],
    prizes: [{ id: "best", name: "Best" }],
    judging: {
      method: "rubric",
      criteria: [{ id: "impact", name: "Impact", weight: 1, scale: { min: 1, max: 10 } }],
      ballots: {
        scores: [
          { judge: "judge-a", project: "mine", criterion: "impact", score: 10 },
          { judge: "judge-b", project: "mine", criterion: "impact", score: 4 },
          { judge: "judge-b", project: "theirs", criterion: "impact", score: 6 },
        ],
      },
    },
  });

  it("a judge's scores for their own team's project are left out", () => {
    const [best] = judgePrizes(event, { rubric: { normalise: "none" } });
    expect(best!.conflictsApplied).toBe(1);
    expect(best!.ballots).toBe(2);
    expect(best!.winners).toEqual(["theirs"]);
  });
});
