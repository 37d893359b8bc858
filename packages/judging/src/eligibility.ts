import type { EligibilityFlag, HackDayEvent, Prize } from "@hackdaykit/schema";
import { byId } from "./ballots.js";

export interface EligibilityReport {
  /** Projects failing a red line or a prize's requirement, with every reason. */
  ineligible: { id: string; reasons: string[] }[];
  /** Projects whose answer to a required flag is not recorded yet: kept in, but someone should check. */
  unchecked: { id: string; flags: EligibilityFlag[] }[];
}

/**
 * Applies the event's red lines (and a prize's `requires` flags) before any scoring. A flag answered `false`
 * makes a project ineligible, with the red line's description as the reason; an unanswered flag is reported
 * as unchecked, not held against the project.
 */
export function eligibility(
  event: { projects: readonly HackDayEvent["projects"][number][]; judging?: HackDayEvent["judging"] },
  prize?: Pick<Prize, "id" | "requires">,
): EligibilityReport {
  const rules: { flag: EligibilityFlag; reason: string }[] = [];
  for (const line of event.judging?.redLines ?? []) {
    if (line.requires)
      rules.push({ flag: line.requires, reason: `red line "${line.id}": ${line.description}` });
  }
  for (const flag of prize?.requires ?? []) {
    rules.push({ flag, reason: `prize "${prize!.id}" requires ${flag}` });
  }
  const ineligible: EligibilityReport["ineligible"] = [];
  const unchecked: EligibilityReport["unchecked"] = [];
  for (const project of [...event.projects].sort((a, b) => byId(a.id, b.id))) {
    const reasons = rules.filter((r) => project.eligibility[r.flag] === false).map((r) => r.reason);
    const flags = [
      ...new Set(rules.filter((r) => project.eligibility[r.flag] === undefined).map((r) => r.flag)),
    ];
    if (reasons.length > 0) ineligible.push({ id: project.id, reasons });
    if (flags.length > 0) unchecked.push({ id: project.id, flags });
  }
  return { ineligible, unchecked };
}
