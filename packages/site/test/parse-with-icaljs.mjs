// Reads an .ics on stdin and prints each VEVENT's real start/end as ical.js computes them, in whatever TZ this
// process runs under. A missing VTIMEZONE would make ical.js treat times as floating (the process's local time).
import ICAL from "ical.js";

let text = "";
for await (const chunk of process.stdin) text += chunk;
const root = new ICAL.Component(ICAL.parse(text));
for (const vtz of root.getAllSubcomponents("vtimezone")) ICAL.TimezoneService.register(vtz);
const events = root.getAllSubcomponents("vevent").map((component) => {
  const event = new ICAL.Event(component);
  return {
    uid: event.uid,
    summary: event.summary,
    start: event.startDate.toJSDate().toISOString(),
    end: event.endDate.toJSDate().toISOString(),
    isDate: event.startDate.isDate,
    zone: event.startDate.zone?.tzid ?? null,
    sequence: event.sequence,
    status: component.getFirstPropertyValue("status"),
  };
});
process.stdout.write(JSON.stringify({ tz: process.env.TZ, events }));
