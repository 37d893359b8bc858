import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { rankingScore } from "@hackdaykit/judging";
import { conflictsOfInterest, loadEvent, parseEvent } from "@hackdaykit/schema";
import { describe, expect, it } from "vitest";
import { builtBin, hackday, repoRoot, scratchFiles } from "../test-io.js";

// Copies of the team's reference ballots (Wikipedia's worked examples), kept in the judging package: tests read only the repo.
const wiki = join(repoRoot, "packages/judging/fixtures/ballots-schulze-wikipedia-45.csv");
const tennessee = join(repoRoot, "packages/judging/fixtures/ballots-tennessee-100.csv");
const nhs = join(repoRoot, "examples/nhs-hack-day-31.yaml");
const { file } = scratchFiles("judge");
const judge = (...args: string[]) => hackday("judge", ...args);
const ids = (json: { ranking: { id: string }[] }) => json.ranking.map((e) => e.id);

describe("hackday judge on Wikipedia's 45-voter example", () => {
  it("schulze --json: E > A > C > B > D", async () => {
    const r = await judge("schulze", wiki, "--json");
    expect(r.code).toBe(0);
    const json = r.json();
    expect(json.method).toBe("schulze");
    expect(ids(json)).toEqual(["E", "A", "C", "B", "D"]);
    expect(json.ranking.map((e: { rank: number }) => e.rank)).toEqual([1, 2, 3, 4, 5]);
    expect(json.ties).toEqual([]);
    expect(json.winners).toEqual(["E"]);
  });
  it("ranked-pairs --json: A > C > E > B > D", async () => {
    expect(ids((await judge("ranked-pairs", wiki, "--json")).json())).toEqual(["A", "C", "E", "B", "D"]);
  });
  it("borda --json: E 102, A 98, B 92, C 89, D 69", async () => {
    const json = (await judge("borda", wiki, "--json")).json();
    expect(json.ranking.map((e: { id: string; points: number }) => [e.id, e.points])).toEqual([
      ["E", 102],
      ["A", 98],
      ["B", 92],
      ["C", 89],
      ["D", 69],
    ]);
  });
  it("copeland --json: E 3 wins; A, B, C tied on 2; D 1", async () => {
    const json = (await judge("copeland", wiki, "--json")).json();
    expect(
      json.ranking.map((e: { id: string; rank: number; wins: number }) => [e.id, e.rank, e.wins]),
    ).toEqual([
      ["E", 1, 3],
      ["A", 2, 2],
      ["B", 2, 2],
      ["C", 2, 2],
      ["D", 5, 1],
    ]);
    expect(json.ties).toEqual([["A", "B", "C"]]);
  });
  it("kemeny --json: unique optimum E > B > A > D > C, score 260", async () => {
    const json = (await judge("kemeny", wiki, "--json")).json();
    expect(ids(json)).toEqual(["E", "B", "A", "D", "C"]);
    expect(json.score).toBe(260);
    expect(json.unique).toBe(true);
    expect(json.optimalOrders).toEqual([["E", "B", "A", "D", "C"]]);
  });
  it("stack-rank: plurality leader C is among the 3/2/1 leaders (A and C tie on 60)", async () => {
    const json = (await judge("stack-rank", wiki, "--json")).json();
    expect(json.ties).toEqual([["A", "C"]]);
  });
  it("--explain adds the published matrix, strongest paths and the lock sequence", async () => {
    const s = (await judge("schulze", wiki, "--json", "--explain")).json();
    expect(s.matrix.candidates).toEqual(["A", "B", "C", "D", "E"]);
    expect(s.matrix.wins[0]).toEqual([0, 20, 26, 30, 22]);
    expect(s.strongestPaths.paths[4][0]).toBe(25); // p[E,A]
    expect(s.strongestPaths.paths[0][4]).toBe(24); // p[A,E]
    const rp = (await judge("ranked-pairs", wiki, "--json", "--explain")).json();
    expect(rp.lockSequence[0]).toEqual({ winner: "B", loser: "D", votes: 33, against: 12, locked: true });
    const text = (await judge("ranked-pairs", wiki, "--explain")).stdout;
    expect(text).toContain("skip D > C (28–17), would close a cycle");
  });
  it("human output is an aligned table", async () => {
    const r = await judge("borda", wiki);
    expect(r.stdout).toContain("Rank  Project  Points\n   1  E           102\n");
  });
});

