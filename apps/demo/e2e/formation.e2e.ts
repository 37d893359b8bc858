import { readFileSync } from "node:fs";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { EXAMPLE, testServer } from "../src/testing/server.js";
import { axeViolations, launch, organiserLogin, screenshot } from "./browser.js";

type Server = Awaited<ReturnType<typeof testServer>>;
const example = parse(readFileSync(EXAMPLE, "utf8")) as {
  people: { id: string; name: string; public?: boolean }[];
};
const privateNames = example.people.filter((p) => !p.public).map((p) => p.name);
const serious = async (page: Page) =>
  (await axeViolations(page)).filter((v) => v.impact === "serious" || v.impact === "critical");

/** Pitch titles in the order these ten attendees like them (skipping any they pitched themselves). */
const TASTE = ["Bedflow", "RotaSwap", "ClinicQueue", "GP Translate"];

describe("choose your team (chromium, phone-sized)", () => {
  let server: Server;
  let browser: Browser;
  let admin: Page;
  let links: { name: string; url: string }[] = [];

  beforeAll(async () => {
    server = await testServer();
    browser = await launch();
    admin = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
    await organiserLogin(admin, server.url);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.dispose();
  });

  it("the organiser opens choosing and creates personal links", async () => {
    await admin.goto(`${server.url}/admin/teams`);
    await admin.getByRole("button", { name: "Open choose your team" }).click();
    await expect.poll(() => admin.locator("main").textContent()).toContain("Open: attendees can rank");
    await admin.getByRole("button", { name: "Create personal links" }).click();
    const items = await admin.locator(".notice li").allTextContents();
    links = items.map((text) => {
      const match = /^(.*): (https?:\/\/\S+\/c\/[A-Za-z0-9_-]{43})$/.exec(text.trim());
      if (!match) throw new Error(`not a link line: ${text}`);
      return { name: match[1]!, url: match[2]! };
    });
    expect(links).toHaveLength(97);
  });

  it("ten attendees rank pitches on their phones; the interest count goes up live", async () => {
    const phone = await browser.newContext({
      viewport: { width: 390, height: 844 },
      deviceScaleFactor: 2,
      isMobile: true,
      hasTouch: true,
    });
    for (const [i, link] of links.slice(0, 10).entries()) {
      const page = await phone.newPage();
      await page.goto(link.url);
      await expect.poll(() => page.locator("h1").textContent()).toBe("Choose your team");
      let rank = 1;
      for (const title of TASTE.slice(i % 2)) {
        const select = page.getByLabel(title, { exact: true });
        if ((await select.count()) === 0) continue; // their own pitch is not offered
        await select.selectOption(String(rank++));
      }
      if (i === 3) await page.getByLabel("Sharps Count", { exact: true }).selectOption("avoid");
      if (i === 0) {
        await screenshot(page, "choose-team-phone");
        expect(await serious(page)).toEqual([]);
      }
      await Promise.all([
        page.waitForEvent("load"),
        page.getByRole("button", { name: "Save my choices" }).tap(),
      ]);
      await expect.poll(() => page.locator(".notice").textContent()).toContain("Saved");
      await page.close();
    }
    const board = await phone.newPage();
    await board.goto(`${server.url}/teams/interest`);
    const firsts = await board.locator("tbody tr td:nth-child(2)").allTextContents();
    expect(firsts.reduce((sum, n) => sum + Number(n), 0)).toBe(10); // each of the ten named a first choice
    const bedflow = await board
      .getByRole("row")
      .filter({ hasText: /^Bedflow/ })
      .locator("td")
      .allTextContents();
    expect(Number(bedflow[1])).toBeGreaterThanOrEqual(4);
    await phone.close();
  });

  it("the organiser allocates, pins a person, and publishes", async () => {
    await admin.goto(`${server.url}/admin/teams`);
    await admin.getByRole("button", { name: "Run allocation" }).click();
    await expect
      .poll(() => admin.locator("main").textContent(), { timeout: 90_000 })
      .toMatch(/\d+ teams kept/);
    const someone = links[0]!.name;
    await admin.getByLabel("Person").selectOption({ label: someone });
    await admin.getByLabel("Team").selectOption({ label: "OpenWaits" });
    await admin.getByRole("button", { name: "Pin and re-run" }).click();
    const allocated = admin.locator("table").nth(1); // the first table is the interest count
    const openWaits = allocated.getByRole("row").filter({ hasText: /^OpenWaits/ });
    await expect.poll(() => openWaits.textContent(), { timeout: 90_000 }).toContain(`${someone} (pinned)`);
    await admin.getByRole("button", { name: "Publish team lists" }).click();
    await expect.poll(() => admin.locator("main").textContent()).toContain("Published");
    await screenshot(admin, "teams-admin");
  });

  it("the public lists name only people who consented; each attendee sees their own team", async () => {
    const visitor = await (await browser.newContext()).newPage();
    await visitor.goto(`${server.url}/teams`);
    const text = (await visitor.locator("main").textContent()) ?? "";
    expect(text).toContain("OpenWaits");
    for (const name of privateNames) expect(text).not.toContain(name);
    expect(text).toMatch(/\d+ others?/);
    expect(await serious(visitor)).toEqual([]);
    const phone = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true });
    const page = await phone.newPage();
    await page.goto(links[0]!.url);
    await expect.poll(() => page.locator("#my-team").textContent()).toBe("OpenWaits");
    await screenshot(page, "my-team-phone");
  });
});
