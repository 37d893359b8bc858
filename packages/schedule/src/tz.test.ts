import { execFile } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { build } from "esbuild";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { timeZoneWork } from "./tz-work.test-util.js";

const run = promisify(execFile);
const examples = fileURLToPath(new URL("../../../examples", import.meta.url));
/**
 * Zones west and east of UTC and one whose clocks move by half an hour, with what `getTimezoneOffset()` says in
 * each on 16 May 2026 (the check that a child really ran in its zone).
 */
const ZONES: Record<string, number> = {
  UTC: 0,
  "America/New_York": 240,
  "Pacific/Auckland": -720,
  "Australia/Lord_Howe": -630,
};

let folder: string;
let script: string;

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), "schedule-tz-"));
  script = join(folder, "work.cjs");
  // The same source as the in-process run, bundled with its dependencies so a plain `node` child can run it
  // from the temp folder under its own TZ.
  await build({
    stdin: {
      contents: `import { timeZoneWork } from "./tz-work.test-util.ts";
timeZoneWork(process.argv[2]).then((out) => {
  process.stdout.write(String(new Date(2026, 4, 16).getTimezoneOffset()) + "\\n" + JSON.stringify(out));
});`,
      resolveDir: fileURLToPath(new URL(".", import.meta.url)),
      loader: "ts",
    },
    bundle: true,
    platform: "node",
    format: "cjs",
    outfile: script,
    logLevel: "silent",
  });
});

afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});

describe("results do not depend on the process time zone", () => {
  it("agenda, conflicts, slots and rotas are the same under every TZ as in this process", async () => {
    const here = await timeZoneWork(examples);
    expect(here.agendas[1]!.items.find((i) => i.id === "overnight-hacking")!.minutes).toBe(660);
    const expected = JSON.stringify(here);
    const runs = await Promise.all(
      Object.keys(ZONES).map(async (zone) => {
        const { stdout } = await run(process.execPath, [script, examples], {
          env: { ...process.env, TZ: zone },
          maxBuffer: 64 * 1024 * 1024,
        });
        const newline = stdout.indexOf("\n");
        return { zone, offset: Number(stdout.slice(0, newline)), output: stdout.slice(newline + 1) };
      }),
    );
    for (const { zone, offset, output } of runs) {
      expect(offset, `TZ=${zone} was not in force in the child`).toBe(ZONES[zone]);
      expect(output, `TZ=${zone}`).toBe(expected);
    }
  });
});
