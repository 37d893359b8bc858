import { describe, expect, it } from "vitest";
import { conflictsOfInterest, judgingSession, rotaProblemFromEvent, ScheduleError } from "./event-rota.js";
import { makeEvent } from "./fixtures.test-util.js";

const person = (id: string, affiliations: string[] = []) => ({ id, name: id, affiliations });

const event = makeEvent({
  people: [
    person("judge-a", ["Lumen Labs"]),
    person("judge-b", ["Independent"]),
    person("judge-c", []),
    person("judge-d", []),
    person("maker-1", ["lumen labs "]),
    person("maker-2", ["Independent"]),
    person("maker-3", ["Openwell"]),
  ],
  teams: [
    { id: "team-x", name: "X", members: ["maker-1", "judge-d"] },
    { id: "team-y", name: "Y", members: ["maker-2"] },
    { id: "team-z", name: "Z", members: ["maker-3"] },
  ],
  projects: [
    { id: "px", title: "PX", team: "team-x", table: 3, prizes: ["gold"] },
    { id: "py", title: "PY", team: "team-y", table: 1 },
    { id: "pz", title: "PZ", team: "team-z" },
  ],
  prizes: [{ id: "gold", name: "Gold", judges: ["judge-c"] }],
  judging: {
    panel: ["judge-a", "judge-b", "judge-d"],
    conflicts: [
      { judge: "judge-b", team: "team-z", reason: "Mentored them" },
      { judge: "judge-c", organisation: "Openwell" },
      { judge: "judge-a", project: "py" },
    ],
  },
  sessions: [
    { id: "expo", title: "Expo", kind: "judging", start: "2026-05-17T14:00", end: "2026-05-17T15:00" },
  ],
});

describe("conflictsOfInterest", () => {
  it("covers team membership, shared organisations (not 'Independent') and declared conflicts", () => {
    const found = conflictsOfInterest(event, ["judge-a", "judge-b", "judge-c", "judge-d"]);
    expect(found.map((c) => [c.judge, c.project, c.reason])).toEqual([
      ["judge-a", "px", "shares an organisation with the team (Lumen Labs)"],
      ["judge-d", "px", "on the team"],
      ["judge-a", "py", "declared conflict"],
      ["judge-b", "pz", "declared: Mentored them"],
      ["judge-c", "pz", "declared conflict"],
    ]);
  });
});

describe("rotaProblemFromEvent", () => {
  it("takes the panel (the judging session lists no speakers) plus prize judges, with tables and timing", () => {
    const { problem, timing, session } = rotaProblemFromEvent(event, { views: 2, minutes: 5, changeover: 0 });
    expect(session.id).toBe("expo");
    expect(problem.judges.map((j) => j.id)).toEqual(["judge-a", "judge-b", "judge-d", "judge-c"]);
    expect(problem.projects).toEqual([
      { id: "px", table: 3, prizes: ["gold"] },
      { id: "py", table: 1, prizes: [] },
      { id: "pz", prizes: [] },
    ]);
    expect(problem.prizeJudges).toEqual({ gold: ["judge-c"] });
    expect(timing.start.toISOString()).toBe("2026-05-17T13:00:00.000Z");
    expect([timing.minutes, timing.changeover, problem.views]).toEqual([5, 0, 2]);
  });

  it("says what is missing", () => {
    expect(() => judgingSession(makeEvent())).toThrow(ScheduleError);
    expect(() => judgingSession(event, "nope")).toThrow(/no session "nope"/);
    expect(() => rotaProblemFromEvent({ ...event, projects: [] })).toThrow(/no projects/);
    expect(() => rotaProblemFromEvent({ ...event, judging: undefined, prizes: [] })).toThrow(/no judges/);
  });
});
