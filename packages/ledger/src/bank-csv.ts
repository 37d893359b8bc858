import { fnv1a, type Money, parseMoney, type ValidationIssue } from "@hackdaykit/schema";
import { parse } from "csv-parse/sync";
import { z } from "zod";
import { ACCOUNT_PATTERN, type Transaction } from "./model.js";

const account = z.string().regex(ACCOUNT_PATTERN, { message: "expected an account like expenses:catering" });

/** How to read one bank's statement CSV. */
export const BankMappingSchema = z
  .strictObject({
    account: account.meta({ description: "The bank account the statement is for, e.g. assets:bank:current" }),
    currency: z.string().meta({ description: "ISO 4217 currency of the statement" }),
    dateFormat: z
      .string()
      .default("YYYY-MM-DD")
      .meta({ description: "Order of YYYY, MM (or M) and DD (or D) with any separators, e.g. DD/MM/YYYY" }),
    delimiter: z.string().length(1).default(","),
    columns: z.strictObject({
      date: z.string(),
      description: z.string(),
      amount: z.string().optional().meta({ description: "One signed amount column (money in positive)" }),
      in: z.string().optional().meta({ description: "Money-in column (with `out` instead of `amount`)" }),
      out: z.string().optional().meta({ description: "Money-out column, written as a positive number" }),
      payee: z.string().optional(),
    }),
    event: z.string().optional().meta({ description: "`event` tag for every imported transaction" }),
    defaultExpense: account.default("expenses:uncategorised"),
    defaultIncome: account.default("income:uncategorised"),
    rules: z
      .array(
        z.strictObject({
          match: z
            .string()
            .meta({ description: "Case-insensitive regular expression tried on payee and description" }),
          account,
          payee: z.string().optional(),
          tags: z.record(z.string(), z.string()).optional(),
        }),
      )
      .default([]),
  })
  .refine(
    (m) => (m.columns.amount === undefined) !== (m.columns.in === undefined && m.columns.out === undefined),
    {
      message: "give columns.amount, or columns.in and columns.out, not both",
      path: ["columns"],
    },
  )
  .meta({ id: "BankMapping", description: "How to turn a bank statement CSV into ledger transactions" });

export type BankMapping = z.output<typeof BankMappingSchema>;

export type BankImport =
  | { ok: true; transactions: Transaction[]; duplicates: number }
  | { ok: false; issues: ValidationIssue[] };

/** FNV-1a, twice with different offsets: a stable 64-bit fingerprint for import ids (not for security). */
function fingerprint(text: string): string {
  const hex = (hash: number) => hash.toString(16).padStart(8, "0");
  return hex(fnv1a(text)) + hex(fnv1a(text, 0x050c5d1f));
}

function dateParser(format: string): (text: string) => string | undefined {
  const order: ("Y" | "M" | "D")[] = [];
  const pattern = format.replace(/YYYY|MM|M|DD|D|[.*+?^${}()|[\]\\]/g, (token) => {
    const kind = token === "YYYY" ? "Y" : token[0] === "M" ? "M" : token[0] === "D" ? "D" : undefined;
    if (kind === undefined) return `\\${token}`;
    order.push(kind);
    return kind === "Y" ? "(\\d{4})" : "(\\d{1,2})";
  });
  const re = new RegExp(`^${pattern}$`);
  return (text) => {
    const m = re.exec(text.trim());
    if (!m) return undefined;
    const part = (k: "Y" | "M" | "D") => m[order.indexOf(k) + 1]!;
    const [y, mo, d] = [+part("Y"), +part("M"), +part("D")];
    const date = new Date(Date.UTC(y, mo - 1, d));
    if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d)
      return undefined;
    return date.toISOString().slice(0, 10);
  };
}

/**
 * Turns a bank statement CSV into balanced transactions. Each gets an id fingerprinted from its date, amount,
 * description and how many identical rows came before it, so importing the same statement again (or an
 * overlapping one) adds nothing: ids already in `existingIds` are counted as duplicates and skipped.
 */
