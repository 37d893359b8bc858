import { isoInZone } from "@hackdaykit/schema";

const pad = (n: number, width = 2) => String(Math.abs(n)).padStart(width, "0");

/** Local date `YYYY-MM-DD` of an instant in a zone. */
export function localDate(instant: Date, zone: string): string {
  return isoInZone(instant, zone).slice(0, 10);
}

/** Local clock `HH:MM` of an instant in a zone. */
export function localClock(instant: Date, zone: string): string {
  return isoInZone(instant, zone).slice(11, 16);
}

/** The date after `YYYY-MM-DD`. */
export function nextDate(date: string): string {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + 1)).toISOString().slice(0, 10);
}

/** Real minutes as `H:MM` (hours may exceed 23), the c3voc duration form. */
export function hoursMinutes(minutes: number): string {
  return `${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;
}
