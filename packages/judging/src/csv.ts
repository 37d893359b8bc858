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
 * Parses RFC 4180 CSV (quoted fields, doubled quotes, CRLF or LF). The first row is the header; names are
 * trimmed and lower-cased. Blank lines are skipped.
 * @throws {@link JudgingInputError} with the line, when the file is empty, a required column is missing or repeated,
 * or a quoted field is not closed.
 */
export function parseCsv(
  text: string,
  required: readonly string[],
  optional: readonly string[] = [],
): CsvTable {
  const body = text.replace(/^\uFEFF/, "");
  // Machine-written logs (300k votes) rarely quote anything: split them without the character loop.
  const records = (body.includes('"') ? splitRecords(body) : splitPlain(body)).filter(
    (r) => !(r.fields.length === 1 && r.fields[0]!.trim() === ""),
  );
  const first = records[0];
  if (first === undefined)
    throw new JudgingInputError(`empty file: expected a header row (${required.join(",")})`);
  const header = checkHeader(first.fields, first.line, required, optional);
  const rows: CsvRow[] = [];
  for (const record of records.slice(1)) {
    if (record.fields.length !== header.length) {
      throw new JudgingInputError(
        `expected ${header.length} fields (${header.join(",")}), found ${record.fields.length}`,
        {
          line: record.line,
        },
      );
    }
    const cells = record.fields;
    for (let i = 0; i < cells.length; i++) cells[i] = cells[i]!.trim();
    rows.push({ line: record.line, cells });
  }
  if (rows.length === 0) throw new JudgingInputError("no data rows after the header", { line: first.line });
  return { header, column: new Map(header.map((name, i) => [name, i])), rows };
}

function splitPlain(text: string): { line: number; fields: string[] }[] {
  const lines = text.includes("\r") ? text.split(/\r?\n|\r/) : text.split("\n");
  if (lines.at(-1) === "") lines.pop();
  return lines.map((line, i) => ({ line: i + 1, fields: line.split(",") }));
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
        `header "${fields.join(",")}" lacks column "${name}" (expected ${required.join(",")})`,
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

function splitRecords(text: string): { line: number; fields: string[] }[] {
  const records: { line: number; fields: string[] }[] = [];
  let line = 1;
  let start = 1;
  let fields: string[] = [];
  let field = "";
  let quoted = false;
  let i = 0;
  const n = text.length;
  while (i < n) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
      } else {
        if (ch === "\n") line++;
        field += ch;
      }
      i++;
      continue;
    }
    if (ch === '"' && field.trim() === "") {
      quoted = true;
      field = "";
    } else if (ch === ",") {
      fields.push(field);
      field = "";
    } else if (ch === "\n" || ch === "\r") {
      fields.push(field);
      records.push({ line: start, fields });
      fields = [];
      field = "";
      if (ch === "\r" && text[i + 1] === "\n") i++;
      line++;
      start = line;
    } else field += ch;
    i++;
  }
  if (quoted) throw new JudgingInputError("unterminated quoted field", { line: start });
  if (field !== "" || fields.length > 0) {
    fields.push(field);
    records.push({ line: start, fields });
  }
  return records;
}
