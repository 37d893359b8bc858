import { describe, expect, it } from "vitest";
import { cell, parseCsv } from "./csv.js";

describe("parseCsv", () => {
  it("numbers rows by the line they start on, across quoted line breaks, blank lines and CRLF", () => {
    const text = '\uFEFFJudge , Ranking\r\n\r\n ann ," a>b\r\n=c "\r\n"bo""b",x>y\r\n';
    const table = parseCsv(text, ["judge", "ranking"]);
    expect(table.header).toEqual(["judge", "ranking"]);
    expect(table.rows.map((r) => r.line)).toEqual([3, 5]);
    expect(table.rows.map((r) => cell(table, r, "ranking"))).toEqual(["a>b\n=c", "x>y"]);
    expect(cell(table, table.rows[1]!, "judge")).toBe('bo"b');
  });

  it("names the line of a row with the wrong number of fields, and an unclosed quote", () => {
    expect(() => parseCsv("judge,ranking\na,b\nc\n", ["judge", "ranking"])).toThrow(
      /^line 3: expected 2 fields \(judge,ranking\), found 1$/,
    );
    expect(() => parseCsv('judge,ranking\na,"b\n', ["judge", "ranking"])).toThrow(
      /quoted field is not closed/,
    );
  });
});
