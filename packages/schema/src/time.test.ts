import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { resolveSessionTimes } from "./session-time.js";
import {
  addDays,
  daysBetween,
  durationMinutes,
  formatOffset,
  formatWall,
  isoInZone,
  localParts,
  parseWallTime,
  resolveWallTime,
  toWallTime,
} from "./time.js";

describe("resolveWallTime", () => {
  it("converts ordinary local times in any zone, whatever the process TZ", () => {
    const bst = resolveWallTime("2026-05-16T09:30", "Europe/London");
    expect(bst).toMatchObject({ ok: true, offsetMinutes: 60 });
    expect(bst.ok && bst.instant.toISOString()).toBe("2026-05-16T08:30:00.000Z");
    const nz = resolveWallTime("2026-01-10T12:00", "Pacific/Auckland");
    expect(nz.ok && nz.instant.toISOString()).toBe("2026-01-09T23:00:00.000Z");
  });

  it("reports a wall time in the spring-forward gap instead of shifting it", () => {
    const gap = resolveWallTime("2026-03-29T01:30", "Europe/London");
    expect(gap).toMatchObject({ ok: false, problem: "nonexistent" });
    expect(!gap.ok && gap.message).toMatch(/does not exist in Europe\/London/);
    expect(resolveWallTime("2026-03-08T02:30", "America/New_York")).toMatchObject({
      ok: false,
      problem: "nonexistent",
    });
  });

  it("reports an ambiguous fall-back time and accepts the offset that picks one", () => {
    const twice = resolveWallTime("2026-10-25T01:30", "Europe/London");
    expect(twice).toMatchObject({
      ok: false,
      problem: "ambiguous",
      offsets: expect.arrayContaining([0, 60]),
    });
    expect(!twice.ok && twice.message).toContain("2026-10-25T01:30+01:00 or 2026-10-25T01:30+00:00");
    const first = resolveWallTime("2026-10-25T01:30+01:00", "Europe/London");
    const second = resolveWallTime("2026-10-25T01:30+00:00", "Europe/London");
    expect(first.ok && second.ok && second.instant.getTime() - first.instant.getTime()).toBe(3_600_000);
    expect(resolveWallTime("2026-10-25T01:30+02:00", "Europe/London")).toMatchObject({
      problem: "wrong-offset",
    });
  });

  it("gives the real length of a session across the autumn change", () => {
    const night = resolveSessionTimes(
      { start: "2026-10-24T22:00", end: "2026-10-25T08:00" },
      "Europe/London",
    );
    expect(night.ok && (night.end.getTime() - night.start.getTime()) / 3_600_000).toBe(11);
    const spring = resolveSessionTimes(
      { start: "2026-03-28T22:00", end: "2026-03-29T08:00" },
      "Europe/London",
    );
    expect(spring.ok && (spring.end.getTime() - spring.start.getTime()) / 3_600_000).toBe(9);
    const byDuration = resolveSessionTimes({ start: "2026-10-24T22:00", duration: "PT10H" }, "Europe/London");
    expect(byDuration.ok && toWallTime(byDuration.end, "Europe/London")).toMatchObject({ day: 25, hour: 7 });
  });

  it("round-trips wall → instant → wall for every unambiguous minute (property)", () => {
    const zones = [
      "Europe/London",
      "America/New_York",
      "Pacific/Auckland",
      "Asia/Kolkata",
      "Australia/Lord_Howe",
    ];
    fc.assert(
      fc.property(
        fc.date({
          min: new Date("2020-01-01T00:00Z"),
          max: new Date("2030-12-31T00:00Z"),
          noInvalidDate: true,
        }),
        fc.constantFrom(...zones),
        (date, zone) => {
          const instant = new Date(Math.floor(date.getTime() / 60_000) * 60_000);
          const wall = toWallTime(instant, zone);
          const back = resolveWallTime(wall, zone);
          if (back.ok) expect(back.instant.getTime()).toBe(instant.getTime());
          else expect(back.problem).toBe("ambiguous"); // a fall-back hour: both readings exist
        },
      ),
      { numRuns: 2000 },
    );
  });
});

