import { fromZodIssues, parseSource, ValidationError, validateSource } from "@hackdaykit/schema";
import { type BuildResult, buildLedger, type LedgerContext } from "./build.js";
import { LedgerFileSchema } from "./file-schema.js";
import type { Ledger } from "./model.js";

/** Validates plain data (parsed YAML/JSON) as a ledger file. Never throws on bad input. */
export function safeParseLedger(data: unknown, context: LedgerContext = {}): BuildResult {
  if (data === null || data === undefined) {
    return {
      ok: false,
      issues: [
        {
          severity: "error",
          path: [],
          message: "the ledger is empty: expected currency, accounts, payees and transactions",
        },
      ],
    };
  }
  const shaped = LedgerFileSchema.safeParse(data);
  if (!shaped.success) return { ok: false, issues: fromZodIssues(shaped.error.issues) };
  return buildLedger(shaped.data, context);
}

/**
 * Like {@link safeParseLedger}, but throws where that returns the issues.
 * @throws {@link @hackdaykit/schema!ValidationError | ValidationError} when the data is not a valid ledger; `issues`
 * holds every problem with its path.
 */
export function parseLedger(data: unknown, context: LedgerContext = {}): Ledger {
  const result = safeParseLedger(data, context);
  if (!result.ok) throw new ValidationError(result.issues);
  return result.ledger;
}

/**
 * Parses our YAML (or JSON) ledger text; every issue carries `file:line:column`.
 * @example
 * ```ts
 * const result = parseLedgerText(readFileSync("books.ledger.yaml", "utf8"), "books.ledger.yaml");
 * if (result.ok) console.log(openAccountsMarkdown(openAccounts(result.ledger)));
 * ```
 */
export function parseLedgerText(text: string, file?: string, context: LedgerContext = {}): BuildResult {
  const source = parseSource(text, file);
  if (source.issues.length > 0) return { ok: false, issues: source.issues };
  // An empty file (or only comments) is an error, not empty books: see safeParseLedger.
  const result = validateSource(source, file, (data) => safeParseLedger(data, context));
  if (!result.ok) return result;
  // Remember where each transaction was written, for messages about it later (e.g. append-only checks).
  for (const [i, t] of result.ledger.transactions.entries()) {
    const at = source.locate(["transactions", i]);
    if (at) t.line = at.line;
  }
  return result;
}
