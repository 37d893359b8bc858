import { type HackDayEvent, localParts, resolveSessionTimes } from "@hackdaykit/schema";
import { MINUTE } from "./local.js";
import type { Agenda, AgendaConflict, AgendaDay, AgendaItem } from "./types.js";

/**
 * Places every session on the real time line in the event's zone and groups them by the local day they start on.
 * A wall time in a spring-forward gap or fall-back overlap is reported in `problems`, never shifted silently.
 * @example
 * ```ts
 * const agenda = buildAgenda(await loadEvent("event.yaml"));
 * for (const day of agenda.days) console.log(day.date, day.items.map((i) => `${i.startLocal} ${i.title}`));
 * ```
 */
export function buildAgenda(event: Pick<HackDayEvent, "timezone" | "sessions">): Agenda {
  const zone = event.timezone;
  const items: AgendaItem[] = [];
  const problems: AgendaConflict[] = [];
  event.sessions.forEach((session, i) => {
    const times = resolveSessionTimes(session, zone);
    if (!times.ok) {
      problems.push({
        kind: "invalid-time",
        severity: "error",
        message: `session "${session.id}": ${times.message}`,
        sessions: [session.id],
        path: ["sessions", i, times.field],
      });
      return;
    }
    const from = localParts(times.start, zone);
    const to = localParts(times.end, zone);
    items.push({
      id: session.id,
      title: session.title,
      kind: session.kind,
      ...(session.room !== undefined && { room: session.room }),
      ...(session.track !== undefined && { track: session.track }),
      speakers: [...session.speakers],
      visibility: session.visibility,
      start: times.start,
      end: times.end,
      minutes: (times.end.getTime() - times.start.getTime()) / MINUTE,
      day: from.date,
      endDay: to.date,
      startLocal: from.time,
      endLocal: to.time,
      startOffset: from.offset,
      endOffset: to.offset,
    });
  });
  items.sort(compareItems);
  const days: AgendaDay[] = [];
  for (const item of items) {
    const last = days.at(-1);
    if (last?.date === item.day) last.items.push(item);
    else days.push({ date: item.day, items: [item] });
  }
  return { zone, items, days, problems };
}

/** Agenda order: by start, then end, then id, so equal inputs always give the same order. */
export function compareItems(a: AgendaItem, b: AgendaItem): number {
  return (
    a.start.getTime() - b.start.getTime() ||
    a.end.getTime() - b.end.getTime() ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  );
}
