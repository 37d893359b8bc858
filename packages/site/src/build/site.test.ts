import { readFileSync } from "node:fs";
import { parseLedgerText } from "@hackdaykit/ledger";
import { type HackDayEvent, loadEvent, parseEventText } from "@hackdaykit/schema";
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import {
  brokenLinks,
  c3vocErrors,
  htmlProblems,
  leaks,
  privateStrings,
  readIcsTwice,
} from "../../test/checks.js";
import { type BuildSiteOptions, buildSite } from "./site.js";

const examples = new URL("../../../../examples/", import.meta.url);
const BASE = "https://example.org/hackdays/";

/** The small example with results published, as organisers would add them after the prizegiving. */
function withResults(text: string): string {
  return `${text}results:
  published: 2026-05-17T16:45:00Z
  prizes:
    - prize: best-overall
      winners:
        - { project: bedflow, place: 1 }
        - { project: open-waits, place: 2 }
      explanation: Bedflow was usable on a real ward by Sunday afternoon.
      confidence: 0.87
    - prize: patient-choice
      winners:
        - { project: easy-read, place: 1 }
        - { project: carer-passport, place: 1 }
      tooClose: true
      explanation: The patient panel could not separate the two.
`;
}

let nhs: HackDayEvent;
let riverbend: HackDayEvent;
let series: BuildSiteOptions;

beforeAll(async () => {
  const parsed = parseEventText(withResults(readFileSync(new URL("nhs-hack-day-31.yaml", examples), "utf8")));
  if (!parsed.ok) throw new Error(parsed.issues.map((i) => i.message).join("\n"));
  nhs = parsed.event;
  riverbend = await loadEvent(new URL("riverbend-expo-2026.yaml", examples).pathname);
  const ledger = parseLedgerText(readFileSync(new URL("nhs-hack-day-31.ledger.yaml", examples), "utf8"));
  if (!ledger.ok) throw new Error("ledger");
  series = {
    events: [{ event: nhs, ledger: ledger.ledger }, { event: riverbend }],
    today: "2026-06-01",
    baseUrl: BASE,
  };
});

