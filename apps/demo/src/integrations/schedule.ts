import { buildRota, detectConflicts, type Rota, rotaProblemFromEvent } from "@hackdaykit/schedule";
import type { Event } from "@hackdaykit/schema";

export type JudgeRota =
  | { kind: "unavailable"; reason: string }
  | { kind: "ok"; slots: { when: string; project: string }[] };

const rotaCache = new WeakMap<Event, { rota: Rota } | { error: string }>();

/** The whole expo rota for the event (schedule package: optimal assignment, timed rounds), once per event version. */
export function eventRota(event: Event): { rota: Rota } | { error: string } {
  let hit = rotaCache.get(event);
  if (!hit) {
    try {
      const { problem, timing } = rotaProblemFromEvent(event);
      hit = { rota: buildRota(problem, timing) };
    } catch (error) {
      hit = { error: error instanceof Error ? error.message : String(error) };
    }
    rotaCache.set(event, hit);
  }
  return hit;
}

const clock = (date: Date, zone: string) =>
  new Intl.DateTimeFormat("en-GB", {
    hour: "2-digit",
    minute: "2-digit",
    timeZone: zone,
    hourCycle: "h23",
  }).format(date);

/** This judge's visits in order, with local times. */
export function judgeRota(event: Event, judge: string): JudgeRota {
  const built = eventRota(event);
  if ("error" in built) return { kind: "unavailable", reason: built.error };
  const title = new Map(event.projects.map((p) => [p.id, p.title]));
  const slots = built.rota.slots
    .filter((s) => s.judge === judge)
    .sort((a, b) => a.start.getTime() - b.start.getTime())
    .map((s) => ({
      when: `${clock(s.start, built.rota.zone)}–${clock(s.end, built.rota.zone)}`,
      project: `${title.get(s.project) ?? s.project} (table ${s.table})`,
    }));
  return { kind: "ok", slots };
}

export type AgendaConflicts =
  | { kind: "unavailable"; reason: string }
  | { kind: "ok"; items: { severity: string; message: string }[] };

/** Room double-bookings, people in two places, sessions outside opening hours… from the schedule package. */
export function agendaConflicts(event: Event): AgendaConflicts {
  return {
    kind: "ok",
    items: detectConflicts(event).map((c) => ({ severity: c.severity, message: c.message })),
  };
}
