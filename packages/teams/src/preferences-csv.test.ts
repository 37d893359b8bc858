import { ValidationError } from "@hackdaykit/schema";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { allocateTeams } from "./allocate.js";
import { PreferencesCsvError, parsePreferencesCsv } from "./preferences-csv.js";

/** The error `parse` throws, for asserting on its issues. */
function failure(text: string, file?: string): PreferencesCsvError {
  try {
    parsePreferencesCsv(text, file === undefined ? {} : { file });
  } catch (err) {
    if (err instanceof PreferencesCsvError) return err;
    throw err;
  }
  throw new Error("expected a PreferencesCsvError");
}

describe("parsePreferencesCsv", () => {
  it("reads person,ranking,avoid rows with their lines", () => {
    const text = "person,ranking,avoid\nvera,bedflow>shift-food=pathway,sharps;rota  x\nana,,\n";
    expect(parsePreferencesCsv(text)).toEqual([
      { person: "vera", ranking: "bedflow>shift-food=pathway", avoid: ["sharps", "rota", "x"], line: 2 },
      { person: "ana", ranking: "", avoid: [], line: 3 },
    ]);
  });

  it("takes columns in any order and case, a BOM, CRLF, blank lines, quotes and spaces around cells", () => {
    const text = '\uFEFF Ranking ,PERSON\r\n\r\n"a>b" , "ana"\r\n  c ,"multi\r\nline"\r\nd,ben\r\n';
    expect(parsePreferencesCsv(text)).toEqual([
      { person: "ana", ranking: "a>b", avoid: [], line: 3 },
      { person: "multi\nline", ranking: "c", avoid: [], line: 4 },
      { person: "ben", ranking: "d", avoid: [], line: 6 },
    ]);
  });

  it("rows go straight into the allocation, whose issues point at rows (and so lines)", async () => {
    const rows = parsePreferencesCsv("person,ranking\ncy,triage\nnobody,triage\n");
    const problem = {
      people: [
        { id: "ana", skills: [] },
        { id: "cy", skills: [] },
      ],
      pitches: [{ id: "triage", pitcher: "ana", minSize: 1, maxSize: 3, skillsWanted: [] }],
      preferences: rows,
    };
    const err = await allocateTeams(problem).then(
      () => expect.unreachable("an unknown person is an error"),
      (e: ValidationError) => e,
    );
    expect(err).toBeInstanceOf(ValidationError);
    expect(err.issues.map((i) => i.path)).toEqual([["preferences", 1, "person"]]);
    expect(rows[1]!.line).toBe(3);
    expect((await allocateTeams({ ...problem, preferences: rows.slice(0, 1) })).teams[0]!.members).toEqual([
      "ana",
      "cy",
    ]);
  });

  it("names file, line and column of every bad row in one error", () => {
    const err = failure(
      'person,ranking,avoid\nana,a>>b,x\n,b,\nben,c,Bed Flow\n"cy", "q>Q" ,\nda,a,b,c\nek,a\n',
      "prefs.csv",
    );
    expect(err.code).toBe("invalid_preferences");
    expect(err).toBeInstanceOf(Error);
    expect(err.issues).toEqual([
      {
        path: [],
        file: "prefs.csv",
        line: 2,
        column: 5,
        message: 'ranking "a>>b": expected pitch ids like a>b=c>d',
      },
      { path: [], file: "prefs.csv", line: 3, column: 1, message: "empty person: expected a person id" },
      {
        path: [],
        file: "prefs.csv",
        line: 4,
        column: 7,
        message: 'avoid "Bed": expected pitch ids separated by spaces or ";"',
      },
      {
        path: [],
        file: "prefs.csv",
        line: 5,
        column: 8,
        message: 'ranking "q>Q": expected pitch ids like a>b=c>d',
      },
      {
        path: [],
        file: "prefs.csv",
        line: 6,
        column: 8,
        message: "expected 3 fields (person,ranking,avoid), found 4",
      },
      { path: [], file: "prefs.csv", line: 7, message: "expected 3 fields (person,ranking,avoid), found 2" },
    ]);
    expect(err.message.split("\n")[0]).toBe('prefs.csv:2:5: ranking "a>>b": expected pitch ids like a>b=c>d');
  });

  it("says what is wrong with the header or the file as a whole", () => {
    const message = (text: string) => failure(text, "p.csv").message;
    expect(message("")).toBe("p.csv:1: empty file: expected a header row (person,ranking)");
    expect(message("\n \n")).toBe("p.csv:1: empty file: expected a header row (person,ranking)");
    expect(message("who,ranking\nana,a\n")).toBe(
      'p.csv:1: header "who,ranking" lacks column "person" (expected person,ranking)',
    );
    expect(message("person,ranking,team\nana,a,b\n")).toBe(
      'p.csv:1:16: unknown column "team" (expected person,ranking,[avoid])',
    );
    expect(message("person,ranking,Person\nana,a,b\n")).toBe('p.csv:1:16: column "person" appears twice');
    expect(message("person,ranking\n")).toBe("p.csv:1: no data rows after the header");
    expect(message('person,ranking\nana,"a>b\n')).toBe(
      "p.csv:2: a quoted field is not closed by the end of the file",
    );
    expect(failure("x\n").issues[0]).toEqual({
      path: [],
      line: 1,
      message: 'header "x" lacks column "person" (expected person,ranking)',
    });
  });

  it("quotes at most a few hundred characters of a huge bad cell", () => {
    const err = failure(`person,ranking\nana,${"A".repeat(100_000)}\n`);
    expect(err.message.length).toBeLessThan(400);
  });
});

