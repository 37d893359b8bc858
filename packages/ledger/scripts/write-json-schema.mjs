// Writes ledger.schema.json from the built package, so the published schema always matches the code.
import { writeFileSync } from "node:fs";
import { ledgerJsonSchema } from "../dist/index.js";

writeFileSync(
  new URL("../ledger.schema.json", import.meta.url),
  `${JSON.stringify(ledgerJsonSchema(), null, 2)}\n`,
);
