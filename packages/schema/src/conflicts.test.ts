import { describe, expect, it } from "vitest";
import { conflictOfInterest, conflictsOfInterest, declaredConflicts, projectPeople } from "./conflicts.js";
import { parseEvent } from "./load.js";

const event = parseEvent({
  id: "coi",
  name: "COI",
  timezone: "UTC",
  start: "2026-01-01",
  end: "2026-01-01",
  people: [
    { id: "judge", name: "J" },
    { id: "other", name: "O" },
    { id: "ann", name: "Ann", affiliations: ["St Aldhelm's Hospital"] },
    { id: "bob", name: "Bob", affiliations: ["Lumen Labs "] },
  ],
  teams: [{ id: "t1", name: "T1", members: ["ann"] }],
  projects: [
    { id: "p1", title: "P1", team: "t1" },
    { id: "p2", title: "P2", pitchedBy: "bob" },
    { id: "p3", title: "P3" },
  ],
  judging: {
    conflicts: [
      { judge: "judge", organisation: "lumen labs", reason: "Employer" },
      { judge: "judge", team: "t1" },
      { judge: "other", project: "p3" },
    ],
  },
});

describe("declared conflicts of interest", () => {
  it("match by project, by team, or by an organisation of a team member or the pitcher (trimmed, any case)", () => {
    const declared = declaredConflicts(event);
    expect(declared("judge", "p1")).toMatchObject({ team: "t1" });
    expect(declared("judge", "p2")).toMatchObject({ organisation: "lumen labs", reason: "Employer" });
    expect(declared("judge", "p3")).toBeUndefined();
    expect(declared("other", "p3")).toMatchObject({ project: "p3" });
    expect(declared("nobody", "p1")).toBeUndefined();
  });

  it("knows whose each project is: team members and whoever pitched it", () => {
    expect(projectPeople(event)).toEqual(
      new Map([
        ["p1", new Set(["ann"])],
        ["p2", new Set(["bob"])],
        ["p3", new Set()],
      ]),
    );
  });
});

describe("the conflict-of-interest rule", () => {
  const coi = parseEvent({
    id: "coi2",
    name: "COI",
    timezone: "UTC",
    start: "2026-01-01",
    end: "2026-01-01",
    people: [
      { id: "member", name: "M", affiliations: ["Independent"] },
      { id: "pitcher", name: "P", affiliations: ["Lumen Labs"] },
      { id: "colleague", name: "C", affiliations: [" LUMEN labs"] },
      { id: "freelancer", name: "F", affiliations: ["independent"] },
      { id: "decl", name: "D" },
      { id: "clear", name: "X", affiliations: ["Openwell"] },
    ],
    teams: [{ id: "t", name: "T", members: ["member"] }],
    projects: [
      { id: "own", title: "Own", team: "t", pitchedBy: "pitcher" },
      { id: "other", title: "Other" },
    ],
    judging: { conflicts: [{ judge: "decl", project: "other", reason: "Mentor" }] },
  });

  it("is team membership, pitching, a shared organisation (not 'Independent') or a declared conflict", () => {
    const judges = ["member", "pitcher", "colleague", "freelancer", "decl", "clear"];
    expect(conflictsOfInterest(coi, judges)).toEqual([
      { judge: "member", project: "own", reason: "on the team" },
      { judge: "pitcher", project: "own", reason: "pitched it" },
      { judge: "colleague", project: "own", reason: "shares an organisation with the team (LUMEN labs)" },
      { judge: "decl", project: "other", reason: "declared: Mentor" },
    ]);
    const rule = conflictOfInterest(coi);
    expect(rule("clear", "own")).toBeUndefined();
    expect(rule("member", "nope")).toBeUndefined();
  });
});
