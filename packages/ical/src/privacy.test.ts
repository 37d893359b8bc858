import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { toC3voc } from "./c3voc.js";
import { buildIcs } from "./ics.js";
import { toJsonLd } from "./jsonld.js";
import { riverbend } from "./test-events.js";

const EMAIL = /[\w.+-]+@[\w-]+\.[\w.-]+/;

describe("privacy by default across every publishable export (property)", () => {
  it("no email, phone, internal session or non-consenting name in .ics, c3voc or JSON-LD", async () => {
    const base = await riverbend();
    const people = base.people;
    fc.assert(
      fc.property(
        fc.array(fc.boolean(), { minLength: people.length, maxLength: people.length }),
        fc.array(fc.boolean(), { minLength: base.sessions.length, maxLength: base.sessions.length }),
        fc.array(fc.nat({ max: people.length - 1 }), { maxLength: 8 }),
        (consents, internal, speakers) => {
          const event = structuredClone(base);
          event.people.forEach((p, i) => {
            p.public = consents[i]!;
          });
          event.sessions.forEach((s, i) => {
            s.visibility = internal[i]! ? "internal" : "public";
            s.speakers = [...new Set([...s.speakers, ...speakers.map((k) => people[k]!.id)])];
          });
          const outputs = {
            ics: buildIcs(event, { overview: false }).ics.replace(/\r\n[ \t]/g, ""),
            c3voc: JSON.stringify(toC3voc(event)),
            jsonld: JSON.stringify(toJsonLd(event)),
          };
          const publicNames = event.people.filter((p) => p.public).map((p) => p.name);
          for (const [name, text] of Object.entries(outputs)) {
            expect(text, name).not.toMatch(EMAIL);
            for (const p of event.people) {
              if (p.phone) expect(text, name).not.toContain(p.phone);
              if (!p.public && !publicNames.some((n) => n.includes(p.name)))
                expect(text, name).not.toContain(p.name);
            }
            for (const s of event.sessions.filter((x) => x.visibility === "internal")) {
              expect(text, name).not.toContain(s.title);
            }
          }
        },
      ),
      { numRuns: 25 },
    );
  });
});
