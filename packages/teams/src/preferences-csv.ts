import { ID_PATTERN, PITCH_RANKING_PATTERN } from "@hackdaykit/schema";
import { HackdayError, type HackdayIssue, quote } from "@hackdaykit/schema/lite";
import { parse } from "csv-parse/sync";
import type { PitchChoice } from "./problem.js";

/** One row of a preferences CSV: a {@link PitchChoice} with the line it was read from, for messages. */
export interface PreferenceRow extends PitchChoice {
  /** `a>b=c>d` as written (cell trimmed); `""` names no pitch. */
  ranking: string;
  /** Pitch ids this person will not join; `[]` when the cell is empty or the file has no `avoid` column. */
  avoid: string[];
  /** 1-based line the row starts on (the header is line 1). */
  line: number;
}

/** Options of {@link parsePreferencesCsv}. */
export interface PreferencesCsvOptions {
  /** The file's name, put on every issue so a message reads `prefs.csv:3:8: …`. */
  file?: string;
}

/**
 * A preferences CSV that cannot be read: a header without `person` or `ranking`, an unknown or repeated column,
 * a row with the wrong number of fields, an empty person, a ranking that is not `a>b=c>d`, an avoid entry that is
 * not a pitch id. Carries every bad row of the file, each issue with the file, the 1-based line and, where a cell
 * is at fault, the 1-based character column of that cell. Code `invalid_preferences`.
 */
export class PreferencesCsvError extends HackdayError {
  override name = "PreferencesCsvError";
  constructor(issues: readonly HackdayIssue[]) {
    super("invalid_preferences", issues);
  }
}

const REQUIRED = ["person", "ranking"] as const;
const OPTIONAL = ["avoid"] as const;
const EXPECTED = "person,ranking,[avoid]";

/** A record as csv-parse read it, with the line it starts on and where each of its fields begins. */
interface CsvRecord {
  fields: string[];
  line: number;
  /** Per field: line and 1-based column of its first character (past leading spaces). */
  at: { line: number; column: number }[];
}

/**
 * Reads attendees' pitch preferences from CSV, the file format of `hackday teams --preferences`: a header row
 * with `person` and `ranking` and optionally `avoid` (any order, any case), then one row per person. `ranking`
 * is written like ballots, `a>b=c>d` (`>` preferred, `=` equally happy; empty for "anywhere"); `avoid` lists
 * pitch ids separated by spaces or `;`. Quoted fields, CRLF line ends, a byte-order mark and blank lines are
 * fine. Whether the people and pitches exist is checked by {@link allocateTeams}, whose issues point at
 * `preferences[i]`: row `i`'s `line` locates them in the file.
 * @param text The CSV text.
 * @returns The rows in file order, ready for {@link problemFromEvent} or `FormationProblem.preferences`.
 * @throws {@link PreferencesCsvError} naming the file, line and column of every bad row (or of the header).
 * @example
 * ```ts
 * const rows = parsePreferencesCsv("person,ranking,avoid\nvera,bedflow>shift-food=pathway,sharps\n");
 * // [{ person: "vera", ranking: "bedflow>shift-food=pathway", avoid: ["sharps"], line: 2 }]
 * ```
 */
