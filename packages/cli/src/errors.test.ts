import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { run } from "./program.js";
import { captureIo } from "./test-io.js";

// Issue 11 items 7, 14 and 15: every problem at once, and messages that say what to do.
const dir = mkdtempSync(join(tmpdir(), "hackday-errors-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, content: string): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

async function hackday(...args: string[]) {
  const out = captureIo();
  const code = await run(args, out.io);
  return { code, stdout: out.stdout, stderr: out.stderr };
}

const event = `id: typo-hack
name: Typo Hack
timezone: Europe/Londn
start: 2026-10-24
end: 2026-10-25
currency: CAX
venue:
  id: hall
  name: Hall
  openingHours:
    - { date: 2026-10-24, opens: "09:00", closes: "01:30" }
  rooms:
    - { id: main-hall, name: Main hall }
sessions:
  - id: pitches
    title: Pitches
    kind: pitches
    start: 2026-10-24T10:00
    end: 2026-10-24T09:00
    room: main-hal
`;

describe("errors people can act on", () => {
  it("validate prints every problem of the file in one run, each with what to do", async () => {
    const path = file("typos.yaml", event);
    const result = await hackday("validate", path);
    expect(result.code).toBe(1);
    expect(result.stderr.trimEnd().split("\n")).toEqual([
      `${path}:3:11: timezone: expected an IANA time zone name such as Europe/London (did you mean "Europe/London"?)`,
      `${path}:6:11: currency: "CAX" is not an ISO 4217 currency code (did you mean "CAD"?)`,
      `${path}:19:10: sessions[0].end: session "pitches": ends (2026-10-24T09:00) before it starts (2026-10-24T10:00)`,
      `${path}:20:11: sessions[0].room: unknown room "main-hal" (did you mean "main-hall"?)`,
      "1 of 1 file(s) invalid",
    ]);
  });

  it("validate rejects opening hours in the repeated hour, offering the offsets; the offset makes it valid", async () => {
    const fixed = event
      .replace("Europe/Londn", "Europe/London")
      .replace("currency: CAX", "currency: CAD")
      .replace("T09:00", "T11:00")
      .replace("main-hal\n", "main-hall\n");
    const ambiguous = await hackday("validate", file("late.yaml", fixed));
    expect(ambiguous.code).toBe(1);
    expect(ambiguous.stderr).toContain(
      'venue.openingHours[0].closes: the venue closes at 2026-10-25T01:30, which happens twice in Europe/London as the clocks go back; write closes: "01:30+01:00" or "01:30+00:00"',
    );
    const chosen = await hackday("validate", file("chosen.yaml", fixed.replace('"01:30"', '"01:30+00:00"')));
    expect(chosen).toMatchObject({ code: 0, stderr: "" });
    const agenda = await hackday("agenda", join(dir, "chosen.yaml"), "--check");
    expect(agenda.stdout + agenda.stderr).not.toMatch(/closed/);
  });

  it("validate warns that EST ignores daylight saving, and still passes", async () => {
    const est = event
      .replace("Europe/Londn", "EST")
      .replace("currency: CAX", "currency: USD")
      .replace("T09:00", "T11:00")
      .replace("main-hal\n", "main-hall\n")
      .replace('"01:30"', '"23:00"');
    const result = await hackday("validate", file("est.yaml", est));
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(
      /timezone: warning: EST is a fixed offset \(UTC-05:00\) that ignores daylight saving/,
    );
  });

  it("judge never echoes an 11 MB header line back", async () => {
    const path = file("huge-header.csv", `judge,${"x".repeat(11 * 1024 * 1024)}\nann,a>b\n`);
    const result = await hackday("judge", "borda", path);
    expect(result.code).toBe(1);
    expect(result.stderr.length).toBeLessThan(600);
    expect(result.stderr).toMatch(/header "judge,x{194}…" lacks column "ranking"/);
  });

  it("suggests the method, format or option meant", async () => {
    expect(await hackday("judge", "bordda", "x.csv")).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('unknown method "bordda": did you mean "borda"?'),
    });
    expect((await hackday("export", "x.yaml", "--format", "c3vo")).stderr).toContain('did you mean "c3voc"?');
    expect((await hackday("accounts", "report", "budjet", "x.yaml")).stderr).toContain(
      'did you mean "budget"?',
    );
    const option = await hackday("validate", "--jsn", "x.yaml");
    expect(option.code).toBe(2);
    expect(option.stderr).toContain("(Did you mean --json?)");
    const command = await hackday("valdate", "x.yaml");
    expect(command.code).toBe(2);
    expect(command.stderr).toContain("(Did you mean validate?)");
  });
});