// A CSV writer for the property tests: any column order and header case, optional avoid column and BOM, LF or
// CRLF, blank lines, and each cell bare or quoted (always quoted when it must be) with spaces around it.
const ID = fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,6}$/);
const RANKING = fc
  .array(fc.tuple(ID, fc.constantFrom(">", "=")), { maxLength: 4 })
  .map((parts) => parts.map(([id, op], i) => (i === 0 ? id : `${op}${id}`)).join(""));
// Anything a person's cell can hold once trimmed, commas, quotes and line breaks included.
const PERSON = fc
  .string({ unit: fc.constantFrom("a", "Z", "é", " ", ",", '"', "\n", "\r\n", "'", ";", "😀"), minLength: 1 })
  .filter((s) => s.trim() === s && s !== "");
const ROW = fc.record({ person: PERSON, ranking: RANKING, avoid: fc.array(ID, { maxLength: 3 }) });
const STYLE = fc.record({
  quote: fc.boolean(),
  before: fc.constantFrom("", " ", "\t"),
  after: fc.constantFrom("", " "),
});
const FILE = fc.record({
  rows: fc.array(
    fc.record({ row: ROW, styles: fc.array(STYLE, { minLength: 3, maxLength: 3 }), blank: fc.boolean() }),
    {
      minLength: 1,
      maxLength: 8,
    },
  ),
  order: fc.shuffledSubarray(["person", "ranking", "avoid"], { minLength: 3 }),
  withAvoid: fc.boolean(),
  upper: fc.boolean(),
  bom: fc.boolean(),
  eol: fc.constantFrom("\n", "\r\n"),
});

type FileSpec = typeof FILE extends fc.Arbitrary<infer T> ? T : never;

interface Cell {
  text: string;
  /** 0-based offset of the value in the written text. */
  at: number;
}

function writeCsv(file: FileSpec): { text: string; cells: Cell[][]; lines: number[] } {
  const columns = file.order.filter((c) => c !== "avoid" || file.withAvoid);
  let text = file.bom ? "\uFEFF" : "";
  text += columns.map((c) => (file.upper ? c.toUpperCase() : c)).join(",") + file.eol;
  const cells: Cell[][] = [];
  const lines: number[] = [];
  for (const { row, styles, blank } of file.rows) {
    if (blank) text += file.eol;
    lines.push(text.split("\n").length);
    const values = { person: row.person, ranking: row.ranking, avoid: row.avoid.join(" ") };
    const rowCells: Cell[] = [];
    columns.forEach((c, i) => {
      const style = styles[i]!;
      const value = values[c as keyof typeof values];
      const quoted = style.quote || /[,"\r\n]/.test(value) || value === "";
      if (i > 0) text += ",";
      text += style.before + (quoted ? '"' : "");
      rowCells.push({ text: value, at: text.length });
      text += (quoted ? value.replaceAll('"', '""') : value) + (quoted ? '"' : "") + style.after;
    });
    text += file.eol;
    cells.push(rowCells);
  }
  return { text, cells, lines };
}

describe("parsePreferencesCsv (properties)", () => {
  it("reads back whatever the writer wrote, with each row's line", () => {
    fc.assert(
      fc.property(FILE, (file) => {
        const { text, lines } = writeCsv(file);
        expect(parsePreferencesCsv(text)).toEqual(
          file.rows.map(({ row }, i) => ({
            person: row.person.replace(/\r\n/g, "\n"), // line ends read as LF, inside quotes too
            ranking: row.ranking,
            avoid: file.withAvoid ? row.avoid : [],
            line: lines[i],
          })),
        );
      }),
    );
  });

  it("a bad ranking's issue points at the first character of that cell", () => {
    fc.assert(
      fc.property(FILE, fc.nat(), fc.constantFrom("a>>b", "A", "a > b", "x;y"), (file, pick, bad) => {
        const k = pick % file.rows.length;
        const rows = file.rows.map((r, i) => (i === k ? { ...r, row: { ...r.row, ranking: bad } } : r));
        const { text, cells } = writeCsv({ ...file, rows });
        const cell = cells[k]!.find((c) => c.text === bad)!;
        const before = text.slice(0, cell.at);
        const line = before.split("\n").length;
        const column = cell.at - (before.lastIndexOf("\n") + 1) + 1;
        expect(failure(text).issues).toEqual([
          { path: [], line, column, message: `ranking "${bad}": expected pitch ids like a>b=c>d` },
        ]);
      }),
    );
  });
});
