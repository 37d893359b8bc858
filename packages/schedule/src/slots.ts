import type { SessionKind } from "@hackdaykit/schema";
import { localParts, resolveWallTime } from "@hackdaykit/schema";
import { MINUTE, wallTextFor } from "./local.js";

/** A block of agenda to place: `minutes` of content followed by `gapAfter` minutes of changeover. */
export interface SlotBlock {
  title: string;
  kind: SessionKind;
  minutes: number;
  gapAfter?: number;
}

/**
 * `count` pitches of `minutes` each with `changeover` minutes between them (none after the last).
 * @throws `RangeError` when `count` is not a whole number ≥ 0 or a length in minutes is not positive.
 */
export function pitchSlots(options: {
  count: number;
  minutes?: number;
  changeover?: number;
  title?: string;
}) {
  const { count, minutes = 1, changeover = 0, title = "Pitch" } = options;
  return repeated(count, (i) => ({ title: `${title} ${i + 1}`, kind: "pitches", minutes }), changeover);
}

/**
 * `count` demos of `minutes` each plus `qa` minutes of questions, `changeover` minutes between teams.
 * @throws `RangeError` when `count` is not a whole number ≥ 0 or a length in minutes is not positive.
 */
export function demoSlots(options: {
  count: number;
  minutes: number;
  qa?: number;
  changeover?: number;
  title?: string;
}) {
  const { count, minutes, qa = 0, changeover = 0, title = "Demo" } = options;
  const label = qa > 0 ? ` (${minutes} min + ${qa} min Q&A)` : "";
  return repeated(
    count,
    (i) => ({ title: `${title} ${i + 1}${label}`, kind: "demos", minutes: minutes + qa }),
    changeover,
  );
}

/**
 * A single break (tea, lunch) as a block.
 * @throws `RangeError` when `minutes` is not positive.
 */
export function breakSlot(minutes: number, title = "Tea break", kind: SessionKind = "break"): SlotBlock {
  checkMinutes(minutes, "break minutes");
  return { title, kind, minutes };
}

/**
 * Inserts a break after every `every` blocks (never after the last block).
 * @throws `RangeError` when `every` is not a positive whole number.
 */
export function withBreaks(blocks: readonly SlotBlock[], every: number, breakBlock: SlotBlock): SlotBlock[] {
  if (!Number.isInteger(every) || every < 1) throw new RangeError("every must be a positive whole number");
  const out: SlotBlock[] = [];
  blocks.forEach((block, i) => {
    out.push(block);
    if ((i + 1) % every === 0 && i + 1 < blocks.length) {
      // The break replaces the changeover that would have followed.
      out[out.length - 1] = { ...block, gapAfter: 0 };
      out.push({ ...breakBlock });
    }
  });
  return out;
}

function repeated(count: number, make: (i: number) => SlotBlock, gap: number): SlotBlock[] {
  if (!Number.isInteger(count) || count < 0) throw new RangeError("count must be a whole number ≥ 0");
  checkMinutes(gap, "changeover", true);
  return Array.from({ length: count }, (_, i) => {
    const block = make(i);
    checkMinutes(block.minutes, "minutes");
    return i + 1 < count && gap > 0 ? { ...block, gapAfter: gap } : block;
  });
}

function checkMinutes(value: number, what: string, zeroOk = false) {
  if (!Number.isFinite(value) || value < 0 || (!zeroOk && value === 0)) {
    throw new RangeError(`${what} must be a positive number of minutes, got ${value}`);
  }
}

/** A placed block with real instants and local wall-clock labels. */
export interface PlacedSlot {
  index: number;
  title: string;
  kind: SessionKind;
  start: Date;
  end: Date;
  /** Wall times to write in an event file (with an offset only where the clocks go back and it is ambiguous). */
  startWall: string;
  endWall: string;
  startLocal: string;
  endLocal: string;
}

export interface SlotFit {
  slots: PlacedSlot[];
  /** When the last block ends. */
  end: Date;
  /** Real minutes the blocks need, including changeovers. */
  minutes: number;
  /** Minutes past the window's end (0 when it fits). */
  overrunMinutes: number;
  /** Minutes left in the window (0 when it overruns). */
  spareMinutes: number;
  fits: boolean;
}

/**
 * Lays blocks end to end from a window's start, in real minutes (so a block across a clock change keeps its real
 * length), and reports how far they overrun the window's end or how much time is left. The window's wall times
 * are resolved in `zone`.
 * @throws `RangeError` when the window's start or end does not exist, or exists twice, in its zone.
 */
export function fitSlots(
  blocks: readonly SlotBlock[],
  window: { start: string | Date; end?: string | Date; zone: string },
): SlotFit {
  const instant = (value: string | Date, what: string) => {
    if (value instanceof Date) return value.getTime();
    const resolved = resolveWallTime(value, window.zone);
    if (!resolved.ok) throw new RangeError(`window ${what}: ${resolved.message}`);
    return resolved.instant.getTime();
  };
  const start = instant(window.start, "start");
  const end = window.end === undefined ? undefined : instant(window.end, "end");
  let cursor = start;
  const slots: PlacedSlot[] = blocks.map((block, index) => {
    checkMinutes(block.minutes, `"${block.title}" minutes`);
    const from = new Date(cursor);
    const to = new Date(cursor + block.minutes * MINUTE);
    cursor = to.getTime() + (block.gapAfter ?? 0) * MINUTE;
    return {
      index,
      title: block.title,
      kind: block.kind,
      start: from,
      end: to,
      startWall: wallTextFor(from, window.zone),
      endWall: wallTextFor(to, window.zone),
      startLocal: localParts(from, window.zone).time,
      endLocal: localParts(to, window.zone).time,
    };
  });
  const last = slots.at(-1)?.end.getTime() ?? start;
  const overrun = end === undefined ? 0 : Math.max(0, last - end);
  return {
    slots,
    end: new Date(last),
    minutes: (last - start) / MINUTE,
    overrunMinutes: overrun / MINUTE,
    spareMinutes: end === undefined ? 0 : Math.max(0, end - last) / MINUTE,
    fits: overrun === 0,
  };
}

/** Placed slots as event-file sessions (`{id, title, kind, start, end}`), ids `prefix-1`, `prefix-2`, … */
export function slotsToSessions(slots: readonly PlacedSlot[], prefix: string, room?: string) {
  return slots.map((slot) => ({
    id: `${prefix}-${slot.index + 1}`,
    title: slot.title,
    kind: slot.kind,
    start: slot.startWall,
    end: slot.endWall,
    ...(room !== undefined && { room }),
  }));
}
