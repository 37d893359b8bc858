/**
 * V8's budget for tiering a WebAssembly function up from its baseline code (Liftoff) to optimised code
 * (TurboFan), in `hackday teams`. HiGHS, the solver behind it, has functions of up to ~100 KB of WebAssembly
 * that V8's default budget (1.8M on Node 20, 13M on 22/24) sends to TurboFan within the first solve: seconds of
 * compiling in background threads, which on two busy cores cost the one allocation a CLI run makes more than
 * they save. At 600M only functions that have run for a long while are optimised, so a long solve still ends
 * up on TurboFan code (packages/teams/bench/first-solve.mjs measures both).
 */
export const TEAMS_WASM_TIERING_BUDGET = 600_000_000;

/**
 * The V8 flags the `hackday` process sets for the commands it runs (paths from `commandsRun`), before any of
 * them loads: none, unless a `teams` command runs and node was not started with its own tiering budget.
 * Only the process's entry point applies them: `run()` from code leaves its importer's V8 alone.
 */
export function v8FlagsFor(paths: readonly string[], execArgv: readonly string[]): string[] {
  if (paths[0] !== "teams") return [];
  if (execArgv.some((arg) => /^--wasm[-_]tiering[-_]budget(=|$)/.test(arg))) return [];
  return [`--wasm-tiering-budget=${TEAMS_WASM_TIERING_BUDGET}`];
}