export function importBankCsv(
  text: string,
  mapping: BankMapping,
  options: { file?: string; existingIds?: ReadonlySet<string> } = {},
): BankImport {
  const issues: ValidationIssue[] = [];
  const at = (line: number, message: string): ValidationIssue => ({
    severity: "error",
    path: [],
    message,
    line,
    ...(options.file !== undefined && { file: options.file }),
  });
  let records: { record: Record<string, string>; info: { lines: number } }[];
  try {
    records = parse(text, {
      columns: true,
      bom: true,
      info: true,
      skip_empty_lines: true,
      trim: true,
      delimiter: mapping.delimiter,
    }) as never;
  } catch (err) {
    const line = (err as { lines?: number }).lines ?? 1;
    return {
      ok: false,
      issues: [at(line, `not valid CSV: ${(err as Error).message.replace(/^Invalid .*?: /, "")}`)],
    };
  }
  const header = records[0] ? Object.keys(records[0].record) : [];
  const wanted = Object.values(mapping.columns).filter((c): c is string => c !== undefined);
  const missing = wanted.filter((c) => records.length > 0 && !header.includes(c));
  if (missing.length > 0)
    return {
      ok: false,
      issues: [at(1, `the header has no column ${missing.map((c) => `"${c}"`).join(", ")}`)],
    };
  const parseDate = dateParser(mapping.dateFormat);
  const rules = mapping.rules.map((r) => ({ ...r, re: new RegExp(r.match, "i") }));
  const seen = new Map<string, number>();
  const transactions: Transaction[] = [];
  let duplicates = 0;
  for (const { record, info } of records) {
    const line = info.lines;
    const date = parseDate(record[mapping.columns.date] ?? "");
    if (!date) {
      issues.push(
        at(line, `"${record[mapping.columns.date]}" is not a date in the format ${mapping.dateFormat}`),
      );
      continue;
    }
    let amount: Money;
    try {
      const cols = mapping.columns;
      if (cols.amount !== undefined) amount = parseMoney(record[cols.amount]!, mapping.currency);
      else {
        const inText = record[cols.in!]?.trim() || "0";
        const outText = record[cols.out!]?.trim() || "0";
        const paidIn = parseMoney(inText, mapping.currency);
        const paidOut = parseMoney(outText, mapping.currency);
        amount = { currency: paidIn.currency, minor: paidIn.minor - Math.abs(paidOut.minor) };
      }
      if (amount.currency !== mapping.currency.toUpperCase())
        throw new Error(`expected ${mapping.currency}, found ${amount.currency}`);
    } catch (err) {
      issues.push(at(line, (err as Error).message));
      continue;
    }
    if (amount.minor === 0) continue;
    const description = record[mapping.columns.description] ?? "";
    const payeeText = mapping.columns.payee === undefined ? undefined : record[mapping.columns.payee];
    const rule = rules.find((r) => r.re.test(`${payeeText ?? ""} ${description}`));
    const key = [date, amount.minor, amount.currency, description, payeeText ?? ""].join("\u0000");
    const occurrence = (seen.get(key) ?? 0) + 1;
    seen.set(key, occurrence);
    const id = `bank-${fingerprint(`${key}\u0000${occurrence}`)}`;
    if (options.existingIds?.has(id)) {
      duplicates++;
      continue;
    }
    const other = rule?.account ?? (amount.minor < 0 ? mapping.defaultExpense : mapping.defaultIncome);
    const payee = rule?.payee ?? payeeText;
    transactions.push({
      id,
      date,
      description: description || "(no description)",
      ...(payee ? { payee } : {}),
      status: "cleared",
      tags: { ...(mapping.event !== undefined && { event: mapping.event }), ...rule?.tags },
      postings: [
        { account: mapping.account, amount },
        { account: other, amount: { currency: amount.currency, minor: -amount.minor } },
      ],
      line,
    });
  }
  return issues.length > 0 ? { ok: false, issues } : { ok: true, transactions, duplicates };
}
