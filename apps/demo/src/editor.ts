import { detectConflicts } from "@hackdaykit/schedule";
import {
  formatDecimal,
  formatPath,
  type HackDayEvent,
  type Money,
  safeParseEvent,
  type ValidationIssue,
} from "@hackdaykit/schema";
import { Document, visit } from "yaml";
import type { Store } from "./store.js";

function isMoney(value: unknown): value is Money {
  if (value === null || typeof value !== "object" || Array.isArray(value)) return false;
  const keys = Object.keys(value);
  return (
    keys.length === 2 &&
    typeof (value as Money).minor === "number" &&
    typeof (value as Money).currency === "string"
  );
}

/** The event as an event file writes it: plain JSON data, money as text ("3000.00 GBP"). */
export function plainEvent(event: HackDayEvent): Record<string, unknown> {
  return JSON.parse(JSON.stringify(event), (_key, value: unknown) =>
    isMoney(value) ? `${formatDecimal(value)} ${value.currency}` : value,
  ) as Record<string, unknown>;
}

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
  const draft = plainEvent(store.exportEvent()) as Draft;
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

// YAML readers differ on U+2028/2029 and U+0085 (PyYAML takes them as line breaks): write them as the escapes
// every YAML 1.1/1.2 reader knows (\L, \P, \N), which exist only inside double-quoted scalars.
const YAML_BREAKS = /[\u0085\u2028\u2029]/;
const ESCAPES: Record<string, string> = { "\u0085": "\\N", "\u2028": "\\L", "\u2029": "\\P" };

/** The event as a plain YAML event file (private data included), readable by `hackday validate` and PyYAML. */
export function eventYaml(event: HackDayEvent): string {
  const data = plainEvent(event);
  const doc = new Document(data);
  visit(doc, {
    Scalar(_key, node) {
      if (typeof node.value === "string" && YAML_BREAKS.test(node.value)) node.type = "QUOTE_DOUBLE";
    },
  });
  return doc.toString({ lineWidth: 0 }).replace(/[\u0085\u2028\u2029]/g, (ch) => ESCAPES[ch]!);
}
