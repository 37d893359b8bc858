// Not public: built to dist/internal.js (absent from package.json `exports`, so no user can import it) for this
// repository's benchmarks, which time the journal amount parser on its own. May change in any release.
export { parseJournalAmount } from "./journal/amount.js";
