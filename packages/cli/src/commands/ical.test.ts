import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { run } from "../program.js";
import { builtBin, captureIo, repoRoot, scratchDir } from "../test-io.js";

const example = (name: string) => join(repoRoot, "examples", name);
const NHS = example("nhs-hack-day-31.yaml");
const RIVERBEND = example("riverbend-expo-2026.yaml");

async function hackday(args: string[], env?: Record<string, string | undefined>) {
  const out = captureIo({ env: { NO_COLOR: "1", ...env }, cwd: repoRoot });
  const code = await run(args, out.io);
  return { code, stdout: out.stdout, stderr: out.stderr };
}

const scratch = scratchDir("ical");
const tmp = () => mkdtempSync(join(scratch, "case-"));

describe("hackday ics", () => {
  it("writes a deterministic feed to stdout", async () => {
    const a = await hackday(["ics", NHS]);
    const b = await hackday(["ics", NHS]);
    expect(a.code).toBe(0);
    expect(a.stdout).toMatch(/^BEGIN:VCALENDAR\r\n/);
    expect(a.stdout).toContain("METHOD:PUBLISH");
    expect(a.stdout).toBe(b.stdout);
  });

  it("honours SOURCE_DATE_EPOCH and --stamp for DTSTAMP", async () => {
    const viaEnv = await hackday(["ics", RIVERBEND], { SOURCE_DATE_EPOCH: "1790000000" });
    expect(viaEnv.stdout).toContain("DTSTAMP:20260921T");
    const viaFlag = await hackday(["ics", RIVERBEND, "--stamp", "2026-09-01T10:00:00Z"]);
    expect(viaFlag.stdout).toContain("DTSTAMP:20260901T100000Z");
    const bad = await hackday(["ics", RIVERBEND, "--stamp", "tuesday"]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("--stamp: expected an instant");
  });

  it("with --previous reports moves and cancellations, and -o writes the file", async () => {
    const dir = tmp();
    const v1 = join(dir, "v1.ics");
    expect((await hackday(["ics", NHS, "-o", v1])).code).toBe(0);
    const text = readFileSync(NHS, "utf8");
    const firstSession = "registration-sat";
    const edited = join(dir, "event.yaml");
    // Drop a public session: it must come back once as CANCELLED.
    writeFileSync(edited, text.replace(new RegExp(`\\n  - id: ${firstSession}\\n(    .*\\n)+`), "\n"));
    const result = await hackday(["ics", edited, "--previous", v1, "--json"]);
    expect(result.code).toBe(0);
    const summary = JSON.parse(result.stdout);
    expect(summary.changes.cancelled).toEqual([`nhs-hack-day-31/${firstSession}@hackdaykit`]);
    expect(summary.ics).toContain("STATUS:CANCELLED");
  });

  it("a judge's feed carries their rota slots from @hackdaykit/schedule", async () => {
    const result = await hackday(["ics", RIVERBEND, "--person", "ines-abernethy", "--json"]);
    expect(result.code).toBe(0);
    const { uids } = JSON.parse(result.stdout);
    expect(uids).toContain("riverbend-expo-2026/expo-judging@hackdaykit");
    const slots = uids.filter((u: string) => u.startsWith("riverbend-expo-2026/rota-ines-abernethy/"));
    expect(slots.length).toBeGreaterThan(0);
    // The rota settings pass through as in `hackday rota`; a bad one is a usage error.
    const fewer = await hackday(["ics", RIVERBEND, "--person", "ines-abernethy", "--views", "1", "--json"]);
    const fewerSlots = JSON.parse(fewer.stdout).uids.filter((u: string) =>
      u.includes("/rota-ines-abernethy/"),
    );
    expect(fewerSlots.length).toBeLessThanOrEqual(slots.length);
    expect((await hackday(["ics", RIVERBEND, "--person", "ines-abernethy", "--views", "0"])).code).toBe(2);
  });

  it("fails with one clear line for unknown ids, bad files and conflicting flags", async () => {
    const track = await hackday(["ics", NHS, "--track", "nope"]);
    expect(track.code).toBe(1);
    expect(track.stderr).toMatch(
      /^hackday: no track "nope" in this event \(expected "main" or "workshops"\)\n$/,
    );
    const missing = await hackday(["ics", "no-such.yaml"]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain("no-such.yaml");
    expect(missing.stderr).not.toMatch(/\n\s+at /);
    const both = await hackday(["ics", NHS, "--track", "a", "--room", "b"]);
    expect(both.code).toBe(2);
    const dir = tmp();
    const notIcs = join(dir, "old.ics");
    writeFileSync(notIcs, "hello\n");
    const prev = await hackday(["ics", NHS, "--previous", notIcs]);
    expect(prev.code).toBe(1);
    expect(prev.stderr).toContain("not an iCalendar file");
  });
});

describe("hackday export", () => {
  it("writes c3voc and JSON-LD", async () => {
    const c3voc = await hackday(["export", RIVERBEND, "--format", "c3voc"]);
    expect(c3voc.code).toBe(0);
    expect(JSON.parse(c3voc.stdout).schedule.conference.acronym).toBe("riverbend_expo_2026");
    const ld = await hackday(["export", RIVERBEND, "--format", "jsonld"]);
    expect(JSON.parse(ld.stdout)["@type"]).toBe("Hackathon");
    const bad = await hackday(["export", RIVERBEND, "--format", "pdf"]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--format: unknown format "pdf": (choose one of c3voc, jsonld)');
  });
});

describe("hackday import devpost", () => {
  const csv = [
    "Project Title,Submission Url,Project Status,Opt-In Prizes,Submitter First Name,Submitter Last Name,Submitter Email,Table Number",
    "Ward Board,https://devpost.com/software/ward-board,Submitted (Gallery/Visible),Best Patient Impact,Rae,Okafor,rae@example.org,21",
  ].join("\n");

  it("merges into an event file and the result validates", async () => {
    const dir = tmp();
    const file = join(dir, "devpost.csv");
    writeFileSync(file, csv);
    const out = join(dir, "event.json");
    const result = await hackday(["import", "devpost", file, "--event", NHS, "-o", out]);
    expect(result.code).toBe(0);
    expect(result.stderr).toContain("1 projects");
    expect((await hackday(["validate", out])).code).toBe(0);
    const merged = JSON.parse(readFileSync(out, "utf8"));
    const rae = merged.people.find((p: { name: string }) => p.name === "Rae Okafor");
    expect(rae).toMatchObject({ email: "rae@example.org", public: false });
  });

  it("says which column it needed", async () => {
    const dir = tmp();
    const file = join(dir, "bad.csv");
    writeFileSync(file, "Name,Email\nA,a@b.c\n");
    const result = await hackday(["import", "devpost", file]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("bad.csv:1: no project title column");
  });
});

describe("the built binary", () => {
  it("node dist/bin.js ics writes the same bytes under any TZ, run after run", async () => {
    const inProcess = (await hackday(["ics", RIVERBEND])).stdout;
    const { SOURCE_DATE_EPOCH: _unset, ...env } = process.env;
    for (const tz of ["Pacific/Auckland", "America/New_York"]) {
      const out = execFileSync(process.execPath, [builtBin, "ics", RIVERBEND], {
        encoding: "utf8",
        env: { ...env, TZ: tz },
      });
      expect(out).toMatch(/^BEGIN:VCALENDAR\r\n/);
      expect(out).toContain("BEGIN:VTIMEZONE\r\nTZID:Europe/London");
      expect(out).toBe(inProcess);
    }
  });
});
