import { capQuotes } from "./quote.js";

/**
 * One problem found in an input, located as precisely as the input allows: the path inside the document (as
 * zod's `issue.path`), and where known the file and its 1-based line and column.
 */
export interface HackdayIssue {
  /** Path inside the document, e.g. `["sessions", 3, "room"]`; `[]` for the document (or CSV row) itself. */
  path: (string | number)[];
  message: string;
  file?: string;
  line?: number;
  column?: number;
}

/** An issue found while checking a document: an error, or a warning that does not stop the run. */
export interface ValidationIssue extends HackdayIssue {
  severity: "error" | "warning";
}

/** `sessions[3].room`, or `(root)` for the document itself. */
export function formatPath(path: readonly (string | number)[]): string {
  let out = "";
  for (const part of path) {
    if (typeof part === "number") out += `[${part}]`;
    else if (/^[A-Za-z_$][\w$]*$/.test(part)) out += out ? `.${part}` : part;
    else out += `[${JSON.stringify(part)}]`;
  }
  return out || "(root)";
}

/** `examples/x.yaml:12:5: sessions[3].room: unknown room "main-hal"` — one line, no stack trace. */
export function formatIssue(issue: HackdayIssue & { severity?: "error" | "warning" }): string {
  const where = [issue.file, issue.line, issue.column].filter((part) => part !== undefined).join(":");
  const warning = issue.severity === "warning" ? "warning: " : "";
  const message = capQuotes(issue.message.replace(/\s*\n\s*/g, " "));
  const path = issue.path.length > 0 ? `${formatPath(issue.path)}: ` : "";
  return `${where ? `${where}: ` : ""}${path}${warning}${message}`;
}

/**
 * The one base class of every error a hackdaykit package throws for bad input. Like zod's `ZodError`, it carries
 * every problem found as `issues`, each located as precisely as the input allows, and a stable `code` that says
 * which kind of failure it is (the class names may change, the codes do not). The message is the issues, one line
 * each, in the form `file:line:column: path: message`.
 *
 * Codes: `invalid_input` (ValidationError), `invalid_money` (MoneyError), `invalid_judging_input`
 * (JudgingInputError), `invalid_journal` (JournalError), `cannot_schedule` (ScheduleError), `invalid_feed_input`
 * (FeedError), `cli_failure`/`cli_usage` (the CLI's CliError).
 */
export class HackdayError extends Error {
  override name = "HackdayError";
  readonly code: string;
  readonly issues: readonly HackdayIssue[];
  /** A bare message is one issue at the root of the input, and stays the error's message as written. */
  constructor(code: string, problems: string | readonly HackdayIssue[]) {
    const issues = typeof problems === "string" ? [{ path: [], message: problems }] : problems;
    super(typeof problems === "string" ? problems : issues.map(formatIssue).join("\n"));
    this.code = code;
    this.issues = issues;
  }
}

/** Thrown by the throwing parsers; carries every issue, not just the first. Code `invalid_input`. */
export class ValidationError extends HackdayError {
  override name = "ValidationError";
  declare readonly issues: ValidationIssue[];
  constructor(issues: ValidationIssue[]) {
    super("invalid_input", issues);
  }
}
