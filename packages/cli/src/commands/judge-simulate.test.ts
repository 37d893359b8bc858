import { describe, expect, it } from "vitest";
import { hackday } from "../test-io.js";

const small = ["--judges", "6", "--minutes", "40", "--visit", "5", "--trials", "5"];
const simulate = (...args: string[]) => hackday("judge", "simulate", ...args);

describe("hackday judge simulate", () => {
  it("compares methods", async () => {
    const r = await simulate(
      "--project-count",
      "20",
      ...small,
      "--methods",
      "rubric,borda,crowd-bt",
      "--json",
    );
    expect(r.code).toBe(0);
    expect(r.json().methods.map((m: { method: string }) => m.method)).toEqual([
      "rubric",
      "borda",
      "crowd-bt",
    ]);
    expect(r.json().settings.projects).toBe(20);
    expect(r.stderr).toBe(""); // no progress bar off a terminal
  });

  it("prints a table, best at finding the top 3 first", async () => {
    const r = await simulate("--project-count", "20", ...small);
    expect(r.stdout).toMatch(/^20 projects, 6 judges, 40 min at 5 min a visit: 8 visits each/);
    expect(r.stdout).toMatch(/^Method +Top 3 exactly +Best first +Top 3 overlap$/m);
  });

  it("the old --projects N still works, the same run, with a deprecation notice", async () => {
    const now = await simulate("--project-count", "20", ...small, "--json");
    const old = await simulate("--projects", "20", ...small, "--json");
    expect(old.code).toBe(0);
    expect(old.stdout).toBe(now.stdout);
    expect(old.stderr).toBe(
      'hackday: warning: "judge simulate --projects N" is deprecated: use --project-count N\n',
    );
    // Typed before "simulate", as the one command allowed.
    const before = await hackday(
      "judge",
      "--projects",
      "20",
      "--trials",
      "5",
      "simulate",
      ...small,
      "--json",
    );
    expect(before.stdout).toBe(now.stdout);
  });

  it("says what is missing or wrong (usage errors)", async () => {
    const none = await simulate(...small);
    expect(none.code).toBe(2);
    expect(none.stderr).toBe("hackday: simulate needs --project-count N (a whole number ≥ 2)\n");
    const both = await simulate("--projects", "20", "--project-count", "20", ...small);
    expect(both.code).toBe(2);
    expect(both.stderr).toMatch(/give --project-count only/);
    const ids = await simulate("--projects", "a,b", ...small);
    expect(ids.code).toBe(2);
    expect(ids.stderr).toMatch(/simulate needs --project-count N/);
    const one = await simulate("--project-count", "1", ...small);
    expect(one.code).toBe(2);
    expect(one.stderr).toMatch(/--project-count <n>.*expected a whole number ≥ 2/);
    const method = await simulate("--project-count", "20", ...small, "--methods", "bordda");
    expect(method.code).toBe(2);
    expect(method.stderr).toMatch(/--methods: unknown method "bordda": did you mean "borda"\?/);
  });
});
