import { parse } from "csv-parse/sync";
import { JudgingInputError } from "./errors.js";

/** One data row with the physical line it started on (header is line 1); cells in header order, trimmed. */
export interface CsvRow {
  line: number;
  cells: string[];
}

export interface CsvTable {
  header: string[];
  /** Column name → cell index; `cell(row, name)` reads through it. */
  column: Map<string, number>;
  rows: CsvRow[];
}

/** A row's cell by column name, or undefined when the file has no such column. */
export function cell(table: CsvTable, row: CsvRow, name: string): string | undefined {
  const i = table.column.get(name);
  return i === undefined ? undefined : row.cells[i];
}

/**
 * Parses RFC 4180 CSV (quoted fields, doubled quotes, CRLF or LF) with csv-parse. The first row is the header;
 * names are trimmed and lower-cased. Blank lines are skipped.
 * @throws {@link JudgingInputError} with the line, when the file is empty, a required column is missing or repeated,
 * or a quoted field is not closed.
 */
export function parseCsv(
  text: string,
  required: readonly string[],
  optional: readonly string[] = [],
): CsvTable {
  const records = readRecords(text).filter((r) => !(r.fields.length === 1 && r.fields[0] === ""));
  const first = records[0];
  if (first === undefined)
    throw new JudgingInputError(`empty file: expected a header row (${required.join(",")})`);
  const header = checkHeader(first.fields, first.line, required, optional);
  const rows: CsvRow[] = [];
  for (const record of records.slice(1)) {
    if (record.fields.length !== header.length) {
      throw new JudgingInputError(
        `expected ${header.length} fields (${header.join(",")}), found ${record.fields.length}`,
        { line: record.line },
      );
    }
    rows.push({ line: record.line, cells: record.fields });
  }
  if (rows.length === 0) throw new JudgingInputError("no data rows after the header", { line: first.line });
  return { header, column: new Map(header.map((name, i) => [name, i])), rows };
}

/** Every record with the line it starts on; fields trimmed (space around quotes is not an error). */
function readRecords(text: string): { line: number; fields: string[] }[] {
  let records: string[][];
  try {
    // csv-parse's `info` would give line numbers but costs a copy per record (4× on a 300k-vote log): a record
    // takes one line plus the line breaks inside its quoted fields, so counting those is enough.
    records = parse(text.includes("\r") ? text.replace(/\r\n?/g, "\n") : text, {
      bom: true,
      trim: true,
      relax_quotes: true,
      relax_column_count: true,
    }) as string[][];
  } catch (err) {
    const { code, lines } = err as { code?: string; lines?: number };
    if (code === "CSV_QUOTE_NOT_CLOSED") {
      throw new JudgingInputError("a quoted field is not closed by the end of the file", {
        line: lines ?? 1,
      });
    }
    throw new JudgingInputError(`not readable as CSV (${(err as Error).message})`, { line: lines ?? 1 });
  }
  let line = 1;
  return records.map((fields) => {
    const start = line;
    line++;
    for (let i = 0; i < fields.length; i++) {
      const field = fields[i]!;
      if (field.includes("\n")) line += field.split("\n").length - 1;
      fields[i] = field.trim(); // inside quotes too
    }
    return { line: start, fields };
  });
}

/** Lower-cases and checks a header row: every required column present, nothing unknown, nothing twice. */
export function checkHeader(
  fields: readonly string[],
  line: number,
  required: readonly string[],
  optional: readonly string[],
): string[] {
  const header = fields.map((h) => h.trim().toLowerCase());
  const known = new Set([...required, ...optional]);
  for (const name of required) {
    if (!header.includes(name)) {
      throw new JudgingInputError(
        `header "${fields.map((f) => f.trim()).join(",")}" lacks column "${name}" (expected ${required.join(",")})`,
        { line },
      );
    }
  }
  header.forEach((name, i) => {
    if (!known.has(name)) {
      throw new JudgingInputError(
        `unknown column "${name}" (expected ${[...required, ...optional.map((o) => `[${o}]`)].join(",")})`,
        { line, column: String(i + 1) },
      );
    }
    if (header.indexOf(name) !== i) throw new JudgingInputError(`column "${name}" appears twice`, { line });
  });
  return header;
}
