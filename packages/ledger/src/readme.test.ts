import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import * as library from "./index.js";

const readme = readFileSync(fileURLToPath(new URL("../README.md", import.meta.url)), "utf8");
const block = (language: string) => new RegExp(`\`\`\`${language}\\n([\\s\\S]*?)\`\`\``).exec(readme)![1]!;

describe("README", () => {
  it("records a sponsorship, an expense and a reimbursement and prints open accounts in under 15 lines", () => {
    const yaml = block("yaml");
    // The ledger file plus the one command that prints it.
    expect(yaml.trim().split("\n").length + 1).toBeLessThan(15);
    const result = library.parseLedgerText(yaml, "books.ledger.yaml");
    if (!result.ok) throw new Error(JSON.stringify(result.issues));

    // Run the code snippet as written, with its imports bound to this package's source and the YAML above.
    const body = block("ts")
      .replace('import { readFileSync } from "node:fs";', "const readFileSync = () => yaml;")
      .replace(/import (\{[^}]+\}) from "@hackdaykit\/ledger";/, "const $1 = library;");
    expect(body).not.toContain("import ");
    let printed = "";
    new Function("library", "yaml", "console", body)(library, yaml, {
      log: (text: string) => (printed += text),
    });
    expect(printed).toContain("| Acme Health | cash | £500.00 |");
    expect(printed).toContain("| GBP | £500.00 | £324.70 | £175.30 | £0.00 | £179.50 | £4.20 |");
    expect(printed).not.toContain("Sam");
  });
});
