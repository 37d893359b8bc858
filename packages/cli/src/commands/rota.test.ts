import { spawnSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { run } from "../program.js";
import { builtBin, captureIo, repoRoot, scratchDir } from "../test-io.js";

const expo = join(repoRoot, "examples/riverbend-expo-2026.yaml");
const nhs = join(repoRoot, "examples/nhs-hack-day-31.yaml");
const dir = scratchDir("rota");

interface Assignment {
  judge: string;
  project: string;
  table: number;
  round: number;
  start: string;
  end: string;
}

describe("hackday rota", () => {
  it("--json on the large example: 660 timed slots, no shortfall, nobody double-booked", async () => {
    const out = captureIo();
    expect(await run(["rota", expo, "--json"], out.io)).toBe(0);
    const data = JSON.parse(out.stdout);
    expect(data.session).toBe("expo-judging");
    expect(data.shortfall).toEqual([]);
    const assignments = data.slots as Assignment[];
    expect(assignments).toHaveLength(660);
    // `assignments` is the deprecated name of the same list, kept for one minor release.
    expect(data.assignments).toEqual(data.slots);
    expect(assignments[0]).toEqual({
      judge: expect.any(String),
      project: expect.any(String),
      table: expect.any(Number),
      round: 1,
      start: "2026-10-25T11:30:00+00:00",
      end: "2026-10-25T11:34:00+00:00",
    });
    expect(new Set(assignments.map((a) => `${a.judge}@${a.round}`)).size).toBe(660);
    expect(new Set(assignments.map((a) => `${a.table}@${a.round}`)).size).toBe(660);
    expect(out.stderr).toMatch(/warning: 18 prize entries/);
  });

  it("--views 2 halves the visits; a short window gives a shortfall with reasons", async () => {
    const two = captureIo();
    expect(await run(["rota", expo, "--views", "2", "--json"], two.io)).toBe(0);
    expect(JSON.parse(two.stdout).slots).toHaveLength(440);
    const small = captureIo();
    expect(await run(["rota", nhs, "--json"], small.io)).toBe(0);
    const data = JSON.parse(small.stdout);
    expect(data.shortfall.length).toBeGreaterThan(0);
    for (const s of data.shortfall)
      expect(s).toEqual({
        project: expect.any(String),
        visits: expect.any(Number),
        needed: 3,
        reason: expect.any(String),
      });
  });

  it("prints per judge or per table for people", async () => {
    const out = captureIo();
    expect(await run(["rota", expo, "--by", "table"], out.io)).toBe(0);
    expect(out.stdout).toMatch(/^660 visits in 14 rounds of 4 min/);
    expect(out.stdout).toMatch(/Table\s+Project\s+Round\s+Time\s+Judge/);
  });

  it("re-plans after a judge leaves, keeping the rounds already done, and reports the changes", async () => {
    const first = captureIo();
    await run(["rota", expo, "--json"], first.io);
    const previous = join(dir, "rota.json");
    writeFileSync(previous, first.stdout);
    const out = captureIo();
    const code = await run(
      ["rota", expo, "--json", "--previous", previous, "--from-round", "6", "--judge-left", "bea-osei"],
      out.io,
    );
    expect(code).toBe(0);
    const before = JSON.parse(first.stdout).slots as Assignment[];
    const after = JSON.parse(out.stdout);
    const past = (list: Assignment[]) =>
      list
        .filter((a) => a.round < 6)
        .map((a) => `${a.judge}>${a.project}@${a.round}`)
        .sort();
    expect(past(after.slots)).toEqual(past(before));
    expect(after.slots.filter((a: Assignment) => a.round >= 6 && a.judge === "bea-osei")).toEqual([]);
    expect(after.changes.removed.every((v: Assignment) => v.judge === "bea-osei")).toBe(true);
    expect(after.changes.added.length).toBe(after.changes.removed.length);
  });

  it("bad input: unknown judge, re-plan flags without --previous, bad numbers", async () => {
    const a = captureIo();
    expect(await run(["rota", expo, "--previous", join(dir, "none.json")], a.io)).toBe(1);
    const b = captureIo();
    expect(await run(["rota", expo, "--judge-left", "bea-osei"], b.io)).toBe(2);
    const c = captureIo();
    expect(await run(["rota", expo, "--views", "0"], c.io)).toBe(2);
    const d = captureIo();
    const previous = join(dir, "rota.json");
    // An older version's `assignments` is still read.
    writeFileSync(previous, JSON.stringify({ assignments: [] }));
    expect(await run(["rota", expo, "--previous", previous, "--judge-left", "nobody"], d.io)).toBe(1);
    expect(d.stderr).toMatch(/no judge "nobody"/);
    const e = captureIo();
    const stale = join(dir, "stale.json");
    writeFileSync(stale, JSON.stringify({ slots: [{ judge: "bea-osei", project: "nope", round: 1 }] }));
    expect(await run(["rota", expo, "--previous", stale, "--from-round", "2"], e.io)).toBe(1);
    expect(e.stderr).toMatch(/not a rota for .*"nope" is not a project/);
  });

  it("the built binary prints the rota JSON", () => {
    const result = spawnSync(process.execPath, [builtBin, "rota", expo, "--json"], { encoding: "utf8" });
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout).slots).toHaveLength(660);
  });
});

describe("hackday rota when judge time is short (issue 11)", () => {
  const tmp = dir;
  // 40 projects, 10 judges, 30-minute visits in a 3-hour window: 5 rounds, 50 visits for 40 × 3 wanted.
  const judges = Array.from({ length: 10 }, (_, j) => `judge-${j}`);
  const event = {
    id: "short",
    name: "Short",
    timezone: "Europe/London",
    start: "2026-05-16",
    end: "2026-05-16",
    people: judges.map((id) => ({ id, name: id })),
    projects: Array.from({ length: 40 }, (_, p) => ({ id: `project-${p}`, title: `P${p}`, table: p + 1 })),
    judging: { panel: judges },
    sessions: [
      { id: "expo", title: "Expo", kind: "judging", start: "2026-05-16T14:00", end: "2026-05-16T17:00" },
    ],
  };
  const file = join(tmp, "event.json");
  writeFileSync(file, JSON.stringify(event));

  it("sees every project once before any twice, and says how many views each really gets", async () => {
    const json = captureIo();
    expect(await run(["rota", file, "--minutes", "30", "--views", "3", "--json"], json.io)).toBe(0);
    const data = JSON.parse(json.stdout);
    const visits = new Map<string, number>();
    for (const a of data.slots as Assignment[]) visits.set(a.project, (visits.get(a.project) ?? 0) + 1);
    expect(visits.size).toBe(40);
    expect(data.viewsGiven).toEqual([
      { views: 2, projects: 10 },
      { views: 1, projects: 30 },
    ]);
    const text = captureIo();
    expect(await run(["rota", file, "--minutes", "30", "--views", "12"], text.io)).toBe(0);
    expect(text.stdout).toMatch(/10 judges × 5 rounds = 50 visits, 1 view\(s\) for every project/);
    expect(text.stdout).toMatch(/views given: 10 project\(s\) 2, 30 project\(s\) 1/);
  });
});
