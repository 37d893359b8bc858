import { detectConflicts } from "@hackdaykit/schedule";
import {
  formatPath,
  type HackDayEvent,
  safeParseEvent,
  toEventFileData,
  type ValidationIssue,
} from "@hackdaykit/schema";
import type { Store } from "./store/index.js";

// biome-ignore lint/suspicious/noExplicitAny: a draft is the plain event file data the organiser's form edits
export type Draft = Record<string, any>;

export type Checked =
  | { ok: true; event: HackDayEvent; warnings: ValidationIssue[] }
  | { ok: false; issues: ValidationIssue[] };

/**
 * Applies `change` to a copy of the whole event (ballots included, so a deleted project that has ballots is
 * caught) and validates it with the schema package: the same issues `hackday validate` reports.
 */
export function checkChange(store: Store, change: (draft: Draft) => void): Checked {
  const draft = toEventFileData(store.exportEvent()) as Draft;
  change(draft);
  return safeParseEvent(draft);
}

/** One line per issue, the field named ("sessions[3].room: unknown room …"). */
export function issueLines(issues: readonly ValidationIssue[]): string[] {
  return issues
    .filter((i) => i.severity === "error")
    .map((i) => `${formatPath(i.path)}: ${i.message.replace(/\s*\n\s*/g, " ")}`);
}

/** The agenda's conflicts (double-booked rooms, speakers in two places, closed rooms), sessions and rooms by name. */
export function agendaConflicts(event: HackDayEvent): string[] {
  const names = new Map<string, string>([
    ...(event.venue?.rooms ?? []).map((r): [string, string] => [r.id, r.name]),
    ...event.people.map((p): [string, string] => [p.id, p.name]),
    ...event.sessions.map((s): [string, string] => [s.id, s.title]),
  ]);
  return detectConflicts(event).map(
    (c) =>
      `${c.severity}: ${c.message.replace(/"([a-z0-9][a-z0-9-]*)"/g, (whole, id: string) => (names.has(id) ? `"${names.get(id)}"` : whole))}`,
  );
}
