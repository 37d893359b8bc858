import { defineConfig } from "vitest/config";

export default defineConfig({
  esbuild: { jsx: "automatic", jsxImportSource: "hono/jsx" },
  test: { include: ["src/**/*.test.ts", "src/**/*.test.tsx"], testTimeout: 30_000, hookTimeout: 30_000 },
});
