// Benchmarks for @hackdaykit/judging, run from the built package (npm run build first; turbo does it).
// Prints figures; asserts nothing about time (machines differ).
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { compare, header, need, ratio, row } from "../../../bench/measure.mjs";
import { straightforwardPort } from "./straightforward.mjs";
import { voteCsv } from "./votes.mjs";

// The built package (JUDGING_DIST overrides, e.g. to measure a private build while dist/ is being rebuilt).
// The internals the bench times (the PRNG, CrowdBT's divergences) come from the unexported dist/internal.js.
const judging = {
  ...(await import("../dist/internal.js")),
  ...(await import(process.env.JUDGING_DIST ?? "../dist/index.js")),
};
const {
  buildProfile,
  chooseNext,
  createCrowdBt,
  crowdBtVote,
  kemeny,
  preferenceMatrix,
  rankedPairs,
  schulze,
  seededRandom,
  shuffle,
} = judging;
const straightforwardChooseNext = straightforwardPort(judging);

const here = fileURLToPath(new URL(".", import.meta.url));
const root = join(here, "../../..");
const work = mkdtempSync(join(tmpdir(), "judging-bench-"));
process.on("exit", () => rmSync(work, { recursive: true, force: true }));
const random = seededRandom(42);
const ms = (t) => `${t.toFixed(t < 10 ? 3 : 1)} ms`;
// Wall time, plus this process's CPU time: on a busy machine the second is the steadier figure.
const time = (fn) => {
  const cpu = process.cpuUsage();
  const start = process.hrtime.bigint();
  const value = fn();
  const used = process.cpuUsage(cpu);
  return { value, ms: Number(process.hrtime.bigint() - start) / 1e6, cpu: (used.user + used.system) / 1000 };
};
const cpu = (t) => `cpu ${t.cpu.toFixed(0)} ms`;
const bestOf = (runs, fn) => {
  const all = Array.from({ length: runs }, () => time(fn));
  return { ms: Math.min(...all.map((t) => t.ms)), cpu: Math.min(...all.map((t) => t.cpu)) };
};
const best = (runs, fn) => bestOf(runs, fn).ms;
const line = (label, figure, note = "") => console.log(`${label.padEnd(58)} ${figure.padStart(12)}  ${note}`);

console.log(`@hackdaykit/judging benchmarks — Node ${process.version}, ${process.arch}\n`);

// 1. CrowdBT replay through the CLI, next to a straightforward pure-Python replay of the same update, in one run:
//    300k votes, 1,000 projects, 200 judges, ids as people write them (judge-174,project-484,project-726).
{
  need("python3");
  const csv = join(work, "votes-300k.csv");
  writeFileSync(csv, voteCsv({ votes: 300_000, projects: 1000, judges: 200 }));
  const bin = process.env.HACKDAY_BIN ?? join(root, "packages/cli/dist/bin.js");
  if (!existsSync(bin)) {
    // `npm run bench` builds this package, not the CLI that the replay goes through.
    console.log("(building the hackday CLI first)");
    spawnSync("npx", ["turbo", "run", "build", "--filter=@hackdaykit/cli...", "--output-logs=errors-only"], {
      cwd: root,
      stdio: "inherit",
    });
  }
  const [ours, python] = compare(
    [
      { command: process.execPath, args: [bin, "judge", "crowd-bt", csv, "--json"] },
      { command: "python3", args: [join(here, "crowd_bt_replay.py"), csv] },
    ],
    5,
  );
  // Same votes, same order, same update: the two must agree (to rounding) on every μ.
  const a = JSON.parse(ours.stdout).ranking;
  const b = new Map(JSON.parse(python.stdout).ranking.map((r) => [r.id, r]));
  const drift = Math.max(...a.map((r) => Math.abs(r.mu - b.get(r.id).mu)));
  console.log(
    "CrowdBT replay, 300k votes / 1,000 projects / 200 judges (readable ids), 5 runs each, interleaved",
  );
  console.log(header);
  console.log(row("hackday judge crowd-bt --json", ours));
  console.log(row("pure-Python replay (bench/crowd_bt_replay.py)", python));
  console.log(ratio(ours, python, 3));
  console.log(`  ${a.length} projects ranked by both; largest |Δμ| ${drift.toExponential(1)}`);
  if (!(drift < 1e-9) || a.length !== b.size) throw new Error("the CLI and the Python replay disagree");
  console.log("");
}

