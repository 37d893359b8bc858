import type { HackDayEvent } from "./event.js";
import { formatDecimal, type Money } from "./money.js";
import { toYamlText } from "./yaml-text.js";

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

/**
 * The event as a YAML event file (private data included, as {@link toEventFileData} gives it), which
 * {@link loadEvent} reads back to the same event, written by {@link toYamlText}.
 *
 * @example
 * ```ts
 * writeFileSync("event.yaml", toEventYaml(await loadEvent("event.yaml")));
 * ```
 */
export function toEventYaml(event: HackDayEvent): string {
  return toYamlText(toEventFileData(event));
}
