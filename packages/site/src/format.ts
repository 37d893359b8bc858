import type { HackDayEvent } from "@hackdaykit/schema";

/** "Saturday 16 May 2026" for a local YYYY-MM-DD, independent of the process's TZ. */
const DAY = new Intl.DateTimeFormat("en-GB", {
  weekday: "long",
  day: "numeric",
  month: "long",
  year: "numeric",
  timeZone: "UTC",
});
const dayLabels = new Map<string, string>();

export function dayLabel(isoDate: string): string {
  let label = dayLabels.get(isoDate);
  if (label === undefined) {
    label = DAY.format(utcDay(isoDate));
    if (dayLabels.size < 1000) dayLabels.set(isoDate, label);
  }
  return label;
}

function utcDay(isoDate: string): Date {
  const [y, m, d] = isoDate.split("-").map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d));
}

/** @deprecated Import `daysBetween` from `@hackdaykit/schema`, which owns the date rules. */
export { daysBetween } from "@hackdaykit/schema";

export function dateRange(event: Pick<HackDayEvent, "start" | "end">): string {
  return event.start === event.end
    ? dayLabel(event.start)
    : `${dayLabel(event.start)} to ${dayLabel(event.end)}`;
}

export function mapLink(geo: { lat: number; lon: number }): string {
  return `https://www.openstreetmap.org/?mlat=${geo.lat}&mlon=${geo.lon}#map=17/${geo.lat}/${geo.lon}`;
}

/** "1st", "2nd", "3rd", "11th"… for prize places. */
export function ordinal(n: number): string {
  const teen = n % 100 >= 11 && n % 100 <= 13;
  const suffix = teen ? "th" : (["th", "st", "nd", "rd"][n % 10] ?? "th");
  return `${n}${suffix}`;
}

/** A slug for a free-text value (themes, prize names across a series): stable, file-name safe. */
export function slug(text: string): string {
  const base = text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  return base || "x";
}
