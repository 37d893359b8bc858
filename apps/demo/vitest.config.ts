import { defineConfig, mergeConfig } from "vitest/config";
import shared from "../../vitest.shared.js";

export default mergeConfig(
  shared,
  defineConfig({
    oxc: { jsx: { runtime: "automatic", importSource: "hono/jsx" } },
    test: { include: ["src/**/*.test.ts", "src/**/*.test.tsx"] },
  }),
);
