import type { Command } from "commander";
import { describe, expect, it } from "vitest";
import { commandsRun, createProgram, loadCommands, run } from "./program.js";
import { captureIo } from "./test-io.js";

function allCommands(command: Command, path: string[] = []): string[][] {
  return command.commands.flatMap((child) => {
    const here = [...path, child.name()];
    return child.commands.length > 0 ? [here, ...allCommands(child, here)] : [here];
  });
}

const names = allCommands(createProgram(captureIo().io, () => {}, await loadCommands()));

describe("the hackday command tree", () => {
  it("lists every command in the top-level --help without loading any", async () => {
    const out = captureIo();
    expect(await run(["--help"], out.io)).toBe(0);
    for (const [name] of names.filter((path) => path.length === 1)) {
      expect(out.stdout).toMatch(new RegExp(`^  ${name} `, "m"));
    }
  });

  it("has the commands the contract names", () => {
    expect(names.map((n) => n.join(" "))).toEqual(expect.arrayContaining(["validate", "schema"]));
  });

  it.each(names.map((n) => [n.join(" "), n]))(
    "`%s --help` exits 0 and shows an example",
    async (_label, path) => {
      const out = captureIo();
      expect(await run([...(path as string[]), "--help"], out.io)).toBe(0);
      expect(out.stdout).toMatch(/Examples?:\n\s+\$ hackday /);
    },
  );

  it.each(names.map((n) => [n.join(" "), n]))(
    "`%s --no-such-flag` is a usage error (exit 2)",
    async (_label, path) => {
      const out = captureIo();
      expect(await run([...(path as string[]), "--no-such-flag"], out.io)).toBe(2);
      expect(out.stderr).toMatch(/unknown option|error:/);
    },
  );
});

describe("which commands a run loads", () => {
  it("the first word's command, and a subcommand wherever its name stands among the words after it", () => {
    expect(commandsRun(["judge", "schulze", "ballots.csv", "--json"])).toEqual(["judge"]);
    expect(commandsRun(["judge", "prizes", "--event", "e.yaml"])).toEqual(["judge", "judge prizes"]);
    expect(commandsRun(["judge", "--event", "e.yaml", "simulate"])).toEqual(["judge", "judge simulate"]);
    expect(commandsRun(["--version"])).toEqual([]);
    expect(commandsRun(["nope", "prizes"])).toEqual(["nope"]);
  });
});
