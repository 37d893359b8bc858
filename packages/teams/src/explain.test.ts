import { describe, expect, it } from "vitest";
import { allocateTeams } from "./allocate.js";
import type { FormationProblem } from "./problem.js";

/** Ana and Ben pitch; Cat pitches a map nobody else wants; Eve is the only clinician and triage wants one. */
const problem: FormationProblem = {
  people: [
    { id: "ana", skills: ["developer"] },
    { id: "ben", skills: ["developer"] },
    { id: "cat", skills: [] },
    { id: "dan", skills: [] },
    { id: "eve", skills: ["clinician"] },
    { id: "fay", skills: [] },
    { id: "gus", skills: [] },
  ],
  pitches: [
    { id: "triage", pitcher: "ana", minSize: 2, maxSize: 3, skillsWanted: ["clinician"] },
    { id: "rota", pitcher: "ben", minSize: 2, maxSize: 3, skillsWanted: [] },
    { id: "maps", pitcher: "cat", minSize: 3, maxSize: 4, skillsWanted: [] },
  ],
  groups: [["fay", "gus"]],
  preferences: [
    { person: "cat", ranking: "rota>triage" },
    { person: "dan", ranking: "rota>triage" },
    { person: "eve", ranking: "rota>triage" },
    { person: "fay", ranking: "rota>triage" },
    { person: "gus", ranking: "triage>rota" },
  ],
};

describe("explanations", () => {
  it("says who got what and why not better", async () => {
    const a = await allocateTeams(problem);
    const team = (pitch: string) => a.teams.find((t) => t.pitch === pitch)!.members;
    // Maps must stay: without it rota and triage have room for only two of the three people it takes.
    expect(a.dropped).toEqual([]);
    expect(team("triage")).toEqual(["ana", "eve"]);
    expect(team("rota")).toEqual(["ben", "dan"]);
    expect(team("maps")).toEqual(["cat", "fay", "gus"]);
    expect(a.teams[0]!.skills).toEqual([{ skill: "clinician", covered: true, available: 1 }]);
    const person = (id: string) => a.people.find((p) => p.person === id)!;
    expect(person("ana")).toMatchObject({ team: "triage", got: "leads", better: [] });
    expect(person("eve")).toMatchObject({ team: "triage", got: "ranked", rank: 2 });
    expect(person("eve").better).toEqual([{ pitch: "rota", rank: 1, why: "minimum" }]);
    expect(person("fay")).toMatchObject({ got: "unranked", rank: 4 });
    expect(person("fay").better).toEqual([
      { pitch: "rota", rank: 1, why: "full" },
      { pitch: "triage", rank: 2, why: "full" },
    ]);
    // Eve 2nd (1), Fay and Gus unranked: rank 4 after Cat's pitch-plus-two list, (4 − 1)² = 9 each.
    expect(a.score).toEqual({ unplaced: 0, skillShortfall: 0, rankCost: 19 });
    expect(a.envy).toEqual([]);
    expect(a.summary).toMatchObject({ kept: 3, dropped: 0, skillsWanted: 1, skillsCovered: 1 });
    expect(a.summary.ranks).toEqual({ leads: 3, "1": 1, "2": 1, unranked: 2 });
  });

  it("drops the pitch that cannot fill and says why its pitcher moved", async () => {
    const roomy = {
      ...problem,
      pitches: problem.pitches.map((p) => (p.id === "rota" ? { ...p, maxSize: 6 } : p)),
    };
    const a = await allocateTeams(roomy);
    expect(a.dropped).toEqual([{ pitch: "maps", interested: 1, minSize: 3, reason: "too-few-interested" }]);
    const cat = a.people.find((p) => p.person === "cat")!;
    expect(cat).toMatchObject({ team: "rota", got: "ranked", rank: 2 });
    expect(cat.better).toEqual([{ pitch: "maps", rank: 1, why: "dropped" }]);
  });

  it("keeps the only clinician where a clinician was asked for", async () => {
    const pitches = problem.pitches.map((p) =>
      p.id === "rota" ? { ...p, maxSize: 6 } : p.id === "triage" ? { ...p, minSize: 1 } : p,
    );
    const a = await allocateTeams({ ...problem, pitches });
    const eve = a.people.find((p) => p.person === "eve")!;
    expect(eve.team).toBe("triage");
    expect(eve.better).toEqual([{ pitch: "rota", rank: 1, why: "skills", skills: ["clinician"] }]);
  });

  it("lists the unplaced with the reason", async () => {
    const a = await allocateTeams({
      people: [
        { id: "ana", skills: [] },
        { id: "ben", skills: [] },
        { id: "cy", skills: [] },
        { id: "di", skills: [] },
      ],
      pitches: [{ id: "solo", pitcher: "ana", minSize: 1, maxSize: 1, skillsWanted: [] }],
      groups: [["cy", "di"]],
      preferences: [{ person: "ben", ranking: "", avoid: ["solo"] }],
    });
    expect(a.unplaced).toEqual([
      { person: "ben", reason: "avoids-every-kept-pitch" },
      { person: "cy", reason: "group-too-large" },
      { person: "di", reason: "group-too-large" },
    ]);
  });

  it("honours pins and explains them", async () => {
    const free = await allocateTeams(problem);
    const a = await allocateTeams(problem, { pins: { fay: "rota" } });
    // Fay's pin moves her whole group (Gus too): rota holds three, so Dan is moved off his first choice.
    expect(a.teams.find((t) => t.pitch === "rota")!.members).toEqual(["ben", "fay", "gus"]);
    expect(a.people.find((p) => p.person === "gus")!.pinned).toBe(true);
    expect(a.score.rankCost).toBeGreaterThanOrEqual(free.score.rankCost);
    expect(a.envy).toEqual([]);
  });

  it("gives the same teams for the same input, and a seed only picks among equal scores", async () => {
    const first = await allocateTeams(problem);
    expect(await allocateTeams(problem)).toEqual(first);
    const seeded = await allocateTeams(problem, { seed: 7 });
    expect(seeded.score).toEqual(first.score);
    expect(await allocateTeams(problem, { seed: 7 })).toEqual(seeded);
  });
});
