import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import * as library from "./index.js";

describe("README", () => {
  it("records a sponsorship, an expense and a reimbursement and prints open accounts in under 15 lines", () => {
    const readme = readFileSync(fileURLToPath(new URL("../README.md", import.meta.url)), "utf8");
    const code = /```ts\n([\s\S]*?)```/.exec(readme)![1]!;
    expect(code.trim().split("\n").length).toBeLessThan(15);
    // Run the snippet as written, with its import bound to this package's source.
    const body = code.replace(/import (\{[^}]+\}) from "@hackdaykit\/ledger";/, "const $1 = library;");
    expect(body).not.toContain("import ");
    let printed = "";
    new Function("library", "console", body)(library, { log: (text: string) => (printed += text) });
    expect(printed).toContain("| Acme Health | cash | £500.00 |");
    expect(printed).toContain("| GBP | £500.00 | £324.70 | £175.30 | £0.00 | £179.50 | £4.20 |");
    expect(printed).not.toContain("Sam");
  });
});
