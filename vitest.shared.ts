import { defineConfig } from "vitest/config";

/**
 * One test config for every workspace. Speed is measured by `npm run bench`, never by a test: a loaded 2-core
 * machine running every suite at once must not fail a test for being slow, so the limits are generous.
 */
export default defineConfig({
  test: {
    testTimeout: 300_000,
    hookTimeout: 300_000,
  },
});
