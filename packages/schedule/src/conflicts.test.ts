import { readFileSync } from "node:fs";
import { loadEvent, parseEventText } from "@hackdaykit/schema";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { detectConflicts, hasHardConflict } from "./conflicts.js";
import { makeEvent } from "./fixtures.test-util.js";
import { overlappingPairs } from "./sweep.js";

const talk = (id: string, start: string, end: string, extra: Record<string, unknown> = {}) => ({
  id,
  title: id,
  kind: "talk" as const,
  start,
  end,
  ...extra,
});
const venue = (extra: Record<string, unknown> = {}) => ({
  id: "hall",
  name: "Hall",
  rooms: [
    { id: "main", name: "Main" },
    { id: "cafe", name: "Cafe", bookings: [{ start: "2026-05-16T08:00", end: "2026-05-16T20:00" }] },
  ],
  openingHours: [
    { date: "2026-05-16", opens: "08:00", closes: "21:00" },
    { date: "2026-05-17", opens: "08:00", closes: "01:00" },
  ],
  ...extra,
});
const people = ["ann", "bob", "cat", "dan"].map((id) => ({ id, name: id }));
const kinds = (event: ReturnType<typeof makeEvent>) =>
  detectConflicts(event).map((c) => [c.kind, c.severity, c.sessions]);

