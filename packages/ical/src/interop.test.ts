import { execFileSync, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { resolveSessionTimes } from "@hackdaykit/schema";
import * as nodeIcal from "node-ical";
import { beforeAll, describe, expect, it } from "vitest";
import { buildIcs } from "./ics.js";
import { nhs, riverbend, tinyEvent } from "./test-events.js";
import { agendaInstants, zoneEvent } from "./zone-feed.test-util.js";

const script = (name: string) => fileURLToPath(new URL(`../../../fixtures/${name}`, import.meta.url));

interface Parsed {
  uid: string;
  start: string;
  end: string;
  sequence?: number;
  status?: string | null;
}

/** Version 1 of a feed, then version 2 with lunch moved and judging removed (cancelled). */
function republished(): string {
  const v1 = buildIcs(tinyEvent()).ics;
  const changed = tinyEvent();
  changed.sessions[1]!.start = "2026-05-16T13:00";
  changed.sessions = changed.sessions.filter((s) => s.id !== "judging");
  return buildIcs(changed, { previous: v1 }).ics;
}

function checkRepublished(events: readonly Parsed[]) {
  const lunch = events.find((e) => e.uid === "tiny-hack/lunch@hackdaykit")!;
  expect(lunch.sequence).toBe(1);
  expect(lunch.start).toBe("2026-05-16T12:00:00.000Z");
  const judging = events.find((e) => e.uid === "tiny-hack/judging@hackdaykit")!;
  expect(judging.status).toBe("CANCELLED");
  expect(judging.sequence).toBe(1);
  expect(judging.start).toBe("2026-05-17T13:00:00.000Z");
}

/** The instants every public session must come out at, from our own DST-safe resolver. */
async function expected(): Promise<{ ics: string; want: Map<string, { start: string; end: string }> }[]> {
  const out = [];
  for (const event of [await nhs(), await riverbend()]) {
    const want = new Map<string, { start: string; end: string }>();
    for (const s of event.sessions.filter((x) => x.visibility === "public")) {
      const t = resolveSessionTimes(s, event.timezone);
      if (!t.ok) throw new Error(t.message);
      want.set(`${event.id}/${s.id}@hackdaykit`, { start: t.start.toISOString(), end: t.end.toISOString() });
    }
    out.push({ ics: buildIcs(event).ics, want });
  }
  // A room feed and a judge's own feed with rota slots (one of them across the clock change).
  const event = await riverbend();
  const room = new Map<string, { start: string; end: string }>();
  for (const s of event.sessions.filter((x) => x.room === "expo-hall-a" && x.visibility === "public")) {
    const t = resolveSessionTimes(s, event.timezone);
    if (t.ok)
      room.set(`${event.id}/${s.id}@hackdaykit`, { start: t.start.toISOString(), end: t.end.toISOString() });
  }
  out.push({ ics: buildIcs(event, { scope: { kind: "room", room: "expo-hall-a" } }).ics, want: room });
  const rota = [
    {
      judge: "cy",
      project: "p1",
      table: 2,
      round: 1,
      start: new Date("2026-05-17T13:00:00Z"),
      end: new Date("2026-05-17T13:04:00Z"),
    },
  ];
  out.push({
    ics: buildIcs(tinyEvent(), { scope: { kind: "person", person: "cy" }, rota }).ics,
    want: new Map([
      [
        "tiny-hack/rota-cy/r1-p1@hackdaykit",
        { start: "2026-05-17T13:00:00.000Z", end: "2026-05-17T13:04:00.000Z" },
      ],
      [
        "tiny-hack/judging@hackdaykit",
        { start: "2026-05-17T13:00:00.000Z", end: "2026-05-17T15:00:00.000Z" },
      ],
    ]),
  });
  return out;
}

function check(parsed: readonly Parsed[], want: Map<string, { start: string; end: string }>) {
  const byUid = new Map(parsed.map((p) => [p.uid, p]));
  for (const [uid, times] of want) {
    expect(byUid.get(uid)?.start, uid).toBe(times.start);
    expect(byUid.get(uid)?.end, uid).toBe(times.end);
  }
}

let feeds: Awaited<ReturnType<typeof expected>>;
beforeAll(async () => {
  feeds = await expected();
});

describe("the feeds read the same in other parsers and other time zones", () => {
  for (const tz of ["Pacific/Auckland", "America/New_York"]) {
    it(`ical.js in a process running under TZ=${tz}`, () => {
      for (const { ics, want } of feeds) {
        const out = execFileSync(process.execPath, [script("parse-with-icaljs.mjs")], {
          input: ics,
          env: { ...process.env, TZ: tz },
          encoding: "utf8",
        });
        const result = JSON.parse(out) as { tz: string; events: Parsed[] };
        expect(result.tz).toBe(tz);
        check(result.events, want);
        const overnight = result.events.find((e) => e.uid.endsWith("/overnight-hacking@hackdaykit"));
        if (overnight) expect(Date.parse(overnight.end) - Date.parse(overnight.start)).toBe(11 * 3600_000);
        expect(new Set(result.events.map((e) => e.uid)).size).toBe(result.events.length);
      }
      const again = execFileSync(process.execPath, [script("parse-with-icaljs.mjs")], {
        input: republished(),
        env: { ...process.env, TZ: tz },
        encoding: "utf8",
      });
      checkRepublished((JSON.parse(again) as { events: Parsed[] }).events);
    });
  }

  it("node-ical", () => {
    for (const { ics, want } of feeds) {
      const data = nodeIcal.sync.parseICS(ics);
      const parsed = Object.values(data).flatMap((c) =>
        c && c.type === "VEVENT"
          ? [
              {
                uid: c.uid,
                start: new Date(c.start).toISOString(),
                end: new Date(c.end as Date).toISOString(),
              },
            ]
          : [],
      );
      check(parsed, want);
    }
    const again = Object.values(nodeIcal.sync.parseICS(republished())).flatMap((c) =>
      c && c.type === "VEVENT"
        ? [
            {
              uid: c.uid,
              start: new Date(c.start).toISOString(),
              end: new Date(c.end as Date).toISOString(),
              sequence: Number(c.sequence),
              status: c.status ?? null,
            },
          ]
        : [],
    );
    checkRepublished(again);
  });

  it("Debian python3-icalendar (required: apt-get install python3-icalendar)", () => {
    // Debian's interpreter, where apt puts python3-icalendar (a pyenv python3 on PATH would not see it).
    const python = existsSync("/usr/bin/python3") ? "/usr/bin/python3" : "python3";
    const probe = spawnSync(python, ["-c", "import icalendar"], { encoding: "utf8" });
    if (probe.error || probe.status !== 0) {
      throw new Error(
        `python3-icalendar is missing (${probe.error?.message ?? probe.stderr.trim()}): apt-get install -y python3-icalendar`,
      );
    }
    for (const { ics, want } of feeds) {
      const out = execFileSync(python, [script("parse-with-python.py")], { input: ics, encoding: "utf8" });
      const result = JSON.parse(out) as { events: Parsed[]; timezones: string[] };
      expect(result.timezones).toEqual(["Europe/London"]);
      expect(result.events.length).toBeGreaterThanOrEqual(want.size);
      check(result.events, want);
    }
    const again = execFileSync(python, [script("parse-with-python.py")], {
      input: republished(),
      encoding: "utf8",
    });
    checkRepublished((JSON.parse(again) as { events: Parsed[] }).events);
    // The zones whose VTIMEZONE once came from other tz data than our instants (issue 11): same instants here too.
    // python-icalendar reads a TZID it knows with the host's tz database, not the feed's VTIMEZONE, so a zone is
    // compared only where the host's tz release agrees with this Node's (Node 24 ships newer rules than Debian's).
    const zones = ["Africa/Casablanca", "America/Vancouver", "Asia/Gaza", "Europe/Chisinau"];
    const agreeing = zones.filter((zone) => hostAgrees(python, zone, agendaInstants(zoneEvent(zone))));
    if (process.versions.node.startsWith("20.")) expect(agreeing).toEqual(zones); // Node 20 and Debian: one release
    for (const zone of agreeing) {
      const event = zoneEvent(zone);
      const out = execFileSync(python, [script("parse-with-python.py")], {
        input: buildIcs(event, { overview: false }).ics,
        encoding: "utf8",
      });
      const result = JSON.parse(out) as { events: Parsed[]; timezones: string[] };
      expect(result.timezones).toEqual([zone]);
      expect(result.events.length).toBe(event.sessions.length);
      check(result.events, agendaInstants(event));
    }
  });
});

/** Whether the host's tz database (Python's zoneinfo) gives the zone the same UTC offsets as this Node's ICU. */
function hostAgrees(python: string, zone: string, instants: Map<string, { start: string }>): boolean {
  const starts = [...instants.values()].map((times) => times.start);
  const script = [
    "import json, sys",
    "from datetime import datetime",
    "from zoneinfo import ZoneInfo",
    "zone = ZoneInfo(sys.argv[1])",
    "print(json.dumps([int(datetime.fromisoformat(s.replace('Z', '+00:00')).astimezone(zone).utcoffset().total_seconds() // 60) for s in json.load(sys.stdin)]))",
  ].join("\n");
  const host = JSON.parse(
    execFileSync(python, ["-c", script, zone], { input: JSON.stringify(starts), encoding: "utf8" }),
  ) as number[];
  const format = new Intl.DateTimeFormat("en", { timeZone: zone, timeZoneName: "longOffset" });
  const ours = starts.map((start) => {
    const name = format.formatToParts(new Date(start)).find((part) => part.type === "timeZoneName")!.value;
    const match = /GMT([+-])(\d{2}):(\d{2})/.exec(name);
    return match ? (match[1] === "-" ? -1 : 1) * (Number(match[2]) * 60 + Number(match[3])) : 0;
  });
  return ours.every((offset, i) => offset === host[i]);
}
