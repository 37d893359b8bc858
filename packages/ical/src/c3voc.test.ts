import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Ajv } from "ajv";
import draft6 from "ajv/dist/refs/json-schema-draft-06.json" with { type: "json" };
import addFormats from "ajv-formats";
import { describe, expect, it } from "vitest";
import { c3vocAcronym, toC3voc } from "./c3voc.js";
import { nhs, riverbend, tinyEvent } from "./test-events.js";

const schemaPath = fileURLToPath(new URL("../../../fixtures/c3voc-schedule.schema.json", import.meta.url));

function validator() {
  // An independent validator (ajv) against the published c3voc schema, draft-06 as it declares.
  const ajv = new Ajv({ strict: false, allErrors: true });
  ajv.addMetaSchema(draft6);
  addFormats.default(ajv);
  ajv.addFormat("color", /^#[0-9a-fA-F]{3,8}$/);
  return ajv.compile(JSON.parse(readFileSync(schemaPath, "utf8")));
}

describe("toC3voc", () => {
  const validate = validator();

  it("validates against the c3voc schema for both examples and a tricky event", async () => {
    for (const event of [await nhs(), await riverbend(), tinyEvent()]) {
      const schedule = JSON.parse(JSON.stringify(toC3voc(event)));
      const ok = validate(schedule);
      expect(validate.errors ?? [], event.id).toEqual([]);
      expect(ok).toBe(true);
    }
  });

  it("the schema really rejects what we avoid (hyphenated acronym, bad slug)", async () => {
    const schedule = JSON.parse(JSON.stringify(toC3voc(await riverbend())));
    schedule.schedule.conference.acronym = "riverbend-expo-2026";
    expect(validate(schedule)).toBe(false);
    expect(c3vocAcronym("riverbend-expo-2026")).toBe("riverbend_expo_2026");
    expect(c3vocAcronym("a-b")).toBe("a_b_");
  });

  it("keeps the night on the day it belongs to and gives real durations across the clock change", async () => {
    const { conference } = toC3voc(await riverbend()).schedule;
    expect(conference.days.map((d) => d.date)).toEqual(["2026-10-24", "2026-10-25"]);
    const [day1, day2] = conference.days;
    expect(day1!.day_start).toBe("2026-10-24T06:00:00+01:00");
    // Day one runs to the end of its overnight session, past the 06:00 hand-over (25-hour night).
    expect(day1!.day_end).toBe("2026-10-25T08:00:00+00:00");
    const all1 = Object.values(day1!.rooms).flat();
    const overnight = all1.find((e) => e.slug === "riverbend_expo_2026-overnight-hacking")!;
    expect(overnight.duration).toBe("11:00");
    expect(overnight.date).toBe("2026-10-24T22:00:00+01:00");
    expect(overnight.end).toBe("2026-10-25T08:00:00+00:00");
    const quiz = all1.find((e) => e.slug.endsWith("night-owl-quiz"))!;
    expect(quiz.date).toBe("2026-10-25T01:30:00+01:00");
    expect(all1.some((e) => e.slug.endsWith("midnight-snack"))).toBe(true);
    const all2 = Object.values(day2!.rooms).flat();
    expect(all2.map((e) => e.slug)).toContain("riverbend_expo_2026-breakfast");
    expect(all2.some((e) => e.slug.endsWith("judges-lunch"))).toBe(false); // internal
  });

  it("is deterministic and names only consenting people", async () => {
    const event = tinyEvent();
    expect(JSON.stringify(toC3voc(event))).toBe(JSON.stringify(toC3voc(tinyEvent())));
    const text = JSON.stringify(toC3voc(event));
    expect(text).toContain("Ada Lovelace");
    expect(text).not.toContain("Bob Secret");
    expect(text).not.toContain("@example.org");
    expect(text).not.toContain("crew-briefing");
  });
});

describe("toC3voc: day boundaries", () => {
  const validate = validator();

  it("stretches the first day back to an early session and the last day past midnight; room-less sessions get a room", () => {
    const event = tinyEvent({
      venue: undefined,
      sessions: [
        { id: "dawn-run", title: "Dawn run", kind: "social", start: "2026-05-16T05:00", duration: 30 },
        {
          id: "late-demo",
          title: "Late demo",
          kind: "demos",
          start: "2026-05-16T23:30",
          end: "2026-05-17T00:30",
        },
        { id: "small-hours", title: "Small hours", kind: "hacking", start: "2026-05-17T02:00", duration: 60 },
        {
          id: "farewell",
          title: "Farewell",
          kind: "social",
          start: "2026-05-17T23:00",
          end: "2026-05-18T01:00",
        },
      ],
    });
    const schedule = toC3voc(event);
    expect(validate(JSON.parse(JSON.stringify(schedule)))).toBe(true);
    const [day1, day2] = schedule.schedule.conference.days;
    expect(day1!.day_start).toBe("2026-05-16T05:00:00+01:00");
    expect(
      Object.values(day1!.rooms)
        .flat()
        .map((e) => e.title),
    ).toEqual(["Dawn run", "Late demo", "Small hours"]);
    expect(day2!.day_end).toBe("2026-05-18T06:00:00+01:00");
    const farewell = Object.values(day2!.rooms).flat()[0]!;
    expect(farewell).toMatchObject({ title: "Farewell", room: "Venue", duration: "02:00", start: "23:00" });
    expect(schedule.schedule.conference.rooms.map((r) => r.name)).toEqual(["Venue"]);
  });

  it("leaves out a time zone name the c3voc pattern cannot express, and still validates", () => {
    const event = tinyEvent({ timezone: "Etc/GMT-2", sessions: [] });
    const schedule = toC3voc(event);
    expect(schedule.schedule.conference.time_zone_name).toBeUndefined();
    expect(validate(JSON.parse(JSON.stringify(schedule)))).toBe(true);
  });
});
