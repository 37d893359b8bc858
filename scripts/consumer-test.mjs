// Proves consumers can `import` and `require` every published package from its packed tarball,
// the way they will after `npm install @hackdaykit/...`.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const root = new URL("..", import.meta.url).pathname;
const packages = readdirSync(join(root, "packages"))
  .map((dir) => join(root, "packages", dir))
  .map((dir) => ({ dir, manifest: JSON.parse(readFileSync(join(dir, "package.json"), "utf8")) }))
  .filter(({ manifest }) => !manifest.private);

const work = mkdtempSync(join(tmpdir(), "hackdaykit-consumer-"));
const sh = (cmd, args, cwd) =>
  execFileSync(cmd, args, { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });

let passed = 0;
let failed = 0;
try {
  const tarballs = packages.map(({ dir }) => {
    const [packed] = JSON.parse(sh("npm", ["pack", "--json", "--pack-destination", work], dir));
    return join(work, packed.filename);
  });
  writeFileSync(join(work, "package.json"), JSON.stringify({ name: "consumer", private: true }));
  sh(
    "npm",
    ["install", "--no-audit", "--no-fund", "--prefer-offline", "--loglevel=error", ...tarballs],
    work,
  );

  const check = (label, fn) => {
    try {
      fn();
      passed++;
      console.log(`ok   ${label}`);
    } catch (err) {
      failed++;
      console.log(`FAIL ${label}\n${err.stderr || err.message}`);
    }
  };
  for (const { manifest } of packages) {
    const name = manifest.name;
    const probe = `if (Object.keys(m).length === 0) throw new Error("no exports from ${name}")`;
    check(`import ${name}`, () =>
      sh("node", ["--input-type=module", "-e", `import * as m from "${name}"; ${probe}`], work),
    );
    check(`require ${name}`, () => sh("node", ["-e", `const m = require("${name}"); ${probe}`], work));
  }
  check("npx hackday --version", () => {
    const version = sh("npx", ["--no-install", "hackday", "--version"], work).trim();
    if (!/^\d+\.\d+\.\d+/.test(version)) throw new Error(`unexpected version output: ${version}`);
  });
} finally {
  rmSync(work, { recursive: true, force: true });
}
console.log(`\nconsumer: ${passed} passed, ${failed} failed`);
process.exitCode = failed > 0 ? 1 : 0;
