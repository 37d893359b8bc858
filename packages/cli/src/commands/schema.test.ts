import { readFileSync } from "node:fs";
import { join } from "node:path";
import { toJsonSchema } from "@hackdaykit/schema";
import { describe, expect, it } from "vitest";
import { run } from "../program.js";
import { captureIo, scratchDir } from "../test-io.js";

const dir = scratchDir("schema");

describe("hackday schema", () => {
  it("prints the event JSON Schema", async () => {
    const out = captureIo();
    expect(await run(["schema"], out.io)).toBe(0);
    const schema = JSON.parse(out.stdout);
    expect(schema.$schema).toBe("https://json-schema.org/draft/2020-12/schema");
    expect(schema).toEqual(toJsonSchema());
  });

  it("writes it with -o", async () => {
    const file = join(dir, "event.schema.json");
    const out = captureIo();
    expect(await run(["schema", "-o", file], out.io)).toBe(0);
    expect(out.stdout).toBe("");
    expect(JSON.parse(readFileSync(file, "utf8"))).toEqual(toJsonSchema());
  });

  it("fails cleanly when it cannot write", async () => {
    const out = captureIo();
    expect(await run(["schema", "-o", "/no/such/dir/x.json"], out.io)).toBe(1);
    expect(out.stderr).toBe("hackday: /no/such/dir/x.json: cannot write (ENOENT)\n");
  });
});