describe("hackday judge on the Tennessee example", () => {
  for (const method of ["schulze", "ranked-pairs", "copeland", "kemeny"]) {
    it(`${method}: nashville > chattanooga > knoxville > memphis`, async () => {
      expect(ids((await judge(method, tennessee, "--json")).json())).toEqual([
        "nashville",
        "chattanooga",
        "knoxville",
        "memphis",
      ]);
    });
  }
  it("kemeny score 393, borda 194/173/126/107", async () => {
    expect((await judge("kemeny", tennessee, "--json")).json().score).toBe(393);
    const borda = (await judge("borda", tennessee, "--json")).json();
    expect(borda.ranking.map((e: { points: number }) => e.points)).toEqual([194, 173, 126, 107]);
  });
  it("is byte-identical on every run", async () => {
    expect((await judge("kemeny", tennessee, "--json")).stdout).toBe(
      (await judge("kemeny", tennessee, "--json")).stdout,
    );
  });
});

describe("pairwise and rubric through the CLI", () => {
  const votes = file("votes.csv", "judge,winner,loser\nann,a,b\nann,b,c\nbob,a,c\nbob,c,b\n");
  it("crowd-bt --json carries mu, sigmaSq and judges' alpha, beta", async () => {
    const json = (await judge("crowd-bt", votes, "--json")).json();
    expect(json.method).toBe("crowd-bt");
    expect(Object.keys(json.ranking[0])).toEqual(["id", "rank", "mu", "sigmaSq"]);
    expect(json.judges.map((j: { id: string }) => j.id)).toEqual(["ann", "bob"]);
    expect(Object.keys(json.judges[0])).toEqual(["id", "alpha", "beta"]);
    expect(json.ranking[0].id).toBe("a");
  });
  it("each ranking table shows the number judging says the method ranks by", async () => {
    for (const [method, input] of [
      ["stack-rank", wiki],
      ["borda", wiki],
      ["copeland", wiki],
      ["schulze", wiki],
      ["ranked-pairs", wiki],
      ["crowd-bt", votes],
      ["bradley-terry", votes],
      ["elo", votes],
    ] as const) {
      const { label } = rankingScore(method)!;
      expect((await judge(method, input)).stdout).toMatch(new RegExp(`^Rank +Project +${label}( |$)`, "m"));
    }
    expect((await judge("kemeny", wiki)).stdout).toMatch(/^Rank +Project +Best place +Worst place$/m);
  });
  it("--void LINE equals the file without that vote", async () => {
    const without = file("votes-without.csv", "judge,winner,loser\nann,a,b\nann,b,c\nbob,c,b\n");
    const voided = (await judge("crowd-bt", votes, "--void", "4", "--json")).json();
    expect(voided).toEqual((await judge("crowd-bt", without, "--json")).json());
    const bad = await judge("elo", votes, "--void", "99");
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('cannot void vote "99"');
  });
  it("bradley-terry entries carry strength; elo entries rating, with --k", async () => {
    expect((await judge("bradley-terry", votes, "--json")).json().ranking[0]).toHaveProperty("strength");
    const elo = (
      await judge("elo", file("one.csv", "judge,winner,loser\nj,a,b\n"), "--k", "10", "--json")
    ).json();
    expect(elo.ranking.map((e: { rating: number }) => e.rating)).toEqual([1505, 1495]);
  });
  it("rubric with --criteria and --normalise z-score", async () => {
    const scores = file(
      "scores.csv",
      "judge,project,criterion,score\nj1,a,impact,5\nj1,b,impact,3\nj2,a,impact,2\nj2,b,impact,1\nj1,a,demo,4\nj1,b,demo,4\nj2,a,demo,2\nj2,b,demo,2\n",
    );
    const r = await judge(
      "rubric",
      scores,
      "--criteria",
      "impact:3,demo:1",
      "--scale",
      "1-5",
      "--normalise",
      "z-score",
      "--json",
      "--explain",
    );
    expect(r.code).toBe(0);
    const json = r.json();
    expect(ids(json)).toEqual(["a", "b"]);
    expect(json.normalise).toBe("z-score");
    expect(json.judges.map((j: { id: string }) => j.id)).toEqual(["j1", "j2"]);
  });
  it("rubric from the NHS event: red lines listed, judges who did not consent shown as labels", async () => {
    const r = await judge("rubric", "--event", nhs, "--json", "--explain");
    expect(r.code).toBe(0);
    const json = r.json();
    expect(json.ineligible.map((x: { id: string }) => x.id)).toEqual(["carer-passport", "theatre-tracker"]);
    const event = await loadEvent(nhs);
    const consent = new Map(event.people.map((p) => [p.id, p.public]));
    const shown = (json.judges as { id: string }[]).map((j) => j.id);
    expect(shown).toHaveLength(5);
    for (const id of shown) expect(id.startsWith("judge-") || consent.get(id) === true).toBe(true);
    for (const [id, ok] of consent) if (!ok) expect(r.stdout).not.toContain(`"${id}"`);
  });
  it("--bootstrap reports how often #1 leads", async () => {
    const json = (await judge("schulze", tennessee, "--bootstrap", "100", "--json")).json();
    expect(json.confidence.samples).toBe(100);
    expect(json.confidence.firstAheadOfSecond.first).toBe("nashville");
  });
});

