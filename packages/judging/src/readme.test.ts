import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import * as judging from "./index.js";

describe("README", () => {
  it("the five-line example runs and prints what its comments say", () => {
    const readme = readFileSync(new URL("../README.md", import.meta.url), "utf8");
    const code = /```ts\n([\s\S]*?)```/.exec(readme)![1]!;
    const body = code.replace(/^import .*\n/m, "");
    const logged: unknown[][] = [];
    const run = new Function(
      "judging",
      "console",
      `const { parseRankedCsv, preferenceMatrix, schulze } = judging;\n${body}`,
    );
    run(judging, { log: (...args: unknown[]) => logged.push(args) });
    expect(logged[0]![0]).toEqual([
      { id: "bedflow", rank: 1, beats: 2 },
      { id: "gp-translate", rank: 2, beats: 1 },
      { id: "rota-swap", rank: 3, beats: 0 },
    ]);
    expect(logged[1]).toEqual([[], ["bedflow"]]);
  });
});
