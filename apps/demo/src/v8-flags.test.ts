import { describe, expect, it } from "vitest";
import { demoV8Flags, WASM_TIERING_BUDGET } from "./v8-flags.js";

describe("the demo's V8 flags", () => {
  it("sets the wasm tiering budget unless node was started with one (V8 reads - and _ alike)", () => {
    expect(demoV8Flags([])).toEqual([WASM_TIERING_BUDGET]);
    expect(demoV8Flags(["--enable-source-maps", "--wasm-tiering-budget-x=1"])).toEqual([WASM_TIERING_BUDGET]);
    expect(demoV8Flags(["--wasm-tiering-budget=1800000"])).toEqual([]);
    expect(demoV8Flags(["--wasm_tiering_budget=5"])).toEqual([]);
  });
});