describe("bad input: one line naming file and line, exit 1", () => {
  const cases: [string, string, string[], RegExp][] = [
    ["malformed A>>B", "ranking\na>b\na>>b\n", ["schulze"], /bad\.csv:3: malformed ranking "a>>b"/],
    ["ranked twice", "ranking\na>b>a\n", ["borda"], /bad\.csv:2: project "a" is ranked twice/],
    [
      "negative count",
      "count,ranking\n-2,a>b\n",
      ["copeland"],
      /bad\.csv:2: count "-2" must be a positive whole number/,
    ],
    [
      "winner = loser",
      "judge,winner,loser\nj,a,b\nj,b,b\n",
      ["elo"],
      /bad\.csv:3: winner and loser are both "b"/,
    ],
    [
      "score off the scale",
      "judge,project,criterion,score\nj,a,x,9\n",
      ["rubric", "--criteria", "x:1", "--scale", "1-5"],
      /bad\.csv:2: score 9 for "x" is outside its scale 1–5/,
    ],
    ["empty file", "", ["kemeny"], /bad\.csv: empty file/],
  ];
  for (const [name, text, [method, ...rest], message] of cases) {
    it(name, async () => {
      const r = await judge(method!, file("bad.csv", text), ...rest);
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(message);
      expect(r.stderr.trim().split("\n")).toHaveLength(1);
      expect(r.stdout).toBe("");
    });
  }
  it("unknown project against --projects", async () => {
    const r = await judge("schulze", tennessee, "--projects", "memphis,nashville");
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/ballots-tennessee-100\.csv:2: unknown project "chattanooga"/);
  });
  it("an option only judge prizes or simulate reads is accepted, and named as ignored", async () => {
    const r = await judge("borda", wiki, "--json", "--judges", "4", "--multiple-wins", "no");
    expect(r.code).toBe(0);
    expect(r.stdout).toBe((await judge("borda", wiki, "--json")).stdout);
    expect(r.stderr).toBe(
      'hackday: warning: --multiple-wins has no effect on "judge borda"; ignored\n' +
        'hackday: warning: --judges has no effect on "judge borda"; ignored\n',
    );
  });
  it("unknown method is a usage error", async () => {
    expect((await judge("plurality", wiki)).code).toBe(2);
  });
  it("kemeny above 20 projects: a clear message", async () => {
    const many = Array.from({ length: 21 }, (_, i) => `p${i}`).join(">");
    const r = await judge("kemeny", file("many.csv", `ranking\n${many}\n`));
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/at most 20 candidates, got 21/);
  });
});

describe("the built binary", () => {
  it("prints the published Schulze result", () => {
    const r = spawnSync(process.execPath, [builtBin, "judge", "schulze", wiki, "--json"], {
      encoding: "utf8",
    });
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).ranking.map((e: { id: string }) => e.id)).toEqual(["E", "A", "C", "B", "D"]);
  });
});

describe("judging straight from the event's ballots", () => {
  it("says so when the event has no ballots of that kind", async () => {
    const r = await judge("schulze", "--event", nhs);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/no rankings to judge with schulze \(judging\.ballots is empty\)/);
  });
});

describe("red lines apply to every method when --event is given", () => {
  it("an ineligible project leaves the ballots and is listed with its reason", async () => {
    const ballots = file("nhs-ranked.csv", "ranking\ntheatre-tracker>bedflow>rota-swap\nbedflow>rota-swap\n");
    const json = (await judge("schulze", ballots, "--event", nhs, "--json")).json();
    expect(ids(json)).not.toContain("theatre-tracker");
    expect(ids(json).slice(0, 2)).toEqual(["bedflow", "rota-swap"]);
    expect(json.ineligible.map((x: { id: string }) => x.id)).toEqual(["carer-passport", "theatre-tracker"]);
    const votes = file(
      "nhs-votes.csv",
      "judge,winner,loser\nj,theatre-tracker,bedflow\nj,bedflow,rota-swap\n",
    );
    const crowd = (await judge("crowd-bt", votes, "--event", nhs, "--json")).json();
    expect(ids(crowd)[0]).toBe("bedflow");
    expect(ids(crowd)).not.toContain("theatre-tracker");
  });
});

