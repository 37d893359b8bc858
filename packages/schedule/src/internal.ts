// Not public: built to dist/internal.js (absent from package.json `exports`, so no user can import it) for this
// repository's benchmarks, which time the judge-assignment solver the public entry reaches through buildRota.
export { assignJudges } from "./assign.js";
