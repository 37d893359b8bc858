// Benchmark: the first sizeable allocation in a process, the one a one-shot `hackday teams` run pays. Each
// run is a fresh node process (bench/one-allocation.mjs), with V8's default flags and with the WebAssembly
// tiering budget the `hackday` CLI sets for `teams` (packages/cli/src/v8-flags.ts), interleaved so both see
// the same machine load; medians of wall and CPU time (CPU counts V8's background compiler threads too).
// Prints figures; asserts nothing. Usage: npm run build, then node bench/first-solve.mjs
import { existsSync } from "node:fs";
import { run } from "../../../bench/measure.mjs";

const child = new URL("./one-allocation.mjs", import.meta.url).pathname;
if (!existsSync(new URL("../dist/index.js", import.meta.url))) {
  console.error("bench: dist/ is missing: npm run build first");
  process.exit(1);
}
const contenders = [
  { label: "V8 default flags", flags: [] },
  { label: "--wasm-tiering-budget=600000000 (hackday teams)", flags: ["--wasm-tiering-budget=600000000"] },
];
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const s = (x) => `${x.toFixed(2)} s`.padStart(7);
const pair = (rs, pick) =>
  `${s(median(rs.map((r) => pick(r).wall)))} cpu ${s(median(rs.map((r) => pick(r).cpu)))}`;

console.log(`Node ${process.version}; medians of wall and CPU time over fresh processes, interleaved`);
// Seed 99: a typical event (~0.8 s warm). Seed 98: a hard one (~4 s warm), to show long solves still tier up.
for (const [seed, times] of [
  [99, 5],
  [98, 3],
]) {
  const runs = contenders.map(() => []);
  for (let k = 0; k < times; k++)
    contenders.forEach((c, i) => {
      const r = run(process.execPath, [...c.flags, child, String(seed)]);
      runs[i].push({ ...JSON.parse(r.stdout), process: r });
    });
  console.log(`\n300 × 60 event seed ${seed}, ${times} processes each`);
  console.log(
    `${"".padEnd(48)} ${"load HiGHS (4 people)".padEnd(22)} ${"first 300 × 60".padEnd(22)} ${"same again (warm)".padEnd(22)} whole process`,
  );
  contenders.forEach((c, i) => {
    const rs = runs[i];
    console.log(
      `${c.label.padEnd(48)} ${pair(rs, (r) => r.load)}  ${pair(rs, (r) => r.first)}  ${pair(rs, (r) => r.again)}  ${pair(rs, (r) => r.process)}`,
    );
  });
}
