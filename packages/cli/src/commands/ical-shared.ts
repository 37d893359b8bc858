import { formatIssue, parseSource, ValidationError } from "@hackdaykit/schema";
import { CliError } from "../io.js";

/** Runs a library call, locating its validation issues in the event file (other errors print as they are). */
export function guard<T>(file: string, text: string, work: () => T): T {
  try {
    return work();
  } catch (err) {
    if (err instanceof ValidationError) {
      const source = parseSource(text, file);
      const lines = err.issues.map((issue) => formatIssue({ ...issue, file, ...source.locate(issue.path) }));
      throw new CliError(lines.join("\n"));
    }
    throw err;
  }
}
