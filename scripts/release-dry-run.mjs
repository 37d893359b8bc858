// A release dry run, nothing published and the real tree untouched:
// 1. `changeset version` on a sample changeset, in a scratch copy of the workspace manifests, must bump the version,
//    write the CHANGELOG and move every dependent's range along with it;
// 2. every published package, packed as npm would publish it, must have real dependency ranges (no `*`, no
//    `workspace:`), a LICENSE, and an `npm publish --dry-run` with nothing to complain about.
import { execFileSync, spawnSync } from "node:child_process";
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const root = new URL("..", import.meta.url).pathname;
const scratch = mkdtempSync(join(tmpdir(), "hackdaykit-release-"));
const failures = [];
let checks = 0;
const check = (ok, message) => {
  checks++;
  if (!ok) failures.push(message);
};
const run = (cmd, args, cwd) =>
  execFileSync(cmd, args, { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });

const workspaces = ["packages", "apps"]
  .filter((folder) => existsSync(join(root, folder)))
  .flatMap((folder) => readdirSync(join(root, folder)).map((name) => join(folder, name)))
  .filter((dir) => existsSync(join(root, dir, "package.json")))
  .map((dir) => ({ dir, manifest: JSON.parse(readFileSync(join(root, dir, "package.json"), "utf8")) }));
const published = workspaces.filter(({ manifest }) => !manifest.private);
const dependencyFields = ["dependencies", "peerDependencies", "optionalDependencies"];

function versionDryRun() {
  const copy = join(scratch, "workspace");
  mkdirSync(copy);
  cpSync(join(root, "package.json"), join(copy, "package.json"));
  cpSync(join(root, ".changeset"), join(copy, ".changeset"), { recursive: true });
  symlinkSync(join(root, "node_modules"), join(copy, "node_modules"));
  for (const { dir } of workspaces) {
    mkdirSync(join(copy, dir), { recursive: true });
    cpSync(join(root, dir, "package.json"), join(copy, dir, "package.json"));
  }
  writeFileSync(
    join(copy, ".changeset", "release-dry-run.md"),
    `---\n"@hackdaykit/schema": minor\n---\n\nRelease dry run: a sample change.\n`,
  );
  run("git", ["init", "-q"], copy);
  run(process.execPath, [join(root, "node_modules/@changesets/cli/bin.js"), "version"], copy);

  const schema = published.find(({ manifest }) => manifest.name === "@hackdaykit/schema");
  const after = JSON.parse(readFileSync(join(copy, schema.dir, "package.json"), "utf8"));
  const [major, minor] = schema.manifest.version.split(".").map(Number);
  const expected = `${major}.${minor + 1}.0`;
  check(after.version === expected, `schema version ${after.version}, expected ${expected}`);
  const changelog = join(copy, schema.dir, "CHANGELOG.md");
  check(
    existsSync(changelog) && readFileSync(changelog, "utf8").includes("Release dry run: a sample change."),
    "schema CHANGELOG.md was not written with the changeset's summary",
  );
  // Every package that depends on schema must now ask for the new version.
  for (const { dir, manifest } of workspaces) {
    const range = manifest.dependencies?.["@hackdaykit/schema"];
    if (!range) continue;
    const bumped = JSON.parse(readFileSync(join(copy, dir, "package.json"), "utf8"));
    check(
      bumped.dependencies["@hackdaykit/schema"] === `^${expected}`,
      `${manifest.name} depends on schema ${bumped.dependencies["@hackdaykit/schema"]} after the bump, expected ^${expected}`,
    );
  }
}

function packedChecks() {
  const packs = join(scratch, "packs");
  mkdirSync(packs);
  for (const { dir, manifest } of published) {
    const cwd = join(root, dir);
    const [packed] = JSON.parse(run("npm", ["pack", "--json", "--pack-destination", packs], cwd));
    const files = new Set(packed.files.map((file) => file.path));
    check(files.has("LICENSE"), `${manifest.name}: the tarball has no LICENSE`);
    const unpacked = join(packs, manifest.name.replace("/", "-"));
    mkdirSync(unpacked);
    run("tar", ["-xzf", join(packs, packed.filename), "-C", unpacked], cwd);
    const shipped = JSON.parse(readFileSync(join(unpacked, "package", "package.json"), "utf8"));
    for (const field of dependencyFields) {
      for (const [name, range] of Object.entries(shipped[field] ?? {})) {
        check(
          range !== "*" && !range.startsWith("workspace:") && range !== "",
          `${manifest.name}: packed ${field}.${name} is "${range}", not a real range`,
        );
      }
    }
    check(shipped.publishConfig?.access === "public", `${manifest.name}: publishConfig.access is not public`);
    for (const field of ["repository", "homepage", "bugs", "license"]) {
      check(shipped[field] !== undefined, `${manifest.name}: no ${field} in package.json`);
    }
    // npm complains with `npm warn`; the only expected one is that nobody is logged in on this machine.
    const dryRun = spawnSync("npm", ["publish", "--dry-run", "--provenance=false"], {
      cwd,
      encoding: "utf8",
    });
    const complaints = `${dryRun.stdout}\n${dryRun.stderr}`
      .split("\n")
      .filter((line) => /npm (warn|error)/i.test(line) && !/requires you to be logged in/.test(line));
    check(
      dryRun.status === 0 && complaints.length === 0,
      `${manifest.name}: npm publish --dry-run complains:\n${complaints.join("\n")}`,
    );
  }
}

try {
  versionDryRun();
  packedChecks();
} catch (err) {
  failures.push(`${err.message}\n${err.stderr ?? ""}`);
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
for (const failure of failures) console.log(`FAIL ${failure}`);
console.log(`release dry run: ${checks - failures.length} passed, ${failures.length} failed`);
process.exitCode = failures.length > 0 ? 1 : 0;
