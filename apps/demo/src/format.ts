import { localParts } from "@hackdaykit/schedule";
import { dayLabel } from "@hackdaykit/site";

/** "09:30" from a wall time "2026-05-16T09:30". */
export function clock(wall: string): string {
  return wall.slice(11, 16);
}

export function ago(iso: string): string {
  return iso.replace("T", " ").slice(0, 16);
}

/** "14:00 on Sunday 17 May 2026" for an instant, in the event's zone. */
export function localMoment(instant: Date, zone: string): string {
  const { date, time } = localParts(instant, zone);
  return `${time} on ${dayLabel(date)}`;
}
