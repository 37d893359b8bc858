// npm run bench: the large example's whole site (220 projects) built in memory and written to a folder.
// Target: under 3 s for build + write. Run from the built package (turbo's bench task builds first).
import { mkdtempSync, rmSync } from "node:fs";
import { mkdir, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { loadEvent } from "@hackdaykit/schema";
import { buildSite } from "../dist/index.js";

const RUNS = 5;
const file = new URL("../../../examples/riverbend-expo-2026.yaml", import.meta.url).pathname;
const event = await loadEvent(file);
const out = mkdtempSync(join(tmpdir(), "hackday-site-bench-"));

async function once(run) {
  const started = performance.now();
  const { files } = buildSite({ events: [{ event }], today: "2026-06-01", baseUrl: "https://example.org/" });
  const built = performance.now();
  const dir = join(out, String(run));
  for (const [path, content] of files) {
    await mkdir(dirname(join(dir, path)), { recursive: true });
    await writeFile(join(dir, path), content);
  }
  return { build: built - started, total: performance.now() - started, files: files.size };
}

try {
  const times = [];
  let last;
  for (let run = 0; run < RUNS; run++) {
    last = await once(run);
    times.push(last);
  }
  const first = times[0];
  const warm = times
    .slice(1)
    .map((t) => t.total)
    .sort((a, b) => a - b);
  const median = warm[Math.floor(warm.length / 2)];
  console.log(
    `site: ${event.projects.length} projects, ${event.sessions.length} sessions → ${last.files} files; ` +
      `first (cold) ${first.total.toFixed(0)} ms (build ${first.build.toFixed(0)} ms), ` +
      `warm median ${median.toFixed(0)} ms over ${RUNS - 1} runs — target < 3000 ms`,
  );
  if (first.total >= 3000) {
    console.error("site bench: over the 3 s target");
    process.exitCode = 1;
  }
} finally {
  rmSync(out, { recursive: true, force: true });
}
