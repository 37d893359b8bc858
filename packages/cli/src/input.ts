import type { EventResult, HackDayEvent, SourceDocument } from "@hackdaykit/schema";
import { formatIssue, readTextFile } from "@hackdaykit/schema/lite";
import { CliError } from "./io.js";

/** Reads a text file or fails with one located line (`file: no such file`, `file: is too large ...`). */
export async function readInput(file: string, maxBytes?: number): Promise<string> {
  const read = await readTextFile(file, maxBytes);
  if (!read.ok) throw new CliError(formatIssue({ ...read.issue, file: read.issue.file ?? file }));
  return read.text;
}

export interface LoadedEvent {
  event: HackDayEvent;
  text: string;
  /** Where a path inside the file was written, for messages about it later. */
  locate: SourceDocument["locate"];
}

/** Reads and validates an event file, parsing it once; every problem becomes a located line and exit 1. */
export async function readEvent(file: string): Promise<LoadedEvent> {
  // The YAML parser and zod load here, not with the module: commands read an event only with some options.
  const { parseSource, safeParseEvent, validateSource } = await import("@hackdaykit/schema");
  const text = await readInput(file);
  const source = parseSource(text, file);
  const result: EventResult =
    source.issues.length > 0
      ? { ok: false, issues: source.issues }
      : validateSource(source, file, safeParseEvent);
  if (!result.ok) {
    const errors = result.issues.filter((issue) => issue.severity === "error");
    throw new CliError(
      `${file} is not a valid event file:\n${errors.map((issue) => `  ${formatIssue(issue)}`).join("\n")}`,
    );
  }
  return { event: result.event, text, locate: source.locate };
}
