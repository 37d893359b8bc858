import { describe, expect, it } from "vitest";
// @ts-expect-error: a plain .mjs script without types (it also writes the page: `npm run docs:files`)
import { pageState } from "../../../scripts/file-reference.mjs";
import { ledgerJsonSchema as toJsonSchema } from "./file-schema.js";

describe("docs/ledger-file.md", () => {
  const { committed, generated, undescribed } = pageState("ledger", toJsonSchema());

  it("is what the ledger schema generates today (after a schema change: npm run build, then npm run docs:files)", () => {
    expect(committed).toBe(generated);
  });

  it("describes every field: each has a .meta({ description })", () => {
    expect(undescribed).toEqual([]);
  });

  it("lists fields by path with their type, whether required, default, allowed values and an example", () => {
    expect(generated).toMatch(/^\| `transactions\[\]\.postings` \| .* \| yes \| /m);
    expect(generated).toMatch(
      /^\| `pledges\[\]\.kind` \| string \| no \| `"cash"` \| .* \| `cash`, `in-kind` \| /m,
    );
    // A posting may be "account amount" or an object: the object's fields are listed too.
    expect(generated).toMatch(/^\| `transactions\[\]\.postings\[\]\.account` \| string \| yes \| /m);
    expect(generated).toContain("### Amount");
  });
});