describe("hackday judge: one conflict-of-interest rule, no silent answers (issue 11)", () => {
  const people = [
    { id: "on-team", name: "On Team" },
    { id: "pitcher", name: "Pitcher" },
    { id: "colleague", name: "Colleague", affiliations: ["Lumen Labs"] },
    { id: "declarer", name: "Declarer" },
    { id: "clear", name: "Clear", affiliations: ["Independent"] },
    { id: "maker", name: "Maker", affiliations: ["lumen labs", "Independent"] },
  ];
  const judges = ["on-team", "pitcher", "colleague", "declarer", "clear"];
  const projects = ["alpha", "beta", "gamma"];
  const input = {
    id: "coi",
    name: "COI",
    timezone: "UTC",
    start: "2026-01-01",
    end: "2026-01-01",
    people,
    teams: [{ id: "t", name: "T", members: ["maker", "on-team"] }],
    projects: [
      { id: "alpha", title: "Alpha", team: "t" },
      { id: "beta", title: "Beta", pitchedBy: "pitcher" },
      { id: "gamma", title: "Gamma" },
    ],
    prizes: [{ id: "best", name: "Best" }],
    judging: {
      method: "rubric",
      panel: judges,
      criteria: [{ id: "impact", name: "Impact", weight: 1, scale: { min: 1, max: 5 } }],
      conflicts: [{ judge: "declarer", project: "gamma" }],
      ballots: {
        scores: judges.flatMap((j, a) =>
          projects.map((p, b) => ({ judge: j, project: p, criterion: "impact", score: 1 + ((a + b) % 5) })),
        ),
      },
    },
  };
  const eventFile = file("coi.json", JSON.stringify(input));
  const expected = conflictsOfInterest(parseEvent(input), judges);
  const scores = file(
    "coi-scores.csv",
    `judge,project,criterion,score\n${judges.flatMap((j) => projects.map((p) => `${j},${p},impact,3`)).join("\n")}\n`,
  );

  it("judge METHOD --event leaves out exactly the rule's conflicts, like judge prizes", async () => {
    // team member → alpha, colleague of a team member → alpha, pitcher → beta, declared → gamma
    expect(expected.map((c) => `${c.judge}>${c.project}`)).toEqual([
      "on-team>alpha",
      "colleague>alpha",
      "pitcher>beta",
      "declarer>gamma",
    ]);
    const fromFile = await judge("rubric", scores, "--event", eventFile, "--json");
    expect(fromFile.code).toBe(0);
    expect(fromFile.json().conflictsApplied).toBe(expected.length);
    const fromEvent = await judge("rubric", "--event", eventFile, "--json");
    expect(fromEvent.json().conflictsApplied).toBe(expected.length);
    const prizes = await judge("prizes", "--event", eventFile, "--json");
    expect(prizes.json().prizes[0].conflictsApplied).toBe(expected.length);
    const text = await judge("rubric", scores, "--event", eventFile);
    expect(text.stdout).toContain(`Conflicts of interest: ${expected.length} ballot(s) left out or trimmed`);
  });

  it("judge prizes refuses a ballots FILE it would ignore (usage error)", async () => {
    const r = await judge("prizes", scores, "--event", eventFile);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/reads every ballot from the event file; ".*coi-scores.csv" would be ignored/);
    expect(r.stdout).toBe("");
  });

  it("a tie-break step that cannot run says why", async () => {
    const many = Array.from({ length: 21 }, (_, i) => `p${String(i).padStart(2, "0")}`);
    const ballots = file("kemeny-21.csv", `ranking\n${many[0]}=${many.slice(1).join(">")}\n`);
    const r = await judge("borda", ballots, "--tie-break", "kemeny");
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(
      /Tie-break p00, p01: kemeny could not run \(kemeny: the exact method handles at most 20/,
    );
    const json = (await judge("borda", ballots, "--tie-break", "kemeny", "--json", "--explain")).json();
    expect(json.tieBreaks[0].steps[0].error).toMatch(/at most 20 candidates/);
  });
});
