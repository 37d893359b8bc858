import { readFileSync } from "node:fs";
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { z } from "zod";
import { EventSchema } from "./event.js";
import { toJsonSchema } from "./json-schema.js";

const root = new URL("../../../", import.meta.url);
const examples = ["examples/nhs-hack-day-31.yaml", "examples/riverbend-expo-2026.yaml"];

function validator() {
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  addFormats.default(ajv);
  return ajv.compile(toJsonSchema());
}

describe("event JSON Schema", () => {
  it("is the committed event.schema.json (run the build to refresh it)", () => {
    const committed = JSON.parse(readFileSync(new URL("packages/schema/event.schema.json", root), "utf8"));
    expect(committed).toEqual(toJsonSchema());
  });

  it("says every default the loader fills in (e.g. sponsors: [], prizes: [])", () => {
    const dropped: unknown[] = [];
    z.toJSONSchema(EventSchema, {
      target: "draft-2020-12",
      io: "input",
      unrepresentable: "any",
      override: ({ zodSchema, jsonSchema }) => {
        const def = zodSchema._zod.def;
        if (def.type === "default" && !("default" in jsonSchema)) dropped.push(jsonSchema);
      },
    });
    expect(dropped).toEqual([]);
    const event = (
      toJsonSchema().$defs as Record<string, { properties: Record<string, { default?: unknown }> }>
    ).Event!.properties;
    expect(event.sponsors!.default).toEqual([]);
    expect(event.prizes!.default).toEqual([]);
  });

  it.each(examples)("accepts %s under an independent validator (ajv)", (file) => {
    const validate = validator();
    const ok = validate(parse(readFileSync(new URL(file, root), "utf8")));
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
  });

  it("rejects unknown keys and wrong types, as the loader does", () => {
    const validate = validator();
    const event = { id: "x", name: "X", timezone: "UTC", start: "2026-01-01", end: "2026-01-02" };
    expect(validate(event)).toBe(true);
    expect(validate({ ...event, colour: "red" })).toBe(false);
    expect(validate({ ...event, id: "Not A Slug" })).toBe(false);
    expect(validate({ ...event, start: "16/05/2026" })).toBe(false);
    expect(
      validate({
        ...event,
        sessions: [{ id: "s", title: "S", kind: "nap", start: "2026-01-01T10:00", duration: 5 }],
      }),
    ).toBe(false);
  });

  it("describes fields for editors", () => {
    const schema = toJsonSchema() as {
      $defs: Record<string, { properties: Record<string, { description?: string }> }>;
    };
    expect(schema.$defs.Person?.properties.public?.description).toMatch(/Consent/);
    expect(schema.$defs.Event?.properties.timezone?.description).toMatch(/IANA/);
  });
});