describe("buildSite over the two examples as a series", () => {
  let files: Map<string, string>;
  beforeAll(() => {
    files = buildSite(series).files;
  });

  it("writes every page and feed of each event under its own folder, plus the series' index and archive", () => {
    for (const id of ["nhs-hack-day-31", "riverbend-expo-2026"]) {
      for (const page of [
        "index.html",
        "agenda.html",
        "projects/index.html",
        "results.html",
        "accounts.html",
      ]) {
        expect(files.has(`${id}/${page}`), `${id}/${page}`).toBe(true);
      }
      expect(files.has(`${id}/calendar.ics`)).toBe(true);
      expect(files.has(`${id}/schedule.json`)).toBe(true);
    }
    expect(files.has("nhs-hack-day-31/accounts.svg")).toBe(true);
    const projectPages = [...files.keys()].filter((p) => /^[^/]+\/projects\/(?!index)[^/]+\.html$/.test(p));
    expect(projectPages).toHaveLength(nhs.projects.length + riverbend.projects.length);
    expect(files.get("index.html")).toContain("Past events");
    expect(files.get("index.html")).toMatch(
      /Upcoming[\s\S]*Riverbend[\s\S]*Past events[\s\S]*NHS Hack Day 31/,
    );
    for (const path of [
      "archive/index.html",
      "archive/event-riverbend-expo-2026.html",
      "archive/prize-best-in-show.html",
    ]) {
      expect(files.has(path), path).toBe(true);
    }
    expect(files.get("archive/index.html")).toContain(
      `${nhs.projects.length + riverbend.projects.length} projects`,
    );
  });

  it("passes html-validate's recommended rules on every page", async () => {
    expect(await htmlProblems(files)).toEqual([]);
  });

  it("has no broken internal link, fragment or sitemap address", () => {
    expect(brokenLinks(files, BASE)).toEqual([]);
    expect(files.get("sitemap.xml")).toContain(`<loc>${BASE}nhs-hack-day-31/projects/bedflow.html</loc>`);
  });

  it("links only relatively, so the site works from a sub-path and from file://", () => {
    for (const [path, content] of files) {
      if (!path.endsWith(".html")) continue;
      expect(content, path).not.toMatch(/\s(?:href|src)="\/(?!\/)/);
    }
  });

  it("publishes schedule.json files that pass the c3voc schema", () => {
    expect(c3vocErrors(files.get("nhs-hack-day-31/schedule.json")!)).toEqual([]);
    expect(c3vocErrors(files.get("riverbend-expo-2026/schedule.json")!)).toEqual([]);
  });

  it("publishes .ics feeds that python icalendar and ical.js both read, with the same instants", () => {
    const feeds = [...files.keys()].filter((p) => p.endsWith(".ics"));
    expect(feeds.length).toBeGreaterThan(6);
    for (const path of feeds) {
      const { python, icaljs } = readIcsTwice(files.get(path)!);
      expect(icaljs, path).toEqual(python);
      expect(python.length, path).toBeGreaterThan(0);
    }
  });

  it("never publishes an email, a phone or the name of someone who did not consent", () => {
    // The generated examples reuse names across events: a name someone consented to publish may appear.
    const published = new Set(
      [nhs, riverbend].flatMap((e) => e.people.filter((p) => p.public).map((p) => p.name)),
    );
    const secrets = privateStrings([nhs, riverbend]).filter((s) => !published.has(s));
    expect(secrets.length).toBeGreaterThan(100);
    expect(leaks(files, secrets)).toEqual([]);
    // The check itself can fail: it sees a name as HTML writes it, and an email anywhere.
    const planted = new Map([
      ["a.html", "<p>Team: O&#39;Brien</p>"],
      ["b.ics", "ATTENDEE:x@example.org"],
    ]);
    expect(leaks(planted, ["O'Brien"])).toEqual(["a.html: O'Brien", "b.ics: email-like x@example.org"]);
  });

  it("shows results on the results page and on each winning project's page, saying which event it came from", () => {
    const results = files.get("nhs-hack-day-31/results.html")!;
    expect(results).toContain("Bedflow was usable on a real ward");
    expect(results).toContain("Too close to call");
    expect(results).toContain("Confidence in the winner: 87%");
    const bedflow = files.get("nhs-hack-day-31/projects/bedflow.html")!;
    expect(bedflow).toContain("Best in Show (1st)");
    expect(bedflow).toMatch(/A project from <a href="\.\.\/index\.html">NHS Hack Day 31: London<\/a>/);
    expect(files.get("archive/prize-best-in-show.html")).toContain("Best in Show (1st)");
    expect(files.get("riverbend-expo-2026/results.html")).toContain("have not been published yet");
  });

  it('marks sessions that end on a later day with "+1"', () => {
    expect(files.get("riverbend-expo-2026/agenda.html")).toMatch(/22:00–08:00 \+1/);
  });

  it("embeds JSON-LD in every page and links the Atom feed", () => {
    for (const [path, content] of files) {
      if (!path.endsWith(".html")) continue;
      expect(content, path).toContain('<script type="application/ld+json">');
      expect(content, path).toContain('type="application/atom+xml"');
    }
    const atom = files.get("feed.xml")!;
    expect(atom).toContain("<title>NHS Hack Day 31: London: results</title>");
    expect(atom).toContain('href="nhs-hack-day-31/results.html"');
  });
});

describe("the project archive", () => {
  it("has one page per theme, and each project page lists its themes", () => {
    const themed: HackDayEvent = {
      ...nhs,
      projects: nhs.projects.map((p, i) => ({
        ...p,
        themes: i % 2 === 0 ? ["Open data", "Mental health"] : ["Open data"],
      })),
    };
    const { files } = buildSite({ ...series, events: [{ event: themed }, { event: riverbend }] });
    const count = (path: string) => /<h2>(\d+) projects?<\/h2>/.exec(files.get(path) ?? "")?.[1];
    expect(count("archive/theme-open-data.html")).toBe(String(nhs.projects.length));
    expect(count("archive/theme-mental-health.html")).toBe(String(Math.ceil(nhs.projects.length / 2)));
    expect(count("archive/event-nhs-hack-day-31.html")).toBe(String(nhs.projects.length));
    expect(files.get("archive/index.html")).toContain('href="theme-mental-health.html"');
    expect(files.get(`nhs-hack-day-31/projects/${nhs.projects[0]!.id}.html`)).toContain(
      "Themes: Open data, Mental health",
    );
    expect(brokenLinks(files, BASE)).toEqual([]);
  });
});

describe("stable republishing", () => {
  it("gives byte-identical files from the same inputs, whatever order the events come in", () => {
    const first = buildSite(series).files;
    fc.assert(
      fc.property(fc.boolean(), (reverse) => {
        const events = reverse ? [...series.events].reverse() : series.events;
        const again = buildSite({ ...series, events }).files;
        expect([...again.keys()]).toEqual([...first.keys()]);
        for (const [path, content] of again) expect(content === first.get(path), path).toBe(true);
      }),
      { numRuns: 4 },
    );
  });

  it("keeps .ics SEQUENCE history from the previous build's output", () => {
    const before = buildSite({ events: [{ event: nhs }], today: "2026-06-01" }).files;
    const moved: HackDayEvent = {
      ...nhs,
      sessions: nhs.sessions.map((s) => (s.id === "demos" ? { ...s, start: "2026-05-17T15:00" } : s)),
    };
    const after = buildSite({
      events: [{ event: moved }],
      today: "2026-06-01",
      previous: (p) => before.get(p),
    }).files;
    const demos = (files: Map<string, string>) =>
      readIcsTwice(files.get("calendar.ics")!).python.find((e) => e.uid.includes("/demos@"));
    expect(demos(before)?.sequence).toBe(0);
    expect(demos(after)?.sequence).toBe(1);
    const rebuilt = buildSite({
      events: [{ event: moved }],
      today: "2026-06-01",
      previous: (p) => after.get(p),
    }).files;
    expect(rebuilt.get("calendar.ics")).toBe(after.get("calendar.ics"));
  });

  it("leaves out the sitemap (with a warning) when the site's address is unknown", () => {
    const { files, warnings } = buildSite({ events: [{ event: nhs }], today: "2026-06-01" });
    expect(files.has("sitemap.xml")).toBe(false);
    expect(warnings).toEqual([expect.stringContaining("sitemap.xml needs absolute addresses")]);
  });
});