describe("parsing", () => {
  it("accepts only real calendar times", () => {
    expect(parseWallTime("2026-02-29T10:00")).toBeUndefined();
    expect(parseWallTime("2028-02-29T10:00")).toMatchObject({ day: 29 });
    expect(parseWallTime("2026-05-16T24:00")).toBeUndefined();
    expect(parseWallTime("2026-05-16 09:30")).toBeUndefined();
    expect(formatWall(parseWallTime("2026-05-16T09:05")!)).toBe("2026-05-16T09:05");
  });

  it("writes instants as ISO 8601 with the zone's offset, both readings of the repeated hour", () => {
    expect(isoInZone(new Date("2026-10-25T00:30:00Z"), "Europe/London")).toBe("2026-10-25T01:30:00+01:00");
    expect(isoInZone(new Date("2026-10-25T01:30:00Z"), "Europe/London")).toBe("2026-10-25T01:30:00+00:00");
    expect(isoInZone(new Date("2026-01-10T00:00:00Z"), "America/St_Johns")).toBe("2026-01-09T20:30:00-03:30");
    expect(formatOffset(-210)).toBe("-03:30");
  });

  it("reads durations", () => {
    expect(durationMinutes("PT1H30M")).toBe(90);
    expect(durationMinutes(45)).toBe(45);
    expect(durationMinutes("PT")).toBeUndefined();
    expect(durationMinutes("90")).toBeUndefined();
    expect(durationMinutes(0)).toBeUndefined();
  });
});

describe("local date helpers", () => {
  it("localParts reads the wall clock of an instant in a zone, on both sides of a clock change", () => {
    // 2026-10-25 01:30 happens twice in London: first at +01:00, then at +00:00.
    expect(localParts(new Date("2026-10-25T00:30:00Z"), "Europe/London")).toEqual({
      date: "2026-10-25",
      time: "01:30",
      offset: 60,
    });
    expect(localParts(new Date("2026-10-25T01:30:00Z"), "Europe/London")).toEqual({
      date: "2026-10-25",
      time: "01:30",
      offset: 0,
    });
    expect(localParts(new Date("2026-05-16T23:30:00Z"), "Asia/Kolkata")).toEqual({
      date: "2026-05-17",
      time: "05:00",
      offset: 330,
    });
  });

  it("localParts agrees with toWallTime and isoInZone for any instant and zone", () => {
    const zones = ["Europe/London", "America/St_Johns", "Australia/Lord_Howe", "Pacific/Kiritimati", "UTC"];
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(1990, 0, 1), max: Date.UTC(2060, 0, 1) }),
        fc.constantFrom(...zones),
        (ms, zone) => {
          const instant = new Date(ms);
          const parts = localParts(instant, zone);
          const iso = isoInZone(instant, zone);
          expect(`${parts.date}T${parts.time}`).toBe(iso.slice(0, 16));
          expect(formatWall({ ...toWallTime(instant, zone), second: 0 })).toBe(`${parts.date}T${parts.time}`);
        },
      ),
    );
  });

  it("addDays and daysBetween step over month, year and leap days", () => {
    expect(addDays("2026-02-28", 1)).toBe("2026-03-01");
    expect(addDays("2028-02-28", 1)).toBe("2028-02-29");
    expect(addDays("2026-12-31", 1)).toBe("2027-01-01");
    expect(addDays("2026-01-01", -1)).toBe("2025-12-31");
    expect(daysBetween("2026-10-24", "2026-10-25")).toBe(1);
    expect(daysBetween("2026-10-25", "2026-10-24")).toBe(-1);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 40_000 }), fc.integer({ min: -800, max: 800 }), (day, n) => {
        const date = new Date(Date.UTC(1970, 0, 1 + day)).toISOString().slice(0, 10);
        expect(daysBetween(date, addDays(date, n))).toBe(n);
      }),
    );
  });
});