export function parsePreferencesCsv(text: string, options: PreferencesCsvOptions = {}): PreferenceRow[] {
  const where = options.file === undefined ? {} : { file: options.file };
  const fail = (message: string, line: number, column?: number): never => {
    throw new PreferencesCsvError([
      { path: [], message, ...where, line, ...(column !== undefined && { column }) },
    ]);
  };
  const records = readRecords(text, fail).filter((r) => !(r.fields.length === 1 && r.fields[0] === ""));
  const head = records[0];
  if (head === undefined) return fail(`empty file: expected a header row (${REQUIRED.join(",")})`, 1);
  const names = head.fields.map((name) => name.toLowerCase());
  for (const name of REQUIRED) {
    if (!names.includes(name))
      fail(
        `header ${quote(head.fields.join(","))} lacks column "${name}" (expected ${REQUIRED.join(",")})`,
        head.line,
      );
  }
  names.forEach((name, i) => {
    const { line, column } = head.at[i] ?? { line: head.line, column: undefined };
    if (!(REQUIRED as readonly string[]).includes(name) && !(OPTIONAL as readonly string[]).includes(name))
      fail(`unknown column ${quote(name)} (expected ${EXPECTED})`, line, column);
    if (names.indexOf(name) !== i) fail(`column "${name}" appears twice`, line, column);
  });
  if (records.length === 1) fail("no data rows after the header", head.line);

  const person = names.indexOf("person");
  const ranking = names.indexOf("ranking");
  const avoid = names.indexOf("avoid");
  const issues: HackdayIssue[] = [];
  const problem = (message: string, record: CsvRecord, field?: number) => {
    // A field csv-parse split where the walk did not (relaxed quotes) is located by its line alone.
    const at = (field === undefined ? undefined : record.at[field]) ?? { line: record.line };
    issues.push({ path: [], message, ...where, ...at });
  };
  const rows: PreferenceRow[] = [];
  for (const record of records.slice(1)) {
    const { fields } = record;
    if (fields.length !== names.length) {
      const extra = fields.length > names.length ? names.length : undefined;
      problem(`expected ${names.length} fields (${names.join(",")}), found ${fields.length}`, record, extra);
      continue;
    }
    const who = fields[person]!;
    const choice = fields[ranking]!;
    const avoided = avoid < 0 ? [] : fields[avoid]!.split(/[\s;]+/).filter((id) => id !== "");
    if (who === "") problem("empty person: expected a person id", record, person);
    if (!PITCH_RANKING_PATTERN.test(choice))
      problem(`ranking ${quote(choice)}: expected pitch ids like a>b=c>d`, record, ranking);
    const notId = avoided.find((id) => !ID_PATTERN.test(id));
    if (notId !== undefined)
      problem(`avoid ${quote(notId)}: expected pitch ids separated by spaces or ";"`, record, avoid);
    rows.push({ person: who, ranking: choice, avoid: avoided, line: record.line });
  }
  if (issues.length > 0) throw new PreferencesCsvError(issues);
  return rows;
}

/**
 * Every record with its line and field positions, fields trimmed. csv-parse gives each record's raw text and the
 * line it ends on but no field positions, so those come from a walk over the raw text (quotes and commas only).
 */
function readRecords(text: string, fail: (message: string, line: number) => never): CsvRecord[] {
  let parsed: { record: string[]; raw: string; info: { lines: number } }[];
  try {
    parsed = parse(text.includes("\r") ? text.replace(/\r\n?/g, "\n") : text, {
      bom: true,
      trim: true,
      relax_quotes: true,
      relax_column_count: true,
      info: true,
      raw: true,
    }) as unknown as typeof parsed; // csv-parse types `info`/`raw` records only for the callback API
  } catch (err) {
    const { code, lines } = err as { code?: string; lines?: number };
    if (code === "CSV_QUOTE_NOT_CLOSED")
      return fail("a quoted field is not closed by the end of the file", lines ?? 1);
    return fail(`not readable as CSV (${(err as Error).message})`, lines ?? 1);
  }
  return parsed.map(({ record, raw, info }) => {
    const body = raw.endsWith("\n") ? raw.slice(0, -1) : raw;
    const line = info.lines - countLineBreaks(body, body.length);
    return {
      fields: record.map((field) => field.trim()), // inside quotes too
      line,
      at: fieldStarts(body).map((offset) => {
        const lineStart = body.lastIndexOf("\n", offset - 1) + 1;
        return { line: line + countLineBreaks(body, offset), column: offset - lineStart + 1 };
      }),
    };
  });
}

const countLineBreaks = (text: string, end: number): number => {
  let n = 0;
  for (let i = text.indexOf("\n"); i >= 0 && i < end; i = text.indexOf("\n", i + 1)) n++;
  return n;
};

/** Offsets in a record's raw text where each field's value begins: past leading blanks and an opening quote. */
function fieldStarts(raw: string): number[] {
  const starts: number[] = [];
  let i = 0;
  for (;;) {
    while (raw[i] === " " || raw[i] === "\t") i++;
    if (raw[i] === '"') {
      starts.push(i + 1);
      for (i++; i < raw.length; i++) {
        if (raw[i] !== '"') continue;
        if (raw[i + 1] === '"') i++;
        else break;
      }
    } else starts.push(i);
    const comma = raw.indexOf(",", i);
    if (comma < 0) return starts;
    i = comma + 1;
  }
}
