// Benchmark: one-shot `hackday teams` runs on a generated 300 × 60 event (the teams bench's size), as shipped
// (the CLI raises V8's WebAssembly tiering budget for `teams`, src/v8-flags.ts) and with V8's own default
// budget given on node's command line (the CLI keeps it): the process before that change. Interleaved runs,
// medians, peak memory. Prints figures; asserts nothing. Usage: npm run build, then node bench/teams.mjs
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { generateProblem } from "@hackdaykit/teams";
import { compare, header, row } from "../../../bench/measure.mjs";

const bin = join(dirname(fileURLToPath(import.meta.url)), "../dist/bin.js");
if (!existsSync(bin)) {
  console.error(`bench: ${bin} is missing: npm run build first`);
  process.exit(1);
}
const v8Options = spawnSync(process.execPath, ["--v8-options"], { encoding: "utf8" }).stdout;
const v8Budget = /default: --wasm-tiering-budget=(\d+)/.exec(v8Options)?.[1];
if (v8Budget === undefined) {
  console.error("bench: this node's V8 has no --wasm-tiering-budget flag");
  process.exit(1);
}

/** The event file and preferences CSV of generated event `seed` (the teams bench's first-solve event: 99). */
function writeEvent(dir, seed) {
  const p = generateProblem({ attendees: 300, pitches: 60, rankingLength: 5, seed });
  const list = (xs) => `[${xs.join(", ")}]`;
  const yaml = [
    `id: generated-${seed}`,
    `name: Generated 300 x 60 (seed ${seed})`,
    "timezone: Europe/London",
    "start: 2026-05-16",
    "end: 2026-05-17",
    "currency: GBP",
    "people:",
    ...p.people.flatMap((q) => [
      `  - id: ${q.id}`,
      `    name: ${q.id}`,
      "    roles: [attendee]",
      `    skills: ${list(q.skills)}`,
    ]),
    "formation:",
    "  pitches:",
    ...p.pitches.flatMap((q) => [
      `    - id: ${q.id}`,
      `      title: ${q.id}`,
      `      pitcher: ${q.pitcher}`,
      `      minSize: ${q.minSize}`,
      `      maxSize: ${q.maxSize}`,
      `      skillsWanted: ${list(q.skillsWanted)}`,
    ]),
    "  groups:",
    ...p.groups.map((g) => `    - members: ${list(g)}`),
  ];
  const ranking = (r) => (typeof r === "string" ? r : r.map((tier) => tier.join("=")).join(">"));
  const csv = p.preferences.map((c) => `${c.person},${ranking(c.ranking)},${(c.avoid ?? []).join(" ")}`);
  const event = join(dir, "event.yaml");
  const prefs = join(dir, "prefs.csv");
  writeFileSync(event, `${yaml.join("\n")}\n`);
  writeFileSync(prefs, `person,ranking,avoid\n${csv.join("\n")}\n`);
  return [event, "--preferences", prefs, "--json"];
}

const dir = mkdtempSync(join(tmpdir(), "hackday-bench-teams-"));
try {
  const cases = [
    ["hackday teams EVENT (300 × 60, one allocation)", ["teams", ...writeEvent(dir, 99)], 5],
    ["hackday teams simulate (120 × 25, 5 runs)", ["teams", "simulate", "--json"], 3],
  ];
  console.log(`Node ${process.version}; V8's default tiering budget ${v8Budget}; interleaved runs`);
  console.log(header);
  for (const [label, args, runs] of cases) {
    const [shipped, before] = compare(
      [
        { command: process.execPath, args: [bin, ...args] },
        { command: process.execPath, args: [`--wasm-tiering-budget=${v8Budget}`, bin, ...args] },
      ],
      runs,
    );
    console.log(`${label}, ${runs} runs each`);
    console.log(row("  as shipped (budget 600000000)", shipped));
    console.log(row(`  V8's default budget (${v8Budget})`, before));
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
