import {
  type HackDayEvent,
  localParts,
  projectPeople,
  resolveOpeningHours,
  resolveWallTime,
} from "@hackdaykit/schema";
import { buildAgenda } from "./agenda.js";
import { endLabel } from "./end-label.js";
import { sessionJudges } from "./event-rota.js";
import { MINUTE } from "./local.js";
import { mergeSpans, overlappingPairs, type Span, spanAt } from "./sweep.js";
import type { Agenda, AgendaConflict, AgendaItem } from "./types.js";

type Window = { start: number; end: number };

/** Session kinds in which a panel judges what teams present. */
const JUDGED_KINDS = new Set(["judging", "demos"]);

/** Opening hours as real spans (schema's rule: after midnight, 23:59 as midnight, DST offsets). */
function openingSpans(event: HackDayEvent, zone: string): Window[] {
  const spans: Window[] = [];
  for (const hours of event.venue?.openingHours ?? []) {
    const span = resolveOpeningHours(hours, zone);
    if (span.ok) spans.push({ start: span.start.getTime(), end: span.end.getTime() });
  }
  return mergeSpans(spans);
}

function bookingSpans(event: HackDayEvent, zone: string): Map<string, Window[]> {
  const rooms = new Map<string, Window[]>();
  for (const room of event.venue?.rooms ?? []) {
    if (room.bookings === undefined) continue;
    const spans: Window[] = [];
    for (const booking of room.bookings) {
      const start = resolveWallTime(booking.start, zone);
      const end = resolveWallTime(booking.end, zone);
      if (start.ok && end.ok) spans.push({ start: start.instant.getTime(), end: end.instant.getTime() });
    }
    rooms.set(room.id, mergeSpans(spans));
  }
  return rooms;
}

/**
 * Every conflict in an event's agenda, errors first then by time: rooms double-booked, people in two places,
 * sessions outside opening hours, event dates or room bookings, and judges presenting in a slot they judge.
 * Overlaps are found by sweep lines, so thousands of sessions check in milliseconds.
 */
