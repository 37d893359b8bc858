import { resolve } from "node:path";
import { screenshots } from "../../../fixtures/browser.js";

export { axeViolations, launch } from "../../../fixtures/browser.js";

/** Where the demo's browser tests leave their screenshots (CI keeps the folder). */
export const ARTIFACTS = resolve(import.meta.dirname, "../artifacts");
export const screenshot = screenshots(ARTIFACTS);
