import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parsePairwiseCsv } from "./pairwise.js";
import { logVotes, parseVoteLog, type VoteLog, voteLog } from "./vote-log.js";

// parseVoteLog reads unquoted logs with its own scanner (vote-scan.ts); the reference is the straightforward
// route: the full CSV parser, then the votes into columns. Both must give the same log, or the same error.
const reference = (text: string, candidates?: string[]): VoteLog =>
  voteLog(parsePairwiseCsv(text, candidates ? { candidates } : {}), candidates);
const outcome = (read: () => VoteLog) => {
  try {
    return { log: read() };
  } catch (err) {
    return { error: (err as Error).message };
  }
};

const name = fc.oneof(
  { weight: 3, arbitrary: fc.integer({ min: 1, max: 40 }).map((n) => `project-${n}`) },
  { weight: 1, arbitrary: fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9._-]{0,6}$/) },
);
// Not ids (ids are ASCII slugs): the same error from both, on the same line.
const notName = fc.constantFrom("", "jürgen", "a b", "ü", "x\u00a0y", "project-1,");
// Spaces as people type them, and characters JavaScript's trim() also removes.
const pad = fc.constantFrom("", "", " ", "  ", "\t", "\u00a0", "\u3000");
const cell = fc.tuple(pad, name, pad).map(([a, x, b]) => a + x + b);
const quote = (x: string) => `"${x.replaceAll('"', '""')}"`;
const voteId = fc.oneof(
  fc.constantFrom("", " "),
  fc.integer({ min: 1, max: 1e6 }).map(String),
  fc.integer({ min: 1, max: 1e6 }).map((k) => `投票-ä ${k}`),
);

/** A vote log as people and scripts write them: any column order, optional ids, and every kind of noise. */
const logText = fc
  .record({
    order: fc.shuffledSubarray(["judge", "winner", "loser", "id"], { minLength: 3 }),
    rows: fc.array(
      fc.record({
        judge: cell.map((j) => (j.trim().startsWith("project") ? j.replace("project", "judge") : j)),
        winner: cell,
        loser: cell,
        id: voteId,
        quoted: fc.boolean(),
        // In a noisy log: 1 a cell too many, 2 one too few, 3 a cell that is not an id, 4 a vote id used
        // before, 5 a project beating itself.
        fault: fc.integer({ min: 0, max: 40 }),
        bad: notName,
      }),
      { minLength: 0, maxLength: 60 },
    ),
    noisy: fc.boolean(),
    eol: fc.constantFrom("\n", "\r\n", "\r\n", "\r"),
    bom: fc.boolean(),
    quoting: fc.constantFrom(false, false, false, true),
    blanks: fc.array(fc.constantFrom("", " ", "\t"), { maxLength: 4 }),
    blankAt: fc.array(fc.nat(), { maxLength: 4 }),
    finalEol: fc.boolean(),
    headerCase: fc.constantFrom("lower", "upper", "spaced"),
  })
  .map((g) => {
    const header = g.order
      .filter((c) => c !== "id" || g.order.length === 4)
      .map((c) => (g.headerCase === "upper" ? c.toUpperCase() : g.headerCase === "spaced" ? ` ${c} ` : c));
    const lines = g.rows.map((r) => {
      const fault = g.noisy ? r.fault : 0;
      if (fault === 4) r.id = "1";
      if (fault === 5) r.loser = r.winner;
      else if (r.loser.trim() === r.winner.trim()) r.loser = `other-${r.loser.trim()}`;
      let cells = g.order.map((c) => r[c as "judge" | "winner" | "loser" | "id"]);
      if (fault === 3) cells[0] = r.bad;
      if (g.quoting && r.quoted) cells = cells.map(quote);
      if (fault === 1) cells.push("surplus");
      if (fault === 2) cells.pop();
      return cells.join(",");
    });
    g.blanks.forEach((blank, k) => {
      lines.splice((g.blankAt[k] ?? 0) % (lines.length + 1), 0, blank);
    });
    const text = [header.join(","), ...lines].join(g.eol) + (g.finalEol ? g.eol : "");
    return (g.bom ? "\uFEFF" : "") + text;
  });

describe("parseVoteLog", () => {
  it("gives the log (or the error) of the full CSV parser on random logs", () => {
    let valid = 0;
    fc.assert(
      fc.property(logText, fc.nat(3), (text, withCandidates) => {
        const candidates =
          withCandidates === 0 ? Array.from({ length: 30 }, (_, k) => `project-${k + 1}`) : undefined;
        const expected = outcome(() => reference(text, candidates));
        expect(outcome(() => parseVoteLog(text, candidates ? { candidates } : {}))).toEqual(expected);
        valid += expected.log ? 1 : 0;
      }),
      { numRuns: 3000 },
    );
    // Both sides of the property are exercised: logs that read and logs that fail.
    expect(valid).toBeGreaterThan(600);
    expect(valid).toBeLessThan(2400);
  });

  it("reads a clean log the same way, where most runs are valid", () => {
    const clean = fc
      .array(
        fc
          .tuple(fc.nat(30), fc.nat(40), fc.nat(40), pad)
          .filter(([, w, l]) => w !== l)
          .map(([j, w, l, p]) => `judge-${j},${p}project-${w},project-${l}${p}`),
        { minLength: 1, maxLength: 300 },
      )
      .chain((rows) =>
        fc.constantFrom("\n", "\r\n").map((eol) => `judge,winner,loser${eol}${rows.join(eol)}`),
      );
    fc.assert(
      fc.property(clean, (text) => {
        const log = parseVoteLog(text);
        expect(log).toEqual(reference(text));
        expect(logVotes(log)).toEqual(parsePairwiseCsv(text));
      }),
      { numRuns: 300 },
    );
  });

  it("keeps thousands of distinct ids apart", () => {
    const rows = Array.from({ length: 5000 }, (_, k) => `judge-${k % 700},project-${k},project-${k + 1}`);
    const text = `judge,winner,loser\n${rows.join("\n")}`;
    const log = parseVoteLog(text);
    expect(log.projects).toHaveLength(5001);
    expect(log.judges).toHaveLength(700);
    expect(log).toEqual(reference(text));
  });

  it("ends a log that stops after a comma with an empty cell, as the full parser does", () => {
    for (const text of [
      "judge,winner,loser\nj,a,",
      "judge,winner,loser\nj,a,b\r",
      "judge,winner,loser\n\n \n",
    ])
      expect(outcome(() => parseVoteLog(text))).toEqual(outcome(() => reference(text)));
  });
});
