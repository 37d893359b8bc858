import { defineConfig, type Options } from "tsup";

/** One build for every published package: ESM + CJS with matching .d.ts/.d.cts. */
export function packageBuild(overrides: Options = {}) {
  return defineConfig({
    entry: ["src/index.ts"],
    format: ["esm", "cjs"],
    dts: true,
    sourcemap: true,
    clean: true,
    target: "node20",
    treeshake: true,
    ...overrides,
  });
}
