import { fileURLToPath } from "node:url";
import { type EventInput, type HackDayEvent, loadEvent, parseEvent } from "@hackdaykit/schema";

/** Shared fixtures for the tests (not exported from the package). */
export const examplePath = (name: string) =>
  fileURLToPath(new URL(`../../../examples/${name}`, import.meta.url));
export const nhs = () => loadEvent(examplePath("nhs-hack-day-31.yaml"));
export const riverbend = () => loadEvent(examplePath("riverbend-expo-2026.yaml"));

/** A small event with every feature the feed writes: tracks, rooms, private people, internal sessions. */
export function tinyEvent(overrides: Partial<EventInput> = {}): HackDayEvent {
  return parseEvent({
    id: "tiny-hack",
    name: "Tiny Hack; a test, with \\ odd text",
    description: "Line one\nLine two, with a comma; and a semicolon",
    url: "https://tiny.example.org/",
    series: { id: "tiny", name: "Tiny Hack Series", url: "https://tiny.example.org/series" },
    timezone: "Europe/London",
    start: "2026-05-16",
    end: "2026-05-17",
    venue: {
      id: "hall",
      name: "Town Hall",
      address: { street: "1 High St", locality: "Leeds", postalCode: "LS1 1AA", country: "GB" },
      geo: { lat: 53.8, lon: -1.55 },
      rooms: [
        { id: "main", name: "Main Hall" },
        { id: "side", name: "Side Room" },
      ],
    },
    people: [
      { id: "ada", name: "Ada Lovelace", email: "ada@example.org", public: true, roles: ["speaker"] },
      { id: "bob", name: "Bob Secret", email: "bob@example.org", phone: "+44 7700 900000", roles: ["judge"] },
      { id: "cy", name: "Cy Judge", public: true, roles: ["judge"] },
    ],
    tracks: [{ id: "talks", name: "Talks" }],
    sessions: [
      {
        id: "welcome",
        title: "Welcome, and how the weekend works",
        kind: "talk",
        start: "2026-05-16T09:30",
        end: "2026-05-16T10:00",
        room: "main",
        track: "talks",
        speakers: ["ada", "bob"],
        updated: "2026-05-01T12:00:00Z",
      },
      { id: "lunch", title: "Lunch", kind: "meal", start: "2026-05-16T12:30", duration: 60, room: "side" },
      {
        id: "crew-briefing",
        title: "Crew briefing: Bob Secret's keys",
        kind: "break",
        start: "2026-05-16T08:00",
        duration: 30,
        room: "side",
        speakers: ["bob"],
        visibility: "internal",
      },
      {
        id: "judging",
        title: "Judging",
        kind: "judging",
        start: "2026-05-17T14:00",
        end: "2026-05-17T16:00",
        room: "main",
        speakers: ["bob", "cy"],
      },
    ],
    projects: [{ id: "p1", title: "Bed finder", summary: "Finds beds" }],
    ...overrides,
  });
}
