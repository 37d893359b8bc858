// `npm run demo [-- --event FILE --port N]`: builds the demo app and the packages it uses (turbo caches, so
// this is quick after the first time), then starts it. Arguments after `--` go to the app.
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const args = process.argv.slice(2);

if (!args.includes("--help") && !args.includes("-h")) {
  const build = spawnSync(
    "npx",
    ["turbo", "run", "build", "--filter=@hackdaykit/demo...", "--output-logs=errors-only"],
    { cwd: root, stdio: "inherit", shell: process.platform === "win32" },
  );
  if (build.status !== 0) {
    console.error("demo: the build failed (see above); fix it and run `npm run demo` again.");
    process.exit(build.status ?? 1);
  }
}
const app = spawnSync(process.execPath, ["apps/demo/dist/main.js", ...args], { cwd: root, stdio: "inherit" });
process.exit(app.status ?? 1);
