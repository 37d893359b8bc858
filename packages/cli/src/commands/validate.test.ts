import { execFileSync, spawnSync } from "node:child_process";
import { readFileSync, truncateSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { run } from "../program.js";
import { builtBin, captureIo, repoRoot, scratchDir } from "../test-io.js";

const examples = ["examples/nhs-hack-day-31.yaml", "examples/riverbend-expo-2026.yaml"].map((f) =>
  join(repoRoot, f),
);
const ledger = join(repoRoot, "examples/nhs-hack-day-31.ledger.yaml");
const dir = scratchDir("validate");

/** A small valid event touching most kinds of entity: the seed for mutation fuzzing. */
const seed = `id: fuzz-hack
name: Fuzz Hack
timezone: Europe/London
start: 2026-10-24
end: 2026-10-25
venue:
  id: hall
  name: Hall
  openingHours:
    - { date: 2026-10-24, opens: "08:00", closes: "22:00" }
  rooms:
    - id: main
      name: Main
      capacity: 100
people:
  - id: ada
    name: Ada
    email: ada@example.org
    roles: [judge]
    public: true
  - id: bob
    name: Bob
    phone: "+44 7700 900123"
sponsors:
  - id: acme
    name: Acme
    pledges:
      - amount: "£1,250.00"
sessions:
  - id: pitches
    title: Pitches
    kind: pitches
    start: 2026-10-24T09:30
    end: 2026-10-24T10:30
    room: main
    speakers: [ada]
  - id: night
    title: Night
    kind: hacking
    start: 2026-10-24T22:00
    duration: PT10H
prizes:
  - id: best
    name: Best
    sponsor: acme
    value: 100 GBP
teams:
  - id: t1
    name: T1
    members: [bob]
projects:
  - id: p1
    title: P1
    team: t1
    prizes: [best]
    table: 1
judging:
  criteria:
    - { id: impact, name: Impact, weight: 2 }
  panel: [ada]
  ballots:
    scores:
      - { judge: ada, project: p1, criterion: impact, score: 4 }
`;

function file(name: string, content: string | Buffer): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

/** Every stderr line of a failed run must be `file[:line:col]: message`: one line per problem, no stack trace. */
function expectCleanFailure(stderr: string, path: string) {
  const lines = stderr.trimEnd().split("\n");
  const summary = lines.pop();
  expect(summary).toMatch(/file\(s\) invalid$/);
  expect(lines.length).toBeGreaterThan(0);
  for (const line of lines) {
    expect(line.startsWith(`${path}:`) || line.startsWith(`${path}: `)).toBe(true);
    expect(line).not.toMatch(/^\s+at |internal error|TypeError|undefined/);
  }
}

describe("hackday validate", () => {
  it("accepts the shipped examples", async () => {
    const out = captureIo();
    expect(await run(["validate", ...examples], out.io)).toBe(0);
    expect(out.stdout).toContain("nhs-hack-day-31.yaml: valid (120 people, 18 sessions, 17 projects)");
    expect(out.stderr).toBe("");
  });

  it("checks *.ledger.yaml files as ledgers, so `hackday validate examples/*.yaml` covers every example", async () => {
    const out = captureIo();
    expect(await run(["validate", ledger, ...examples], out.io)).toBe(0);
    expect(out.stdout).toMatch(
      /nhs-hack-day-31\.ledger\.yaml: valid ledger \(\d+ transactions, \d+ accounts\)/,
    );
    const broken = file(
      "broken.ledger.yaml",
      readFileSync(ledger, "utf8").replace('amount: "£6.50"', 'amount: "£6.5.0"'),
    );
    const bad = captureIo();
    expect(await run(["validate", broken], bad.io)).toBe(1);
    expect(bad.stderr).toMatch(
      /broken\.ledger\.yaml:\d+:\d+: transactions\[\d+\]\.postings\[0\]\.amount: .*not a decimal amount/,
    );
  });

  it("accepts the fuzz seed", async () => {
    const out = captureIo();
    expect(await run(["validate", file("seed.yaml", seed)], out.io)).toBe(0);
  });

  it("names line and path of each problem in a broken copy, exit 1", async () => {
    const broken = readFileSync(examples[0]!, "utf8")
      .replace("room: seminar-1", "room: seminar-9")
      .replace("timezone: Europe/London", "timezone: Europe/Londn");
    const path = file("broken.yaml", broken);
    const out = captureIo();
    expect(await run(["validate", path], out.io)).toBe(1);
    expect(out.stderr).toMatch(new RegExp(`^${path}:\\d+:\\d+: timezone: expected an IANA time zone`, "m"));
    const fixedZone = file("broken2.yaml", broken.replace("Europe/Londn", "Europe/London"));
    const second = captureIo();
    expect(await run(["validate", fixedZone], second.io)).toBe(1);
    expect(second.stderr).toMatch(/broken2\.yaml:\d+:\d+: sessions\[\d+\]\.room: unknown room "seminar-9"/);
  });

  it.each([
    ["missing file", () => join(dir, "nope.yaml"), "no such file"],
    ["directory", () => dir, "is a directory"],
    [
      "binary junk",
      () => file("junk.bin", Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0xff, 0xfe, 0x00, 0x01])),
      "not UTF-8",
    ],
    ["NUL bytes", () => file("nul.yaml", "id: a\u0000\n"), "NUL byte"],
    [
      "50 MB file",
      () => {
        const path = file("big.yaml", "");
        truncateSync(path, 50 * 1024 * 1024);
        return path;
      },
      "is too large (50.0 MB; the limit is 10.0 MB)",
    ],
    ["malformed YAML", () => file("bad.yaml", "id: a\nname: [oops\n"), "bad.yaml:"],
    ["a list, not an event", () => file("list.yaml", "- 1\n- 2\n"), "expected object"],
    ["empty file", () => file("empty.yaml", ""), "expected object"],
  ])("fails cleanly on a %s", async (_name, make, message) => {
    const path = make();
    const out = captureIo();
    expect(await run(["validate", path], out.io)).toBe(1);
    expect(out.stderr).toContain(message);
    expectCleanFailure(out.stderr, path);
  });

  it("prints machine-readable results with --json", async () => {
    const out = captureIo();
    const path = file("json-bad.yaml", seed.replace("room: main", "room: nowhere"));
    expect(await run(["validate", "--json", path], out.io)).toBe(1);
    const report = JSON.parse(out.stdout);
    expect(report.files[0]).toMatchObject({
      file: path,
      valid: false,
      issues: [{ path: ["sessions", 0, "room"], line: 35 }],
    });
  });

  /** Random edits to a base text: lines deleted, duplicated, re-indented or given hostile values; bytes changed; cuts. */
  function mutants(base: string) {
    const lineCount = base.split("\n").length;
    const mutation = fc.oneof(
      fc.record({ kind: fc.constant("delete" as const), at: fc.nat(lineCount - 1) }),
      fc.record({ kind: fc.constant("duplicate" as const), at: fc.nat(lineCount - 1) }),
      fc.record({
        kind: fc.constant("indent" as const),
        at: fc.nat(lineCount - 1),
        by: fc.integer({ min: -4, max: 4 }),
      }),
      fc.record({
        kind: fc.constant("value" as const),
        at: fc.nat(lineCount - 1),
        value: fc.constantFrom(
          "~",
          "[]",
          "{}",
          "-1",
          "1e999",
          "yes",
          '"x"',
          "2026-13-45T99:99",
          "2026-03-29T01:30",
          "&a [*a]",
          "!!binary AA==",
          "£1.2.3",
        ),
      }),
      fc.record({
        kind: fc.constant("char" as const),
        at: fc.nat(base.length - 1),
        char: fc.string({ maxLength: 2 }),
      }),
      fc.record({ kind: fc.constant("truncate" as const), at: fc.nat(base.length - 1) }),
    );
    return fc.array(mutation, { minLength: 1, maxLength: 4 }).map((mutations) => {
      let text = base;
      for (const m of mutations) {
        const current = text.split("\n");
        const at = Math.min(m.at, current.length - 1);
        if (m.kind === "delete") current.splice(at, 1);
        else if (m.kind === "duplicate") current.splice(at, 0, current[at]!);
        else if (m.kind === "indent")
          current[at] = m.by > 0 ? " ".repeat(m.by) + current[at] : current[at]!.slice(-m.by);
        else if (m.kind === "value") current[at] = current[at]!.replace(/:\s.*$/, `: ${m.value}`);
        text = current.join("\n");
        if (m.kind === "char") text = text.slice(0, m.at) + m.char + text.slice(m.at + 1);
        if (m.kind === "truncate") text = text.slice(0, m.at);
      }
      return text;
    });
  }

  async function survives(base: string, runs: number) {
    let count = 0;
    await fc.assert(
      fc.asyncProperty(mutants(base), async (text) => {
        const path = file(`mutant-${count++ % 50}.yaml`, text);
        const out = captureIo();
        const code = await run(["validate", path], out.io);
        expect([0, 1]).toContain(code);
        if (code === 1) expectCleanFailure(out.stderr, path);
      }),
      { numRuns: runs },
    );
  }

  it("survives thousands of mutated files: exit 0 or 1, one located line per problem, never a stack trace", async () => {
    await survives(seed, 3000);
  });

  it("survives mutations of the shipped small example too", async () => {
    await survives(readFileSync(examples[0]!, "utf8"), 300);
  });
});

