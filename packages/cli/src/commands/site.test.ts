import { spawnSync } from "node:child_process";
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PassThrough } from "node:stream";
import { parseSource } from "@hackdaykit/schema";
import { afterAll, describe, expect, it } from "vitest";
import { run } from "../program.js";
import { builtBin, repoRoot } from "../test-io.js";

const work = mkdtempSync(join(tmpdir(), "hackday-site-cli-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function hackday(...args: string[]) {
  const result = spawnSync(process.execPath, [builtBin, ...args], {
    cwd: work,
    encoding: "utf8",
    env: { ...process.env, NO_COLOR: "1" },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const INIT = [
  "--name",
  "Mill Hack",
  "--start",
  "2026-10-24",
  "--end",
  "2026-10-25",
  "--timezone",
  "Europe/London",
  "--venue",
  "The Old Mill",
];

/** Every file of a folder, path → bytes. */
function snapshot(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) {
      const path = join(entry.parentPath, entry.name);
      files.set(path.slice(dir.length + 1), readFileSync(path, "latin1"));
    }
  }
  return files;
}

describe("hackday init", () => {
  it("writes a valid event, ledger, README and CI workflow, with the schema line for editors", () => {
    const result = hackday("init", "mill", ...INIT);
    expect(result.stderr).toContain("wrote");
    expect(result.code).toBe(0);
    const event = readFileSync(join(work, "mill/event.yaml"), "utf8");
    expect(event.split("\n")[0]).toMatch(/^# yaml-language-server: \$schema=https:.*event\.schema\.json$/);
    expect(readFileSync(join(work, "mill/accounts.ledger.yaml"), "utf8")).toMatch(
      /^# yaml-language-server: \$schema=.*ledger\.schema\.json/,
    );
    for (const kind of ["pitches", "hacking", "meal", "demos", "prizegiving"])
      expect(event).toContain(`kind: ${kind}`);
    expect(event).toContain("id: best-in-show");
    const workflow = readFileSync(join(work, "mill/.github/workflows/site.yml"), "utf8");
    expect(parseSource(workflow, "site.yml").issues).toEqual([]);
    expect(workflow).toContain("hackday validate event.yaml accounts.ledger.yaml");
    expect(workflow).toContain("hackday site build event.yaml -o _site");
    expect(workflow).toContain("actions/deploy-pages");
    expect(existsSync(join(work, "mill/README.md"))).toBe(true);
    const check = hackday("validate", "mill/event.yaml", "mill/accounts.ledger.yaml");
    expect(check.stderr + check.stdout).not.toContain("warning");
    expect(check.code).toBe(0);
    const agenda = hackday("agenda", "mill/event.yaml", "--check");
    expect(agenda.code).toBe(0);
  });

  it("asks for what the flags leave out on a terminal, again when the time zone is wrong", async () => {
    const stdin = Object.assign(new PassThrough(), { isTTY: true });
    stdin.end(
      ["Harbour Hack", "2026-03-28", "2026-03-29", "lisbon", "Europe/Lisbon", "The Net Loft", "eur", ""].join(
        "\n",
      ),
    );
    const err: string[] = [];
    const io = {
      stdout: { write: () => true, isTTY: true },
      stderr: { write: (text: string) => err.push(text), isTTY: true },
      env: { NO_COLOR: "1" },
      cwd: work,
      stdin,
    };
    expect(await run(["init", "asked"], io)).toBe(0);
    expect(err.join("")).toContain('"lisbon" is not a time zone; did you mean Europe/Lisbon?');
    const event = readFileSync(join(work, "asked/event.yaml"), "utf8");
    expect(event).toContain('name: "Harbour Hack"');
    expect(event).toContain("timezone: Europe/Lisbon");
    expect(event).toContain("currency: EUR");
    expect(event).toContain("start: 2026-03-29T14:00");
  });

  it("refuses to overwrite existing files, and writes nothing then", () => {
    mkdirSync(join(work, "taken"));
    writeFileSync(join(work, "taken/README.md"), "ours\n");
    const result = hackday("init", "taken", ...INIT);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("not overwriting");
    expect(result.stderr).toContain("README.md");
    expect(readdirSync(join(work, "taken"))).toEqual(["README.md"]);
  });

  it("checks the time zone with a did-you-mean, and names every missing or bad flag", () => {
    const zone = hackday("init", "z", ...INIT.slice(0, 6), "--timezone", "Europe/Lodnon", "--venue", "V");
    expect(zone.code).toBe(2);
    expect(zone.stderr).toContain(
      '--timezone: "Europe/Lodnon" is not an IANA time zone (did you mean Europe/London',
    );
    const city = hackday("init", "z", ...INIT.slice(0, 6), "--timezone", "berlin", "--venue", "V");
    expect(city.stderr).toContain("did you mean Europe/Berlin?");
    const missing = hackday("init", "z", "--name", "X");
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("missing --start, --timezone, --venue");
    const bad = hackday("init", "z", ...INIT, "--currency", "POUNDS", "--end", "2026-10-01");
    expect(bad.stderr).toContain("--currency: expected an ISO 4217 code");
    expect(bad.stderr).toContain("--end: 2026-10-01 is before --start 2026-10-24");
    expect(existsSync(join(work, "z"))).toBe(false);
  });
});

describe("hackday site build", () => {
  it("builds the same bytes twice, and rebuilding over the last output keeps it unchanged", () => {
    expect(hackday("init", "twice", ...INIT, "--url", "https://example.org/mill/").code).toBe(0);
    const first = hackday("site", "build", "twice/event.yaml", "-o", "a");
    expect(first.stderr).toMatch(/✓ a: 5 pages, \d+ files from 1 event/);
    expect(first.code).toBe(0);
    expect(hackday("site", "build", "twice/event.yaml", "-o", "b").code).toBe(0);
    const a = snapshot(join(work, "a"));
    expect(a.has("sitemap.xml")).toBe(true);
    expect(a.has("accounts.svg")).toBe(true);
    expect(snapshot(join(work, "b"))).toEqual(a);
    expect(hackday("site", "build", "twice/event.yaml", "-o", "a").code).toBe(0);
    expect(snapshot(join(work, "a"))).toEqual(a);
  });

  it("keeps the old site whole when the new build fails, and never replaces a folder it did not build", () => {
    cpSync(join(work, "twice"), join(work, "broken"), { recursive: true });
    expect(hackday("site", "build", "broken/event.yaml", "-o", "kept").code).toBe(0);
    const before = snapshot(join(work, "kept"));
    const file = join(work, "broken/event.yaml");
    writeFileSync(file, readFileSync(file, "utf8").replace("room: main-room", "room: main-rooom"));
    const failed = hackday("site", "build", "broken/event.yaml", "-o", "kept");
    expect(failed.code).toBe(1);
    expect(failed.stderr).toMatch(
      /broken\/event\.yaml:\d+:\d+: sessions\[1\]\.room: unknown room "main-rooom"/,
    );
    expect(failed.stderr).not.toMatch(/\n\s+at /);
    expect(snapshot(join(work, "kept"))).toEqual(before);
    expect(readdirSync(work).filter((f) => f.includes(".tmp") || f.includes(".old"))).toEqual([]);

    mkdirSync(join(work, "mine"));
    writeFileSync(join(work, "mine/notes.txt"), "keep me\n");
    const refused = hackday("site", "build", "twice/event.yaml", "-o", "mine");
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain("is not a site built by hackday");
    expect(readdirSync(join(work, "mine"))).toEqual(["notes.txt"]);
  });

  it("builds a series from a series.yaml, matching each ledger to its event", () => {
    writeFileSync(
      join(work, "series.yaml"),
      [
        "name: Example hack days",
        "description: Two very different weekends.",
        "url: https://example.org/series/",
        "events:",
        `  - ${join(repoRoot, "examples/nhs-hack-day-31.yaml")}`,
        `  - ${join(repoRoot, "examples/riverbend-expo-2026.yaml")}`,
        "ledgers:",
        `  - ${join(repoRoot, "examples/nhs-hack-day-31.ledger.yaml")}`,
        "",
      ].join("\n"),
    );
    const result = hackday(
      "site",
      "build",
      "series.yaml",
      "--today",
      "2026-06-01",
      "--json",
      "-o",
      "series-site",
    );
    expect(result.code).toBe(0);
    const summary = JSON.parse(result.stdout) as { files: string[]; warnings: string[] };
    expect(summary.warnings).toEqual([]);
    expect(summary.files).toContain("nhs-hack-day-31/accounts.svg");
    expect(summary.files).not.toContain("riverbend-expo-2026/accounts.svg");
    expect(summary.files).toContain("archive/event-riverbend-expo-2026.html");
    const index = readFileSync(join(work, "series-site/index.html"), "utf8");
    expect(index).toContain("<h1>Example hack days</h1>");
    expect(readFileSync(join(work, "series-site/sitemap.xml"), "utf8")).toContain(
      "https://example.org/series/archive/index.html",
    );

    writeFileSync(join(work, "bad-series.yaml"), "name: 3\nevents: nope\ncolour: red\n");
    const bad = hackday("site", "build", "bad-series.yaml", "-o", "x");
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain("bad-series.yaml:1:7: name: expected the series' name");
    expect(bad.stderr).toContain("bad-series.yaml:2:9: events: expected a list of file paths");
    expect(bad.stderr).toContain("colour: unknown field");
  });

  it("names a ledger that belongs to none of the events", () => {
    const result = hackday(
      "site",
      "build",
      "twice/event.yaml",
      "--ledger",
      join(repoRoot, "examples/nhs-hack-day-31.ledger.yaml"),
      "-o",
      "y",
    );
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(
      'event: "nhs-hack-day-31" is none of the events being built (mill-hack-2026)',
    );
  });
});
