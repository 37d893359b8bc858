import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import * as teams from "./index.js";

describe("README", () => {
  it("the example runs and prints what its comments say", async () => {
    const readme = readFileSync(new URL("../README.md", import.meta.url), "utf8");
    const code = /```ts\n([\s\S]*?)```/.exec(readme)![1]!;
    const body = code.replace(/^import .*\n/m, "");
    const logged: unknown[][] = [];
    const AsyncFunction = Object.getPrototypeOf(async () => {}).constructor;
    await new AsyncFunction("teams", "console", `const { allocateTeams } = teams;\n${body}`)(teams, {
      log: (...args: unknown[]) => logged.push(args),
    });
    expect(logged[0]![0]).toEqual(["ana", "ben", "cy"]);
    expect(logged[1]![0]).toEqual({ person: "ben", team: "triage", got: "any", pinned: false, better: [] });
  });

  it("the CSV example reads as the rows it describes", () => {
    const readme = readFileSync(new URL("../README.md", import.meta.url), "utf8");
    const csv = /```csv\n([\s\S]*?)```/.exec(readme)![1]!;
    expect(teams.parsePreferencesCsv(csv)).toEqual([
      {
        person: "vera-eriksen",
        ranking: "porter-finder>shift-food=pathway-map",
        avoid: ["sharps-count"],
        line: 2,
      },
      { person: "lior-nakamura", ranking: "", avoid: [], line: 3 },
    ]);
  });
});
