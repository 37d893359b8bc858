import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testServer } from "../src/testing/server.js";
import { axeViolations, launch, organiserLogin, screenshot } from "./browser.js";

type Server = Awaited<ReturnType<typeof testServer>>;

const PUBLIC_PAGES: [string, string][] = [
  ["/", "home"],
  ["/agenda?at=2026-05-16T10:00:00Z", "agenda"],
  ["/projects", "projects"],
  ["/projects/bedflow", "project"],
  ["/results", "results"],
  ["/accounts", "accounts"],
];

describe("the demo in a real browser (chromium)", () => {
  let server: Server;
  let browser: Browser;
  let adminContext: BrowserContext;
  let admin: Page;

  beforeAll(async () => {
    server = await testServer();
    browser = await launch();
    adminContext = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    admin = await adminContext.newPage();
    await organiserLogin(admin, server.url);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.dispose();
  });

  /** Issues a link in the admin UI and reads it off the page, as an organiser would copy it. */
  async function issueLink(kind: "judge" | "team", name: string): Promise<string> {
    await admin.goto(`${server.url}/admin/links`);
    const row = admin.getByRole("row").filter({ hasText: name });
    await row.getByRole("button", { name: "Issue link" }).click();
    const notice = (await admin.locator(".notice").textContent()) ?? "";
    const match = new RegExp(`https?://\\S+/${kind === "judge" ? "j" : "t"}/[A-Za-z0-9_-]{43}`).exec(notice);
    if (!match) throw new Error(`no link in: ${notice}`);
    return match[0];
  }

  it("a team submits its project through the private link", async () => {
    const link = await issueLink("team", "Team Bedflow");
    const page = await (await browser.newContext()).newPage();
    await page.goto(link);
    await page.getByLabel("Project title").fill("Bedflow Live");
    await page.getByLabel("One-paragraph summary").fill("Ward bed board with live discharge predictions.");
    await page.getByLabel("Live demo (URL)").fill("https://bedflow.example.org/live");
    await page.getByRole("button", { name: "Save changes" }).click();
    await expect.poll(() => page.locator(".notice").first().textContent()).toContain("Saved");
    await screenshot(page, "team-edit");
    await page.goto(`${server.url}/projects`);
    await expect.poll(() => page.locator("#project-bedflow h2").textContent()).toBe("Bedflow Live");
  });

  it("a judge completes a pairwise session on a phone", async () => {
    const link = await issueLink("judge", "Wilf Pemberton");
    const phone = await browser.newContext({
      viewport: { width: 390, height: 844 },
      deviceScaleFactor: 2,
      isMobile: true,
      hasTouch: true,
    });
    const page = await phone.newPage();
    await page.goto(link);
    await screenshot(page, "judge-start-phone");
    // Each button submits a form: wait for the next page before looking at it.
    const press = (locator: ReturnType<Page["locator"]>) =>
      Promise.all([page.waitForEvent("load"), locator.tap()]);
    await press(page.getByRole("button", { name: "Start judging" }));
    await press(page.getByRole("button", { name: "I've seen it" }));
    let votes = 0;
    for (let i = 0; i < 40; i++) {
      const choice = page.locator(".choice button").nth(i % 2);
      if ((await choice.count()) === 0) break;
      if (i === 2) await screenshot(page, "judge-compare-phone");
      await press(choice);
      expect(await page.locator(".notice").first().textContent()).toContain("Vote recorded");
      votes++;
    }
    expect(votes).toBeGreaterThan(5);
    await expect.poll(() => page.locator("main").textContent()).toContain("seen every project");
    // The layout fits the phone: nothing scrolls sideways.
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await press(page.getByRole("button", { name: "Undo my last vote" }));
    expect(await page.locator(".notice").first().textContent()).toContain("withdrawn");
    await press(page.locator(".choice button").first());
    expect(await page.locator(".notice").first().textContent()).toContain("Vote recorded");
    await screenshot(page, "judge-done-phone");
    const judgeProblems = (await axeViolations(page)).filter(
      (v) => v.impact === "serious" || v.impact === "critical",
    );
    expect(judgeProblems).toEqual([]);
    expect(server.store.ballots.votes("wilf-pemberton").filter((v) => v.voided === null)).toHaveLength(votes);
  });

  it("the admin moves a session and the public .ics reflects it", async () => {
    const page = await (await browser.newContext()).newPage();
    const before = await (await page.request.get(`${server.url}/calendar.ics`)).text();
    expect(before).toMatch(/DTSTART;TZID=Europe\/London:20260516T140000/);
    await admin.goto(`${server.url}/admin/sessions/open-data-clinic`);
    await admin.getByLabel("Starts").fill("2026-05-16T17:00");
    await admin.getByLabel("Ends").fill("2026-05-16T17:45");
    await admin.getByRole("button", { name: "Save" }).click();
    await expect.poll(() => admin.locator(".notice").textContent()).toContain("Moved");
    const after = (await (await page.request.get(`${server.url}/calendar.ics`)).text()).replace(
      /\r\n[ \t]/g,
      "",
    );
    const entry = after.split("BEGIN:VEVENT").find((b) => b.includes("SUMMARY:Open data clinic"))!;
    expect(entry).toMatch(/DTSTART;TZID=Europe\/London:20260516T170000/);
    expect(entry).toMatch(/SEQUENCE:1/);
    await page.goto(`${server.url}/agenda`);
    await expect.poll(() => page.locator("#session-open-data-clinic").textContent()).toContain("17:00–17:45");
  });

  it("the admin runs and publishes results", async () => {
    await admin.goto(`${server.url}/admin/results`);
    // One judge's votes are fewer than the default minimum: the organiser lowers it on purpose.
    await admin.getByLabel("Fewest ballots to publish").fill("1");
    await admin.getByRole("button", { name: "Save" }).click();
    for (const name of ["Expo standings (pairwise, CrowdBT)", "Best in Show"]) {
      await admin.getByRole("row").filter({ hasText: name }).getByRole("button", { name: "Run" }).click();
      await expect.poll(() => admin.locator(".notice").first().textContent()).toContain("Computed");
      const row = admin.getByRole("row").filter({ hasText: name });
      const ack = row.getByLabel("I know it is too close to call");
      if ((await ack.count()) > 0) await ack.check();
      await row.getByRole("button", { name: "Publish" }).click();
      await expect.poll(() => admin.locator(".notice").first().textContent()).toContain("published");
    }
    await screenshot(admin, "admin-results");
    const page = await (await browser.newContext()).newPage();
    await page.goto(`${server.url}/results`);
    await expect.poll(() => page.locator("main").textContent()).toContain("Best in Show");
    expect(await page.locator("main").textContent()).toMatch(/came first in \d+% of the redraws/);
  });

  it("public pages have no serious or critical accessibility issues (axe-core)", async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const problems: string[] = [];
    // A blocked script or style (CSP) or a broken resource shows up as a console error.
    page.on("console", (message) => {
      if (message.type() === "error") problems.push(`${page.url()}: console: ${message.text()}`);
    });
    for (const [path, name] of PUBLIC_PAGES) {
      const res = await page.goto(`${server.url}${path}`);
      expect(res?.status(), path).toBe(200);
      await screenshot(page, name);
      const violations = await axeViolations(page);
      for (const v of violations) {
        if (v.impact === "serious" || v.impact === "critical")
          problems.push(`${path}: ${v.id} (${v.impact}) ${v.help} ×${v.nodes}`);
      }
    }
    expect(problems).toEqual([]);
    // The checker itself works: a page with an unlabelled image fails it.
    await page.setContent(
      '<html lang="en"><head><title>x</title></head><body><main><img src="data:,"></main></body></html>',
    );
    expect((await axeViolations(page)).map((v) => v.id)).toContain("image-alt");
  });

  it("public pages fit a 390 px phone, and project cards start at their title", async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true });
    const page = await context.newPage();
    const problems: string[] = [];
    for (const [path] of PUBLIC_PAGES) {
      await page.goto(`${server.url}${path}`);
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      if (width > 390) problems.push(`${path}: ${width} px wide`);
    }
    expect(problems).toEqual([]);
    await page.goto(`${server.url}/projects`);
    // No empty band above a card's title: the first child sits at the card's padding.
    const gap = await page.evaluate(() => {
      const card = document.querySelector(".card")!;
      return card.firstElementChild!.getBoundingClientRect().top - card.getBoundingClientRect().top;
    });
    expect(gap).toBeLessThanOrEqual(17);
    await context.close();
  });

  it("the site's CSP blocks inline script and the page still works without JavaScript", async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${server.url}/agenda`);
    expect(await page.locator("h1").textContent()).toBe("Agenda");
    const csp = (await page.request.get(`${server.url}/agenda`)).headers()["content-security-policy"];
    expect(csp).toContain("script-src 'self'");
  });
});
