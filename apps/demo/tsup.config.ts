import { defineConfig } from "tsup";

// The app is not published: one ESM bundle of our code, dependencies stay external. The allocation worker is its
// own file, beside main.js, where allocator.ts looks for it.
export default defineConfig({
  entry: ["src/main.ts", "src/allocation-worker.js"],
  format: ["esm"],
  dts: false,
  sourcemap: true,
  clean: true,
  target: "node20",
  esbuildOptions(options) {
    options.jsx = "automatic";
    options.jsxImportSource = "hono/jsx";
  },
});
