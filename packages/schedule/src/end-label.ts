import { daysBetween } from "@hackdaykit/schema";
import type { AgendaItem } from "./types.js";

/** How many local days after its start day a session ends: 0 the same day, 1 the next, … */
export function daysLater(item: Pick<AgendaItem, "day" | "endDay">): number {
  return daysBetween(item.day, item.endDay);
}

/**
 * The end clock time as an agenda shows it: `17:00`, or `11:00+1` when the session ends on a later local day
 * (`+2` two days on), so a 24-hour hack never reads "11:00–11:00".
 */
export function endLabel(item: Pick<AgendaItem, "day" | "endDay" | "endLocal">): string {
  const later = daysLater(item);
  return later > 0 ? `${item.endLocal}+${later}` : item.endLocal;
}
