import type { HackDayEvent } from "@hackdaykit/schema";

export function roomName(event: HackDayEvent, id: string): string {
  return event.venue?.rooms.find((r) => r.id === id)?.name ?? id;
}

/** A person's public name; the event is expected to be a `publicView`, so private people are already labels. */
export function personName(event: HackDayEvent, id: string): string {
  return event.people.find((p) => p.id === id)?.name ?? "Participant";
}
