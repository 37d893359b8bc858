import { describe, expect, it } from "vitest";
import { breakSlot, demoSlots, fitSlots, pitchSlots, slotsToSessions, withBreaks } from "./slots.js";

describe("slot generators", () => {
  it("25 one-minute pitches with 30 s changeovers fit a 45-minute window with 8 minutes to spare", () => {
    const fit = fitSlots(pitchSlots({ count: 25, minutes: 1, changeover: 0.5 }), {
      start: "2026-05-16T09:45",
      end: "2026-05-16T10:30",
      zone: "Europe/London",
    });
    expect(fit.slots).toHaveLength(25);
    expect(fit.minutes).toBe(37);
    expect(fit.fits).toBe(true);
    expect(fit.spareMinutes).toBe(8);
    expect(fit.slots[1]!.startLocal).toBe("09:46"); // 09:46:30 shown to the minute
    expect(fit.slots.at(-1)!.endWall).toBe("2026-05-16T10:22");
  });

  it("17 demos of 3 minutes + 2 of Q&A with 1-minute changeovers and a tea break overrun two hours by 18 minutes", () => {
    const blocks = withBreaks(demoSlots({ count: 17, minutes: 3, qa: 2, changeover: 1 }), 9, breakSlot(15));
    expect(blocks.filter((b) => b.kind === "break")).toHaveLength(1);
    const fit = fitSlots(blocks, {
      start: "2026-05-17T14:00",
      end: "2026-05-17T16:00",
      zone: "Europe/London",
    });
    // 17 × 5 + 15 changeovers (one replaced by the break) + 15 break = 115 minutes.
    expect(fit.minutes).toBe(115);
    expect(fit.fits).toBe(true);
    const tight = fitSlots(blocks, {
      start: "2026-05-17T14:00",
      end: "2026-05-17T15:37",
      zone: "Europe/London",
    });
    expect(tight.fits).toBe(false);
    expect(tight.overrunMinutes).toBe(18);
    expect(blocks[0]!.title).toBe("Demo 1 (3 min + 2 min Q&A)");
  });

  it("counts real minutes across the autumn clock change and writes the offset where a wall time repeats", () => {
    const fit = fitSlots(pitchSlots({ count: 4, minutes: 30, title: "Shift" }), {
      start: "2026-10-25T00:30",
      zone: "Europe/London",
    });
    expect(fit.slots.map((s) => s.startWall)).toEqual([
      "2026-10-25T00:30",
      "2026-10-25T01:00+01:00",
      "2026-10-25T01:30+01:00",
      "2026-10-25T01:00+00:00",
    ]);
    expect(fit.end.toISOString()).toBe("2026-10-25T01:30:00.000Z");
    const sessions = slotsToSessions(fit.slots, "shift", "stage");
    expect(sessions[3]).toEqual({
      id: "shift-4",
      title: "Shift 4",
      kind: "pitches",
      start: "2026-10-25T01:00+00:00",
      end: "2026-10-25T01:30+00:00",
      room: "stage",
    });
  });

  it("refuses a window that starts in the spring-forward gap", () => {
    expect(() =>
      fitSlots(pitchSlots({ count: 1 }), { start: "2026-03-29T01:30", zone: "Europe/London" }),
    ).toThrow(/does not exist/);
    expect(() => pitchSlots({ count: -1 })).toThrow(RangeError);
  });
});
