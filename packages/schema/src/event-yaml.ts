import { Document, visit } from "yaml";
import type { HackDayEvent } from "./event.js";
import { formatDecimal, type Money } from "./money.js";

function isMoney(value: unknown): value is Money {
  if (value === null || typeof value !== "object" || Array.isArray(value)) return false;
  const keys = Object.keys(value);
  return (
    keys.length === 2 &&
    typeof (value as Money).minor === "number" &&
    typeof (value as Money).currency === "string"
  );
}

/**
 * The event as an event file writes it: plain JSON data with money as text ("3000.00 GBP"), which
 * {@link parseEvent} reads back to the same event. Edit this (a form's draft) and validate it again.
 */
export function toEventFileData(event: HackDayEvent): Record<string, unknown> {
  return JSON.parse(JSON.stringify(event), (_key, value: unknown) =>
    isMoney(value) ? `${formatDecimal(value)} ${value.currency}` : value,
  ) as Record<string, unknown>;
}

// YAML readers differ on U+2028/2029 and U+0085 (PyYAML takes them as line breaks): write them as the escapes
// every YAML 1.1/1.2 reader knows (\L, \P, \N), which exist only inside double-quoted scalars.
const YAML_BREAKS = /[\u0085\u2028\u2029]/;
const ESCAPES: Record<string, string> = { "\u0085": "\\N", "\u2028": "\\L", "\u2029": "\\P" };

/**
 * The event as a YAML event file (private data included, as {@link toEventFileData} gives it), which
 * {@link loadEvent} reads back to the same event and PyYAML reads too.
 *
 * @example
 * ```ts
 * writeFileSync("event.yaml", toEventYaml(await loadEvent("event.yaml")));
 * ```
 */
export function toEventYaml(event: HackDayEvent): string {
  const doc = new Document(toEventFileData(event));
  visit(doc, {
    Scalar(_key, node) {
      if (typeof node.value === "string" && YAML_BREAKS.test(node.value)) node.type = "QUOTE_DOUBLE";
    },
  });
  return doc.toString({ lineWidth: 0 }).replace(/[\u0085\u2028\u2029]/g, (ch) => ESCAPES[ch]!);
}
