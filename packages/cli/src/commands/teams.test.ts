import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { run } from "../program.js";
import { captureIo, repoRoot, scratchDir } from "../test-io.js";

const nhs = join(repoRoot, "examples/nhs-hack-day-31.yaml");
const prefs = join(repoRoot, "examples/nhs-hack-day-31.prefs.csv");
const expo = join(repoRoot, "examples/riverbend-expo-2026.yaml");
const dir = scratchDir("teams");

interface Team {
  pitch: string;
  leader: string;
  members: string[];
  size: number;
  minSize: number;
  maxSize: number;
}

describe("hackday teams", () => {
  it("forms teams for the small example: everyone once, sizes kept, pitchers lead, no envy", async () => {
    const out = captureIo();
    expect(await run(["teams", nhs, "--preferences", prefs, "--json"], out.io)).toBe(0);
    const data = JSON.parse(out.stdout);
    expect(data.event).toBe("nhs-hack-day-31");
    const teams = data.teams as Team[];
    const placed = teams.flatMap((t) => t.members);
    expect(new Set(placed).size).toBe(placed.length);
    expect(placed.length + data.unplaced.length).toBe(97);
    for (const t of teams) {
      expect(t.size).toBeGreaterThanOrEqual(t.minSize);
      expect(t.size).toBeLessThanOrEqual(t.maxSize);
      expect(t.members).toContain(t.leader);
    }
    expect(data.summary.kept + data.summary.dropped).toBe(25);
    expect(data.summary.skillsCovered).toBe(data.summary.skillsWanted);
    expect(data.envy).toEqual([]);
    const text = captureIo();
    expect(await run(["teams", nhs, "--preferences", prefs, "-o", join(dir, "teams.txt")], text.io)).toBe(0);
  });

  it("pins a person and says so", async () => {
    const out = captureIo();
    const code = await run(
      ["teams", nhs, "--preferences", prefs, "--pin", "lior-nakamura=open-waits", "--json"],
      out.io,
    );
    expect(code).toBe(0);
    const data = JSON.parse(out.stdout);
    expect(data.teams.find((t: Team) => t.pitch === "open-waits").members).toContain("lior-nakamura");
    expect(data.people.find((p: { person: string }) => p.person === "lior-nakamura").pinned).toBe(true);
  });

  it("names the file and line of bad preferences; usage errors exit 2", async () => {
    const bad = join(dir, "bad.csv");
    writeFileSync(bad, "person,ranking\nmina-iqbal,bedflow>nope\nnobody,bedflow\n");
    const out = captureIo();
    expect(await run(["teams", nhs, "--preferences", bad], out.io)).toBe(1);
    expect(out.stderr).toContain(`${bad}:2: unknown pitch "nope"`);
    expect(out.stderr).toContain(`${bad}:3: unknown person "nobody"`);
    expect(out.stderr).not.toMatch(/at .*\.js:\d+/);

    const header = join(dir, "header.csv");
    writeFileSync(header, "who,ranking\n");
    const h = captureIo();
    expect(await run(["teams", nhs, "--preferences", header], h.io)).toBe(1);
    expect(h.stderr).toMatch(/header\.csv:1: header "who,ranking" lacks column "person"/);

    const pin = captureIo();
    expect(await run(["teams", nhs, "--pin", "nobody"], pin.io)).toBe(2);
    expect(pin.stderr).toMatch(/expected PERSON=PITCH/);

    const none = captureIo();
    expect(await run(["teams", expo], none.io)).toBe(1);
    expect(none.stderr).toMatch(/no formation\.pitches/);
  });

  it("simulate reports pitches kept and top-3 choices", async () => {
    const out = captureIo();
    const args = ["teams", "simulate", "--attendees", "30", "--pitches", "8", "--runs", "2", "--json"];
    expect(await run(args, out.io)).toBe(0);
    const report = JSON.parse(out.stdout);
    expect(report.runs).toHaveLength(2);
    expect(report.options).toMatchObject({ attendees: 30, pitches: 8, rankingLength: 5 });
    for (const r of report.runs) {
      expect(r.kept).toBeGreaterThan(0);
      expect(r.kept).toBeLessThanOrEqual(8);
      expect(r.topThree).toBeLessThanOrEqual(30);
    }
    const text = captureIo();
    expect(
      await run(["teams", "simulate", "--attendees", "12", "--pitches", "3", "--runs", "1"], text.io),
    ).toBe(0);
    expect(text.stdout).toMatch(/pitches kept: /);
    expect(await run(["teams", "simulate", "--min-size", "5", "--max-size", "3"], captureIo().io)).toBe(2);
  });
});
