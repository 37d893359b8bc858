import type { ValidationIssue } from "@hackdaykit/schema";

/** A problem in a journal, always tied to the line it is on. */
export class JournalError extends Error {
  override name = "JournalError";
  constructor(
    readonly line: number,
    message: string,
    readonly file?: string,
  ) {
    super(message);
  }

  toIssue(): ValidationIssue {
    return {
      severity: "error",
      path: [],
      message: this.message,
      line: this.line,
      ...(this.file !== undefined && { file: this.file }),
    };
  }
}
