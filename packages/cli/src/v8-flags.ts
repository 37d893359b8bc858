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
 * V8's cumulative inlining budget in `hackday accounts balance`. The journal reader is one hot loop that V8
 * optimises while it runs; with the default budget its compiler threads re-compile the same small functions
 * into every caller. At 200, a 200k-transaction journal takes ~0.04 s less CPU (0.70 s against 0.75 s, medians
 * of 16 interleaved runs of the byte reader), with the loop as fast (packages/ledger/bench/balance.mjs).
 */
export const BALANCE_INLINING_BUDGET = 200;

/**
 * The V8 flags the `hackday` process sets for the command it runs (its arguments, without `node` and the
 * script), before any command code loads, leaving out any flag node was started with. Only the process's entry
 * point applies them: `run()` from code leaves its importer's V8 alone.
 */
export function v8FlagsFor(args: readonly string[], execArgv: readonly string[]): string[] {
  const [command, sub] = args.filter((arg) => !arg.startsWith("-"));
  const flags: string[] = [];
  if (command === "teams") flags.push(`--wasm-tiering-budget=${TEAMS_WASM_TIERING_BUDGET}`);
  if (command === "accounts" && sub === "balance")
    flags.push(`--max-inlined-bytecode-size-cumulative=${BALANCE_INLINING_BUDGET}`);
  const given = new Set(execArgv.map(flagName));
  return flags.filter((flag) => !given.has(flagName(flag)));
}

/** `--wasm_tiering_budget=5` → `wasm-tiering-budget`: V8 reads `_` and `-` alike. */
const flagName = (arg: string) => arg.replace(/^--/, "").split("=")[0]!.replaceAll("_", "-");
