import { cell, parseCsv } from "./csv.js";
import { JudgingInputError } from "./errors.js";

/** A ranked ballot: groups best first; ids in one group are tied. Unnamed candidates rank below all named. */
export interface RankedBallot {
  groups: string[][];
  count: number;
  judge?: string;
  /** CSV line, for messages. */
  line?: number;
}

/** Ballots with candidates resolved to indices: `position[c]` is the ballot's group index, unnamed = groups. */
export interface BallotProfile {
  candidates: string[];
  ballots: RankedBallot[];
}

/** Project names in CSVs: event slugs, or any letters, digits, `-`, `_`, `.` (e.g. the literature's A, B, C). */
export const ID = /^[A-Za-z0-9][A-Za-z0-9_.-]*$/;

/**
 * Parses `A>B=C>D` (`>` strictly better, `=` tied). Ids are project slugs; surrounding spaces are allowed.
 * @throws {@link JudgingInputError} when the ranking is empty, names a project twice or is not `A>B=C` ids.
 */
export function parseRanking(text: string, line?: number): string[][] {
  const at = line === undefined ? {} : { line, column: "ranking" };
  if (text.trim() === "") throw new JudgingInputError("empty ranking: expected e.g. a>b=c>d", at);
  const groups: string[][] = [];
  const seen = new Set<string>();
  for (const part of text.split(">")) {
    const group: string[] = [];
    for (const raw of part.split("=")) {
      const id = raw.trim();
      if (id === "") {
        throw new JudgingInputError(
          `malformed ranking "${text}": empty name between "${part === "" ? ">" : "="}" signs (expected e.g. a>b=c>d)`,
          at,
        );
      }
      if (!ID.test(id)) {
        throw new JudgingInputError(
          `malformed ranking "${text}": "${id}" is not a project id (letters, digits, "-", "_" or ".")`,
          at,
        );
      }
      if (seen.has(id)) throw new JudgingInputError(`project "${id}" is ranked twice in "${text}"`, at);
      seen.add(id);
      group.push(id);
    }
    groups.push(group);
  }
  return groups;
}

/**
 * Reads a positive integer `count` cell; empty means 1.
 * @throws {@link JudgingInputError} when the count is not a positive whole number.
 */
export function parseCount(text: string | undefined, line?: number): number {
  if (text === undefined || text === "") return 1;
  if (!/^\+?\d+$/.test(text) || Number(text) < 1 || !Number.isSafeInteger(Number(text))) {
    throw new JudgingInputError(`count "${text}" must be a positive whole number`, {
      ...(line !== undefined && { line }),
      column: "count",
    });
  }
  return Number(text);
}

export interface ProfileOptions {
  /** The projects that may appear; without it, every id named in a ballot. Either way sorted by id, so that
   * shuffling ballots or the list cannot change the output. */
  candidates?: readonly string[];
}

/**
 * Parses a ranked-ballot CSV (`ranking`, optional `judge`, `count`) into a profile.
 * @throws {@link JudgingInputError} with the line and column, when the CSV has no `ranking` column or a row is
 * malformed.
 * @example
 * ```ts
 * const profile = parseRankedCsv("ranking\nbedflow>rota-swap\nrota-swap>bedflow\n");
 * console.log(schulze(preferenceMatrix(profile)).winners);
 * ```
 */
export function parseRankedCsv(text: string, options: ProfileOptions = {}): BallotProfile {
  const table = parseCsv(text, ["ranking"], ["judge", "count"]);
  const ballots = table.rows.map((row): RankedBallot => {
    const { line } = row;
    const judge = cell(table, row, "judge");
    return {
      groups: parseRanking(cell(table, row, "ranking")!, line),
      count: parseCount(cell(table, row, "count"), line),
      ...(judge !== undefined && judge !== "" && { judge }),
      line,
    };
  });
  return buildProfile(ballots, options);
}

/**
 * Checks ballots against the candidate list (unknown id → error with its line) and fixes the candidate order.
 * @throws {@link JudgingInputError} when a ballot names a project outside `candidates` or has a count that is not a
 * positive whole number.
 */
export function buildProfile(ballots: readonly RankedBallot[], options: ProfileOptions = {}): BallotProfile {
  let candidates: string[];
  if (options.candidates) {
    candidates = [...new Set(options.candidates)].sort(byId);
    const known = new Set(candidates);
    for (const ballot of ballots) {
      for (const id of ballot.groups.flat()) {
        if (!known.has(id)) {
          throw new JudgingInputError(
            `unknown project "${id}" in ranking (known: ${candidates.join(", ")})`,
            {
              ...(ballot.line !== undefined && { line: ballot.line }),
              column: "ranking",
            },
          );
        }
      }
    }
  } else {
    const seen = new Set<string>();
    for (const ballot of ballots) for (const id of ballot.groups.flat()) seen.add(id);
    candidates = [...seen].sort(byId);
  }
  for (const ballot of ballots) {
    if (!Number.isSafeInteger(ballot.count) || ballot.count < 1) {
      throw new JudgingInputError(`count ${ballot.count} must be a positive whole number`, {
        ...(ballot.line !== undefined && { line: ballot.line }),
      });
    }
  }
  return { candidates, ballots: ballots.map((b) => ({ ...b, groups: b.groups.map((g) => [...g]) })) };
}

/** Code-unit order: the same on every machine and locale. */
export const byId = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Each ballot as a position per candidate (smaller is better): the group index, or `groups.length` for
 * candidates the ballot does not name (they tie with each other below everything named).
 */
export function ballotPositions(profile: BallotProfile): Int32Array[] {
  const index = new Map(profile.candidates.map((id, i) => [id, i]));
  return profile.ballots.map((ballot) => {
    const position = new Int32Array(profile.candidates.length).fill(ballot.groups.length);
    ballot.groups.forEach((group, g) => {
      for (const id of group) position[index.get(id)!] = g;
    });
    return position;
  });
}
