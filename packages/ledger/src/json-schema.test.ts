import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parseSource } from "@hackdaykit/schema";
import { Ajv2020 } from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import { ledgerJsonSchema } from "./file-schema.js";
import { EXAMPLE } from "./test-helpers.js";

const published = JSON.parse(
  readFileSync(fileURLToPath(new URL("../ledger.schema.json", import.meta.url)), "utf8"),
);

describe("ledger.schema.json", () => {
  it("is what the zod schema generates (rebuilt, never stale)", () => {
    expect(published).toEqual(ledgerJsonSchema());
  });

  it("accepts the example ledger and rejects what the loader rejects", () => {
    const validate = new Ajv2020({ allErrors: true, strict: false }).compile(published);
    const data = parseSource(readFileSync(EXAMPLE, "utf8")).data as Record<string, unknown>;
    expect(validate(data), JSON.stringify(validate.errors)).toBe(true);
    expect(validate({ ...data, extra: 1 })).toBe(false);
    expect(
      validate({
        transactions: [
          { id: "x", date: "2026-01-01", description: "x", postings: ["food £1", "assets:bank"] },
        ],
      }),
    ).toBe(true);
    expect(
      validate({
        transactions: [
          {
            id: "x",
            date: "2026-01-01",
            description: "x",
            postings: [{ account: "food" }, { account: "assets:bank" }],
          },
        ],
      }),
    ).toBe(false);
    expect(
      validate({
        transactions: [
          {
            id: "x",
            date: "2026-01-01",
            description: "x",
            postings: [{ account: "Assets:Bank" }, { account: "assets:bank" }],
          },
        ],
      }),
    ).toBe(true);
  });
});
