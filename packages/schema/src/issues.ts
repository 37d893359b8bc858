import { capQuotes } from "./quote.js";

/** One problem found in an input, located as precisely as the input allows. */
export interface ValidationIssue {
  severity: "error" | "warning";
  /** Path inside the document, e.g. `["sessions", 3, "room"]`. */
  path: (string | number)[];
  message: string;
  file?: string;
  line?: number;
  column?: number;
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
export function formatIssue(issue: ValidationIssue): string {
  const where = [issue.file, issue.line, issue.column].filter((part) => part !== undefined).join(":");
  const warning = issue.severity === "warning" ? "warning: " : "";
  const message = capQuotes(issue.message.replace(/\s*\n\s*/g, " "));
  const path = issue.path.length > 0 ? `${formatPath(issue.path)}: ` : "";
  return `${where ? `${where}: ` : ""}${path}${warning}${message}`;
}

/** Thrown by the throwing parsers; carries every issue, not just the first. */
export class ValidationError extends Error {
  override name = "ValidationError";
  constructor(readonly issues: ValidationIssue[]) {
    super(issues.map(formatIssue).join("\n"));
  }
}
