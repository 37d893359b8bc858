import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import type { HackDayEvent } from "./event.js";
import { toEventYaml } from "./event-yaml.js";
import { loadEvent, parseEventText, safeParseEvent } from "./load.js";
import { formatDecimal } from "./money.js";

const small = new URL("../../../examples/nhs-hack-day-31.yaml", import.meta.url).pathname;
const large = new URL("../../../examples/riverbend-expo-2026.yaml", import.meta.url).pathname;

/** Text that YAML writers get wrong: line separators, leading indicators, words YAML 1.1 reads as other types. */
const awkward = fc.oneof(
  fc.string({ unit: "grapheme", minLength: 1, maxLength: 30 }),
  fc.constantFrom(
    "a\u2028b",
    "line\u2029break",
    "next\u0085line",
    "- not a list",
    "key: value",
    "# not a comment",
    "yes",
    "no",
    "null",
    "~",
    "1.50",
    "0x1F",
    "2026-05-16",
    '"quoted"',
    "'single'",
    "tab\there",
    "two\nlines",
    "{a: 1}",
    "&anchor",
    "*alias",
    "!tag",
    "% directive",
    "@at",
    "`tick`",
    "trailing:",
  ),
);

/** Small valid events whose free text, names and money a YAML writer has to get right. */
const eventArbitrary = fc
  .record({
    name: awkward,
    description: awkward,
    titles: fc.array(awkward, { minLength: 1, maxLength: 4 }),
    sponsor: awkward,
    minor: fc.array(fc.integer({ min: 0, max: 1e12 }), { minLength: 1, maxLength: 3 }),
    currency: fc.constantFrom("GBP", "EUR", "JPY", "KWD", "USD"),
  })
  .map((change) =>
    safeParseEvent({
      id: "gen",
      name: change.name,
      description: change.description,
      timezone: "Europe/London",
      start: "2026-05-16",
      end: "2026-05-17",
      people: [{ id: "ada", name: "Ada", email: "ada@example.org", public: true }],
      sessions: change.titles.map((title, i) => ({
        id: `s-${i}`,
        title,
        kind: "talk",
        start: "2026-05-16T10:00",
        duration: 30,
        speakers: ["ada"],
      })),
      sponsors: [
        {
          id: "acme",
          name: change.sponsor,
          pledges: change.minor.map((minor) => ({
            kind: "cash",
            amount: `${formatDecimal({ minor, currency: change.currency })} ${change.currency}`,
          })),
        },
      ],
    }),
  )
  .filter((result) => result.ok)
  .map((result) => (result as { event: HackDayEvent }).event);

describe("toEventYaml", () => {
  it("reads back to the same event, whatever the text and money (property)", () => {
    fc.assert(
      fc.property(eventArbitrary, (event) => {
        const back = parseEventText(toEventYaml(event), "event.yaml");
        expect(back).toMatchObject({ ok: true });
        expect((back as { event: HackDayEvent }).event).toEqual(event);
      }),
      { numRuns: 200 },
    );
  });

  it("writes money as text and a file loadEvent reads back unchanged (both examples)", async () => {
    const dir = mkdtempSync(join(tmpdir(), "hackdaykit-event-yaml-"));
    try {
      for (const example of [small, large]) {
        const event = await loadEvent(example);
        const text = toEventYaml(event);
        const sponsor = (parse(text) as { sponsors: { pledges: { amount: unknown }[] }[] }).sponsors.find(
          (s) => s.pledges.length > 0,
        );
        expect(sponsor?.pledges[0]?.amount).toMatch(/^\d+(\.\d+)? [A-Z]{3}$/);
        const file = join(dir, "event.yaml");
        writeFileSync(file, text);
        expect(await loadEvent(file)).toEqual(event);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("escapes U+2028, U+2029 and U+0085 so YAML 1.1 readers do not take them as line breaks", async () => {
    const event = await loadEvent(small);
    const text = toEventYaml({ ...event, name: "a\u2028b\u2029c\u0085d" });
    expect(text).toContain('name: "a\\Lb\\Pc\\Nd"');
    expect(text).not.toMatch(/[\u0085\u2028\u2029]/);
  });
});
