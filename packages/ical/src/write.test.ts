import { TZDate } from "@date-fns/tz";
import fc from "fast-check";
import ical, {
  ICalEvent,
  ICalEventBusyStatus,
  ICalEventClass,
  ICalEventStatus,
  ICalEventTransparency,
} from "ical-generator";
import { describe, expect, it } from "vitest";
import { escapeText, type VEvent, writeEvent } from "./write.js";

/** The same entry through ical-generator 10, the library this writer replaced (kept as a test oracle). */
function reference(e: VEvent): string {
  const w = e.when;
  const times =
    w.kind === "date"
      ? { allDay: true, start: new Date(`${w.start}T00:00:00Z`), end: new Date(`${w.end}T00:00:00Z`) }
      : w.kind === "utc"
        ? { start: w.start, end: w.end }
        : {
            start: new TZDate(w.start.getTime(), w.zone),
            end: new TZDate(w.end!.getTime(), w.zone),
            timezone: w.zone,
          };
  const text = new ICalEvent(
    {
      id: e.uid,
      sequence: e.sequence,
      stamp: e.stamp,
      ...times,
      summary: e.summary,
      ...(e.location && { location: e.location }),
      ...(e.description !== undefined && { description: e.description }),
      categories: (e.categories ?? []).map((name) => ({ name })),
      ...(e.url !== undefined && { url: e.url }),
      ...(e.lastModified && { lastModified: e.lastModified }),
      ...(e.private && { class: ICalEventClass.PRIVATE }),
      ...(e.free && {
        transparency: ICalEventTransparency.TRANSPARENT,
        busystatus: ICalEventBusyStatus.FREE,
      }),
      ...(e.cancelled && { status: ICalEventStatus.CANCELLED }),
    },
    ical(),
  ).toString();
  // ical-generator writes ORGANIZER only as mailto:, which is why the feed never used it for that line.
  const organizer = e.organizer ? `ORGANIZER;CN="${e.organizer.name}":${e.organizer.uri}\r\n` : "";
  return `${text.slice(0, -"END:VEVENT\r\n".length)}${organizer}END:VEVENT\r\n`;
}

const text = fc.string({
  unit: fc.constantFrom("a", "Z", " ", ",", ";", "\\", "\n", "é", "🎉", ":"),
  maxLength: 30,
});
const instant = fc
  .integer({ min: Date.UTC(1990, 0, 1), max: Date.UTC(2040, 0, 1) })
  .map((ms) => new Date(ms - (ms % 1000)));
const day = fc
  .integer({ min: 7000, max: 25000 })
  .map((d) => new Date(d * 86_400_000).toISOString().slice(0, 10));
const when = fc.oneof(
  fc.tuple(day, fc.integer({ min: 1, max: 5 })).map(([start, n]) => ({
    kind: "date" as const,
    start,
    end: new Date(Date.parse(start) + n * 86_400_000).toISOString().slice(0, 10),
  })),
  fc
    .tuple(instant, fc.nat(86_400))
    .map(([start, s]) => ({ kind: "utc" as const, start, end: new Date(start.getTime() + s * 1000) })),
  fc
    .tuple(
      instant,
      fc.nat(86_400),
      fc.constantFrom("Europe/London", "America/St_Johns", "Asia/Kathmandu", "Pacific/Apia"),
    )
    .map(([start, s, zone]) => ({
      kind: "zoned" as const,
      zone,
      start,
      end: new Date(start.getTime() + s * 1000),
    })),
);
const event: fc.Arbitrary<VEvent> = fc.record(
  {
    uid: fc.constantFrom("e/s@hackdaykit", "e@hackdaykit"),
    sequence: fc.nat(5),
    stamp: instant,
    lastModified: instant,
    when,
    summary: text,
    location: fc.record(
      {
        title: text.filter((t) => t !== ""),
        address: text,
        geo: fc.record({
          lat: fc.double({ min: 1, max: 80, noNaN: true }),
          lon: fc.double({ min: 1, max: 170, noNaN: true }),
        }),
      },
      { requiredKeys: ["title"] },
    ),
    description: text,
    categories: fc.array(
      text.filter((t) => t !== ""),
      { maxLength: 3 },
    ),
    url: fc.constantFrom("https://x.example.org/a,b;c", "https://x.example.org/"),
    free: fc.boolean(),
    private: fc.boolean(),
    cancelled: fc.boolean(),
    organizer: fc.record({
      name: fc.constantFrom("Tiny Hack", "NHS Hack Day"),
      uri: fc.constant("https://x.example.org/"),
    }),
  },
  { requiredKeys: ["uid", "sequence", "stamp", "when", "summary"] },
);

describe("writeEvent", () => {
  it("writes a VEVENT byte for byte as ical-generator did (property)", () => {
    fc.assert(
      fc.property(event, (e) => {
        expect(writeEvent(e)).toBe(reference(e));
      }),
      { numRuns: 500 },
    );
  });

  it("escapes TEXT values (RFC 5545 3.3.11)", () => {
    expect(escapeText("a,b;c\\d\r\ne\nf")).toBe("a\\,b\\;c\\\\d\\ne\\nf");
  });
});
