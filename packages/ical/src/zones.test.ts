import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildIcs } from "./ics.js";
import { tinyEvent } from "./test-events.js";
import { zoneTransitions } from "./vtimezone.js";
import { agendaInstants, readWithIcalJs, zoneEvent } from "./zone-feed.test-util.js";

const ZONES = Intl.supportedValuesOf("timeZone");

/** Every entry ical.js reads from the feed starts and ends at the instants our agenda gives the session. */
function expectSameInstants(zone: string, year = 2026): void {
  const event = zoneEvent(zone, year);
  const want = agendaInstants(event);
  const read = readWithIcalJs(buildIcs(event, { overview: false }).ics);
  const got = new Map(read.map((entry) => [entry.uid, entry]));
  const wrong = [...want].filter(([uid, times]) => {
    const entry = got.get(uid);
    return entry?.start !== times.start || entry.end !== times.end;
  });
  expect(wrong.slice(0, 3).map(([uid, times]) => ({ uid, agenda: times, icaljs: got.get(uid) }))).toEqual([]);
  expect(read.length).toBe(want.size);
  // The VTIMEZONE was really used: most entries are written with the event's TZID, not in UTC.
  expect(read.filter((entry) => entry.zone === zone).length).toBeGreaterThan(want.size / 2);
}

describe("VTIMEZONE from the same tz data as the agenda", () => {
  it("Vancouver 2026-01-15 10:00 reads as 18:00Z (timezones-ical-library's rules gave 17:00Z)", () => {
    const event = zoneEvent("America/Vancouver");
    const entry = readWithIcalJs(buildIcs(event).ics).find(
      (e) => e.uid === "zone-check/d-2026-01-15@hackdaykit",
    );
    expect(entry?.start).toBe("2026-01-15T18:00:00.000Z");
  });

  it.each([
    "Africa/Casablanca",
    "America/Vancouver",
    "America/Edmonton",
    "Asia/Gaza",
    "Asia/Hebron",
    "Africa/El_Aaiun",
    "Europe/Chisinau",
  ])("%s: the zones the old tz data disagreed on in 2026", (zone) => {
    expectSameInstants(zone);
  });

  it(`every IANA zone the runtime knows (${ZONES.length}): ical.js reads the agenda's instants`, () => {
    expect(ZONES.length).toBeGreaterThan(300);
    for (const zone of ZONES) expectSameInstants(zone);
  });

  it("random zones and years, 1971–2037", () => {
    fc.assert(
      fc.property(fc.constantFrom(...ZONES), fc.integer({ min: 1971, max: 2037 }), (zone, year) => {
        expectSameInstants(zone, year);
      }),
      { numRuns: 30 },
    );
  });
});

describe("the VTIMEZONE covers every entry written with the zone", () => {
  it("a session removed from a year the event no longer uses is still cancelled at its real time", () => {
    const session = (id: string, start: string) => ({
      id,
      title: id,
      kind: "talk" as const,
      start,
      duration: 60,
    });
    const v1 = buildIcs(
      tinyEvent({
        timezone: "America/New_York",
        start: "2026-01-15",
        end: "2026-01-16",
        sessions: [session("old", "2026-01-15T10:00")],
      }),
    ).ics;
    const v2 = buildIcs(
      tinyEvent({
        timezone: "America/New_York",
        start: "2027-07-10",
        end: "2027-07-11",
        sessions: [session("new", "2027-07-10T10:00")],
      }),
      { previous: v1, overview: false },
    ).ics;
    const read = new Map(readWithIcalJs(v2).map((e) => [e.uid, e]));
    expect(read.get("tiny-hack/old@hackdaykit")).toMatchObject({ start: "2026-01-15T15:00:00.000Z" });
    expect(read.get("tiny-hack/new@hackdaykit")).toMatchObject({ start: "2027-07-10T14:00:00.000Z" });
    // One VTIMEZONE spanning both years: 2026's two changes and 2027's two. (A zone whose rules no tz release has
    // changed lately, so the count holds on every Node's tz data.)
    expect(v2.match(/BEGIN:VTIMEZONE/g)).toHaveLength(1);
    expect(v2.match(/TZOFFSETFROM:-0500\r\nTZOFFSETTO:-0400/g)).toHaveLength(2);
  });
});

describe("zoneTransitions", () => {
  it("finds London's two clock changes in 2026 to the second", () => {
    const changes = zoneTransitions("Europe/London", new Date("2026-01-01Z"), new Date("2027-01-01Z"));
    expect(changes).toEqual([
      { at: new Date("2026-03-29T01:00:00Z"), from: 0, to: 60 },
      { at: new Date("2026-10-25T01:00:00Z"), from: 60, to: 0 },
    ]);
  });

  it("finds none in a zone without daylight saving", () => {
    expect(zoneTransitions("Asia/Tokyo", new Date("2026-01-01Z"), new Date("2027-01-01Z"))).toEqual([]);
  });

  it("finds Lord Howe's half-hour change", () => {
    const changes = zoneTransitions("Australia/Lord_Howe", new Date("2026-01-01Z"), new Date("2027-01-01Z"));
    expect(changes.map((c) => [c.from, c.to])).toEqual([
      [660, 630],
      [630, 660],
    ]);
  });
});
