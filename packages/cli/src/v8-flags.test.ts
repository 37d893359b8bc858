import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { builtBin } from "./test-io.js";
import { BALANCE_INLINING_BUDGET, TEAMS_WASM_TIERING_BUDGET, v8FlagsFor } from "./v8-flags.js";

const budget = `--wasm-tiering-budget=${TEAMS_WASM_TIERING_BUDGET}`;
const inlining = `--max-inlined-bytecode-size-cumulative=${BALANCE_INLINING_BUDGET}`;

describe("V8 flags the hackday process sets", () => {
  it("sets the WebAssembly tiering budget for teams commands only", () => {
    expect(v8FlagsFor(["teams", "event.yaml", "--preferences", "p.csv"], [])).toEqual([budget]);
    expect(v8FlagsFor(["teams", "simulate", "--runs", "2"], [])).toEqual([budget]);
    expect(v8FlagsFor(["--json", "teams", "event.yaml"], [])).toEqual([budget]);
    expect(v8FlagsFor(["judge", "schulze", "teams.csv"], [])).toEqual([]);
    expect(v8FlagsFor(["validate", "event.yaml"], [])).toEqual([]);
    expect(v8FlagsFor([], [])).toEqual([]);
  });

  it("sets the inlining budget for accounts balance only", () => {
    expect(v8FlagsFor(["accounts", "balance", "books.journal"], [])).toEqual([inlining]);
    expect(v8FlagsFor(["accounts", "--json", "balance", "books.journal"], [])).toEqual([inlining]);
    expect(v8FlagsFor(["accounts", "register", "books.journal"], [])).toEqual([]);
    expect(v8FlagsFor(["accounts", "balance", "x"], ["--max_inlined_bytecode_size_cumulative=920"])).toEqual(
      [],
    );
  });

  it("leaves a budget given on node's command line alone", () => {
    const paths = ["teams", "event.yaml"];
    expect(v8FlagsFor(paths, ["--wasm-tiering-budget=1800000"])).toEqual([]);
    expect(v8FlagsFor(paths, ["--wasm_tiering_budget=5"])).toEqual([]);
    expect(v8FlagsFor(paths, ["--max-old-space-size=4096"])).toEqual([budget]);
  });

  it("the built hackday applies it: far fewer HiGHS functions reach TurboFan than at a small budget", () => {
    // V8 traces each optimised (TurboFan) compile of a WebAssembly function on stdout, one line each.
    const optimised = (...node: string[]) => {
      const args = ["teams", "simulate", "--attendees", "120", "--pitches", "25", "--runs", "1", "--json"];
      const r = spawnSync(process.execPath, ["--trace-wasm-compilation-times", ...node, builtBin, ...args], {
        encoding: "utf8",
      });
      expect(r.stderr).toBe("");
      expect(r.status).toBe(0);
      return r.stdout.split("\n").filter((line) => line.includes("using TurboFan")).length;
    };
    const small = optimised("--wasm-tiering-budget=1800000");
    expect(small).toBeGreaterThan(10);
    expect(optimised()).toBeLessThan(small / 4);
  });
});
