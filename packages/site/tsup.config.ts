import { packageBuild } from "../../tsup.base.js";

// Views are hono/jsx: compiled to calls into hono's JSX runtime, which stays an external dependency.
export default packageBuild({
  esbuildOptions(options) {
    options.jsx = "automatic";
    options.jsxImportSource = "hono/jsx";
  },
});
