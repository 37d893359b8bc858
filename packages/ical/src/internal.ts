// Not public: built to dist/internal.js (absent from package.json `exports`, so no user can import it) for this
// repository's benchmarks, which time line folding on its own. May change in any release.
export { foldLines } from "./fold.js";
