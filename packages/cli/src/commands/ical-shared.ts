import { FeedError } from "@hackdaykit/ical";
import {
  type Event,
  formatIssue,
  parseEventText,
  parseSource,
  readTextFile,
  ValidationError,
} from "@hackdaykit/schema";
import { CliError } from "../io.js";

/** Reads a text file or fails with one located line (`file: cannot read ...`). */
export async function readInput(file: string): Promise<string> {
  const read = await readTextFile(file);
  if (!read.ok) throw new CliError(formatIssue({ ...read.issue, file: read.issue.file ?? file }));
  return read.text;
}

/** Reads and validates an event file; every problem becomes a `file:line:col: path: message` line, exit 1. */
export async function readEvent(file: string): Promise<{ event: Event; text: string }> {
  const text = await readInput(file);
  const result = parseEventText(text, file);
  if (!result.ok) {
    const errors = result.issues.filter((issue) => issue.severity === "error");
    throw new CliError(
      `${file} is not a valid event file:\n${errors.map((i) => `  ${formatIssue(i)}`).join("\n")}`,
    );
  }
  return { event: result.event, text };
}

/** Runs a library call, turning its expected failures into CLI messages located in the event file. */
export function guard<T>(file: string, text: string, work: () => T): T {
  try {
    return work();
  } catch (err) {
    if (err instanceof FeedError) throw new CliError(err.message);
    if (err instanceof ValidationError) {
      const source = parseSource(text, file);
      const lines = err.issues.map((issue) => formatIssue({ ...issue, file, ...source.locate(issue.path) }));
      throw new CliError(lines.join("\n"));
    }
    throw err;
  }
}
