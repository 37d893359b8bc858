import { spawnSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { run } from "../program.js";
import { builtBin, captureIo, repoRoot, scratchDir } from "../test-io.js";

const nhs = join(repoRoot, "examples/nhs-hack-day-31.yaml");
const expo = join(repoRoot, "examples/riverbend-expo-2026.yaml");
const dir = scratchDir("agenda");
/** The small example with the atrium's Saturday booking cut to 20:00, so the social overruns it by 30 minutes. */
const overrun = join(dir, "nhs-hack-day-31.yaml");
writeFileSync(overrun, readFileSync(nhs, "utf8").replace("end: 2026-05-16T20:30", "end: 2026-05-16T20:00"));

describe("hackday agenda", () => {
  it("prints a day-by-day table in the event's zone, with real minutes across the clock change", async () => {
    const out = captureIo();
    expect(await run(["agenda", expo], out.io)).toBe(0);
    expect(out.stdout).toMatch(/^Saturday, 24 October 2026 \(Europe\/London\)/);
    expect(out.stdout).toMatch(/22:00\s+08:00\+1\s+660\s+Overnight hacking/);
    expect(out.stdout).toContain("Sunday, 25 October 2026");
  });

  it("shows +1 (+2) wherever a session ends on a later day, and the clock change it spans", async () => {
    const file = join(dir, "long.yaml");
    writeFileSync(
      file,
      [
        "id: long",
        "name: Long",
        "timezone: Europe/London",
        "start: 2026-10-23",
        "end: 2026-10-26",
        "sessions:",
        "  - { id: hack, title: Hack, kind: hacking, start: 2026-10-23T11:00, end: 2026-10-24T11:00 }",
        "  - { id: marathon, title: Marathon, kind: hacking, start: 2026-10-24T11:00, end: 2026-10-26T11:00 }",
        "  - { id: talk, title: Talk, kind: talk, start: 2026-10-24T12:00, end: 2026-10-24T13:00 }",
        "",
      ].join("\n"),
    );
    const out = captureIo();
    expect(await run(["agenda", file], out.io)).toBe(0);
    expect(out.stdout).toMatch(/11:00\s+11:00\+1\s+1440\s+Hack\s+hacking/);
    expect(out.stdout).toMatch(/11:00\s+11:00\+2\s+2940\s+Marathon \(clocks change: \+01:00 → \+00:00\)/);
    expect(out.stdout).toMatch(/12:00\s+13:00\s+60\s+Talk/);
    const json = captureIo();
    expect(await run(["agenda", file, "--json"], json.io)).toBe(0);
    const sessions = JSON.parse(json.stdout).days.flatMap((d: { sessions: unknown[] }) => d.sessions);
    expect(sessions.map((s: { id: string; endDay: string }) => [s.id, s.endDay])).toEqual([
      ["hack", "2026-10-24"],
      ["marathon", "2026-10-26"],
      ["talk", "2026-10-24"],
    ]);
  });

  it("--check lists conflicts located in the file and exits 1 on a hard conflict", async () => {
    const out = captureIo();
    expect(await run(["agenda", overrun, "--check"], out.io)).toBe(1);
    expect(out.stdout).toMatch(
      /nhs-hack-day-31\.yaml:\d+:\d+: sessions\[10\]\.end: session "social-sat" .* runs 30 min past the booking's end \(20:00\)/,
    );
    expect(out.stdout).toMatch(/1 error\(s\), 0 warning\(s\) in 18 sessions/);
    const clean = captureIo();
    expect(await run(["agenda", expo, "--check"], clean.io)).toBe(0);
    expect(clean.stdout).toMatch(/no conflicts in 12 sessions/);
  });

  it("--json gives sessions with offsets and the conflicts", async () => {
    const out = captureIo();
    expect(await run(["agenda", overrun, "--check", "--json"], out.io)).toBe(1);
    const data = JSON.parse(out.stdout);
    expect(data.zone).toBe("Europe/London");
    expect(data.days.map((d: { date: string }) => d.date)).toEqual(["2026-05-16", "2026-05-17"]);
    expect(data.days[0].sessions[0]).toMatchObject({
      id: "crew-briefing",
      start: "2026-05-16T08:15:00+01:00",
    });
    expect(data.conflicts).toEqual([
      expect.objectContaining({
        kind: "longer-than-room-booking",
        severity: "error",
        sessions: ["social-sat"],
        line: expect.any(Number),
      }),
    ]);
  });

  it("reports a wall time that does not exist with file, line and path, exit 1, no stack", async () => {
    const file = join(dir, "gap.yaml");
    writeFileSync(
      file,
      [
        "id: gap",
        "name: Gap",
        "timezone: Europe/London",
        "start: 2026-03-28",
        "end: 2026-03-29",
        "sessions:",
        "  - id: night",
        "    title: Night",
        "    kind: hacking",
        "    start: 2026-03-29T01:30",
        "    end: 2026-03-29T08:00",
        "",
      ].join("\n"),
    );
    const out = captureIo();
    expect(await run(["agenda", file, "--check"], out.io)).toBe(1);
    expect(out.stderr).toMatch(/gap\.yaml:10:\d+: sessions\[0\]\.start: .*does not exist in Europe\/London/);
    expect(out.stderr).not.toMatch(/at .*\.js:\d+/);
    const missing = captureIo();
    expect(await run(["agenda", join(dir, "nope.yaml")], missing.io)).toBe(1);
  });

  it("the built binary runs --check: the shipped example is clean, the shortened booking is not", () => {
    const clean = spawnSync(process.execPath, [builtBin, "agenda", nhs, "--check"], { encoding: "utf8" });
    expect(clean.status).toBe(0);
    const result = spawnSync(process.execPath, [builtBin, "agenda", overrun, "--check"], {
      encoding: "utf8",
    });
    expect(result.status).toBe(1);
    expect(result.stdout).toContain('session "social-sat"');
  });
});
