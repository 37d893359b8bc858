import { HackdayError } from "@hackdaykit/schema/lite";

/** Where a bad value sits in the input: CSV line (1-based, header is line 1) and column, when known. */
export interface InputLocation {
  line?: number;
  column?: string;
}

/**
 * Bad judging input: names the line and what was expected. Expected failures, never bugs. Code
 * `invalid_judging_input`; its one issue carries the line (the CSV column's name stays in `column`, as the
 * issue's `column` is a character position).
 */
export class JudgingInputError extends HackdayError {
  override name = "JudgingInputError";
  readonly line: number | undefined;
  readonly column: string | undefined;
  /** The message without the line prefix, for callers that print `file:line: detail`. */
  readonly detail: string;
  constructor(message: string, location: InputLocation = {}) {
    super("invalid_judging_input", [
      { path: [], message, ...(location.line !== undefined && { line: location.line }) },
    ]);
    // The message keeps its `line N:` prefix (the issue holds the line apart), as callers have always seen it.
    this.message = location.line === undefined ? message : `line ${location.line}: ${message}`;
    this.line = location.line;
    this.column = location.column;
    this.detail = message;
  }
}
