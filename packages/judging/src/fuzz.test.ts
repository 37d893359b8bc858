import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  JudgingInputError,
  parsePairwiseCsv,
  parseRankedCsv,
  parseRubricCsv,
  parseVoteLog,
} from "./index.js";

/** CSV-ish text: headers the parsers know, ids, separators, quotes, blank lines and junk. */
const token = fc.constantFrom(
  "ranking",
  "judge",
  "count",
  "winner",
  "loser",
  "id",
  "project",
  "criterion",
  "score",
  "a",
  "b",
  "c",
  "A",
  ">",
  "=",
  ">>",
  ",",
  "\n",
  "\r\n",
  '"',
  "-1",
  "0",
  "2",
  "1.5",
  " ",
  "é",
  "\u0000",
);
const junk = fc.oneof(
  fc.array(token, { maxLength: 40 }).map((parts) => parts.join("")),
  fc.string({ maxLength: 60 }),
);
const header = fc.constantFrom(
  "",
  "ranking\n",
  "count,ranking\n",
  "judge,count,ranking\n",
  "judge,winner,loser\n",
  "id,judge,winner,loser\n",
  "judge,project,criterion,score\n",
);
const text = fc.tuple(header, junk).map(([h, body]) => h + body);

describe("parsers never fail with anything but a located JudgingInputError", () => {
  const parsers = {
    parseRankedCsv,
    parsePairwiseCsv,
    parseVoteLog,
    parseRubricCsv,
  } as Record<string, (t: string) => unknown>;
  for (const [name, parse] of Object.entries(parsers)) {
    it(name, () => {
      fc.assert(
        fc.property(text, (input) => {
          try {
            parse(input);
          } catch (err) {
            expect(err).toBeInstanceOf(JudgingInputError);
          }
        }),
        { numRuns: 1500 },
      );
    });
  }
});
