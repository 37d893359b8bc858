#!/usr/bin/env node
// Committed so that npm can link the `hackday` bin on install, before `prepare` has built dist/.
import { existsSync } from "node:fs";

const built = new URL("../dist/bin.js", import.meta.url);
if (!existsSync(built)) {
  process.stderr.write(
    "hackday: the CLI is not built yet; run `npm run build` in the hackdaykit checkout.\n",
  );
  process.exit(1);
}
await import(built.href);
