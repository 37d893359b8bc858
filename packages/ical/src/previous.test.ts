import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { buildIcs } from "./ics.js";
import { riverbend, tinyEvent } from "./test-events.js";

const unfold = (ics: string) => ics.replace(/\r\n[ \t]/g, "");
/** Raw (folded) VEVENT blocks by UID, to check byte identity. */
function blocks(ics: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const block of ics.split("BEGIN:VEVENT\r\n").slice(1)) {
    const body = block.slice(0, block.indexOf("END:VEVENT\r\n"));
    const uid = /^UID:(.*)$/m.exec(unfold(body))![1]!.trim();
    out.set(uid, body);
  }
  return out;
}
const prop = (block: string, name: string) =>
  unfold(block)
    .split("\r\n")
    .find((l) => l.startsWith(`${name}:`) || l.startsWith(`${name};`));

describe("buildIcs with --previous: change-aware publishing", () => {
  it("republishing unchanged input gives byte-identical output", async () => {
    const event = await riverbend();
    const first = buildIcs(event).ics;
    const second = buildIcs(event, { previous: first });
    expect(second.ics).toBe(first);
    expect(second.changes.moved).toEqual([]);
    expect(second.changes.cancelled).toEqual([]);
  });

  it("a moved session gets SEQUENCE+1 and LAST-MODIFIED; the others stay byte-identical", () => {
    const before = tinyEvent();
    const v1 = buildIcs(before).ics;
    const after = tinyEvent();
    after.sessions[1]!.start = "2026-05-16T13:00"; // lunch moves
    const v2 = buildIcs(after, { previous: v1 });
    expect(v2.changes.moved).toEqual(["lunch"]);
    const old = blocks(v1);
    const now = blocks(v2.ics);
    const lunch = now.get("tiny-hack/lunch@hackdaykit")!;
    expect(prop(lunch, "SEQUENCE")).toBe("SEQUENCE:1");
    expect(prop(lunch, "DTSTART")).toBe("DTSTART;TZID=Europe/London:20260516T130000");
    // Later than the stamp it had, so clients that compare DTSTAMP see it as newer.
    expect(prop(lunch, "DTSTAMP")).toBe("DTSTAMP:20260501T120001Z");
    expect(prop(lunch, "LAST-MODIFIED")).toBe("LAST-MODIFIED:20260501T120001Z");
    for (const [uid, block] of old)
      if (uid !== "tiny-hack/lunch@hackdaykit") expect(now.get(uid)).toBe(block);
  });

  it("title and room changes count as moves; a description edit keeps SEQUENCE but updates DTSTAMP", () => {
    const v1 = buildIcs(tinyEvent()).ics;
    const changed = tinyEvent();
    changed.sessions[0]!.title = "Welcome!";
    changed.sessions[1]!.room = "main";
    changed.sessions[3]!.description = "Bring your laptop";
    changed.sessions[3]!.updated = "2026-05-10T09:00:00Z";
    const v2 = buildIcs(changed, { previous: v1 });
    expect(v2.changes.moved.sort()).toEqual(["lunch", "welcome"]);
    expect(v2.changes.edited).toEqual(["judging"]);
    const judging = blocks(v2.ics).get("tiny-hack/judging@hackdaykit")!;
    expect(prop(judging, "SEQUENCE")).toBe("SEQUENCE:0");
    expect(prop(judging, "DTSTAMP")).toBe("DTSTAMP:20260510T090000Z");
  });

  it("a removed session is emitted once as CANCELLED with SEQUENCE+1, then dropped", () => {
    const v1 = buildIcs(tinyEvent()).ics;
    const removed = tinyEvent();
    removed.sessions = removed.sessions.filter((s) => s.id !== "lunch");
    const v2 = buildIcs(removed, { previous: v1 });
    expect(v2.changes.cancelled).toEqual(["tiny-hack/lunch@hackdaykit"]);
    const cancelled = blocks(v2.ics).get("tiny-hack/lunch@hackdaykit")!;
    expect(prop(cancelled, "STATUS")).toBe("STATUS:CANCELLED");
    expect(prop(cancelled, "SEQUENCE")).toBe("SEQUENCE:1");
    expect(prop(cancelled, "DTSTART")).toBe("DTSTART;TZID=Europe/London:20260516T123000");
    expect(prop(cancelled, "SUMMARY")).toBe("SUMMARY:Lunch");
    // ical.js reads it as the same entry, cancelled.
    const root = new ICAL.Component(ICAL.parse(v2.ics));
    const entry = root
      .getAllSubcomponents("vevent")
      .find((c) => c.getFirstPropertyValue("uid") === "tiny-hack/lunch@hackdaykit")!;
    expect(entry.getFirstPropertyValue("status")).toBe("CANCELLED");
    const v3 = buildIcs(removed, { previous: v2.ics });
    expect(v3.uids).not.toContain("tiny-hack/lunch@hackdaykit");
    expect(v3.changes.cancelled).toEqual([]);
  });

  it("a session made internal disappears from the public feed as a cancellation", () => {
    const v1 = buildIcs(tinyEvent()).ics;
    const hidden = tinyEvent();
    hidden.sessions[1]!.visibility = "internal";
    expect(buildIcs(hidden, { previous: v1 }).changes.cancelled).toEqual(["tiny-hack/lunch@hackdaykit"]);
  });

  it("a cancelled session that comes back gets a higher SEQUENCE again", () => {
    const v1 = buildIcs(tinyEvent()).ics;
    const removed = tinyEvent();
    removed.sessions = removed.sessions.filter((s) => s.id !== "lunch");
    const v2 = buildIcs(removed, { previous: v1 }).ics;
    const v3 = buildIcs(tinyEvent(), { previous: v2 });
    expect(v3.changes.moved).toEqual(["lunch"]);
    expect(prop(blocks(v3.ics).get("tiny-hack/lunch@hackdaykit")!, "SEQUENCE")).toBe("SEQUENCE:2");
  });

  it("leaves other publishers' entries alone and rejects a file that is not iCalendar", () => {
    const foreign =
      "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//x//y//EN\r\nBEGIN:VEVENT\r\nUID:someone-else@example.org\r\nDTSTAMP:20260101T000000Z\r\nDTSTART:20260516T090000Z\r\nSUMMARY:Theirs\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
    expect(buildIcs(tinyEvent(), { previous: foreign }).changes.cancelled).toEqual([]);
    expect(() => buildIcs(tinyEvent(), { previous: "hello" })).toThrow(
      /previous \.ics: not an iCalendar file/,
    );
  });
});
