import { byId } from "./ballots.js";
import { parseCsv } from "./csv.js";
import { JudgingInputError } from "./errors.js";

/** "Which was better?": one judge's answer, in the order votes were cast. */
export interface Vote {
  judge: string;
  winner: string;
  loser: string;
  /** Stable id for voiding; from the CSV's `id` column, else the CSV line number. */
  id?: string;
  line?: number;
}

const ID = /^[A-Za-z0-9][A-Za-z0-9_.-]*$/;

export interface PairwiseCsvOptions {
  /** Known projects; a vote naming another is an error. */
  candidates?: readonly string[];
}

/** Parses `judge,winner,loser` (optional `id`) rows in casting order. */
export function parsePairwiseCsv(text: string, options: PairwiseCsvOptions = {}): Vote[] {
  const { rows } = parseCsv(text, ["judge", "winner", "loser"], ["id"]);
  const known = options.candidates ? new Set(options.candidates) : undefined;
  const ids = new Set<string>();
  return rows.map(({ line, fields }) => {
    for (const column of ["judge", "winner", "loser"] as const) {
      const value = fields[column]!;
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
    if (fields.winner === fields.loser) {
      throw new JudgingInputError(
        `winner and loser are both "${fields.winner}": a vote compares two projects`,
        {
          line,
        },
      );
    }
    const id = fields.id || String(line);
    if (ids.has(id)) throw new JudgingInputError(`vote id "${id}" appears twice`, { line, column: "id" });
    ids.add(id);
    return { judge: fields.judge!, winner: fields.winner!, loser: fields.loser!, id, line };
  });
}

/**
 * Drops voided votes (a judge's mis-click): every model's result is then exactly a replay without them.
 * An id that matches no vote is an error, so a typo cannot silently void nothing.
 */
export function withoutVoids(votes: readonly Vote[], voids: Iterable<string>): Vote[] {
  const drop = new Set(voids);
  const present = new Set(votes.map((v) => v.id));
  for (const id of drop) {
    if (!present.has(id)) throw new JudgingInputError(`cannot void vote "${id}": no vote has that id`);
  }
  return votes.filter((v) => v.id === undefined || !drop.has(v.id));
}

/** Projects and judges named in the votes (plus any listed), sorted by id. */
export function voteParticipants(
  votes: readonly Vote[],
  candidates?: readonly string[],
): { projects: string[]; judges: string[] } {
  const projects = new Set(candidates ?? []);
  const judges = new Set<string>();
  for (const v of votes) {
    projects.add(v.winner);
    projects.add(v.loser);
    judges.add(v.judge);
  }
  return { projects: [...projects].sort(byId), judges: [...judges].sort(byId) };
}
