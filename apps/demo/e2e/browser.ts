import { resolve } from "node:path";
import type { Page } from "playwright-core";
import { screenshots } from "../../../fixtures/browser.js";
import { PASSWORD } from "../src/testing/server.js";

export { axeViolations, launch } from "../../../fixtures/browser.js";

/** Where the demo's browser tests leave their screenshots (CI keeps the folder). */
export const ARTIFACTS = resolve(import.meta.dirname, "../artifacts");
export const screenshot = screenshots(ARTIFACTS);

/** Logs the page in as the organiser through the login form, as a person would. */
export async function organiserLogin(page: Page, base: string): Promise<void> {
  await page.goto(`${base}/admin/login`);
  await page.getByLabel("Admin password").fill(PASSWORD);
  await page.getByRole("button", { name: "Log in" }).click();
  await page.waitForURL(`${base}/admin`);
}
