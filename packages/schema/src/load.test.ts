import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatIssue } from "./issues.js";
import { loadEvent, parseEvent, parseEventText, readEventFile, safeParseEvent } from "./load.js";

const small = new URL("../../../examples/nhs-hack-day-31.yaml", import.meta.url).pathname;
const large = new URL("../../../examples/riverbend-expo-2026.yaml", import.meta.url).pathname;

const minimal = `id: tiny
name: Tiny Hack
timezone: Europe/London
start: 2026-05-16
end: 2026-05-17
venue:
  id: hall
  name: Hall
  rooms:
    - id: main
      name: Main
people:
  - id: ada
    name: Ada
    email: ada@example.org
sessions:
  - id: pitches
    title: Pitches
    kind: pitches
    start: 2026-05-16T09:30
    duration: 30
    room: main
    speakers: [ada]
`;

describe("loading event files", () => {
  it("loads the shipped examples", async () => {
    const event = await loadEvent(small);
    expect(event.projects).toHaveLength(17);
    expect(event.people.filter((p) => p.roles.includes("judge"))).toHaveLength(5);
    expect(event.prizes).toHaveLength(4);
    expect(event.sponsors).toHaveLength(6);
    const expo = await loadEvent(large);
    expect(expo.projects.length).toBeGreaterThanOrEqual(200);
    expect(expo.venue?.rooms).toHaveLength(3);
  });

  it("applies defaults and parses money", () => {
    const event = parseEvent({
      id: "x",
      name: "X",
      timezone: "UTC",
      start: "2026-01-01",
      end: "2026-01-01",
      sponsors: [{ id: "acme", name: "Acme", pledges: [{ amount: "£1,250.50" }] }],
    });
    expect(event.sponsors[0]!.pledges[0]).toEqual({
      kind: "cash",
      amount: { minor: 125050, currency: "GBP" },
    });
    expect(event.status).toBe("scheduled");
  });

  it("points every issue at its file, line and path, and collects them all", () => {
    const broken = minimal
      .replace("room: main", "room: mian")
      .replace("speakers: [ada]", "speakers: [ada, bob]")
      .replace("name: Ada", "name: Ada\n    nickname: A");
    const result = parseEventText(broken, "tiny.yaml");
    expect(result.ok).toBe(false);
    // The unknown key no longer hides the references: every problem, top to bottom.
    expect(!result.ok && result.issues.map(formatIssue)).toEqual([
      'tiny.yaml:15:15: people[0].nickname: unknown key "nickname"',
      'tiny.yaml:23:11: sessions[0].room: unknown room "mian" (did you mean "main"?)',
      'tiny.yaml:24:21: sessions[0].speakers[1]: unknown person "bob" (expected "ada")',
    ]);
  });

  it("reports every problem in one run: shape errors do not hide references or times", () => {
    const text = minimal
      .replace("timezone: Europe/London", "timezone: Europe/Londn\ncurrency: CAX")
      .replace("room: main", "room: main-hal")
      .replace("duration: 30", "end: 2026-05-16T09:00");
    const result = parseEventText(text, "all.yaml");
    expect(!result.ok && result.issues.map(formatIssue)).toEqual([
      'all.yaml:3:11: timezone: expected an IANA time zone name such as Europe/London (did you mean "Europe/London"?)',
      'all.yaml:4:11: currency: "CAX" is not an ISO 4217 currency code (did you mean "CAD"?)',
      'all.yaml:22:10: sessions[0].end: session "pitches": ends (2026-05-16T09:00) before it starts (2026-05-16T09:30)',
      'all.yaml:23:11: sessions[0].room: unknown room "main-hal" (expected "main")',
    ]);
  });

  it("a shape error never hides a reference or time error elsewhere (every pairing)", () => {
    const shapeErrors: [string, (text: string) => string][] = [
      ["timezone", (t) => t.replace("Europe/London", "Europe/Londn")],
      ["currency", (t) => t.replace("timezone:", "currency: CAX\ntimezone:")],
      ["people.0.nickname", (t) => t.replace("name: Ada", "name: Ada\n    nickname: A")],
      ["people.0.email", (t) => t.replace("ada@example.org", "ada-at-example")],
      ["sessions.0.kind", (t) => t.replace("kind: pitches", "kind: pitch")],
      ["venue.rooms.0.capacity", (t) => t.replace("name: Main", "name: Main\n      capacity: -3")],
    ];
    const laterErrors: [string, (text: string) => string][] = [
      ["sessions.0.room", (t) => t.replace("room: main", "room: mian")],
      ["sessions.0.speakers.1", (t) => t.replace("[ada]", "[ada, bob]")],
      ["sessions.0.end", (t) => t.replace("duration: 30", "end: 2026-05-16T09:00")],
    ];
    fc.assert(
      fc.property(
        fc.constantFrom(...shapeErrors),
        fc.constantFrom(...laterErrors),
        ([shape, breakShape], [later, breakLater]) => {
          const result = parseEventText(breakLater(breakShape(minimal)));
          const paths = !result.ok ? result.issues.map((issue) => issue.path.join(".")) : [];
          expect(paths).toContain(shape);
          expect(paths).toContain(later);
        },
      ),
      { numRuns: 60 },
    );
  });

  it("keeps checking references when one entity is broken, without inventing unknown ids", () => {
    // Ada's email is bad, but she still exists: the session naming her is fine; "bob" is still unknown.
    const text = minimal.replace("ada@example.org", "not-an-email").replace("[ada]", "[ada, bob]");
    const result = parseEventText(text, "p.yaml");
    expect(!result.ok && result.issues.map((issue) => formatIssue({ ...issue, file: undefined }))).toEqual([
      expect.stringMatching(/^15:12: people\[0\]\.email: /),
      expect.stringMatching(/^23:21: sessions\[0\]\.speakers\[1\]: unknown person "bob"/),
    ]);
  });

  it("accepts a currency's own symbol and suggests currencies", () => {
    const cad = parseEventText(
      `${minimal.replace("timezone:", "currency: CAD\ntimezone:")}sponsors:\n  - id: maple\n    name: Maple\n    pledges:\n      - amount: CA$5,000.00\n`,
    );
    expect(cad.ok && cad.event.sponsors[0]!.pledges[0]!.amount).toEqual({ minor: 500000, currency: "CAD" });
    const typo = parseEventText(
      `${minimal}sponsors:\n  - id: maple\n    name: Maple\n    pledges:\n      - amount: 5000 CAX\n`,
    );
    expect(!typo.ok && typo.issues.map((issue) => issue.message)).toEqual([
      '"CAX" is not an ISO 4217 currency code (did you mean "CAD"?)',
    ]);
  });

  it("warns that a fixed-offset zone like EST ignores daylight saving", () => {
    const est = parseEventText(minimal.replace("Europe/London", "EST"), "est.yaml");
    expect(est.ok && est.warnings.map(formatIssue)).toEqual([
      "est.yaml:3:11: timezone: warning: EST is a fixed offset (UTC-05:00) that ignores daylight saving; if the clocks change where the event is, name the place instead, e.g. America/New_York",
    ]);
    for (const zone of ["Europe/London", "UTC", "EST5EDT", "America/Phoenix"]) {
      const result = parseEventText(minimal.replace("Europe/London", zone));
      expect(result.ok && result.warnings).toEqual([]);
    }
  });

  it("lists the valid ids when there are few and nothing is close", () => {
    const result = safeParseEvent({
      id: "t",
      name: "T",
      timezone: "Europe/London",
      start: "2026-05-16",
      end: "2026-05-16",
      tracks: [
        { id: "main", name: "Main" },
        { id: "workshops", name: "Workshops" },
      ],
      sessions: [
        { id: "s", title: "S", kind: "talk", start: "2026-05-16T10:00", duration: 30, track: "zzz" },
      ],
    });
    expect(!result.ok && result.issues.map((issue) => issue.message)).toEqual([
      'unknown track "zzz" (expected "main" or "workshops")',
    ]);
  });

  it("reports DST problems naming the session", () => {
    const gap = parseEventText(
      minimal.replace("2026-05-16T09:30", "2026-03-29T01:30").replace(/2026-05-1/g, "2026-03-2"),
      "g.yaml",
    );
    expect(!gap.ok && gap.issues.map(formatIssue)).toEqual([
      expect.stringMatching(
        /^g\.yaml:20:12: sessions\[0\]\.start: session "pitches": 2026-03-29T01:30 does not exist/,
      ),
    ]);
  });

  it("rejects duplicate ids, sessions outside the event and bad references", () => {
    const text =
      minimal.replace("start: 2026-05-16T09:30", "start: 2026-05-19T09:30") +
      "  - id: pitches\n    title: Again\n    kind: talk\n    start: 2026-05-16T10:00\n    end: 2026-05-16T09:00\n";
    const result = parseEventText(text, "d.yaml");
    const messages = !result.ok ? result.issues.map((i) => i.message) : [];
    expect(messages).toContainEqual(expect.stringContaining('duplicate session id "pitches"'));
    expect(messages).toContainEqual(expect.stringContaining("starts on 2026-05-19, outside the event"));
    expect(messages).toContainEqual(expect.stringContaining("ends (2026-05-16T09:00) before it starts"));
  });

  it("checks that published results name real prizes and projects", () => {
    const text = `${minimal}prizes:\n  - id: best\n    name: Best\nprojects:\n  - id: app\n    title: App\nresults:\n  prizes:\n    - prize: best\n      winners: [{ project: app, place: 1 }]\n    - prize: worst\n      winners: [{ project: nope, place: 1 }]\n`;
    const result = parseEventText(text, "r.yaml");
    const issues = !result.ok ? result.issues.map(formatIssue) : [];
    expect(issues).toEqual([
      expect.stringMatching(/r\.yaml:\d+:\d+: results\.prizes\[1\]\.prize: unknown prize "worst"/),
      expect.stringMatching(/results\.prizes\[1\]\.winners\[0\]\.project: unknown project "nope"/),
    ]);
  });

  it("reports YAML syntax errors with a line, and duplicate keys", () => {
    const bad = parseEventText("id: a\nname: [unclosed\n", "s.yaml");
    expect(!bad.ok && bad.issues[0]).toMatchObject({ file: "s.yaml", line: expect.any(Number) });
    const dup = parseEventText("id: a\nid: b\n", "k.yaml");
    expect(!dup.ok && formatIssue(dup.issues[0]!)).toMatch(/^k\.yaml:2:1: Map keys must be unique/);
  });

  it("accepts only web links, so no javascript: or data: URL can reach a published page", () => {
    const base = { id: "x", name: "X", timezone: "UTC", start: "2026-01-01", end: "2026-01-01" };
    expect(safeParseEvent({ ...base, url: "https://example.org/hack" }).ok).toBe(true);
    for (const url of ["javascript:alert(1)", "data:text/html,<b>x</b>", "ftp://example.org/x"]) {
      const result = safeParseEvent({ ...base, url });
      expect(!result.ok && result.issues[0]).toMatchObject({
        path: ["url"],
        message: "expected a web address starting with http:// or https://",
      });
    }
  });

  it("reads JSON with line numbers too", () => {
    const json = JSON.stringify(
      { id: "j", name: "J", timezone: "Mars/Olympus", start: "2026-01-01", end: "2026-01-01" },
      null,
      2,
    );
    const result = parseEventText(json, "e.json");
    expect(!result.ok && formatIssue(result.issues[0]!)).toBe(
      "e.json:4:15: timezone: expected an IANA time zone name such as Europe/London",
    );
  });

  it("turns file-system problems into one issue each", async () => {
    expect(await readEventFile("/definitely/missing.yaml")).toMatchObject({
      ok: false,
      issues: [{ message: "no such file" }],
    });
    expect(await readEventFile(new URL(".", import.meta.url).pathname)).toMatchObject({
      ok: false,
      issues: [{ message: "is a directory, expected a file" }],
    });
    await expect(loadEvent("/definitely/missing.yaml")).rejects.toThrow(
      "/definitely/missing.yaml: no such file",
    );
  });

  it("keeps the committed examples free of syntax surprises", () => {
    expect(readFileSync(small, "utf8").startsWith("# yaml-language-server: $schema=")).toBe(true);
  });
});

describe("submissionDeadline", () => {
  it("is a local time in the event's zone, checked like session times", () => {
    const base = { id: "e", name: "E", timezone: "Europe/London", start: "2026-10-24", end: "2026-10-25" };
    expect(safeParseEvent({ ...base, submissionDeadline: "2026-10-25T14:00" }).ok).toBe(true);
    const twice = safeParseEvent({ ...base, submissionDeadline: "2026-10-25T01:30" });
    expect(twice.ok).toBe(false);
    expect(!twice.ok && twice.issues[0]?.path).toEqual(["submissionDeadline"]);
  });
});
