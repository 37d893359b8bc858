import { judgePrizes } from "@hackdaykit/judging";
import { buildRota, rotaProblemFromEvent } from "@hackdaykit/schedule";
import { conflictsOfInterest, type HackDayEvent, parseEvent } from "@hackdaykit/schema";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Store } from "../store/index.js";
import { conflictedProjects } from "./conflicts.js";
import { computeResult } from "./judging.js";
import { eventRota } from "./schedule.js";

const ORGS = ["Lumen Labs", " lumen labs", "Openwell", "Independent", "NHS Digital"];

/** Random events: people with affiliations, teams, pitchers, declared conflicts, a panel that scores everything. */
const events = fc
  .record({
    people: fc.integer({ min: 3, max: 8 }),
    projects: fc.integer({ min: 1, max: 6 }),
    seed: fc.array(fc.nat(), { minLength: 64, maxLength: 64 }),
  })
  .map(({ people: N, projects: P, seed }) => {
    let k = 0;
    const next = (n: number) => seed[k++ % seed.length]! % n;
    const people = Array.from({ length: N }, (_, i) => ({
      id: `person-${i}`,
      name: `Person ${i}`,
      affiliations: next(3) === 0 ? [] : [ORGS[next(ORGS.length)]!],
    }));
    const judges = people.filter((_, i) => i % 2 === 0).map((p) => p.id);
    const teams = Array.from({ length: P }, (_, t) => ({
      id: `team-${t}`,
      name: `Team ${t}`,
      members: [...new Set([people[next(N)]!.id, people[next(N)]!.id])],
    }));
    const projects = teams.map((team, p) => ({
      id: `project-${p}`,
      title: `Project ${p}`,
      table: p + 1,
      ...(next(2) === 0 && { team: team.id }),
      ...(next(3) === 0 && { pitchedBy: people[next(N)]!.id }),
    }));
    const declared = Array.from({ length: next(4) }, () => {
      const judge = judges[next(judges.length)]!;
      const kind = next(3);
      return kind === 0
        ? { judge, project: projects[next(P)]!.id, reason: "Mentor" }
        : kind === 1
          ? { judge, team: teams[next(P)]!.id }
          : { judge, organisation: ORGS[next(ORGS.length)]! };
    });
    return parseEvent({
      id: "random",
      name: "Random",
      timezone: "Europe/London",
      start: "2026-05-16",
      end: "2026-05-16",
      people,
      teams,
      projects,
      prizes: [{ id: "best", name: "Best" }],
      judging: {
        method: "rubric",
        panel: judges,
        criteria: [{ id: "impact", name: "Impact", weight: 1, scale: { min: 1, max: 5 } }],
        conflicts: declared,
        ballots: {
          scores: judges.flatMap((judge, a) =>
            projects.map((p, b) => ({ judge, project: p.id, criterion: "impact", score: 1 + ((a + b) % 5) })),
          ),
        },
      },
      sessions: [
        { id: "expo", title: "Expo", kind: "judging", start: "2026-05-16T14:00", end: "2026-05-16T16:00" },
      ],
    });
  });

const pairs = (list: readonly { judge: string; project: string }[]) =>
  list.map((c) => `${c.judge}>${c.project}`).sort();

describe("one conflict-of-interest rule everywhere (issue 11)", () => {
  it("the rota, prize judging and the demo's judge pages see exactly schema's conflicts (property)", () => {
    fc.assert(
      fc.property(events, (event: HackDayEvent) => {
        const judges = event.judging!.panel;
        const expected = pairs(conflictsOfInterest(event, judges));
        const { problem, timing } = rotaProblemFromEvent(event);
        expect(pairs(problem.conflicts ?? [])).toEqual(expected);
        const rota = buildRota(problem, timing);
        for (const slot of rota.slots) expect(expected).not.toContain(`${slot.judge}>${slot.project}`);
        const demo = judges.flatMap((judge) =>
          [...conflictedProjects(event, judge)].map((project) => ({ judge, project })),
        );
        expect(pairs(demo)).toEqual(expected);
        // Every panel judge scored every project once: the scores left out are exactly the conflicts.
        const [best] = judgePrizes(event);
        expect(best!.conflictsApplied).toBe(expected.length);
      }),
      { numRuns: 100 },
    );
  });
});

describe("the demo's integrations report expected states and let bugs through (issue 11)", () => {
  const event = parseEvent({
    id: "quiet",
    name: "Quiet",
    timezone: "Europe/London",
    start: "2026-05-16",
    end: "2026-05-16",
    projects: [{ id: "only", title: "Only" }],
    prizes: [{ id: "best", name: "Best" }],
  });
  const storeOf = (get: () => HackDayEvent) => ({ structureGeneration: 1, event: get }) as unknown as Store;

  it("computeResult: nothing to count is a message, a broken event is an error", () => {
    expect(computeResult(event, "pairwise")).toEqual({
      ok: false,
      message: "Could not compute: no pairwise votes yet",
    });
    const broken = { ...event, prizes: undefined } as unknown as HackDayEvent;
    expect(() => computeResult(broken, "best")).toThrow(TypeError);
  });

  it("eventRota: an event without a judging session is a state to show, a broken event is an error", () => {
    expect(eventRota(storeOf(() => event))).toEqual({
      error: 'event "quiet" has no session of kind "judging" to build a rota for',
    });
    const broken = { ...event, sessions: undefined } as unknown as HackDayEvent;
    expect(() => eventRota(storeOf(() => broken))).toThrow(TypeError);
  });
});
