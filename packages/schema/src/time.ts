import { tzOffset } from "@date-fns/tz/tzOffset";
import { closest } from "./did-you-mean.js";
import { quote } from "./quote.js";

/** A local wall-clock time as written in an event file, with the offset if the file gave one. */
export interface WallTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  /** Minutes east of UTC, when the text said which offset it means (`+01:00`, `Z`). */
  offsetMinutes?: number;
}

export const WALL_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?(Z|[+-]\d{2}:\d{2})?$/;
export const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Parses `2026-05-16T09:30`, `2026-05-16T09:30:00` or `2026-10-25T01:30+01:00`; undefined if not one. */
export function parseWallTime(text: string): WallTime | undefined {
  const m = WALL_TIME.exec(text);
  if (!m) return undefined;
  const [year, month, day, hour, minute, second = 0] = m
    .slice(1, 7)
    .map((part) => Number(part ?? 0)) as number[];
  if (month! < 1 || month! > 12 || day! < 1 || day! > daysInMonth(year!, month!)) return undefined;
  if (hour! > 23 || minute! > 59 || second > 59) return undefined;
  const wall: WallTime = { year: year!, month: month!, day: day!, hour: hour!, minute: minute!, second };
  const offset = m[7];
  if (offset !== undefined) {
    const sign = offset.startsWith("-") ? -1 : 1;
    wall.offsetMinutes =
      offset === "Z" ? 0 : sign * (Number(offset.slice(1, 3)) * 60 + Number(offset.slice(4, 6)));
  }
  return wall;
}

/** True for a real calendar date written `YYYY-MM-DD`. */
export function isIsoDate(text: string): boolean {
  const m = DATE.exec(text);
  if (!m) return false;
  const [year, month, day] = m.slice(1).map(Number) as [number, number, number];
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** True when the runtime knows the IANA time zone name. */
export function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat("en", { timeZone: zone });
    return zone.length > 0;
  } catch {
    return false;
  }
}

let zoneNames: string[] | undefined;

/**
 * What to write instead of an unknown zone: the same name in the right case (`europe/london`), the zone of a
 * city named alone (`London`), or the nearest names (`Europe/Londn`).
 */
export function suggestTimeZone(zone: string): string[] {
  zoneNames ??= [...Intl.supportedValuesOf("timeZone"), "UTC"];
  const lower = zone.trim().toLowerCase().replaceAll(" ", "_");
  const exact = zoneNames.filter((name) => name.toLowerCase() === lower);
  if (exact.length > 0) return exact;
  const city = zoneNames.filter((name) => name.toLowerCase().split("/").at(-1) === lower);
  if (city.length > 0) return city.slice(0, 3);
  return closest(zone.replaceAll(" ", "_"), zoneNames);
}

/** Zone names that are not a place but one offset (`EST`, `Etc/GMT+5`), with the place people usually mean. */
const FIXED_ZONE_PLACES: Readonly<Record<string, string>> = {
  EST: "America/New_York",
  MST: "America/Denver",
  HST: "Pacific/Honolulu",
  GMT: "Europe/London",
};
const UNIVERSAL = /^(?:Etc\/)?(?:UTC|UCT|Universal|Zulu)$/i;

/**
 * A warning for zones such as `EST` or `Etc/GMT+5` that keep one offset all year: an event whose clocks change
 * (New York in summer is EDT, not EST) would be an hour out. Undefined for real places and for UTC.
 */
