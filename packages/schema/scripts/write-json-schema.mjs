// Writes event.schema.json from the built package, so the published schema always matches the code.
import { writeFileSync } from "node:fs";
import { toJsonSchema } from "../dist/index.js";

writeFileSync(
  new URL("../event.schema.json", import.meta.url),
  `${JSON.stringify(toJsonSchema(), null, 2)}\n`,
);