describe("detectConflicts", () => {
  it("names a session's end day in messages (11:00–11:00+1, not 11:00–11:00)", () => {
    const event = makeEvent({
      venue: venue(),
      sessions: [
        talk("hack", "2026-05-16T11:00", "2026-05-17T11:00", { room: "main" }),
        talk("demo", "2026-05-17T10:00", "2026-05-17T10:30", { room: "main" }),
      ],
    });
    const clash = detectConflicts(event).find((c) => c.kind === "room-double-booked");
    expect(clash?.message).toContain('"hack" (2026-05-16 11:00–11:00+1)');
  });

  it("finds a room double-booked but not sessions that only touch", () => {
    const event = makeEvent({
      venue: venue(),
      sessions: [
        talk("a", "2026-05-16T09:00", "2026-05-16T10:00", { room: "main" }),
        talk("b", "2026-05-16T10:00", "2026-05-16T11:00", { room: "main" }),
        talk("c", "2026-05-16T10:30", "2026-05-16T10:45", { room: "main" }),
      ],
    });
    expect(kinds(event)).toEqual([["room-double-booked", "error", ["b", "c"]]]);
  });

  it("finds a person in two places", () => {
    const event = makeEvent({
      people,
      sessions: [
        talk("a", "2026-05-16T09:00", "2026-05-16T10:00", { speakers: ["ann", "bob"] }),
        talk("b", "2026-05-16T09:30", "2026-05-16T10:30", { speakers: ["bob"] }),
      ],
    });
    const found = detectConflicts(event);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({
      kind: "person-double-booked",
      person: "bob",
      path: ["sessions", 1, "speakers", 0],
    });
  });

  it("checks opening hours, including closing after midnight", () => {
    const event = makeEvent({
      venue: venue(),
      sessions: [
        talk("early", "2026-05-16T07:30", "2026-05-16T08:30"),
        talk("late", "2026-05-16T20:30", "2026-05-16T21:30"),
        talk("after-midnight", "2026-05-17T23:30", "2026-05-18T00:30"),
      ],
    });
    const found = detectConflicts(event).filter((c) => c.kind === "outside-opening-hours");
    expect(found.map((c) => c.sessions[0])).toEqual(["early", "late"]);
    expect(found[1]!.message).toMatch(/runs 30 min past closing \(21:00\)/);
  });

  it("uses opening hours that close in the repeated hour of the autumn change, with the offset written", () => {
    // Issue 11 item 7: 09:00 to 01:30 on the night the clocks go back was dropped, so a 19:00 talk was "closed".
    const event = makeEvent({
      start: "2026-10-24",
      end: "2026-10-25",
      venue: venue({ openingHours: [{ date: "2026-10-24", opens: "09:00", closes: "01:30+00:00" }] }),
      sessions: [
        talk("evening", "2026-10-24T19:00", "2026-10-24T20:00"),
        talk("late", "2026-10-25T01:00+00:00", "2026-10-25T02:00"),
      ],
    });
    const found = detectConflicts(event).filter((c) => c.kind === "outside-opening-hours");
    expect(found.map((c) => c.sessions[0])).toEqual(["late"]);
  });

  it("checks event dates: starting outside is an error, running past the last day a warning", () => {
    const event = makeEvent({
      sessions: [talk("ok", "2026-05-17T23:00", "2026-05-18T01:00")],
    });
    expect(kinds(event)).toEqual([["outside-event-dates", "warning", ["ok"]]]);
    expect(hasHardConflict(detectConflicts(event))).toBe(false);
    const after = detectConflicts({ ...event, end: "2026-05-16" });
    expect(after.map((c) => [c.kind, c.severity])).toEqual([["outside-event-dates", "error"]]);
  });

  it("checks room bookings: longer than the booking, or not booked at all", () => {
    const event = makeEvent({
      venue: venue(),
      sessions: [
        talk("fits", "2026-05-16T09:00", "2026-05-16T20:00", { room: "cafe" }),
        talk("long", "2026-05-16T19:00", "2026-05-16T20:30", { room: "cafe" }),
        talk("unbooked", "2026-05-17T09:00", "2026-05-17T10:00", { room: "cafe" }),
      ],
    });
    const found = detectConflicts(event).filter((c) => c.kind === "longer-than-room-booking");
    expect(found.map((c) => c.sessions[0])).toEqual(["long", "unbooked"]);
    expect(found[0]!.message).toMatch(/runs 30 min past the booking's end \(20:00\)/);
    expect(found[1]!.message).toMatch(/not booked/);
  });

  it("finds a judge presenting in the slot they judge", () => {
    const event = makeEvent({
      people,
      teams: [{ id: "t1", name: "T1", members: ["ann", "cat"] }],
      projects: [{ id: "p1", title: "P1", team: "t1" }],
      judging: { panel: ["ann", "bob"] },
      sessions: [
        { ...talk("demos", "2026-05-17T14:00", "2026-05-17T16:00"), kind: "demos" },
        talk("side-talk", "2026-05-17T15:00", "2026-05-17T15:30", { speakers: ["bob"] }),
      ],
    });
    const found = detectConflicts(event).filter((c) => c.kind === "judge-presenting");
    expect(found.map((c) => [c.person, c.sessions])).toEqual([
      ["ann", ["demos"]],
      ["bob", ["demos", "side-talk"]],
    ]);
  });

  it("the shipped examples are clean, across DST too; a shortened room booking is caught", async () => {
    const nhsFile = new URL("../../../examples/nhs-hack-day-31.yaml", import.meta.url).pathname;
    const nhs = await loadEvent(nhsFile);
    expect(detectConflicts(nhs)).toEqual([]);
    const expo = await loadEvent(
      new URL("../../../examples/riverbend-expo-2026.yaml", import.meta.url).pathname,
    );
    expect(detectConflicts(expo)).toEqual([]);
    const shortened = parseEventText(
      readFileSync(nhsFile, "utf8").replace("end: 2026-05-16T20:30", "end: 2026-05-16T20:00"),
    );
    expect(shortened.ok && kinds(shortened.event)).toEqual([
      ["longer-than-room-booking", "error", ["social-sat"]],
    ]);
  });
});

describe("overlappingPairs (sweep line)", () => {
  it("finds exactly the overlapping pairs a brute-force check finds", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 100 }), fc.integer({ min: 1, max: 30 })), {
          maxLength: 40,
        }),
        (raw) => {
          const spans = raw.map(([start, length], value) => ({ start, end: start + length, value }));
          const key = (a: number, b: number) => (a < b ? `${a}-${b}` : `${b}-${a}`);
          const expected = new Set<string>();
          for (let i = 0; i < spans.length; i++)
            for (let j = i + 1; j < spans.length; j++)
              if (spans[i]!.start < spans[j]!.end && spans[j]!.start < spans[i]!.end) expected.add(key(i, j));
          const got = overlappingPairs(spans).map(([a, b]) => key(a.value, b.value));
          expect(new Set(got)).toEqual(expected);
          expect(got).toHaveLength(expected.size);
        },
      ),
    );
  });
});
