/**
 * V8's budget for tiering WebAssembly up to TurboFan, as `hackday teams` sets it (packages/cli/src/v8-flags.ts;
 * the teams README, "Speed"): the first allocation in a process costs ~1.3 s of CPU instead of ~4.6 s, later ones
 * ~1.37 s instead of ~1.04 s, right for a server that allocates a few times a day.
 */
export const WASM_TIERING_BUDGET = "--wasm-tiering-budget=600000000";

/**
 * The V8 flags the demo's entry point sets (process-wide, so the allocation worker inherits them), leaving out
 * any node was started with. Only main.ts applies them: tests that start the server in-process leave V8 alone.
 */
export function demoV8Flags(execArgv: readonly string[]): string[] {
  const given = execArgv.some((arg) => /^--wasm[-_]tiering[-_]budget(=|$)/.test(arg));
  return given ? [] : [WASM_TIERING_BUDGET];
}
