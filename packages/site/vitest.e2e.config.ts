import { defineConfig } from "vitest/config";

// Browser tests (Debian chromium via playwright-core) over a built site: `npm run test:e2e`.
export default defineConfig({
  test: {
    include: ["e2e/**/*.e2e.ts"],
    testTimeout: 300_000,
    hookTimeout: 300_000,
    fileParallelism: false,
  },
});