describe("the built bin", () => {
  it("exits 0/1/2 with the contract's meaning and no stack trace", () => {
    expect(spawnSync("node", [builtBin, "validate", examples[0]!]).status).toBe(0);
    const bad = spawnSync("node", [builtBin, "validate", join(dir, "missing.yaml")], { encoding: "utf8" });
    expect(bad.status).toBe(1);
    expect(bad.stderr).not.toMatch(/\n\s+at /);
    const usage = spawnSync("node", [builtBin, "validate", "--frobnicate", examples[0]!], {
      encoding: "utf8",
    });
    expect(usage.status).toBe(2);
    expect(usage.stderr).toContain("unknown option '--frobnicate'");
    expect(spawnSync("node", [builtBin, "no-such-command"]).status).toBe(2);
    expect(spawnSync("node", [builtBin]).status).toBe(2);
  });

  it("prints plain text when piped and colour only on a TTY without NO_COLOR", async () => {
    const piped = spawnSync("node", [builtBin, "validate", join(dir, "missing.yaml")], { encoding: "utf8" });
    expect(piped.stderr).not.toContain("\u001b[");
    const tty = captureIo({ tty: true });
    await run(["validate", join(dir, "missing.yaml")], tty.io);
    expect(tty.stderr).toContain("\u001b[31m");
    const noColor = captureIo({ tty: true, env: { NO_COLOR: "1" } });
    await run(["validate", join(dir, "missing.yaml")], noColor.io);
    expect(noColor.stderr).not.toContain("\u001b[");
  });

  it("exits quietly when the reader closes the pipe early (| head)", () => {
    const large = examples[1]!;
    const piped = spawnSync("sh", ["-c", `node ${builtBin} rota ${large} --json | head -c 10`], {
      encoding: "utf8",
    });
    expect(piped.stdout).toHaveLength(10);
    expect(piped.stderr).not.toMatch(/EPIPE|\n\s+at /);
  });

  it("has --help with an example on every command", () => {
    for (const args of [["--help"], ["validate", "--help"], ["schema", "--help"]]) {
      const help = execFileSync("node", [builtBin, ...args], { encoding: "utf8" });
      expect(help).toMatch(/Example/);
    }
  });
});
