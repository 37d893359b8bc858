import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { RangeInterner } from "./interner.js";
import { parsePairwiseCsv } from "./pairwise.js";
import { logVotes, parseVoteLog } from "./vote-log.js";

// The vote-log reader scans characters and interns ids by hash; the row parser splits strings. Both must read
// every file the same way: spaces around cells, CRLF, blank lines, ids that share a hash bucket, many ids.
const id = fc.oneof(
  fc.integer({ min: 1, max: 3000 }).map((n) => `project-${n}`),
  fc.stringMatching(/^[a-z][a-z0-9._-]{0,6}$/),
);
const pad = fc.constantFrom("", " ", "  ", "\t");
const row = fc
  .tuple(id, id, id, pad, pad, pad)
  .filter(([, w, l]) => w !== l)
  .map(([j, w, l, a, b, c]) => `${a}judge-${j}${b},${w}${c},${a}${l}`);
const csv = fc
  .tuple(fc.array(row, { minLength: 1, maxLength: 400 }), fc.constantFrom("\n", "\r\n"), fc.boolean())
  .map(([rows, eol, blank]) => `judge,winner,loser${eol}${rows.join(blank ? `${eol}${eol}` : eol)}${eol}`);

describe("parseVoteLog", () => {
  it("reads the same votes as parsePairwiseCsv on random logs", () => {
    fc.assert(
      fc.property(csv, (text) => {
        expect(logVotes(parseVoteLog(text))).toEqual(parsePairwiseCsv(text));
      }),
      { numRuns: 200 },
    );
  });

  it("keeps thousands of distinct ids apart (the table grows)", () => {
    const rows = Array.from({ length: 5000 }, (_, k) => `judge-${k % 700},project-${k},project-${k + 1}`);
    const text = `judge,winner,loser\n${rows.join("\n")}`;
    const log = parseVoteLog(text);
    expect(log.projects).toHaveLength(5001);
    expect(log.judges).toHaveLength(700);
    expect(logVotes(log)).toEqual(parsePairwiseCsv(text));
  });
});

describe("RangeInterner", () => {
  it("finds a spelling by its range, and not a different one with the same hash", () => {
    const table = new RangeInterner();
    const text = "ab,ba";
    table.add(text, 0, 2, 7, 1);
    expect(table.get(text, 0, 2, 7)).toBe(1);
    expect(table.get(text, 3, 5, 7)).toBe(-1); // same hash given, different characters
  });
});
