import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { hackday, repoRoot } from "../test-io.js";

const nhs = join(repoRoot, "examples/nhs-hack-day-31.yaml");
const prizes = (...args: string[]) => hackday("judge", "prizes", ...args);

describe("hackday judge prizes", () => {
  it("every prize with its method, ties named, policy applied", async () => {
    const r = await prizes("--event", nhs, "--json", "--tie-break", "head-to-head");
    expect(r.code).toBe(0);
    const json = r.json();
    expect(json.prizes.map((p: { prize: string }) => p.prize)).toEqual([
      "best-overall",
      "patient-choice",
      "open-data-challenge",
      "accessibility-award",
    ]);
    expect(json.prizes[0].tieBreaks[0].steps[0].by).toBe("head-to-head");
    const text = (await prizes("--event", nhs)).stdout;
    // Judges sharing an organisation with a team are conflicted too, which settles the old tie at the top.
    expect(text).toContain("Winner: safer-handover");
    expect(text).toContain("Conflicts of interest: 120 ballot(s) left out or trimmed");
    expect(text).toContain("Ineligible: theatre-tracker");
  });

  it("shows each prize's ranking with the number its method ranks by", async () => {
    const text = (await prizes("--event", nhs)).stdout;
    expect(text).toMatch(/^Rank +Project +Score +Raw mean +Judges$/m); // the rubric's columns
  });

  it("needs --event (usage error)", async () => {
    const r = await prizes();
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('hackday: "judge prizes" needs --event FILE\n');
  });

  it("reads judge options typed before its name, as when it was one command", async () => {
    const after = await prizes("--event", nhs, "--json", "--multiple-wins", "no");
    const before = await hackday("judge", "--json", "--event", nhs, "prizes", "--multiple-wins", "no");
    expect(before.code).toBe(0);
    expect(before.stdout).toBe(after.stdout);
    expect(before.json().multipleWins).toBe(false);
  });

  it("accepts an option only judge METHOD or simulate reads, and says it is ignored", async () => {
    const plain = await prizes("--event", nhs, "--json");
    const r = await prizes("--event", nhs, "--json", "--bootstrap", "5", "--trials", "9");
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(plain.stdout);
    expect(r.stderr).toBe(
      'hackday: warning: --bootstrap has no effect on "judge prizes"; ignored\n' +
        'hackday: warning: --trials has no effect on "judge prizes"; ignored\n',
    );
  });
});
