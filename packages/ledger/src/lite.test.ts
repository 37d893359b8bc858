import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import * as main from "./index.js";
import * as lite from "./lite.js";

const here = dirname(fileURLToPath(import.meta.url));
/** `import … from "x"` and `export … from "x"` that load code at run time (not `import type`). */
const RUNTIME_IMPORT = /^(?:import|export)\s+(?!type\s)[^;]*?\bfrom\s+"([^"]+)";/gm;

/** Every package that loading `file` loads, following this package's own modules. */
function packagesLoadedBy(file: string, seen = new Set<string>(), packages = new Set<string>()): Set<string> {
  if (seen.has(file)) return packages;
  seen.add(file);
  for (const [, spec] of readFileSync(join(here, file), "utf8").matchAll(RUNTIME_IMPORT)) {
    if (spec!.startsWith("."))
      packagesLoadedBy(join(dirname(file), spec!.replace(/\.js$/, ".ts")), seen, packages);
    else packages.add(spec!);
  }
  return packages;
}

describe("@hackdaykit/ledger/lite", () => {
  it("loads neither zod nor a YAML parser, and only the schema package's lite entry", () => {
    expect([...packagesLoadedBy("lite.ts")]).toEqual(["@hackdaykit/schema/lite"]);
    // The walk does see them where they are used.
    const all = packagesLoadedBy("index.ts");
    for (const heavy of ["zod", "@hackdaykit/schema"]) expect(all).toContain(heavy);
  });

  it("hands out the very functions, classes and constants of the main entry", () => {
    const everything: Record<string, unknown> = { ...main };
    const shared = Object.entries(lite);
    expect(shared.length).toBeGreaterThan(30);
    for (const [name, value] of shared) expect(everything[name], name).toBe(value);
    expect(lite.ACCOUNT_PATTERN.test("expenses:catering:lunch")).toBe(true);
  });
});
