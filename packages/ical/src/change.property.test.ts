import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildIcs } from "./ics.js";
import { nhs } from "./test-events.js";

const unfold = (ics: string) => ics.replace(/\r\n[ \t]/g, "");
function blocks(ics: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const block of unfold(ics).split("BEGIN:VEVENT\r\n").slice(1)) {
    const body = block.slice(0, block.indexOf("END:VEVENT\r\n"));
    out.set(/^UID:(.*)$/m.exec(body)![1]!, body);
  }
  return out;
}
const field = (block: string, name: string) => new RegExp(`^${name}[:;](.*)$`, "m").exec(block)?.[1];

type Edit = { kind: "move"; minutes: number } | { kind: "retitle" } | { kind: "remove" } | { kind: "keep" };

describe("republishing after random edits (property)", () => {
  it("unchanged entries are byte-identical, moved ones SEQUENCE+1, removed ones cancelled exactly once", async () => {
    const base = await nhs();
    const editArb: fc.Arbitrary<Edit> = fc.oneof(
      { weight: 5, arbitrary: fc.constant({ kind: "keep" } as Edit) },
      {
        weight: 1,
        arbitrary: fc.integer({ min: 1, max: 90 }).map((minutes): Edit => ({ kind: "move", minutes })),
      },
      { weight: 1, arbitrary: fc.constant({ kind: "retitle" } as Edit) },
      { weight: 1, arbitrary: fc.constant({ kind: "remove" } as Edit) },
    );
    const v1 = buildIcs(base).ics;
    const before = blocks(v1);
    fc.assert(
      fc.property(
        fc.array(editArb, { minLength: base.sessions.length, maxLength: base.sessions.length }),
        (edits) => {
          const event = structuredClone(base);
          event.sessions = event.sessions.flatMap((session, i) => {
            const edit = edits[i]!;
            if (edit.kind === "remove") return [];
            if (edit.kind === "retitle") return [{ ...session, title: `${session.title} (new room)` }];
            if (edit.kind === "move") {
              // Shift by whole minutes within the day: never across midnight or a clock change in this May event.
              const [date, time] = session.start.split("T") as [string, string];
              const [h, m] = time.split(":").map(Number) as [number, number];
              const total = Math.min(h * 60 + m + edit.minutes, 20 * 60);
              const start = `${date}T${String(Math.floor(total / 60)).padStart(2, "0")}:${String(total % 60).padStart(2, "0")}`;
              const { end: _end, ...rest } = session;
              return [{ ...rest, start, duration: 30 }];
            }
            return [session];
          });
          const v2 = buildIcs(event, { previous: v1 });
          const after = blocks(v2.ics);
          base.sessions.forEach((session, i) => {
            const uid = `${base.id}/${session.id}@hackdaykit`;
            const old = before.get(uid);
            if (!old) return; // internal: never published
            const now = after.get(uid)!;
            const edit = edits[i]!;
            if (edit.kind === "keep") expect(now).toBe(old);
            else if (edit.kind === "remove") {
              expect(field(now, "STATUS")).toBe("CANCELLED");
              expect(field(now, "SEQUENCE")).toBe("1");
            } else {
              const moved =
                field(now, "DTSTART") !== field(old, "DTSTART") ||
                field(now, "DTEND") !== field(old, "DTEND");
              if (edit.kind === "retitle" || moved) expect(field(now, "SEQUENCE")).toBe("1");
              else expect(now).toBe(old); // a "move" clamped back onto the same times is no change
            }
          });
          // Once cancelled, a removed entry is not repeated in the next publish.
          const v3 = buildIcs(event, { previous: v2.ics });
          expect(v3.changes.cancelled).toEqual([]);
          expect(v3.changes.moved).toEqual([]);
        },
      ),
      { numRuns: 30 },
    );
  });

  it("the order of sessions in the file does not change a byte (property)", async () => {
    const base = await nhs();
    const expected = buildIcs(base).ics;
    fc.assert(
      fc.property(fc.shuffledSubarray(base.sessions, { minLength: base.sessions.length }), (sessions) => {
        expect(buildIcs({ ...base, sessions }).ics).toBe(expected);
      }),
      { numRuns: 30 },
    );
  });
});
