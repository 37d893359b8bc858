// npm run bench: 10,000 sessions → .ics with @hackdaykit/ical, beside bare ical-generator on the same data.
// Run from the built package (npm run build first; turbo's bench task does).
import { TZDate } from "@date-fns/tz";
import { parseEvent, resolveSessionTimes } from "@hackdaykit/schema";
import ical, { ICalCalendarMethod } from "ical-generator";
import { buildIcs, vtimezone } from "../dist/index.js";
// Line folding is timed on its own through the unexported dist/internal.js.
import { foldLines } from "../dist/internal.js";

const SESSIONS = 10_000;
const RUNS = 7;
const zone = "Europe/London";

function bigEvent() {
  const rooms = Array.from({ length: 20 }, (_, i) => ({ id: `room-${i}`, name: `Room ${i}` }));
  const tracks = Array.from({ length: 5 }, (_, i) => ({ id: `track-${i}`, name: `Track ${i}` }));
  const people = Array.from({ length: 200 }, (_, i) => ({
    id: `p-${i}`,
    name: `Person ${i}`,
    public: i % 3 !== 0,
  }));
  const sessions = Array.from({ length: SESSIONS }, (_, i) => {
    const day = 1 + Math.floor(i / 500);
    const minute = i % 500;
    const hh = String(8 + Math.floor(minute / 60)).padStart(2, "0");
    const mm = String(minute % 60).padStart(2, "0");
    return {
      id: `s-${i}`,
      title: `Session ${i}: building things, together; with text to escape`,
      kind: "talk",
      start: `2026-06-${String(day).padStart(2, "0")}T${hh}:${mm}`,
      duration: 45,
      room: rooms[i % rooms.length].id,
      track: tracks[i % tracks.length].id,
      speakers: [people[i % people.length].id],
      description: "A talk about hacking on health services.",
    };
  });
  return parseEvent({
    id: "bench-event",
    name: "Bench Hack",
    url: "https://bench.example.org/",
    timezone: zone,
    start: "2026-06-01",
    end: "2026-06-20",
    venue: { id: "v", name: "Venue", geo: { lat: 51.5, lon: -0.1 }, rooms },
    people,
    tracks,
    sessions,
  });
}

/** The same entries through ical-generator alone: times precomputed, no privacy view, no change tracking. */
function bare(event, fastFold = false) {
  const rooms = new Map(event.venue.rooms.map((r) => [r.id, r.name]));
  const tracks = new Map(event.tracks.map((t) => [t.id, t.name]));
  const people = new Map(event.people.map((p) => [p.id, p]));
  const stamp = new Date("2026-06-01T00:00:00Z");
  const calendar = ical({
    prodId: "//bench//EN",
    method: ICalCalendarMethod.PUBLISH,
    name: event.name,
    // The same VTIMEZONE ours writes, so both calendars carry the same text.
    timezone: {
      name: null,
      generator: (tz) => vtimezone(tz, { start: new Date("2026-06-01Z"), end: new Date("2026-06-21Z") }),
    },
  });
  for (const s of event.sessions) {
    const t = resolveSessionTimes(s, zone);
    calendar.createEvent({
      id: `${event.id}/${s.id}@bench`,
      stamp,
      start: new TZDate(t.start.getTime(), zone),
      end: new TZDate(t.end.getTime(), zone),
      timezone: zone,
      summary: s.title,
      location: { title: `${rooms.get(s.room)}, ${event.venue.name}`, geo: { lat: 51.5, lon: -0.1 } },
      // The same text our entries carry: description, consenting speakers, track.
      description: [
        s.description,
        ...s.speakers.flatMap((id) => (people.get(id)?.public ? [`With: ${people.get(id).name}`] : [])),
        `Track: ${tracks.get(s.track)}`,
      ].join("\n\n"),
      categories: [{ name: tracks.get(s.track) }, { name: s.kind }],
      url: event.url,
    });
  }
  if (!fastFold) return calendar.toString();
  // Same rendering, folded once by our folder instead of ical-generator's per-character TextEncoder one.
  const entries = calendar.events();
  calendar.clear();
  const head = calendar.toString().slice(0, -"END:VCALENDAR".length);
  return foldLines(`${head}${entries.map((e) => e.toString()).join("")}END:VCALENDAR\r\n`);
}

function median(label, work) {
  const times = [];
  let size = 0;
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    size = work().length;
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  const ms = times[Math.floor(times.length / 2)];
  console.log(`${label.padEnd(44)} ${ms.toFixed(0).padStart(6)} ms  (${(size / 1e6).toFixed(1)} MB)`);
  return ms;
}

const event = bigEvent();
console.log(`${SESSIONS.toLocaleString("en")} sessions, median of ${RUNS} runs, Node ${process.version}`);
const peer = median("bare ical-generator (same entries)", () => bare(event));
const peerFast = median("bare ical-generator, our folding", () => bare(event, true));
const ours = median("@hackdaykit/ical buildIcs", () => buildIcs(event).ics);
const first = buildIcs(event).ics;
const again = median(
  "@hackdaykit/ical buildIcs --previous (no change)",
  () => buildIcs(event, { previous: first }).ics,
);
console.log(
  `@hackdaykit/ical vs bare ical-generator: ${(ours / peer).toFixed(2)}×; vs bare ical-generator with the same folding: ${(ours / peerFast).toFixed(2)}× (target ≤ 1.3×); --previous: ${(again / peerFast).toFixed(2)}×`,
);