// 2. Next-project choice among 1,000 candidates: ours vs a straightforward port of Gavel's loop.
{
  const P = 1000;
  const model = createCrowdBt(
    Array.from({ length: P }, (_, i) => `p${i}`),
    ["j0"],
  );
  for (let v = 0; v < 5000; v++) {
    const a = Math.floor(random() * P);
    const b = (a + 1 + Math.floor(random() * (P - 1))) % P;
    crowdBtVote(model, 0, Math.min(a, b), Math.max(a, b)); // lower index wins: a consistent order
  }
  const state = { judge: 0, previous: 7 };
  const greedy = () => 0.99; // ≥ ε: always the information-gain branch, the expensive one
  const calls = 2000;
  const oursRun = bestOf(5, () => {
    for (let k = 0; k < calls; k++) chooseNext(model, state, greedy);
  });
  const ours = oursRun.ms / calls;
  const items = Array.from({ length: P }, (_, i) => ({
    id: i,
    mu: model.mu[i],
    sigmaSq: model.sigmaSq[i],
    active: true,
    viewed: 3,
  }));
  const annotator = { alpha: model.alpha[0], beta: model.beta[0], prev: items[7], ignore: new Set([7]) };
  const portCalls = 50;
  const port =
    best(3, () => {
      for (let k = 0; k < portCalls; k++) straightforwardChooseNext(annotator, items, greedy, shuffle);
    }) / portCalls;
  const a = chooseNext(model, state, greedy);
  const b = straightforwardChooseNext(annotator, items, greedy, shuffle);
  line(
    "next project among 1,000 candidates (chooseNext)",
    ms(ours),
    `per call (cpu ${(oursRun.cpu / calls).toFixed(3)} ms); same pick as the port: ${a === b.id}`,
  );
  line(
    "  straightforward port of Gavel's choose_next, same run",
    ms(port),
    `per call; ${(port / ours).toFixed(1)}× slower`,
  );
}

// 3. Schulze and ranked pairs, 1,000 projects × 200 full rankings.
{
  const P = 1000;
  const ids = Array.from({ length: P }, (_, i) => `p${String(i).padStart(4, "0")}`);
  const quality = ids.map(() => random());
  const ballots = Array.from({ length: 200 }, () => {
    const seen = ids.map((id, i) => ({ id, x: quality[i] + 0.5 * random() }));
    seen.sort((x, y) => y.x - x.x);
    return { groups: seen.map((s) => [s.id]), count: 1 };
  });
  const profile = buildProfile(ballots, { candidates: ids });
  const m = time(() => preferenceMatrix(profile));
  const s = time(() => schulze(m.value));
  const r = time(() => rankedPairs(m.value));
  line("pairwise matrix, 1,000 projects × 200 rankings", ms(m.ms), cpu(m));
  line("schulze on it", ms(s.ms), `total ${ms(m.ms + s.ms)}; ${cpu(s)}`);
  line(
    "ranked pairs on it",
    ms(r.ms),
    `total ${ms(m.ms + r.ms)}; ${cpu(r)}; ${r.value.lockSequence.length} pairs`,
  );
  const cyclic = Array.from({ length: 200 }, () => ({
    groups: shuffle([...ids], random).map((id) => [id]),
    count: 1,
  }));
  const noisy = preferenceMatrix(buildProfile(cyclic, { candidates: ids }));
  const s2 = time(() => schulze(noisy));
  const r2 = time(() => rankedPairs(noisy));
  line("schulze, 1,000 × 200 random (cycle-rich) rankings", ms(s2.ms), cpu(s2));
  line("ranked pairs, same random rankings", ms(r2.ms), cpu(r2));
}

// 4. Kemeny–Young exact, 20 candidates.
{
  const ids = Array.from({ length: 20 }, (_, i) => `c${i}`);
  const ballots = Array.from({ length: 60 }, () => ({
    groups: shuffle([...ids], random).map((id) => [id]),
    count: 1,
  }));
  const k = time(() => kemeny(preferenceMatrix(buildProfile(ballots, { candidates: ids }))));
  line(
    "kemeny exact, 20 candidates × 60 random rankings",
    ms(k.ms),
    `${cpu(k)}; optimum ${k.value.score}, ${k.value.optimalCount} optimal order(s)`,
  );
}

// 5. Bundle: the ESM entry minified and gzipped.
{
  const esbuild = spawnSync(
    join(root, "node_modules/.bin/esbuild"),
    [
      join(here, "../dist/index.js"),
      "--bundle",
      "--minify",
      "--format=esm",
      "--platform=neutral",
      "--external:@hackdaykit/schema",
    ],
    { encoding: "buffer", maxBuffer: 64 * 1024 * 1024 },
  );
  if (esbuild.status !== 0) throw new Error(esbuild.stderr.toString());
  const min = esbuild.stdout;
  line("bundle: dist/index.js minified", `${(min.length / 1024).toFixed(1)} kB`);
  line("bundle: minified + gzipped", `${(gzipSync(min, { level: 9 }).length / 1024).toFixed(1)} kB`);
}
