import type { PairwiseVote as EventPairwiseVote, HackDayEvent } from "@hackdaykit/schema";
import { byId, ID } from "./ballots.js";
import { parseCsv } from "./csv.js";
import { JudgingInputError } from "./errors.js";

/** "Which was better?": one judge's answer, in the order votes were cast. */
/** The event file's `PairwiseVote` (its time and prize aside), with the CSV line it came from when read from a file. */
export interface PairwiseVote extends Pick<EventPairwiseVote, "judge" | "winner" | "loser"> {
  /** Stable id for voiding, e.g. the CSV's `id` column; without one a vote is named by its CSV line number. */
  id?: string;
  line?: number;
}

/** @deprecated Use `PairwiseVote`; this alias goes in a later minor. */
export type Vote = PairwiseVote;

/** Checks one judge or project name of a vote row; the same messages for every pairwise reader. */
export function checkVoteName(
  value: string,
  column: "judge" | "winner" | "loser",
  line: number,
  known: ReadonlySet<string> | undefined,
): void {
  if (value === "") throw new JudgingInputError(`empty ${column}`, { line, column });
  if (!ID.test(value)) {
    throw new JudgingInputError(`${column} "${value}" is not an id (letters, digits, "-", "_" or ".")`, {
      line,
      column,
    });
  }
  if (column !== "judge" && known && !known.has(value)) {
    throw new JudgingInputError(`unknown project "${value}" in ${column}`, { line, column });
  }
}

export interface PairwiseCsvOptions {
  /** Known projects; a vote naming another is an error. */
  candidates?: readonly string[];
}

/**
 * Parses `judge,winner,loser` (optional `id`) rows in casting order.
 * @throws {@link JudgingInputError} with the line and column, when a column is missing, a cell is empty or not an id,
 * a vote compares a project with itself, or a vote id repeats.
 */
export function parsePairwiseCsv(text: string, options: PairwiseCsvOptions = {}): PairwiseVote[] {
  const table = parseCsv(text, ["judge", "winner", "loser"], ["id"]);
  const known = options.candidates ? new Set(options.candidates) : undefined;
  const columns = (["judge", "winner", "loser"] as const).map((name) => table.column.get(name)!);
  const idColumn = table.column.get("id");
  const ids = new Set<string>();
  const checked = new Set<string>(); // each distinct name is validated once
  const votes: PairwiseVote[] = new Array(table.rows.length);
  table.rows.forEach((row, r) => {
    const { line, cells } = row;
    const judge = cells[columns[0]!]!;
    const winner = cells[columns[1]!]!;
    const loser = cells[columns[2]!]!;
    for (const [column, value] of [
      ["judge", judge],
      ["winner", winner],
      ["loser", loser],
    ] as const) {
      if (checked.has(value) && (column === "judge" || !known || known.has(value))) continue;
      checkVoteName(value, column, line, known);
      checked.add(value);
    }
    if (winner === loser) {
      throw new JudgingInputError(`winner and loser are both "${winner}": a vote compares two projects`, {
        line,
      });
    }
    if (idColumn !== undefined && cells[idColumn] !== "") {
      const id = cells[idColumn]!;
      if (ids.has(id)) throw new JudgingInputError(`vote id "${id}" appears twice`, { line, column: "id" });
      ids.add(id);
      votes[r] = { judge, winner, loser, id, line };
    } else votes[r] = { judge, winner, loser, line };
  });
  return votes;
}

/**
 * Drops voided votes (a judge's mis-click): every model's result is then exactly a replay without them.
 * An id that matches no vote is an error, so a typo cannot silently void nothing.
 * @throws {@link JudgingInputError} when a void names a vote id that no vote has.
 */
export function withoutVoids<V extends PairwiseVote>(votes: readonly V[], voids: Iterable<string>): V[] {
  const drop = new Set(voids);
  if (drop.size === 0) return [...votes];
  const present = new Set(votes.map(voteId));
  for (const id of drop) {
    if (!present.has(id)) throw new JudgingInputError(`cannot void vote "${id}": no vote has that id`);
  }
  return votes.filter((v) => !drop.has(voteId(v) as string));
}

/** A vote's id: its own, else its CSV line number. */
export function voteId(vote: PairwiseVote): string | undefined {
  return vote.id ?? (vote.line === undefined ? undefined : String(vote.line));
}

/** A vote naming a project outside `candidates` is an error, as in {@link parsePairwiseCsv}: never ranked. */
export function unknownProjectError(
  id: string,
  line?: number,
  candidates?: readonly string[],
): JudgingInputError {
  const few = candidates && candidates.length <= 10 ? ` (expected one of ${candidates.join(", ")})` : "";
  return new JudgingInputError(
    `unknown project "${id}" in a vote${few}`,
    line === undefined || line === 0 ? {} : { line },
  );
}

/**
 * Projects and judges named in the votes (plus any listed), sorted by id; with `candidates`, only those.
 * @throws {@link JudgingInputError} when a vote names a project outside `candidates` (with the vote's line).
 */
export function voteParticipants(
  votes: readonly PairwiseVote[],
  candidates?: readonly string[],
): { projects: string[]; judges: string[] } {
  const projects = new Set(candidates ?? []);
  const judges = new Set<string>();
  for (const v of votes) {
    if (candidates) {
      for (const id of [v.winner, v.loser])
        if (!projects.has(id)) throw unknownProjectError(id, v.line, candidates);
    }
    projects.add(v.winner);
    projects.add(v.loser);
    judges.add(v.judge);
  }
  return { projects: [...projects].sort(byId), judges: [...judges].sort(byId) };
}

/**
 * An event's pairwise votes in casting order with its voids struck out; a vote without an id is `#index`.
 * @throws {@link JudgingInputError} when a void names a vote id that no vote has.
 */
export function eventVotes(event: {
  judging?: { ballots?: Pick<HackDayEvent["judging"] & {}, "ballots">["ballots"] | undefined } | undefined;
}): (PairwiseVote & { prize?: string | undefined })[] {
  const ballots = event.judging?.ballots;
  if (!ballots) return [];
  return withoutVoids(
    ballots.votes.map((v, i) => ({ ...v, id: v.id ?? `#${i}` })),
    ballots.voids.map((v) => v.vote),
  );
}
