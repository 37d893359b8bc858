import type { Event } from "@hackdaykit/schema";
import type { Store } from "../store.js";

export const ICAL_AVAILABLE = false;

export function calendarFeed(_store: Store, _options: { track?: string }): string | undefined {
  return undefined;
}
export function c3vocSchedule(_event: Event): unknown {
  return undefined;
}
export function jsonLd(_event: Event): unknown {
  return undefined;
}
