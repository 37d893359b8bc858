import { type EventInput, type HackDayEvent, parseEvent } from "@hackdaykit/schema";

/** A small valid event; pass overrides for the parts a test is about. */
export function makeEvent(overrides: Partial<EventInput> = {}): HackDayEvent {
  return parseEvent({
    id: "test-day",
    name: "Test Day",
    timezone: "Europe/London",
    start: "2026-05-16",
    end: "2026-05-17",
    ...overrides,
  });
}
