// A release dry run: `changeset version` on a sample changeset, in a scratch copy of the workspace manifests,
// must bump versions and write CHANGELOGs. Nothing is published and the real tree is untouched.
import { execFileSync } from "node:child_process";
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const root = new URL("..", import.meta.url).pathname;
const scratch = mkdtempSync(join(tmpdir(), "hackdaykit-release-"));
cpSync(join(root, "package.json"), join(scratch, "package.json"));
cpSync(join(root, ".changeset"), join(scratch, ".changeset"), { recursive: true });
symlinkSync(join(root, "node_modules"), join(scratch, "node_modules"));
const published = [];
for (const folder of ["packages", "apps"]) {
  if (!existsSync(join(root, folder))) continue;
  for (const name of readdirSync(join(root, folder))) {
    const dir = join(folder, name);
    const manifest = join(root, dir, "package.json");
    if (!existsSync(manifest)) continue;
    mkdirSync(join(scratch, dir), { recursive: true });
    cpSync(manifest, join(scratch, dir, "package.json"));
    const { name: packageName, version, private: isPrivate } = JSON.parse(readFileSync(manifest, "utf8"));
    if (!isPrivate) published.push({ dir, name: packageName, version });
  }
}
const schema = published.find((p) => p.name === "@hackdaykit/schema");
writeFileSync(
  join(scratch, ".changeset", "release-dry-run.md"),
  `---\n"@hackdaykit/schema": minor\n---\n\nRelease dry run: a sample change.\n`,
);
execFileSync("git", ["init", "-q"], { cwd: scratch });
try {
  execFileSync(process.execPath, [join(root, "node_modules/@changesets/cli/bin.js"), "version"], {
    cwd: scratch,
    encoding: "utf8",
    stdio: ["ignore", "pipe", "pipe"],
  });
} catch (err) {
  console.log(`FAIL changeset version:\n${err.stderr}`);
  console.log("release dry run: 0 passed, 1 failed");
  process.exit(1);
}

const failures = [];
const after = JSON.parse(readFileSync(join(scratch, schema.dir, "package.json"), "utf8"));
const [major, minor] = schema.version.split(".").map(Number);
const expected = `${major}.${minor + 1}.0`;
if (after.version !== expected) failures.push(`schema version ${after.version}, expected ${expected}`);
const changelog = join(scratch, schema.dir, "CHANGELOG.md");
if (
  !existsSync(changelog) ||
  !readFileSync(changelog, "utf8").includes("Release dry run: a sample change.")
) {
  failures.push("schema CHANGELOG.md was not written with the changeset's summary");
}
for (const failure of failures) console.log(`FAIL ${failure}`);
console.log(`release dry run: ${2 - failures.length} passed, ${failures.length} failed`);
process.exitCode = failures.length > 0 ? 1 : 0;
