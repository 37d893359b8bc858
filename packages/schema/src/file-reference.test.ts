import { describe, expect, it } from "vitest";
// @ts-expect-error: a plain .mjs script without types (it also writes the page: `npm run docs:files`)
import { pageState } from "../../../scripts/file-reference.mjs";
import { toJsonSchema } from "./json-schema.js";

describe("docs/event-file.md", () => {
  const { committed, generated, undescribed } = pageState("event", toJsonSchema());

  it("is what the schema generates today (after a schema change: npm run build, then npm run docs:files)", () => {
    expect(committed).toBe(generated);
  });

  it("describes every field: each has a .meta({ description })", () => {
    expect(undescribed).toEqual([]);
  });

  it("lists fields by path with their type, whether required, default, allowed values and an example", () => {
    expect(generated).toContain(
      '| `status` | string | no | `"scheduled"` | Published in calendar feeds and JSON-LD; rescheduled events give previousStartDate | `scheduled`, `rescheduled`, `cancelled` | `scheduled` |',
    );
    expect(generated).toMatch(
      /^\| `sessions\[\]\.start` \| string \| yes \| {2}\| Local wall-clock time .* \| `2026-05-16T\d\d:\d\d` \|$/m,
    );
    expect(generated).toContain("### Money");
  });
});
