import { packageBuild } from "../../tsup.base.js";

// src/internal.ts is for bench/ only: built beside the entry, absent from package.json `exports`.
export default packageBuild({ entry: ["src/index.ts", "src/internal.ts"] });
