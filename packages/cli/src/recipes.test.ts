import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
// @ts-expect-error: a plain .mjs script without types, shared by the README and recipe tests
import { runSnippets } from "../../../scripts/snippets.mjs";

// docs/recipes.md uses schema, schedule, site, judging and ledger: the cli is the package built after all of them.
describe("docs/recipes.md", () => {
  it("every recipe type-checks on its own, runs and does what the text says", () => {
    const [agenda, page, judging, accounts] = runSnippets(
      fileURLToPath(new URL("../../../docs/recipes.md", import.meta.url)),
    ) as string[];
    // Own markup: a heading per local day, sessions in local time, internal sessions left out.
    expect(agenda).toContain("<h2>2026-05-16</h2>");
    expect(agenda).toContain("<li><time>09:00–09:30</time> Registration and breakfast · Atrium Café</li>");
    expect(agenda).not.toContain("Crew briefing");
    expect(page!.trim()).toBe("true false true");
    // The judges' app ranks every project (dispatch is random: Math.random, so no fixed order to compare).
    expect(judging!.trim().split(" > ").sort()).toEqual([
      "bedflow",
      "dose-check",
      "gp-translate",
      "rota-swap",
      "ward-watch",
    ]);
    // Open accounts: the sponsor named, spending by category, the volunteer nowhere.
    expect(accounts).toContain("| Acme Health | cash | £500.00 |");
    expect(accounts).toContain("| Catering | cash | £332.90 |");
    expect(accounts).not.toContain("Sam");
  });
});
