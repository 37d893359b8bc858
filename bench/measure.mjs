// Shared by the package benchmarks: runs commands under GNU time and reports wall time, CPU time and peak
// memory, alternating ours and the peer so both see the same machine load. Prints figures; asserts nothing.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";

/** Exits with a message naming the Debian package when a tool the bench compares against is missing. */
export function need(tool, debianPackage = tool) {
  if (spawnSync("sh", ["-c", `command -v ${tool}`]).status !== 0) {
    console.error(`bench: "${tool}" is not installed: apt-get install -y ${debianPackage}`);
    process.exit(1);
  }
}

/** One run of `command args` under /usr/bin/time: stdout, wall and CPU seconds, peak RSS in MB. */
export function run(command, args, options = {}) {
  if (!existsSync("/usr/bin/time")) {
    console.error("bench: GNU time (/usr/bin/time) is not installed: apt-get install -y time");
    process.exit(1);
  }
  const r = spawnSync("/usr/bin/time", ["-f", "\n@@time %e %U %S %M", command, ...args], {
    encoding: "utf8",
    maxBuffer: 1 << 28,
    ...options,
  });
  const at = r.stderr.lastIndexOf("\n@@time ");
  if (r.status !== 0 || at < 0) {
    throw new Error(`${command} ${args.join(" ")} failed (${r.status}):\n${r.stderr.slice(-2000)}`);
  }
  const [wall, user, sys, rssKb] = r.stderr
    .slice(at + 8)
    .trim()
    .split(" ")
    .map(Number);
  return { stdout: r.stdout, wall, cpu: user + sys, rssMb: rssKb / 1024 };
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/**
 * Runs each contender `times` times, interleaved (a, b, a, b, …); returns per contender the median wall and
 * CPU seconds, the largest peak RSS, and the last run's stdout.
 */
export function compare(contenders, times) {
  const runs = contenders.map(() => []);
  for (let k = 0; k < times; k++)
    contenders.forEach((c, i) => runs[i].push(run(c.command, c.args, c.options)));
  return runs.map((rs) => ({
    wall: median(rs.map((r) => r.wall)),
    cpu: median(rs.map((r) => r.cpu)),
    rssMb: Math.max(...rs.map((r) => r.rssMb)),
    stdout: rs.at(-1).stdout,
    runs: rs.length,
  }));
}

/** One result line: label, wall (median), CPU, peak RSS. */
export function row(label, r) {
  return `${label.padEnd(44)} ${`${r.wall.toFixed(2)} s`.padStart(9)}  cpu ${`${r.cpu.toFixed(2)} s`.padStart(8)}  peak ${`${r.rssMb.toFixed(0)} MB`.padStart(7)}`;
}

/**
 * The ratio line: how many times faster ours is than the peer, by wall and by CPU time. On a busy machine the
 * two can differ a lot, so the goal counts as met only when both reach it.
 */
export function ratio(ours, peer, goal) {
  const wall = peer.wall / ours.wall;
  const cpu = peer.cpu / ours.cpu;
  const met = Math.min(wall, cpu) >= goal ? "met" : "NOT met";
  return `  ratio: ${wall.toFixed(1)}× faster by wall time, ${cpu.toFixed(1)}× by CPU time (goal ≥ ${goal}×: ${met})`;
}

/** A table header for the rows above. */
export const header = `${"".padEnd(44)} ${"median".padStart(9)}  ${"median".padStart(12)}  ${"max".padStart(12)}`;
