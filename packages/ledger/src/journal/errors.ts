import { HackdayError, type ValidationIssue } from "@hackdaykit/schema/lite";

/** A problem in a journal, always tied to the line it is on. Code `invalid_journal`. */
export class JournalError extends HackdayError {
  override name = "JournalError";
  constructor(
    readonly line: number,
    message: string,
    readonly file?: string,
  ) {
    super("invalid_journal", [{ path: [], message, line, ...(file !== undefined && { file }) }]);
    // The message stays the bare text: callers print the file and line from the issue.
    this.message = message;
  }

  /** The one issue as a ValidationIssue (an error), for lists that mix journal and file problems. */
  toIssue(): ValidationIssue {
    return { severity: "error", ...this.issues[0]! };
  }
}
