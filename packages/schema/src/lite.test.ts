import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import * as main from "./index.js";
import { EligibilityFlagSchema, JudgingMethodSchema } from "./judging.js";
import * as lite from "./lite.js";

const here = dirname(fileURLToPath(import.meta.url));
/** `import … from "x"` and `export … from "x"` that load code at run time (not `import type`). */
const RUNTIME_IMPORT = /^(?:import|export)\s+(?!type\s)[^;]*?\bfrom\s+"([^"]+)";/gm;

/** Every package that loading `file` loads, following this package's own modules. */
function packagesLoadedBy(file: string, seen = new Set<string>(), packages = new Set<string>()): Set<string> {
  if (seen.has(file)) return packages;
  seen.add(file);
  for (const [, spec] of readFileSync(join(here, file), "utf8").matchAll(RUNTIME_IMPORT)) {
    if (spec!.startsWith("./")) packagesLoadedBy(spec!.replace(/\.js$/, ".ts"), seen, packages);
    else packages.add(spec!);
  }
  return packages;
}

describe("@hackdaykit/schema/lite", () => {
  it("loads neither zod nor a YAML parser", () => {
    const loaded = [...packagesLoadedBy("lite.ts")].sort();
    expect(loaded).toEqual(["@date-fns/tz/tzOffset"]);
    // The walk does see them where they are used.
    expect(packagesLoadedBy("index.ts")).toEqual(new Set([...loaded, "zod", "yaml", "js-yaml"]));
  });

  it("hands out the very functions, classes and constants of the main entry", () => {
    const everything: Record<string, unknown> = { ...main };
    const shared = Object.entries(lite);
    expect(shared.length).toBeGreaterThan(25);
    for (const [name, value] of shared) expect(everything[name], name).toBe(value);
    expect(lite.JUDGING_METHODS).toEqual(JudgingMethodSchema.options);
    expect(lite.ELIGIBILITY_FLAGS).toEqual(EligibilityFlagSchema.options);
  });
});