export function fixedOffsetZoneAdvice(zone: string): string | undefined {
  if ((zone.includes("/") && !/^Etc\//i.test(zone)) || UNIVERSAL.test(zone)) return undefined;
  // Two fixed instants half a year apart: a zone with daylight saving has two offsets.
  const winter = tzOffset(zone, new Date(Date.UTC(2026, 0, 15)));
  if (winter !== tzOffset(zone, new Date(Date.UTC(2026, 6, 15)))) return undefined;
  const place = FIXED_ZONE_PLACES[zone.toUpperCase()] ?? "America/New_York";
  return `${zone} is a fixed offset (UTC${formatOffset(winter)}) that ignores daylight saving; if the clocks change where the event is, name the place instead, e.g. ${place}`;
}

export type WallTimeResolution =
  | { ok: true; instant: Date; offsetMinutes: number }
  | { ok: false; problem: "nonexistent" | "ambiguous" | "wrong-offset"; offsets: number[]; message: string };

/** `+01:00` for 60 minutes east of UTC. */
export function formatOffset(minutes: number): string {
  const sign = minutes < 0 ? "-" : "+";
  const abs = Math.abs(minutes);
  return `${sign}${String(Math.floor(abs / 60)).padStart(2, "0")}:${String(abs % 60).padStart(2, "0")}`;
}

/**
 * Turns a wall-clock time in an IANA zone into an instant, without relying on the process's TZ. A time that
 * falls in a spring-forward gap or a fall-back overlap is reported, never shifted, unless the text names the
 * offset it means.
 */
export function resolveWallTime(wall: WallTime | string, zone: string): WallTimeResolution {
  const parsed = typeof wall === "string" ? parseWallTime(wall) : wall;
  if (!parsed) {
    return {
      ok: false,
      problem: "nonexistent",
      offsets: [],
      message: `${quote(String(wall))} is not a date-time`,
    };
  }
  const asUtc = Date.UTC(
    parsed.year,
    parsed.month - 1,
    parsed.day,
    parsed.hour,
    parsed.minute,
    parsed.second,
  );
  const day = 86_400_000;
  // Zones change offset at most once within a day either side, so the offsets a day away are the candidates.
  const candidates = [
    ...new Set([tzOffset(zone, new Date(asUtc - day)), tzOffset(zone, new Date(asUtc + day))]),
  ];
  const valid = candidates.filter((offset) => tzOffset(zone, new Date(asUtc - offset * 60_000)) === offset);
  const text = typeof wall === "string" ? wall : formatWall(parsed);
  if (parsed.offsetMinutes !== undefined) {
    if (!valid.includes(parsed.offsetMinutes)) {
      return {
        ok: false,
        problem: "wrong-offset",
        offsets: valid,
        message: `${text} is not a time in ${zone} (offset there is ${valid.map(formatOffset).join(" or ") || "none"})`,
      };
    }
    return {
      ok: true,
      instant: new Date(asUtc - parsed.offsetMinutes * 60_000),
      offsetMinutes: parsed.offsetMinutes,
    };
  }
  if (valid.length === 0) {
    return {
      ok: false,
      problem: "nonexistent",
      offsets: candidates,
      message: `${text} does not exist in ${zone}: the clocks go forward over it`,
    };
  }
  if (valid.length > 1) {
    const choices = valid.map((o) => `${text}${formatOffset(o)}`).join(" or ");
    return {
      ok: false,
      problem: "ambiguous",
      offsets: valid,
      message: `${text} happens twice in ${zone} as the clocks go back; write ${choices}`,
    };
  }
  const offsetMinutes = valid[0]!;
  return { ok: true, instant: new Date(asUtc - offsetMinutes * 60_000), offsetMinutes };
}

/** ISO 8601 with the zone's offset at that instant: `2026-10-25T01:30:00+01:00` (one offset lookup). */
export function isoInZone(instant: Date, zone: string): string {
  const offset = tzOffset(zone, instant);
  const shifted = new Date(instant.getTime() + offset * 60_000);
  return `${shifted.toISOString().slice(0, 19)}${formatOffset(offset)}`;
}

/** Formats a wall time back to `YYYY-MM-DDTHH:MM[:SS]`. */
export function formatWall(wall: WallTime): string {
  const pad = (n: number, width = 2) => String(n).padStart(width, "0");
  const seconds = wall.second ? `:${pad(wall.second)}` : "";
  return `${pad(wall.year, 4)}-${pad(wall.month)}-${pad(wall.day)}T${pad(wall.hour)}:${pad(wall.minute)}${seconds}`;
}

/** The wall-clock time an instant shows in a zone. */
export function toWallTime(instant: Date, zone: string): WallTime {
  const offset = tzOffset(zone, instant);
  const shifted = new Date(instant.getTime() + offset * 60_000);
  return {
    year: shifted.getUTCFullYear(),
    month: shifted.getUTCMonth() + 1,
    day: shifted.getUTCDate(),
    hour: shifted.getUTCHours(),
    minute: shifted.getUTCMinutes(),
    second: shifted.getUTCSeconds(),
  };
}

/** Parses `PT1H30M`-style ISO 8601 durations (hours, minutes, seconds) or plain minutes; undefined if neither. */
export function durationMinutes(value: string | number): number | undefined {
  if (typeof value === "number") return Number.isFinite(value) && value > 0 ? value : undefined;
  const m = /^PT(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?$/.exec(value);
  if (!m || value === "PT") return undefined;
  const minutes = Number(m[1] ?? 0) * 60 + Number(m[2] ?? 0) + Number(m[3] ?? 0) / 60;
  return minutes > 0 ? minutes : undefined;
}

/** The local date (`YYYY-MM-DD`), clock time (`HH:MM`) and UTC offset (minutes east) an instant shows in a zone. */
export function localParts(instant: Date, zone: string): { date: string; time: string; offset: number } {
  const offset = tzOffset(zone, instant);
  const wall = new Date(instant.getTime() + offset * 60_000).toISOString();
  return { date: wall.slice(0, 10), time: wall.slice(11, 16), offset };
}

const DAY_MS = 86_400_000;

/** The calendar date `days` after (or before, if negative) a `YYYY-MM-DD` date. */
export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** Whole days from one `YYYY-MM-DD` date to another (`2026-10-24` → `2026-10-25` is 1). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}
