import { defineConfig } from "vitest/config";

// Lets one vitest process run every library suite (used by CI to run them under another Node major).
export default defineConfig({
  test: {
    projects: ["packages/*"],
  },
});
