/** Where a bad value sits in the input: CSV line (1-based, header is line 1) and column, when known. */
export interface InputLocation {
  line?: number;
  column?: string;
}

/** Bad judging input: names the line and what was expected. Expected failures, never bugs. */
export class JudgingInputError extends Error {
  override name = "JudgingInputError";
  readonly line: number | undefined;
  readonly column: string | undefined;
  /** The message without the line prefix, for callers that print `file:line: detail`. */
  readonly detail: string;
  constructor(message: string, location: InputLocation = {}) {
    super(location.line === undefined ? message : `line ${location.line}: ${message}`);
    this.line = location.line;
    this.column = location.column;
    this.detail = message;
  }
}
