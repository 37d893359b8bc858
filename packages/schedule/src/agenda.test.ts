import { describe, expect, it } from "vitest";
import { buildAgenda } from "./agenda.js";
import { daysLater, endLabel } from "./end-label.js";
import { makeEvent } from "./fixtures.test-util.js";

const session = (id: string, start: string, end: string, extra: Record<string, unknown> = {}) => ({
  id,
  title: id,
  kind: "talk" as const,
  start,
  end,
  speakers: [],
  visibility: "public" as const,
  ...extra,
});

describe("buildAgenda", () => {
  it("places sessions on real instants, sorted and grouped by local day", () => {
    const event = makeEvent({
      sessions: [
        session("b", "2026-05-17T09:00", "2026-05-17T10:00"),
        session("a", "2026-05-16T23:30", "2026-05-17T00:30"),
      ],
    });
    const agenda = buildAgenda(event);
    expect(agenda.days.map((d) => [d.date, d.items.map((i) => i.id)])).toEqual([
      ["2026-05-16", ["a"]],
      ["2026-05-17", ["b"]],
    ]);
    expect(agenda.items[0]!.start.toISOString()).toBe("2026-05-16T22:30:00.000Z");
    expect(agenda.items[0]!.startLocal).toBe("23:30");
    expect(agenda.items[0]!.endLocal).toBe("00:30");
  });

  it("gives overnight sessions their real length on both clock-change nights", () => {
    const autumn = buildAgenda({
      timezone: "Europe/London",
      sessions: [session("overnight", "2026-10-24T22:00", "2026-10-25T08:00")],
    });
    expect(autumn.items[0]!.minutes).toBe(11 * 60);
    expect([autumn.items[0]!.startOffset, autumn.items[0]!.endOffset]).toEqual([60, 0]);
    const spring = buildAgenda({
      timezone: "Europe/London",
      sessions: [session("overnight", "2026-03-28T22:00", "2026-03-29T08:00")],
    });
    expect(spring.items[0]!.minutes).toBe(9 * 60);
    const auckland = buildAgenda({
      timezone: "Pacific/Auckland",
      sessions: [session("overnight", "2026-09-26T22:00", "2026-09-27T08:00")],
    });
    expect(auckland.items[0]!.minutes).toBe(9 * 60); // NZ springs forward on 27 Sep 2026
  });

  it("a duration is real minutes, even across the change", () => {
    const agenda = buildAgenda({
      timezone: "Europe/London",
      sessions: [{ ...session("quiz", "2026-10-25T01:30+01:00", "x"), end: undefined, duration: 45 }],
    });
    expect(agenda.items[0]!.startLocal).toBe("01:30");
    expect(agenda.items[0]!.endLocal).toBe("01:15");
    expect(agenda.items[0]!.minutes).toBe(45);
  });

  it("reports a time in the spring-forward gap or the fall-back overlap instead of shifting it", () => {
    const agenda = buildAgenda({
      timezone: "Europe/London",
      sessions: [
        session("gap", "2026-03-29T01:30", "2026-03-29T02:30"),
        session("twice", "2026-10-25T01:30", "2026-10-25T02:30"),
        session("fine", "2026-10-25T01:30+00:00", "2026-10-25T02:30"),
      ],
    });
    expect(agenda.items.map((i) => i.id)).toEqual(["fine"]);
    expect(agenda.problems.map((p) => [p.sessions[0], p.kind, p.severity, p.path])).toEqual([
      ["gap", "invalid-time", "error", ["sessions", 0, "start"]],
      ["twice", "invalid-time", "error", ["sessions", 1, "start"]],
    ]);
    expect(agenda.problems[0]!.message).toMatch(/does not exist/);
    expect(agenda.problems[1]!.message).toMatch(/happens twice/);
  });

  it("carries the local day a session ends on, and shows +1 (+2, …) for a later day", () => {
    const agenda = buildAgenda({
      timezone: "Europe/London",
      sessions: [
        session("hack", "2026-05-16T11:00", "2026-05-17T11:00"),
        session("talk", "2026-05-16T15:00", "2026-05-16T16:00"),
        session("marathon", "2026-05-16T09:00", "2026-05-18T10:00"),
        session("late", "2026-05-16T23:30", "2026-05-17T00:30"),
      ],
    });
    const byId = new Map(agenda.items.map((item) => [item.id, item]));
    expect(byId.get("hack")).toMatchObject({ day: "2026-05-16", endDay: "2026-05-17" });
    expect(endLabel(byId.get("hack")!)).toBe("11:00+1");
    expect(endLabel(byId.get("talk")!)).toBe("16:00");
    expect(daysLater(byId.get("marathon")!)).toBe(2);
    expect(endLabel(byId.get("marathon")!)).toBe("10:00+2");
    expect(endLabel(byId.get("late")!)).toBe("00:30+1");
  });

  it("the end day is the local day, not the UTC one, across a clock change", () => {
    const agenda = buildAgenda({
      timezone: "Pacific/Auckland",
      sessions: [session("night", "2026-09-26T22:00", "2026-09-27T08:00")],
    });
    expect(agenda.items[0]).toMatchObject({ day: "2026-09-26", endDay: "2026-09-27" });
    expect(endLabel(agenda.items[0]!)).toBe("08:00+1");
    // 08:00 NZDT on the 27th is 19:00 UTC on the 26th: a UTC date would say it ends the day it starts.
    expect(agenda.items[0]!.end.toISOString().slice(0, 10)).toBe("2026-09-26");
  });
});
