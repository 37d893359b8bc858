import { spawnSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { builtBin, repoRoot, scratchFiles } from "./test-io.js";

// The commands that must start fast load neither zod nor a YAML parser (~0.2 s of CPU together); the ones that
// read an event or a YAML ledger still do. Run through the built CLI with a loader hook that lists every module.
const { dir, file } = scratchFiles("startup");
const hooks = file(
  "hooks.mjs",
  `import { appendFileSync } from "node:fs";
export async function resolve(specifier, context, next) {
  const resolved = await next(specifier, context);
  appendFileSync(process.env.LOADED_LOG, resolved.url + "\\n");
  return resolved;
}
`,
);
const register = file(
  "register.mjs",
  `import { register } from "node:module";\nregister(${JSON.stringify(`file://${hooks}`)});\n`,
);
let runs = 0;

/** Runs `hackday ...args`; returns its exit code and the packages whose files it loaded. */
function packagesLoaded(...args: string[]) {
  const log = join(dir, `loaded-${++runs}.txt`);
  writeFileSync(log, "");
  const r = spawnSync(process.execPath, ["--import", register, builtBin, ...args], {
    encoding: "utf8",
    env: { ...process.env, LOADED_LOG: log },
  });
  const packages = new Set(
    readFileSync(log, "utf8")
      .split("\n")
      .map((url) => /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(url)?.[1])
      .filter((name) => name !== undefined),
  );
  return { status: r.status, stderr: r.stderr, packages };
}
const heavy = ["zod", "yaml", "js-yaml"];

describe("start-up: what a command loads", () => {
  const votes = file(
    "votes.csv",
    "judge,winner,loser\njudge-1,project-1,project-2\njudge-2,project-2,project-3\n",
  );
  const journal = file("books.journal", "2026-05-16 Lunch\n  expenses:food  £12.50\n  assets:bank\n");

  it("judge crowd-bt VOTES.csv loads no zod or YAML parser", () => {
    const r = packagesLoaded("judge", "crowd-bt", votes, "--json");
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    expect(r.packages).toContain("commander"); // the hook does see packages
    for (const name of heavy) expect(r.packages).not.toContain(name);
  });

  it("accounts balance FILE.journal loads no zod or YAML parser", () => {
    const r = packagesLoaded("accounts", "balance", journal, "--json");
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    for (const name of heavy) expect(r.packages).not.toContain(name);
  });

  it("options that read an event or a YAML ledger still load them, when used", () => {
    const event = join(repoRoot, "examples/nhs-hack-day-31.yaml");
    const judged = packagesLoaded("judge", "crowd-bt", votes, "--event", event, "--json");
    expect(judged.packages).toContain("zod");
    expect(judged.packages).toContain("yaml");
    const ledger = packagesLoaded(
      "accounts",
      "balance",
      join(repoRoot, "examples/nhs-hack-day-31.ledger.yaml"),
    );
    expect(ledger.status).toBe(0);
    expect(ledger.packages).toContain("zod");
  });
});
