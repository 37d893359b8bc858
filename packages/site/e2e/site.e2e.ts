import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { loadEvent } from "@hackdaykit/schema";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { axeViolations, launch } from "../../../fixtures/browser.js";
import {
  brokenLinks,
  c3vocErrors,
  htmlProblems,
  leaks,
  privateStrings,
  readIcsTwice,
  readSite,
} from "../test/checks.js";

const root = new URL("../../../", import.meta.url).pathname;
const bin = join(root, "packages/cli/dist/bin.js");
const examples = ["examples/nhs-hack-day-31.yaml", "examples/riverbend-expo-2026.yaml"].map((f) =>
  join(root, f),
);
const work = mkdtempSync(join(tmpdir(), "hackday-site-e2e-"));
const hackday = (...args: string[]) =>
  execFileSync(process.execPath, [bin, ...args], {
    cwd: work,
    encoding: "utf8",
    stdio: ["ignore", "pipe", "pipe"],
  });

let browser: Browser;

beforeAll(async () => {
  // The "done when": a fresh folder, `hackday init` with flags, then `hackday site build`.
  hackday(
    "init",
    "my-hackday",
    "--name",
    "My Hack Day",
    "--start",
    "2026-10-24",
    "--end",
    "2026-10-25",
    "--timezone",
    "Europe/London",
    "--venue",
    "The Old Mill",
    "--currency",
    "GBP",
    "--url",
    "https://example.org/my-hackday/",
  );
  hackday("site", "build", "my-hackday/event.yaml", "-o", "_site");
  // The two examples as a two-event series, the small one's ledger found beside it.
  hackday(
    "site",
    "build",
    ...examples,
    "--base-url",
    "https://example.org/hackdays/",
    "--today",
    "2026-06-01",
    "-o",
    "_series",
  );
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
  rmSync(work, { recursive: true, force: true });
});

const sites = [
  { name: "a new event from hackday init", dir: "_site", base: "https://example.org/my-hackday/" },
  { name: "the two examples as a series", dir: "_series", base: "https://example.org/hackdays/" },
];

describe.each(sites)("$name", ({ dir, base }) => {
  let files: Map<string, string>;
  beforeAll(() => {
    files = readSite(join(work, dir));
  });

  it("passes html-validate on every page", async () => {
    expect(files.size).toBeGreaterThan(10);
    expect(await htmlProblems(files)).toEqual([]);
  });

  it("has no broken internal link", () => {
    expect(files.has("sitemap.xml")).toBe(true);
    expect(brokenLinks(files, base)).toEqual([]);
  });

  it("publishes schedule.json valid against the c3voc schema", () => {
    const schedules = [...files.keys()].filter((p) => p.endsWith("schedule.json"));
    expect(schedules.length).toBeGreaterThan(0);
    for (const path of schedules) expect(c3vocErrors(files.get(path)!), path).toEqual([]);
  });

  it("publishes .ics feeds that python icalendar and ical.js read alike", () => {
    const feeds = [...files.keys()].filter((p) => p.endsWith(".ics"));
    expect(feeds.length).toBeGreaterThan(1);
    for (const path of feeds) {
      const { python, icaljs } = readIcsTwice(files.get(path)!);
      expect(icaljs, path).toEqual(python);
    }
  });

  it("publishes no email and no name of anyone who did not consent", async () => {
    const events =
      dir === "_site"
        ? [await loadEvent(join(work, "my-hackday/event.yaml"))]
        : await Promise.all(examples.map((f) => loadEvent(f)));
    const published = new Set(events.flatMap((e) => e.people.filter((p) => p.public).map((p) => p.name)));
    expect(
      leaks(
        files,
        privateStrings(events).filter((s) => !published.has(s)),
      ),
    ).toEqual([]);
  });

  it("has no serious or critical axe issue and no page wider than a 390 px phone, opened from file://", async () => {
    // Every page of the new event; in the series every page but the 220+ near-identical project pages, of
    // which a few per event are enough.
    const perEvent = new Map<string, number>();
    const pages = [...files.keys()].filter((p) => {
      if (!p.endsWith(".html")) return false;
      const project = /^(.*)projects\/(?!index)[^/]+\.html$/.exec(p);
      if (!project) return true;
      const seen = perEvent.get(project[1]!) ?? 0;
      perEvent.set(project[1]!, seen + 1);
      return seen < 4;
    });
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    const problems: string[] = [];
    try {
      for (const path of pages) {
        await page.goto(pathToFileURL(join(work, dir, path)).href);
        const width = await page.evaluate(() => document.documentElement.scrollWidth);
        if (width > 390) problems.push(`${path}: ${width} px wide`);
        // The stylesheet loaded through its relative link (the header is blue only with it).
        const header = await page.evaluate(
          () => getComputedStyle(document.querySelector("header")!).backgroundColor,
        );
        if (header !== "rgb(0, 94, 184)") problems.push(`${path}: stylesheet not applied (${header})`);
        for (const v of await axeViolations(page)) {
          if (v.impact === "serious" || v.impact === "critical")
            problems.push(`${path}: ${v.id} (${v.impact}) ${v.help}`);
        }
      }
    } finally {
      await context.close();
    }
    expect(pages.length).toBeGreaterThan(4);
    expect(problems).toEqual([]);
  });
});