export function detectConflicts(event: HackDayEvent, agenda: Agenda = buildAgenda(event)): AgendaConflict[] {
  const zone = agenda.zone;
  const conflicts: AgendaConflict[] = [...agenda.problems];
  const indexOf = new Map(event.sessions.map((session, i) => [session.id, i]));
  const at = (item: AgendaItem, ...rest: (string | number)[]) => [
    "sessions",
    indexOf.get(item.id) ?? -1,
    ...rest,
  ];
  const when = (item: AgendaItem) => `${item.day} ${item.startLocal}–${endLabel(item)}`;
  const span = (item: AgendaItem): Span<AgendaItem> => ({
    start: item.start.getTime(),
    end: item.end.getTime(),
    value: item,
  });

  // Rooms double-booked.
  const byRoom = new Map<string, Span<AgendaItem>[]>();
  for (const item of agenda.items) {
    if (item.room === undefined) continue;
    const list = byRoom.get(item.room) ?? [];
    list.push(span(item));
    byRoom.set(item.room, list);
  }
  for (const [room, spans] of byRoom) {
    for (const [a, b] of overlappingPairs(spans)) {
      conflicts.push({
        kind: "room-double-booked",
        severity: "error",
        message: `room "${room}" is double-booked: "${a.value.id}" (${when(a.value)}) and "${b.value.id}" (${when(b.value)})`,
        sessions: [a.value.id, b.value.id],
        room,
        path: at(b.value, "room"),
      });
    }
  }

  // People in two places: listed speakers of overlapping sessions.
  const byPerson = new Map<string, Span<AgendaItem>[]>();
  for (const item of agenda.items) {
    for (const person of new Set(item.speakers)) {
      const list = byPerson.get(person) ?? [];
      list.push(span(item));
      byPerson.set(person, list);
    }
  }
  for (const [person, spans] of byPerson) {
    for (const [a, b] of overlappingPairs(spans)) {
      conflicts.push({
        kind: "person-double-booked",
        severity: "error",
        message: `"${person}" is in two places: "${a.value.id}" (${when(a.value)}) and "${b.value.id}" (${when(b.value)})`,
        sessions: [a.value.id, b.value.id],
        person,
        path: at(b.value, "speakers", b.value.speakers.indexOf(person)),
      });
    }
  }

  // Judges presenting in a slot they judge: on a presenting team, or speaking elsewhere while judging.
  const presenting = new Map<string, string>();
  for (const [project, people] of projectPeople(event)) {
    for (const person of people) presenting.set(person, project);
  }
  for (const item of agenda.items) {
    if (!JUDGED_KINDS.has(item.kind)) continue;
    for (const judge of sessionJudges(item, event)) {
      const project = presenting.get(judge);
      if (project !== undefined) {
        conflicts.push({
          kind: "judge-presenting",
          severity: "error",
          message: `judge "${judge}" presents "${project}" in "${item.id}" (${when(item)}), the slot they judge`,
          sessions: [item.id],
          person: judge,
          path: at(item),
        });
      }
      if (item.kind === "demos" || item.speakers.length === 0) {
        // Panel judges are not listed as speakers, so overlaps with their own talks are checked here.
        for (const other of byPerson.get(judge) ?? []) {
          const o = other.value;
          if (o.id !== item.id && o.start < item.end && item.start < o.end) {
            conflicts.push({
              kind: "judge-presenting",
              severity: "error",
              message: `judge "${judge}" speaks at "${o.id}" (${when(o)}) while judging "${item.id}" (${when(item)})`,
              sessions: [item.id, o.id],
              person: judge,
              path: at(o, "speakers", o.speakers.indexOf(judge)),
            });
          }
        }
      }
    }
  }

  // Venue opening hours.
  const open = openingSpans(event, zone);
  if (open.length > 0) {
    for (const item of agenda.items) {
      const inside = spanAt(open, item.start.getTime());
      if (inside && item.end.getTime() <= inside.end) continue;
      const detail = inside
        ? `runs ${Math.round((item.end.getTime() - inside.end) / MINUTE)} min past closing (${localParts(new Date(inside.end), zone).time})`
        : "starts while the venue is closed";
      conflicts.push({
        kind: "outside-opening-hours",
        severity: "error",
        message: `session "${item.id}" (${when(item)}) is outside the venue's opening hours: ${detail}`,
        sessions: [item.id],
        path: at(item, inside ? "end" : "start"),
      });
    }
  }

  // Event dates: a session must start within them; ending after the last day is a warning.
  for (const item of agenda.items) {
    if (item.day < event.start || item.day > event.end) {
      conflicts.push({
        kind: "outside-event-dates",
        severity: "error",
        message: `session "${item.id}" starts on ${item.day}, outside the event (${event.start} to ${event.end})`,
        sessions: [item.id],
        path: at(item, "start"),
      });
    } else {
      const lastDay = localParts(new Date(item.end.getTime() - 1), zone).date;
      if (lastDay > event.end) {
        conflicts.push({
          kind: "outside-event-dates",
          severity: "warning",
          message: `session "${item.id}" runs past the event's last day (${event.end})`,
          sessions: [item.id],
          path: at(item, "end"),
        });
      }
    }
  }

  // Room bookings: a session in a booked room must fit inside one booking.
  const bookings = bookingSpans(event, zone);
  for (const item of agenda.items) {
    const spans = item.room === undefined ? undefined : bookings.get(item.room);
    if (spans === undefined) continue;
    const booking = spanAt(spans, item.start.getTime());
    if (booking && item.end.getTime() <= booking.end) continue;
    const message = booking
      ? `session "${item.id}" (${when(item)}) is longer than room "${item.room}"'s booking: it runs ${Math.round((item.end.getTime() - booking.end) / MINUTE)} min past the booking's end (${localParts(new Date(booking.end), zone).time})`
      : `session "${item.id}" (${when(item)}) is in room "${item.room}" when the room is not booked`;
    conflicts.push({
      kind: "longer-than-room-booking",
      severity: "error",
      message,
      sessions: [item.id],
      room: item.room!,
      path: at(item, booking ? "end" : "room"),
    });
  }

  const startOf = new Map(agenda.items.map((item) => [item.id, item.start.getTime()]));
  const firstStart = (c: AgendaConflict) => Math.min(...c.sessions.map((id) => startOf.get(id) ?? 0));
  return conflicts.sort(
    (a, b) =>
      (a.severity === b.severity ? 0 : a.severity === "error" ? -1 : 1) ||
      firstStart(a) - firstStart(b) ||
      (a.message < b.message ? -1 : a.message > b.message ? 1 : 0),
  );
}

/** True when any conflict is hard (an error). */
export function hasHardConflict(conflicts: readonly AgendaConflict[]): boolean {
  return conflicts.some((conflict) => conflict.severity === "error");
}
