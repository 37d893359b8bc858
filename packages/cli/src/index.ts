// Run `hackday` from code: `await run(["judge", "schulze", "ballots.csv", "--json"], io)` resolves to the exit code.
export type { Io } from "./io.js";
export { run } from "./program.js";
