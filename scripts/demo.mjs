// `npm run demo`: starts the demo app once it exists.
import { existsSync } from "node:fs";

if (!existsSync(new URL("../apps/demo/package.json", import.meta.url))) {
  console.log("demo app not built yet (see issue: apps/demo)");
  process.exit(0);
}
