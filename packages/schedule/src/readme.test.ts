import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
// @ts-expect-error: a plain .mjs script without types, shared by the README and recipe tests
import { runSnippets } from "../../../scripts/snippets.mjs";

describe("README", () => {
  it("every code block type-checks on its own and prints what its comments say", () => {
    const [rota, agenda] = runSnippets(fileURLToPath(new URL("../README.md", import.meta.url))) as string[];
    // The rota: bea-osei's visits, one per line, then the shortfall.
    expect(rota).toMatch(/^1 2026-\d\d-\d\dT\d\d:\d\d(:\d\d)?[+-]\d\d:\d\d table \d+ [a-z0-9-]+$/m);
    expect(rota!.trim().split("\n").at(-1)).toBe("[]");
    // The agenda: one line per local day, with each item's start, title and length.
    expect(agenda).toMatch(/^2026-\d\d-\d\d \[/m);
    expect(agenda).toContain("min)");
  });

  it("a block that uses a name it never defines fails, naming the file and line", () => {
    const folder = mkdtempSync(join(tmpdir(), "schedule-readme-"));
    try {
      const page = join(folder, "page.md");
      writeFileSync(
        page,
        '# Page\n\n```ts\nimport { buildAgenda } from "@hackdaykit/schedule";\n\nconst agenda = buildAgenda(event);\n```\n',
      );
      expect(() => runSnippets(page)).toThrow(`${page}:6: Cannot find name 'event'.`);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
