import type { z } from "zod";
import { checkEvent, type PartialEvent } from "./check.js";
import { parseSource, type SourceDocument } from "./document.js";
import { EventSchema, type HackDayEvent } from "./event.js";
import { ValidationError, type ValidationIssue } from "./issues.js";
import { readTextFile } from "./read-file.js";
import { salvage } from "./salvage.js";

export type EventResult =
  | { ok: true; event: HackDayEvent; warnings: ValidationIssue[] }
  | { ok: false; issues: ValidationIssue[] };

/** Zod issues as located, one-line issues; unknown keys become one issue per key so each gets its line. */
export function fromZodIssues(issues: readonly z.core.$ZodIssue[]): ValidationIssue[] {
  return issues.flatMap((issue): ValidationIssue[] => {
    const path = issue.path.map((p) => (typeof p === "symbol" ? String(p) : p));
    if (issue.code === "unrecognized_keys") {
      return issue.keys.map((key) => ({
        severity: "error",
        path: [...path, key],
        message: `unknown key "${key}"`,
      }));
    }
    if (issue.code === "invalid_union") {
      const expected = [
        ...new Set(
          issue.errors
            .flat()
            .flatMap((e) => (e.code === "invalid_type" && e.path.length === 0 ? [e.expected] : [])),
        ),
      ];
      const detail = issue.errors
        .flat()
        .find((e) => e.code === "custom" || (e.code !== "invalid_type" && e.path.length === 0));
      const message = detail ? detail.message : `expected ${expected.join(" or ") || "a different value"}`;
      return [{ severity: "error", path, message }];
    }
    if (issue.code === "invalid_type" && / received undefined$/.test(issue.message)) {
      return [{ severity: "error", path, message: `required: expected ${issue.expected}` }];
    }
    return [{ severity: "error", path, message: issue.message.replace(/^Invalid input: /, "") }];
  });
}

/**
 * Shape check, then cross-reference checks; on a file with shape errors, the references are still checked on
 * every part that did parse, so all problems come out in one run. Never throws on bad input.
 */
export function safeParseEvent(data: unknown): EventResult {
  const shaped = EventSchema.safeParse(data);
  if (!shaped.success) {
    const shapeIssues = fromZodIssues(shaped.error.issues);
    const parts = salvage(EventSchema, data);
    const more = typeof parts === "object" && parts !== null ? checkEvent(parts as PartialEvent) : [];
    return { ok: false, issues: [...shapeIssues, ...more] };
  }
  const issues = checkEvent(shaped.data);
  const errors = issues.filter((issue) => issue.severity === "error");
  if (errors.length > 0) return { ok: false, issues };
  return { ok: true, event: shaped.data, warnings: issues };
}

/**
 * Validates plain data (already parsed JSON/YAML) as an event, with defaults applied.
 * @throws {@link ValidationError} when the data is not a valid event; `issues` holds every problem with its path.
 */
export function parseEvent(data: unknown): HackDayEvent {
  const result = safeParseEvent(data);
  if (!result.ok) throw new ValidationError(result.issues);
  return result.event;
}

/** What a validator of parsed data returns: the value's own fields plus warnings, or every issue. */
export type Checked = { ok: true; warnings: ValidationIssue[] } | { ok: false; issues: ValidationIssue[] };

/** Runs a validator on a parsed document and points every issue it reports at `file:line:column`. */
export function validateSource<R extends Checked>(
  source: SourceDocument,
  file: string | undefined,
  validate: (data: unknown) => R,
): R {
  const locate = (issue: ValidationIssue): ValidationIssue => ({
    ...issue,
    ...(file !== undefined && { file }),
    ...source.locate(issue.path),
  });
  // Top to bottom, as the file reads; issues without a line (the file itself) first.
  const byLine = (a: ValidationIssue, b: ValidationIssue) =>
    (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0);
  const result = validate(source.data);
  return result.ok
    ? { ...result, warnings: result.warnings.map(locate).sort(byLine) }
    : { ...result, issues: result.issues.map(locate).sort(byLine) };
}

/** Parses YAML or JSON text into an event; every issue carries `file:line:column`. */
export function parseEventText(text: string, file?: string): EventResult {
  const source = parseSource(text, file);
  if (source.issues.length > 0) return { ok: false, issues: source.issues };
  return validateSource(source, file, safeParseEvent);
}

/** Reads and validates an event file (YAML or JSON) without throwing on bad input. */
export async function readEventFile(file: string): Promise<EventResult> {
  const read = await readTextFile(file);
  if (!read.ok) return { ok: false, issues: [read.issue] };
  return parseEventText(read.text, file);
}

/**
 * Loads and validates an event file (YAML or JSON); {@link readEventFile} returns the issues instead of throwing.
 * @throws {@link ValidationError} when the file cannot be read or is not a valid event; `issues` holds every problem
 * with its line and path.
 * @example
 * ```ts
 * const event = await loadEvent("event.yaml");
 * console.log(event.name, event.sessions.length);
 * ```
 */
export async function loadEvent(file: string): Promise<HackDayEvent> {
  const result = await readEventFile(file);
  if (!result.ok) throw new ValidationError(result.issues);
  return result.event;
}
