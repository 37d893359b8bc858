import { tzOffset } from "@date-fns/tz";
import { buildAgenda } from "@hackdaykit/schedule";
import { type EventInput, type HackDayEvent, parseEvent, resolveWallTime } from "@hackdaykit/schema";
import ICAL from "ical.js";

type SessionInput = NonNullable<EventInput["sessions"]>[number];

const DAY = 86_400_000;
const WEEK = 7 * DAY;
const pad = (n: number) => String(n).padStart(2, "0");
const isoDay = (t: number) => new Date(t).toISOString().slice(0, 10);

/**
 * A year-long event in `zone`: a 10:00 session every week, and around every offset change (found here by a plain
 * day-by-day look at `Intl`, independent of the code under test) a session each hour of the three days about it
 * plus one that spans the change. Wall times that do not exist or happen twice are left out (validate rejects them).
 */
export function zoneEvent(zone: string, year = 2026): HackDayEvent {
  const first = Date.UTC(year, 0, 1);
  const last = Date.UTC(year, 11, 31);
  const sessions: SessionInput[] = [];
  const add = (id: string, start: string, end: string) => {
    if (start.slice(0, 4) !== String(year) || end.slice(0, 4) !== String(year)) return;
    if (resolveWallTime(start, zone).ok && resolveWallTime(end, zone).ok) {
      sessions.push({ id, title: id, kind: "talk", start, end });
    }
  };
  for (let t = first; t <= last; t += DAY) {
    const date = isoDay(t);
    if ((t - first) % WEEK === 0) add(`d-${date}`, `${date}T10:00`, `${date}T11:00`);
    if (t > first && tzOffset(zone, new Date(t + DAY / 2)) !== tzOffset(zone, new Date(t - DAY / 2))) {
      for (const day of [t - DAY, t, t + DAY]) {
        const around = isoDay(day);
        for (let hour = 0; hour < 24; hour++) {
          add(`h-${around}-${hour}`, `${around}T${pad(hour)}:30`, `${around}T${pad(hour)}:59`);
        }
      }
      add(`across-${date}`, `${isoDay(t - DAY)}T20:00`, `${isoDay(t + DAY)}T08:00`);
    }
  }
  return parseEvent({
    id: "zone-check",
    name: `Zone check ${zone}`,
    timezone: zone,
    start: isoDay(first),
    end: isoDay(last),
    sessions,
  });
}

/** Each public session's start and end from our own agenda, keyed by the feed's UID. */
export function agendaInstants(event: HackDayEvent): Map<string, { start: string; end: string }> {
  const agenda = buildAgenda(event);
  if (agenda.problems.length > 0) throw new Error(agenda.problems.map((p) => p.message).join("; "));
  return new Map(
    agenda.items.map((item) => [
      `${event.id}/${item.id}@hackdaykit`,
      { start: item.start.toISOString(), end: item.end.toISOString() },
    ]),
  );
}

export interface ReadEntry {
  uid: string;
  start: string;
  end: string;
  /** The zone ical.js read the start in ("UTC" for a time written with Z; null for a date). */
  zone: string | null;
}

/** Reads a feed with ical.js, with its own VTIMEZONEs registered (as a calendar client does). */
export function readWithIcalJs(ics: string): ReadEntry[] {
  const root = new ICAL.Component(ICAL.parse(ics));
  for (const vtz of root.getAllSubcomponents("vtimezone")) ICAL.TimezoneService.register(vtz);
  return root.getAllSubcomponents("vevent").map((component) => {
    const event = new ICAL.Event(component);
    const zone = event.startDate.zone?.tzid;
    return {
      uid: event.uid,
      start: event.startDate.toJSDate().toISOString(),
      end: event.endDate.toJSDate().toISOString(),
      zone: zone ?? null,
    };
  });
}
