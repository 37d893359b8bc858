import { describe, expect, it } from "vitest";
import { formatIssue } from "./issues.js";
import { parseEventText } from "./load.js";
import { publicView } from "./public-view.js";

const event = (formation: string) => `id: tiny
name: Tiny Hack
timezone: Europe/London
start: 2026-05-16
end: 2026-05-17
people:
  - { id: ada, name: Ada, skills: [developer], public: true }
  - { id: bob, name: Bob, skills: [clinician], email: bob@example.org }
  - { id: cy, name: Cy }
formation:
${formation}`;

const issues = (text: string) => {
  const result = parseEventText(text, "event.yaml");
  return result.ok ? [] : result.issues.map(formatIssue);
};

describe("formation", () => {
  it("reads pitches, groups and preferences with their defaults", () => {
    const result = parseEventText(
      event(`  pitches:
    - { id: triage, title: Triage bot, pitcher: ada, skillsWanted: [clinician] }
    - { id: rota, title: Rota swap, pitcher: bob, minSize: 1, maxSize: 3 }
  groups:
    - members: [bob, cy]
  preferences:
    - { person: cy, ranking: "rota>triage", avoid: [] }
    - { person: ada, avoid: [rota] }
`),
    );
    if (!result.ok) throw new Error(result.issues.map(formatIssue).join("\n"));
    const formation = result.event.formation!;
    expect(formation.pitches[0]).toMatchObject({ minSize: 2, maxSize: 6, skillsWanted: ["clinician"] });
    expect(formation.preferences[1]).toEqual({ person: "ada", ranking: "", avoid: ["rota"] });
  });

  it("names every broken reference with its file, line and path", () => {
    const found = issues(
      event(`  pitches:
    - { id: triage, title: Triage bot, pitcher: zed, minSize: 4, maxSize: 3 }
  groups:
    - members: [ada, bob]
    - members: [bob, cy]
  preferences:
    - { person: cy, ranking: "triage>nope>triage", avoid: [triage] }
    - { person: cy, ranking: "a>>b" }
`),
    );
    // Shape errors (minSize, a broken ranking) hide none of the reference errors: every problem in one run.
    expect(found).toEqual([
      expect.stringMatching(/formation\.pitches\[0\]\.pitcher: unknown person "zed"/),
      expect.stringMatching(
        /^event\.yaml:\d+:\d+: formation\.pitches\[0\]\.minSize: minSize must not exceed/,
      ),
      expect.stringMatching(/formation\.groups\[1\]\.members\[0\]: "bob" is already in group 0/),
      expect.stringMatching(/formation\.preferences\[0\]\.ranking: unknown pitch "nope"/),
      expect.stringMatching(/formation\.preferences\[0\]\.ranking: pitch "triage" is ranked twice/),
      expect.stringMatching(
        /formation\.preferences\[0\]\.avoid\[0\]: pitch "triage" is both ranked and avoided/,
      ),
      expect.stringMatching(/formation\.preferences\[1\]\.person: "cy" already has preferences/),
      expect.stringMatching(/formation\.preferences\[1\]\.ranking: expected a ranking like a>b=c>d/),
    ]);
    const refs = issues(
      event(`  pitches:
    - { id: triage, title: Triage bot, pitcher: zed }
  groups:
    - members: [ada, bob]
    - members: [bob, cy]
  preferences:
    - { person: cy, ranking: "triage>nope>triage", avoid: [triage] }
    - { person: cy }
`),
    );
    expect(refs).toEqual([
      expect.stringMatching(/formation\.pitches\[0\]\.pitcher: unknown person "zed"/),
      expect.stringMatching(/formation\.groups\[1\]\.members\[0\]: "bob" is already in group 0/),
      expect.stringMatching(/formation\.preferences\[0\]\.ranking: unknown pitch "nope"/),
      expect.stringMatching(/formation\.preferences\[0\]\.ranking: pitch "triage" is ranked twice/),
      expect.stringMatching(
        /formation\.preferences\[0\]\.avoid\[0\]: pitch "triage" is both ranked and avoided/,
      ),
      expect.stringMatching(/formation\.preferences\[1\]\.person: "cy" already has preferences/),
    ]);
    for (const line of refs) expect(line).toMatch(/^event\.yaml:\d+:\d+: /);
  });

  it("publishes the pitches but not who wants what or who came with whom", () => {
    const result = parseEventText(
      event(`  pitches:
    - { id: triage, title: Triage bot, pitcher: bob }
  groups:
    - members: [bob, cy]
  preferences:
    - { person: cy, ranking: triage }
`),
    );
    if (!result.ok) throw new Error("invalid");
    const view = publicView(result.event);
    expect(view.formation?.groups).toEqual([]);
    expect(view.formation?.preferences).toEqual([]);
    expect(view.formation?.pitches[0]?.pitcher).toMatch(/^private-/);
    expect(JSON.stringify(view)).not.toContain("bob");
  });
});
