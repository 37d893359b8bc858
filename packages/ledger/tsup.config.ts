import { packageBuild } from "../../tsup.base.js";

// src/internal.ts is for bench/ only (absent from `exports`).
// Two entries sharing chunks (in CJS too), so `/lite` and the main entry hand out the same functions and classes.
export default packageBuild({ entry: ["src/index.ts", "src/lite.ts", "src/internal.ts"], splitting: true });
