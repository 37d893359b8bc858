import { resolveSessionTimes } from "@hackdaykit/schema";
import fc from "fast-check";
import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { buildIcs } from "./ics.js";
import { nhs, riverbend, tinyEvent } from "./test-events.js";

const lines = (ics: string) => ics.split("\r\n");
const unfold = (ics: string) => ics.replace(/\r\n[ \t]/g, "");
const vevents = (ics: string) => unfold(ics).split("BEGIN:VEVENT").slice(1);
const prop = (block: string, name: string) =>
  block.split("\r\n").find((l) => l.startsWith(`${name}:`) || l.startsWith(`${name};`));

function parse(ics: string) {
  const root = new ICAL.Component(ICAL.parse(ics));
  for (const vtz of root.getAllSubcomponents("vtimezone")) ICAL.TimezoneService.register(vtz);
  return root.getAllSubcomponents("vevent").map((c) => new ICAL.Event(c));
}

describe("buildIcs: the published feed", () => {
  it("is deterministic: same input, same bytes", async () => {
    const event = await riverbend();
    expect(buildIcs(event).ics).toBe(buildIcs(event).ics);
    expect(buildIcs(await riverbend()).ics).toBe(buildIcs(event).ics);
  });

  it("has METHOD:PUBLISH, calendar name, description, URL, refresh interval and CRLF line ends", async () => {
    const { ics } = buildIcs(tinyEvent());
    expect(ics.startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//hackdaykit//ical//EN\r\n")).toBe(true);
    expect(ics.endsWith("END:VCALENDAR\r\n")).toBe(true);
    const u = unfold(ics);
    expect(u).toContain("\r\nMETHOD:PUBLISH\r\n");
    expect(u).toContain("\r\nX-WR-CALNAME:Tiny Hack\\; a test\\, with \\\\ odd text\r\n");
    expect(u).toContain("\r\nX-WR-CALDESC:Line one\\nLine two\\, with a comma\\; and a semicolon\r\n");
    expect(u).toContain("\r\nURL:https://tiny.example.org/\r\n");
    expect(u).toContain("\r\nREFRESH-INTERVAL;VALUE=DURATION:PT1H\r\n");
    expect(u).toContain("\r\nX-WR-TIMEZONE:Europe/London\r\n");
    expect(ics.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
  });

  it("gives stable, unique UIDs from event id + session id", async () => {
    const event = await riverbend();
    const { uids } = buildIcs(event);
    expect(new Set(uids).size).toBe(uids.length);
    expect(uids).toContain("riverbend-expo-2026/overnight-hacking@hackdaykit");
    expect(uids).toContain("riverbend-expo-2026@hackdaykit");
  });

  it("writes DTSTAMP in UTC from the session's `updated`, else a fixed fallback, never now", () => {
    const events = vevents(buildIcs(tinyEvent()).ics);
    const welcome = events.find((e) => e.includes("UID:tiny-hack/welcome@"))!;
    const lunch = events.find((e) => e.includes("UID:tiny-hack/lunch@"))!;
    expect(prop(welcome, "DTSTAMP")).toBe("DTSTAMP:20260501T120000Z");
    expect(prop(welcome, "LAST-MODIFIED")).toBe("LAST-MODIFIED:20260501T120000Z");
    // No `updated` on lunch: the latest `updated` in the file.
    expect(prop(lunch, "DTSTAMP")).toBe("DTSTAMP:20260501T120000Z");
    const noUpdates = tinyEvent();
    for (const s of noUpdates.sessions) delete s.updated;
    const stamped = vevents(buildIcs(noUpdates).ics);
    for (const e of stamped) expect(prop(e, "DTSTAMP")).toBe("DTSTAMP:20260516T000000Z");
    const explicit = vevents(buildIcs(noUpdates, { stamp: new Date("2026-04-01T08:00:00Z") }).ics);
    for (const e of explicit) expect(prop(e, "DTSTAMP")).toBe("DTSTAMP:20260401T080000Z");
  });

  it("writes times with the event's TZID and one VTIMEZONE for it", async () => {
    const { ics } = buildIcs(await nhs());
    const u = unfold(ics);
    expect(u.match(/BEGIN:VTIMEZONE/g)).toHaveLength(1);
    expect(u).toContain("BEGIN:VTIMEZONE\r\nTZID:Europe/London\r\n");
    const tzids = new Set([...u.matchAll(/;TZID=([^:;]+)/g)].map((m) => m[1]));
    expect([...tzids]).toEqual(["Europe/London"]);
  });

  it("writes LOCATION (room + venue + address), GEO, CATEGORIES, URL and ORGANIZER without any email", () => {
    const welcome = vevents(buildIcs(tinyEvent()).ics).find((e) => e.includes("UID:tiny-hack/welcome@"))!;
    expect(prop(welcome, "LOCATION")).toBe(
      "LOCATION:Main Hall\\, Town Hall\\n1 High St\\, Leeds\\, LS1 1AA\\, GB",
    );
    expect(prop(welcome, "GEO")).toBe("GEO:53.8;-1.55");
    expect(prop(welcome, "CATEGORIES")).toBe("CATEGORIES:Talks,talk");
    expect(prop(welcome, "ORGANIZER")).toBe('ORGANIZER;CN="Tiny Hack Series":https://tiny.example.org/');
    expect(prop(welcome, "SUMMARY")).toBe("SUMMARY:Welcome\\, and how the weekend works");
    expect(welcome).not.toMatch(/mailto:|@example\.org/);
  });

  it("writes the all-day overview with an exclusive DTEND", () => {
    const overview = vevents(buildIcs(tinyEvent()).ics).find((e) => e.includes("UID:tiny-hack@hackdaykit"))!;
    expect(prop(overview, "DTSTART")).toBe("DTSTART;VALUE=DATE:20260516");
    expect(prop(overview, "DTEND")).toBe("DTEND;VALUE=DATE:20260518");
    expect(prop(overview, "TRANSP")).toBe("TRANSP:TRANSPARENT");
    expect(buildIcs(tinyEvent(), { overview: false }).uids).not.toContain("tiny-hack@hackdaykit");
  });

  it("writes a session running midnight to midnight as an all-day entry", () => {
    const event = tinyEvent();
    event.sessions.push({
      id: "open-day",
      title: "Venue open",
      kind: "social",
      start: "2026-05-17T00:00",
      end: "2026-05-18T00:00",
      speakers: [],
      visibility: "public",
    });
    const entry = vevents(buildIcs(event).ics).find((e) => e.includes("UID:tiny-hack/open-day@"))!;
    expect(prop(entry, "DTSTART")).toBe("DTSTART;VALUE=DATE:20260517");
    expect(prop(entry, "DTEND")).toBe("DTEND;VALUE=DATE:20260518");
  });

  it("folds every line at 75 octets without splitting a UTF-8 character", () => {
    const event = tinyEvent();
    event.sessions[0]!.description = `${"Ünïcødé ✓ 🎉 ".repeat(30)}end`;
    const { ics } = buildIcs(event);
    for (const line of lines(ics)) expect(Buffer.byteLength(line, "utf8")).toBeLessThanOrEqual(75);
    const parsed = parse(ics).find((e) => e.uid === "tiny-hack/welcome@hackdaykit")!;
    expect(parsed.description).toContain(`${"Ünïcødé ✓ 🎉 ".repeat(30)}end`);
  });

  it("round-trips escaped TEXT through ical.js", () => {
    const event = tinyEvent();
    const nasty = 'Commas, semi;colons\\backslashes\nnew lines "quotes" and ✓';
    event.sessions[1]!.title = nasty;
    const parsed = parse(buildIcs(event).ics).find((e) => e.uid === "tiny-hack/lunch@hackdaykit")!;
    expect(parsed.summary).toBe(nasty);
  });

  it("gets the DST night right: overnight hacking is 11 real hours", async () => {
    const event = await riverbend();
    const overnight = parse(buildIcs(event).ics).find((e) => e.uid.includes("/overnight-hacking@"))!;
    expect(overnight.startDate.toJSDate().toISOString()).toBe("2026-10-24T21:00:00.000Z");
    expect(overnight.endDate.toJSDate().toISOString()).toBe("2026-10-25T08:00:00.000Z");
    expect(overnight.endDate.toJSDate().getTime() - overnight.startDate.toJSDate().getTime()).toBe(
      11 * 3600_000,
    );
  });

  it("matches resolveSessionTimes for every session of both examples", async () => {
    for (const event of [await nhs(), await riverbend()]) {
      const parsed = new Map(parse(buildIcs(event).ics).map((e) => [e.uid, e]));
      for (const session of event.sessions.filter((s) => s.visibility === "public")) {
        const times = resolveSessionTimes(session, event.timezone);
        if (!times.ok) throw new Error(times.message);
        const entry = parsed.get(`${event.id}/${session.id}@hackdaykit`)!;
        expect(entry.startDate.toJSDate().toISOString(), session.id).toBe(times.start.toISOString());
        expect(entry.endDate.toJSDate().toISOString(), session.id).toBe(times.end.toISOString());
      }
    }
  });

  it("writes both 01:30s of a fall-back night in UTC (clients disagree on which a TZID time means)", () => {
    const event = tinyEvent({
      start: "2026-10-24",
      end: "2026-10-25",
      sessions: [
        { id: "first", title: "First", kind: "social", start: "2026-10-25T01:30+01:00", duration: 20 },
        { id: "second", title: "Second", kind: "social", start: "2026-10-25T01:30+00:00", duration: 20 },
      ],
    });
    const events = vevents(buildIcs(event).ics);
    const first = events.find((e) => e.includes("/first@"))!;
    const second = events.find((e) => e.includes("/second@"))!;
    expect(prop(first, "DTSTART")).toBe("DTSTART:20261025T003000Z");
    expect(prop(second, "DTSTART")).toBe("DTSTART:20261025T013000Z");
    const parsed = parse(buildIcs(event).ics);
    expect(
      parsed
        .find((e) => e.uid.includes("/first@"))!
        .startDate.toJSDate()
        .toISOString(),
    ).toBe("2026-10-25T00:30:00.000Z");
    expect(
      parsed
        .find((e) => e.uid.includes("/second@"))!
        .startDate.toJSDate()
        .toISOString(),
    ).toBe("2026-10-25T01:30:00.000Z");
  });
});

describe("buildIcs: feeds and privacy", () => {
  it("track, room and person feeds carry only their sessions", () => {
    const event = tinyEvent();
    expect(buildIcs(event, { scope: { kind: "track", track: "talks" } }).uids).toEqual([
      "tiny-hack/welcome@hackdaykit",
    ]);
    expect(buildIcs(event, { scope: { kind: "room", room: "side" } }).uids).toEqual([
      "tiny-hack/lunch@hackdaykit",
    ]);
    const bob = buildIcs(event, { scope: { kind: "person", person: "bob" } });
    expect(bob.uids).toEqual([
      "tiny-hack/crew-briefing@hackdaykit",
      "tiny-hack/welcome@hackdaykit",
      "tiny-hack/judging@hackdaykit",
    ]);
    expect(unfold(bob.ics)).toContain("CLASS:PRIVATE");
    expect(unfold(buildIcs(event, { scope: { kind: "track", track: "talks" } }).ics)).toContain(
      "X-WR-CALNAME:Tiny Hack\\; a test\\, with \\\\ odd text: Talks",
    );
  });

  it("names an unknown track, room or person with the known ones, or the near one", () => {
    expect(() => buildIcs(tinyEvent(), { scope: { kind: "room", room: "mian" } })).toThrow(
      'no room "mian" in this event (did you mean "main"?)',
    );
    expect(() => buildIcs(tinyEvent(), { scope: { kind: "track", track: "nope" } })).toThrow(
      'no track "nope" in this event (expected "talks")',
    );
    expect(() => buildIcs(tinyEvent(), { scope: { kind: "room", room: "attic" } })).toThrow(
      /no room "attic" in this event \(expected "main" or "side"\)/,
    );
    expect(() => buildIcs(tinyEvent(), { scope: { kind: "person", person: "zed" } })).toThrow(
      /no person "zed" in this event/,
    );
  });

  it("adds a judge's rota slots to their own feed", () => {
    const rota = [
      {
        judge: "cy",
        project: "p1",
        table: 4,
        round: 1,
        start: new Date("2026-05-17T13:00:00Z"),
        end: new Date("2026-05-17T13:04:00Z"),
      },
      {
        judge: "bob",
        project: "p1",
        table: 4,
        round: 2,
        start: new Date("2026-05-17T13:10:00Z"),
        end: new Date("2026-05-17T13:14:00Z"),
      },
    ];
    const cy = buildIcs(tinyEvent(), { scope: { kind: "person", person: "cy" }, rota });
    expect(cy.uids).toEqual(["tiny-hack/judging@hackdaykit", "tiny-hack/rota-cy/r1-p1@hackdaykit"]);
    const slot = vevents(cy.ics)[1]!;
    expect(prop(slot, "SUMMARY")).toBe("SUMMARY:Judge: Bed finder (table 4\\, round 1)");
    expect(prop(slot, "DTSTART")).toBe("DTSTART;TZID=Europe/London:20260517T140000");
    expect(prop(slot, "LOCATION")).toMatch(/^LOCATION:Table 4\\, Main Hall\\, Town Hall/);
  });

  it("public feeds never carry internal sessions, emails, phones or non-consenting names (property)", async () => {
    const base = await nhs();
    const people = base.people;
    fc.assert(
      fc.property(
        fc.array(fc.boolean(), { minLength: people.length, maxLength: people.length }),
        fc.array(fc.constantFrom("public", "internal") as fc.Arbitrary<"public" | "internal">, {
          minLength: base.sessions.length,
          maxLength: base.sessions.length,
        }),
        fc.array(fc.nat({ max: people.length - 1 }), { maxLength: 6 }),
        (consents, visibilities, extraSpeakers) => {
          const event = structuredClone(base);
          event.people.forEach((p, i) => {
            p.public = consents[i]!;
          });
          event.sessions.forEach((s, i) => {
            s.visibility = visibilities[i]!;
            s.speakers = [...new Set([...s.speakers, ...extraSpeakers.map((k) => people[k]!.id)])];
          });
          for (const scope of [
            { kind: "event" } as const,
            ...event.tracks.map((t) => ({ kind: "track", track: t.id }) as const),
          ]) {
            const u = unfold(buildIcs(event, { scope }).ics);
            for (const s of event.sessions.filter((s) => s.visibility === "internal")) {
              expect(u).not.toContain(`/${s.id}@hackdaykit`);
            }
            for (const p of event.people) {
              if (p.email) expect(u).not.toContain(p.email);
              if (p.phone) expect(u).not.toContain(p.phone);
              if (!p.public && !event.people.some((q) => q.public && q.name.includes(p.name))) {
                expect(u).not.toContain(p.name);
              }
            }
            expect(u).not.toMatch(/[\w.+-]+@[\w-]+\.[\w.-]+/);
          }
        },
      ),
      { numRuns: 40 },
    );
  });
});

describe("buildIcs: event status", () => {
  it("a cancelled event cancels every entry, with SEQUENCE+1 against the last feed", () => {
    const v1 = buildIcs(tinyEvent()).ics;
    const cancelled = tinyEvent({ status: "cancelled" });
    const v2 = buildIcs(cancelled, { previous: v1 });
    const entries = vevents(v2.ics);
    expect(entries.length).toBeGreaterThan(0);
    for (const e of entries) {
      expect(prop(e, "STATUS")).toBe("STATUS:CANCELLED");
      expect(prop(e, "SEQUENCE")).toBe("SEQUENCE:1");
    }
    expect(v2.changes.moved.length).toBe(entries.length);
    // Republishing the cancelled event changes nothing more.
    const v3 = buildIcs(cancelled, { previous: v2.ics });
    expect(v3.ics).toBe(v2.ics);
    // Without a previous feed too, every entry says CANCELLED.
    for (const e of vevents(buildIcs(cancelled).ics)) expect(prop(e, "STATUS")).toBe("STATUS:CANCELLED");
  });

  it("the overview of a rescheduled event says when it was first planned", async () => {
    const overview = vevents(buildIcs(await riverbend()).ics).find((e) =>
      e.includes("UID:riverbend-expo-2026@"),
    )!;
    expect(prop(overview, "DESCRIPTION")).toMatch(
      /^DESCRIPTION:Rescheduled \(first planned for 2026-10-17\)\./,
    );
  });
});
