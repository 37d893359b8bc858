// Benchmark: `hackday validate` (the built CLI) of generated events shaped like examples/*.yaml, at two sizes
// (~5 MB and ~10 MB, under the 10 MiB input limit) to show that time and memory grow linearly. Prints wall time
// and peak RSS (GNU time -v) of each run. Goal (issue 12): the ~10 MB event in < 3 s and < 400 MB.
// Usage: npm run bench [-- ATTENDEES]   (default 34,000 attendees, ~10 MB)
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { generateEvent } from "./generate-event.mjs";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "../../..");
const cli = join(root, "packages/cli/dist/bin.js");
const attendees = Number(process.argv[2] ?? 34_000);

if (!existsSync("/usr/bin/time")) {
  console.error("bench: GNU time (/usr/bin/time) is not installed: apt-get install -y time");
  process.exit(1);
}
if (!existsSync(cli)) {
  console.error("bench: building the CLI first");
  execFileSync("npx", ["turbo", "run", "build", "--filter=@hackdaykit/cli..."], {
    cwd: root,
    stdio: "inherit",
  });
}

/** Runs the CLI under GNU time; wall seconds and peak RSS in MB from its report. */
function measure(args) {
  const run = spawnSync("/usr/bin/time", ["-v", process.execPath, cli, ...args], { encoding: "utf8" });
  const field = (name) => run.stderr.match(new RegExp(`${name}: (.+)`))?.[1]?.trim();
  const [m, s] = (field("Elapsed \\(wall clock\\) time \\(h:mm:ss or m:ss\\)") ?? "0:0")
    .split(":")
    .map(Number);
  return {
    status: run.status,
    stdout: run.stdout.trim(),
    stderr: run.stderr.split("\n\tCommand being timed")[0].trim(),
    seconds: m * 60 + s,
    cpu: Number(field("User time \\(seconds\\)")) + Number(field("System time \\(seconds\\)")),
    peakMb: Number(field("Maximum resident set size \\(kbytes\\)")) / 1024,
  };
}

const dir = mkdtempSync(join(tmpdir(), "hackdaykit-bench-validate-"));
try {
  const rows = [];
  for (const count of [Math.round(attendees / 2), attendees]) {
    const file = join(dir, `event-${count}.yaml`);
    writeFileSync(file, generateEvent(count));
    const mb = statSync(file).size / 1e6;
    const result = measure(["validate", file]);
    if (result.status !== 0) {
      console.error(`bench: the generated event is not valid:\n${result.stderr.slice(0, 2000)}`);
      process.exitCode = 1;
      break;
    }
    rows.push({ count, mb, file, ...result });
    console.log(
      `hackday validate  ${mb.toFixed(1).padStart(5)} MB  ${result.stdout.replace(/^✓ \S+: /, "")}` +
        `  ${result.seconds.toFixed(2)} s wall, ${result.cpu.toFixed(2)} s CPU, peak ${result.peakMb.toFixed(0)} MB`,
    );
  }
  if (rows.length === 2) {
    const [small, large] = rows;
    // The same file with one typo: every issue is located, so this is the error path's cost.
    const typo = join(dir, "event-typo.yaml");
    writeFileSync(typo, readFileSync(large.file, "utf8").replace(/room: hall-1$/m, "room: hall-x"));
    const broken = measure(["validate", typo]);
    console.log(
      `hackday validate  ${large.mb.toFixed(1).padStart(5)} MB  one unknown room (exit ${broken.status}): ` +
        `${broken.seconds.toFixed(2)} s wall, ${broken.cpu.toFixed(2)} s CPU, peak ${broken.peakMb.toFixed(0)} MB`,
    );
    const perMb = (row) => row.cpu / row.mb;
    console.log(
      `linearity: ${perMb(small).toFixed(3)} CPU s/MB at ${small.mb.toFixed(1)} MB, ` +
        `${perMb(large).toFixed(3)} CPU s/MB at ${large.mb.toFixed(1)} MB ` +
        `(CPU ratio ${(large.cpu / small.cpu).toFixed(2)}× for ${(large.mb / small.mb).toFixed(2)}× the size)`,
    );
    const ok = large.seconds < 3 && large.peakMb < 400;
    // On a shared machine wall time includes waiting for a core; CPU time is what the run itself cost.
    const load = loadavg()[0].toFixed(1);
    console.log(`goal (< 3 s, < 400 MB at ~10 MB): ${ok ? "met" : "NOT met"} (load average ${load})`);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
