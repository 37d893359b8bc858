import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { importDevpost, splitPrizes } from "./devpost.js";
import { ValidationError } from "./issues.js";
import { parseEvent, safeParseEvent } from "./load.js";

/** The parts of an event the import matches against (people by email, teams and projects by id). */
const tinyEvent = () =>
  parseEvent({
    id: "tiny-hack",
    name: "Tiny Hack",
    timezone: "Europe/London",
    start: "2026-05-16",
    end: "2026-05-17",
    people: [
      { id: "ada", name: "Ada Lovelace", email: "ada@example.org", public: true, roles: ["speaker"] },
      { id: "bob", name: "Bob Secret", email: "bob@example.org", roles: ["judge"] },
    ],
    projects: [{ id: "p1", title: "Bed finder", summary: "Finds beds" }],
  });

const fixture = readFileSync(fileURLToPath(new URL("../test/devpost-export.csv", import.meta.url)), "utf8");

describe("importDevpost", () => {
  it("reads a Devpost export into teams, projects, people and prize entries", () => {
    const result = importDevpost(fixture, { file: "export.csv" });
    expect(result.skipped).toBe(1); // the draft
    expect(result.projects.map((p) => p.id)).toEqual(["bed-finder", "clinic-queue", "bed-finder-2"]);
    const bed = result.projects[0]!;
    expect(bed).toMatchObject({
      title: "Bed Finder",
      summary: "Finds free beds, fast.",
      table: 12,
      team: "team-bed-finder",
      links: {
        code: "https://github.com/acme/bed-finder",
        demo: "https://bedfinder.example.org",
        video: "https://youtu.be/abc",
      },
      prizes: ["acme-health-best-use-of-data", "globex-most-creative-really"],
    });
    expect(result.projects[1]!.table).toBe(3);
    expect(result.projects[1]!.links.demo).toBe("https://devpost.com/software/clinic-queue");
    expect(result.teams[0]!.members).toEqual(["ada-lovelace", "grace-hopper"]);
    // Grace appears twice (different email case): one person.
    expect(result.teams[1]!.members).toEqual(["grace-hopper"]);
    expect(result.prizes.map((p) => [p.id, p.sponsor, p.name])).toEqual([
      ["acme-health-best-use-of-data", "acme-health", "Best Use of Data"],
      ["globex-most-creative-really", "globex", "Most Creative, Really"],
    ]);
    expect(result.sponsors.map((s) => s.id)).toEqual(["acme-health", "globex"]);
    expect(result.warnings.map((w) => `${w.file}:${w.line}: ${w.message}`)).toEqual([
      'export.csv:5: table "tbc" is not a positive whole number: left out',
    ]);
  });

  it("keeps emails private: every imported person has public false", () => {
    const { people } = importDevpost(fixture);
    expect(people.length).toBe(3);
    for (const p of people) expect(p.public).toBe(false);
    expect(people.find((p) => p.id === "ada-lovelace")!.email).toBe("ada@example.org");
  });

  it("matches headers by alias in any order, with combined team member lists", () => {
    const csv = [
      "Table,Team Members,Prizes,Status,Project URL,Submission Title",
      '7,"Ada Lovelace <ada@example.org>, Bob Ross (bob@example.org); Cy",Best Overall,Submitted,https://devpost.com/software/x,Thing One',
    ].join("\n");
    const result = importDevpost(csv);
    expect(result.projects[0]).toMatchObject({ id: "thing-one", table: 7, prizes: ["best-overall"] });
    expect(result.people.map((p) => [p.id, p.email])).toEqual([
      ["ada-lovelace", "ada@example.org"],
      ["bob-ross", "bob@example.org"],
      ["cy", undefined],
    ]);
  });

  it("reuses people, prizes and sponsors already in the event, and the merge validates", () => {
    const event = tinyEvent();
    const existing = {
      people: event.people,
      prizes: [{ id: "data-prize", name: "Acme Health: Best Use of Data" }],
      sponsors: [],
      projects: event.projects,
      teams: event.teams,
    };
    const result = importDevpost(fixture, { existing });
    expect(result.projects[0]!.prizes).toContain("data-prize");
    expect(result.people.some((p) => p.id === "ada-lovelace")).toBe(false); // matched ada@example.org
    expect(result.teams[0]!.members[0]).toBe("ada");
    const merged = {
      ...event,
      people: [...event.people, ...result.people],
      sponsors: [...event.sponsors, ...result.sponsors],
      prizes: [
        ...event.prizes,
        {
          id: "data-prize",
          name: "Best Use of Data",
          judges: [],
          requires: [],
          rules: [],
          awardedBy: "panel",
        },
        ...result.prizes,
      ],
      teams: [...event.teams, ...result.teams],
      projects: [...event.projects, ...result.projects],
    };
    const check = safeParseEvent(merged);
    expect(check.ok ? [] : check.issues).toEqual([]);
  });

  it("names what it expected when the title column is missing", () => {
    expect(() => importDevpost("Name,Email\nA,a@b.c\n", { file: "x.csv" })).toThrow(
      /^x\.csv:1: no project title column \(expected one of: "project title".*found "Name", "Email"\)$/,
    );
    expect(() => importDevpost("", { file: "x.csv" })).toThrow("x.csv: empty file, expected a header row");
    expect(() => importDevpost("", { file: "x.csv" })).toThrow(ValidationError);
  });

  it("splits prize lists on newlines or semicolons, else commas outside prize names", () => {
    expect(splitPrizes("A: One, Two, B: Three")).toEqual([
      { sponsor: "A", name: "One, Two" },
      { sponsor: "B", name: "Three" },
    ]);
    expect(splitPrizes("A: One, Two\nB: Three")).toEqual([
      { sponsor: "A", name: "One, Two" },
      { sponsor: "B", name: "Three" },
    ]);
    expect(splitPrizes("Best Overall, Best Design")).toEqual([
      { name: "Best Overall" },
      { name: "Best Design" },
    ]);
  });
});
