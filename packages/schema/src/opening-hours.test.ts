import { describe, expect, it } from "vitest";
import { formatIssue } from "./issues.js";
import { parseEventText } from "./load.js";
import { resolveOpeningHours } from "./opening-hours.js";

const event = (opens: string, closes: string, date = "2026-10-24") => `id: late
name: Late Hack
timezone: Europe/London
start: 2026-10-24
end: 2026-10-25
venue:
  id: hall
  name: Hall
  openingHours:
    - { date: ${date}, opens: "${opens}", closes: "${closes}" }
`;

describe("opening hours across a clock change", () => {
  it("rejects a closing time that happens twice, naming it and the offsets to choose from", () => {
    // 01:30 on 2026-10-25 happens twice in London: once at +01:00, then again at +00:00.
    const result = parseEventText(event("09:00", "01:30"), "late.yaml");
    expect(!result.ok && result.issues.map(formatIssue)).toEqual([
      'late.yaml:10:51: venue.openingHours[0].closes: the venue closes at 2026-10-25T01:30, which happens twice in Europe/London as the clocks go back; write closes: "01:30+01:00" or "01:30+00:00"',
    ]);
  });

  it("accepts the offset that picks one, and spans the real hours", () => {
    const result = parseEventText(event("09:00", "01:30+00:00"));
    expect(result.ok).toBe(true);
    const span = resolveOpeningHours(
      { date: "2026-10-24", opens: "09:00", closes: "01:30+00:00" },
      "Europe/London",
    );
    expect(span).toEqual({
      ok: true,
      start: new Date("2026-10-24T08:00:00Z"),
      end: new Date("2026-10-25T01:30:00Z"),
    });
    const early = resolveOpeningHours(
      { date: "2026-10-24", opens: "09:00", closes: "01:30+01:00" },
      "Europe/London",
    );
    expect(early.ok && early.end).toEqual(new Date("2026-10-25T00:30:00Z"));
  });

  it("rejects an opening time the clocks skip", () => {
    const result = parseEventText(event("01:30", "18:00", "2026-03-29"));
    expect(!result.ok && result.issues.map((issue) => issue.message)).toEqual([
      "the venue opens at 2026-03-29T01:30, which does not exist in Europe/London: the clocks go forward over it",
    ]);
  });

  it("keeps the after-midnight and 23:59 rules", () => {
    expect(
      resolveOpeningHours({ date: "2026-05-16", opens: "08:00", closes: "23:59" }, "Europe/London"),
    ).toEqual({
      ok: true,
      start: new Date("2026-05-16T07:00:00Z"),
      end: new Date("2026-05-16T23:00:00Z"),
    });
    const late = resolveOpeningHours(
      { date: "2026-05-16", opens: "18:00", closes: "02:00" },
      "Europe/London",
    );
    expect(late.ok && late.end).toEqual(new Date("2026-05-17T01:00:00Z"));
  });
});
