// Not public: built to dist/internal.js (absent from package.json `exports`, so no user can import it) for this
// repository's benchmarks, which time internals the public entry no longer exports. May change in any release.

export { seededRandom, shuffle } from "@hackdaykit/schema/internal";
export { betaDivergence, gaussianDivergence } from "./crowd-bt.js";
