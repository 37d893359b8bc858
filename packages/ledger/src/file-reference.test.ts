import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
// @ts-expect-error: a plain .mjs script without types (it also writes the page: `npm run docs:files`)
import { exampleOf, fileReference, PAGES, undescribed } from "../../../scripts/file-reference.mjs";
import { ledgerJsonSchema as toJsonSchema } from "./file-schema.js";

describe("docs/ledger-file.md", () => {
  const page = PAGES.ledger;
  const example = exampleOf(page);

  it("is what the ledger schema generates today (after a schema change: npm run build, then npm run docs:files)", () => {
    const committed = readFileSync(new URL(`../../../${page.file}`, import.meta.url), "utf8");
    expect(committed).toBe(fileReference(toJsonSchema(), page, example));
  });

  it("describes every field: each has a .meta({ description })", () => {
    expect(undescribed(toJsonSchema(), example)).toEqual([]);
  });

  it("lists fields by path with their type, whether required, default, allowed values and an example", () => {
    const text = fileReference(toJsonSchema(), page, example);
    expect(text).toMatch(/^\| `transactions\[\]\.postings` \| .* \| yes \| /m);
    expect(text).toMatch(
      /^\| `pledges\[\]\.kind` \| string \| no \| `"cash"` \| .* \| `cash`, `in-kind` \| /m,
    );
    // A posting may be "account amount" or an object: the object's fields are listed too.
    expect(text).toMatch(/^\| `transactions\[\]\.postings\[\]\.account` \| string \| yes \| /m);
    expect(text).toContain("### Amount");
  });
});
