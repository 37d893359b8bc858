import { registerExport } from "./export.js";
import { registerIcs } from "./ics.js";
import { registerImport } from "./import.js";
import type { CommandContext } from "./index.js";

/** `hackday ics`, `hackday export` and `hackday import devpost` (from @hackdaykit/ical). */
export function registerIcal(context: CommandContext): void {
  registerIcs(context);
  registerExport(context);
  registerImport(context);
}
