import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
// @ts-expect-error: a plain .mjs script without types (it also writes the page: `npm run docs:files`)
import { exampleOf, fileReference, PAGES, undescribed } from "../../../scripts/file-reference.mjs";
import { toJsonSchema } from "./json-schema.js";

describe("docs/event-file.md", () => {
  const page = PAGES.event;
  const example = exampleOf(page);

  it("is what the schema generates today (after a schema change: npm run build, then npm run docs:files)", () => {
    const committed = readFileSync(new URL(`../../../${page.file}`, import.meta.url), "utf8");
    expect(committed).toBe(fileReference(toJsonSchema(), page, example));
  });

  it("describes every field: each has a .meta({ description })", () => {
    expect(undescribed(toJsonSchema(), example)).toEqual([]);
  });

  it("lists fields by path with their type, whether required, default, allowed values and an example", () => {
    const text = fileReference(toJsonSchema(), page, example);
    expect(text).toContain(
      '| `status` | string | no | `"scheduled"` | Published in calendar feeds and JSON-LD; rescheduled events give previousStartDate | `scheduled`, `rescheduled`, `cancelled` | `scheduled` |',
    );
    expect(text).toMatch(
      /^\| `sessions\[\]\.start` \| string \| yes \| {2}\| Local wall-clock time .* \| `2026-05-16T\d\d:\d\d` \|$/m,
    );
    expect(text).toContain("### Money");
  });
});
