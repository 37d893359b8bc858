import { mkdirSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EXAMPLE, testServer } from "../src/testing/server.js";
import { ARTIFACTS, launch, organiserLogin, screenshot } from "./browser.js";

type Server = Awaited<ReturnType<typeof testServer>>;

const PHONE = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true };

/** How far a page scrolls sideways (0 when it fits). */
const overflow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

/** An organiser runs a whole event day in a real browser; each step leaves a screenshot in artifacts/. */
describe("an organiser runs the event day (chromium)", () => {
  let server: Server;
  let browser: Browser;
  let desk: BrowserContext;
  let admin: Page;
  let judgeLinks: string[] = [];
  let step = 0;
  const shot = (page: Page, name: string) =>
    screenshot(page, `organiser-${String(++step).padStart(2, "0")}-${name}`);

  const login = (page: Page) => organiserLogin(page, server.url);

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    // Last run's pictures go, so the folder shows this run's steps only.
    for (const f of readdirSync(ARTIFACTS, { withFileTypes: true }))
      if (f.name.startsWith("organiser-")) rmSync(join(ARTIFACTS, f.name));
    server = await testServer();
    browser = await launch();
    desk = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    admin = await desk.newPage();
    await login(admin);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.dispose();
  });

  it("loads an edited event file after seeing what it changes", async () => {
    await admin.goto(`${server.url}/admin/event`);
    const edited = readFileSync(EXAMPLE, "utf8").replace(
      "    title: Team forming\n",
      "    title: Team forming and coffee\n",
    );
    await admin.getByLabel("Event file (YAML or JSON)").setInputFiles({
      name: "nhs-hack-day-31.yaml",
      mimeType: "application/yaml",
      buffer: Buffer.from(edited),
    });
    await admin.getByRole("button", { name: "Check this file" }).click();
    await expect
      .poll(() => admin.locator("main").textContent())
      .toContain("Sessions: 0 added, 1 changed, 0 removed");
    expect(await admin.locator(".diff").textContent()).toContain("Team forming and coffee (title)");
    await shot(admin, "event-file-diff");
    await admin.getByRole("button", { name: "Apply these changes" }).click();
    await expect
      .poll(() => admin.locator(".notice").first().textContent())
      .toContain("Loaded nhs-hack-day-31.yaml");
    expect(server.store.session("team-forming")!.title).toBe("Team forming and coffee");
  });

  it("adds a session and moves another, seeing the conflict at once", async () => {
    await admin.goto(`${server.url}/admin/sessions`);
    const add = admin.locator("form", { has: admin.getByRole("button", { name: "Add session" }) });
    await add.getByLabel("Title").fill("Patient panel Q&A");
    await add.getByLabel("Kind").selectOption("talk");
    await add.getByLabel("Starts").fill("2026-05-16T16:00");
    await add.getByLabel("Ends").fill("2026-05-16T16:30");
    await add.getByLabel("Room").selectOption("seminar-1");
    await add.getByRole("button", { name: "Add session" }).click();
    await expect
      .poll(() => admin.locator(".notice").first().textContent())
      .toContain('Added "Patient panel Q&A"');
    await shot(admin, "session-added");
    await admin
      .getByRole("row")
      .filter({ hasText: "Tea break" })
      .getByRole("link", { name: "Edit or move" })
      .click();
    await admin.getByLabel("Starts").fill("2026-05-16T12:45");
    await admin.getByRole("button", { name: "Save" }).click();
    await expect.poll(() => admin.locator(".notice").first().textContent()).toContain('Moved "Tea break"');
    // The double booking is on the same page, right after the change.
    expect(await admin.locator("#conflicts").textContent()).toMatch(
      /"Atrium Café" is double-booked: "Healthy lunch".*"Tea break"/,
    );
    await shot(admin, "session-moved-conflict");
    await admin.getByLabel("Starts").fill("2026-05-16T15:30");
    await admin.getByRole("button", { name: "Save" }).click();
    await expect.poll(() => admin.locator("#conflicts h2").textContent()).toBe("Agenda conflicts");
  });

  it("adds a project and a judge", async () => {
    await admin.goto(`${server.url}/admin/people`);
    const project = admin.getByRole("form", { name: "Add a project" });
    await project.getByLabel("Title").fill("Clinic Compass");
    await project.getByLabel("Expo table number").fill("31");
    await project.getByRole("button", { name: "Add project" }).click();
    await expect
      .poll(() => admin.locator(".notice").first().textContent())
      .toContain('Added project "Clinic Compass"');
    const judge = admin.getByRole("form", { name: "Add a judge" });
    await judge.getByLabel("Name", { exact: true }).fill("Ada Okafor");
    await judge.getByLabel("Email (private, never published)").fill("ada@example.org");
    await judge.getByLabel("May be named publicly").check();
    await judge.getByRole("button", { name: "Add judge" }).click();
    await expect
      .poll(() => admin.locator(".notice").first().textContent())
      .toContain('Added judge "Ada Okafor"');
    await shot(admin, "project-and-judge-added");
  });

  it("issues every judge link at once and prints the sheet", async () => {
    await admin.goto(`${server.url}/admin/links`);
    await admin.getByRole("button", { name: "Issue links for every judge and print the sheet" }).click();
    await expect
      .poll(() => admin.locator(".sheet li").count())
      .toBe(server.store.event().judging!.panel.length);
    expect(await admin.locator(".sheet svg").count()).toBe(await admin.locator(".sheet li").count());
    expect(await admin.locator(".sheet").textContent()).toContain("Ada Okafor");
    judgeLinks = await admin.locator(".sheet .link").allTextContents();
    await shot(admin, "judge-sheet");
    await admin.emulateMedia({ media: "print" });
    expect(await admin.locator(".admin-nav").isVisible()).toBe(false);
    await shot(admin, "judge-sheet-print");
    await admin.emulateMedia({ media: "screen" });
  });

  it("judges judge on phones while the dashboard moves by itself", async () => {
    await admin.goto(`${server.url}/admin/dashboard`);
    const before = Number(await admin.locator("#dash-votes").textContent());
    for (const link of judgeLinks.slice(0, 3)) {
      const phone = await browser.newContext(PHONE);
      const page = await phone.newPage();
      const press = (locator: ReturnType<Page["locator"]>) =>
        Promise.all([page.waitForEvent("load"), locator.tap()]);
      await page.goto(link);
      await press(page.getByRole("button", { name: "Start judging" }));
      await press(page.getByRole("button", { name: "I've seen it" }));
      for (let i = 0; i < 4; i++) {
        const choice = page.locator(".choice button").nth(i % 2);
        if ((await choice.count()) === 0) break;
        await press(choice);
      }
      expect(await overflow(page)).toBeLessThanOrEqual(0);
      if (link === judgeLinks[0]) await shot(page, "judge-phone");
      await phone.close();
    }
    // No reload: the page's script polls the JSON endpoint and updates the figures.
    await expect
      .poll(() => admin.locator("#dash-votes").textContent(), { timeout: 15_000 })
      .not.toBe(String(before));
    expect(Number(await admin.locator("#dash-votes").textContent())).toBeGreaterThan(before);
    await shot(admin, "dashboard-live");
  });

  it("a team misses the deadline: its page turns read-only", async () => {
    const team = await admin.request.post(`${server.url}/admin/links/issue`, {
      form: { kind: "team", subject: "team-bedflow", _csrf: await csrfOf(admin) },
    });
    const link = /https?:\/\/\S+?\/t\/[A-Za-z0-9_-]{43}/.exec(await team.text())![0];
    await admin.goto(`${server.url}/admin/projects`);
    // The test server's clock is 11:00 on Saturday: a 10:30 deadline has passed.
    await admin.getByLabel("New deadline").fill("2026-05-16T10:30");
    await admin.getByRole("button", { name: "Set deadline" }).click();
    await expect
      .poll(() => admin.locator(".notice").first().textContent())
      .toContain("Submissions now close at 10:30");
    const phone = await browser.newContext(PHONE);
    const page = await phone.newPage();
    await page.goto(link);
    expect(await page.locator(".notice").first().textContent()).toContain("Submissions are closed");
    expect(await page.locator("main form").count()).toBe(0);
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    await shot(page, "team-after-deadline");
    await phone.close();
  });

  it("publishes results with their confidence and a too-close flag the organiser acknowledges", async () => {
    await admin.goto(`${server.url}/admin/results`);
    const row = () => admin.getByRole("row").filter({ hasText: "Best in Show" });
    await row().getByRole("button", { name: "Run" }).click();
    await expect.poll(() => admin.locator(".notice").first().textContent()).toContain("too close to call");
    await shot(admin, "results-too-close");
    await row().getByLabel("I know it is too close to call").check();
    await row().getByRole("button", { name: "Publish" }).click();
    await expect
      .poll(() => admin.locator(".notice").first().textContent())
      .toContain("Best in Show: published");
    const phone = await browser.newContext(PHONE);
    const page = await phone.newPage();
    await page.goto(`${server.url}/results`);
    const text = (await page.locator("main").textContent()) ?? "";
    expect(text).toContain("Too close to call.");
    expect(text).toMatch(/came first in \d+% of the redraws/);
    expect(text).not.toContain("best-overall");
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    await shot(page, "public-results-phone");
    await phone.close();
  });

  it("no organiser, judge or team page scrolls sideways at 390 px", async () => {
    const phone = await browser.newContext(PHONE);
    const page = await phone.newPage();
    await login(page);
    const wide: string[] = [];
    for (const path of [
      "/admin",
      "/admin/event",
      "/admin/sessions",
      "/admin/sessions/tea-sat",
      "/admin/projects",
      "/admin/people",
      "/admin/links",
      "/admin/dashboard",
      "/admin/conflicts",
      "/admin/results",
      "/admin/accounts",
      "/admin/export",
      "/results",
    ]) {
      await page.goto(`${server.url}${path}`);
      const extra = await overflow(page);
      if (extra > 0) wide.push(`${path}: ${extra}px too wide`);
    }
    await page.goto(`${server.url}/admin/sessions`);
    await shot(page, "admin-sessions-phone");
    expect(wide).toEqual([]);
    await phone.close();
  });
});

async function csrfOf(page: Page): Promise<string> {
  return (await page.locator('input[name="_csrf"]').first().getAttribute("value")) ?? "";
}
