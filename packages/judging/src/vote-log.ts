import { byId } from "./ballots.js";
import { checkHeader } from "./csv.js";
import { JudgingInputError } from "./errors.js";
import { HASH_SEED, hashStep, RangeInterner } from "./interner.js";
import { checkVoteName, type PairwiseVote, parsePairwiseCsv } from "./pairwise.js";

/**
 * Pairwise votes in columns: names interned once, votes as typed arrays of indices. A 300,000-vote log is a
 * few megabytes of integers instead of 300,000 objects, which is what makes replaying it fast.
 */
export interface VoteLog {
  /** Sorted by id. */
  projects: string[];
  judges: string[];
  judge: Int32Array;
  winner: Int32Array;
  loser: Int32Array;
  /** CSV line of each vote (0 when unknown). */
  line: Int32Array;
  /** Explicit vote ids, when the votes had them. */
  ids?: (string | undefined)[];
}

/**
 * Reads a `judge,winner,loser[,id]` CSV straight into a {@link VoteLog}, with the same checks and
 * line-numbered messages as {@link parsePairwiseCsv}. Files with quoted fields go through the full parser.
 */
export function parseVoteLog(text: string, options: { candidates?: readonly string[] } = {}): VoteLog {
  const body = text.replace(/^\uFEFF/, "");
  if (body.includes('"')) return voteLog(parsePairwiseCsv(body, options), options.candidates);
  const known = options.candidates ? new Set(options.candidates) : undefined;
  const projectIndex = new Map<string, number>();
  const judgeIndex = new Map<string, number>();
  const projects: string[] = [];
  const judges: string[] = [];
  let capacity = 1024;
  let judge: Int32Array<ArrayBuffer> = new Int32Array(capacity);
  let winner: Int32Array<ArrayBuffer> = new Int32Array(capacity);
  let loser: Int32Array<ArrayBuffer> = new Int32Array(capacity);
  let lines: Int32Array<ArrayBuffer> = new Int32Array(capacity);
  let ids: (string | undefined)[] | undefined;
  let seenIds: Set<string> | undefined;
  let count = 0;
  let columns: number[] | undefined; // judge, winner, loser, id (−1 when absent)
  let width = 0;
  let headerNames = "";
  let headerLine = 1;
  let lineNo = 0;
  let pos = 0;
  const n = body.length;

  // Each spelling in the file (spaces around it included) maps to its id's number; only a new spelling is
  // sliced, trimmed and checked.
  const judgeSpellings = new RangeInterner();
  const projectSpellings = new RangeInterner();
  const intern = (
    start: number,
    end: number,
    hash: number,
    column: "judge" | "winner" | "loser",
    line: number,
  ): number => {
    const spellings = column === "judge" ? judgeSpellings : projectSpellings;
    const found = spellings.get(body, start, end, hash);
    if (found >= 0) return found;
    const value = body.slice(start, end).trim();
    const table = column === "judge" ? judgeIndex : projectIndex;
    let index = table.get(value);
    if (index === undefined) {
      checkVoteName(value, column, line, known);
      const list = column === "judge" ? judges : projects;
      index = list.length;
      table.set(value, index);
      list.push(value);
    }
    spellings.add(body, start, end, hash, index);
    return index;
  };

  // The header: the first line that is not blank.
  while (pos < n && columns === undefined) {
    let end = body.indexOf("\n", pos);
    if (end === -1) end = n;
    let row = body.slice(pos, end);
    pos = end + 1;
    lineNo++;
    if (row.endsWith("\r")) row = row.slice(0, -1);
    if (row.includes("\r")) return voteLog(parsePairwiseCsv(body, options), options.candidates); // old Mac endings
    if (row.trim() === "") continue;
    const header = checkHeader(row.split(","), lineNo, ["judge", "winner", "loser"], ["id"]);
    columns = ["judge", "winner", "loser", "id"].map((name) => header.indexOf(name));
    width = header.length;
    headerNames = header.join(",");
    headerLine = lineNo;
  }
  const field = (k: number, column: "judge" | "winner" | "loser") =>
    intern(starts[k]!, ends[k]!, hashes[k]!, column, lineNo);
  // The votes: one pass over the characters finds each field and hashes it; no string per line or per cell.
  const starts = new Int32Array(width);
  const ends = new Int32Array(width);
  const hashes = new Int32Array(width);
  const count1 = new Int32Array(1);
  while (pos < n && columns !== undefined) {
    lineNo++;
    const rowStart = pos;
    const i = scanRow(body, pos, width, starts, ends, hashes, count1);
    const fields = count1[0]!;
    const c = i < n ? body.charCodeAt(i) : 10;
    pos = i + 1;
    if (c === 13) {
      if (pos < n && body.charCodeAt(pos) !== 10)
        return voteLog(parsePairwiseCsv(body, options), options.candidates); // old Mac endings
      pos++;
    }
    if (fields !== width) {
      if (body.slice(rowStart, i).trim() === "") continue;
      throw new JudgingInputError(`expected ${width} fields (${headerNames}), found ${fields}`, {
        line: lineNo,
      });
    }
    const j = field(columns[0]!, "judge");
    const w = field(columns[1]!, "winner");
    const l = field(columns[2]!, "loser");
    if (w === l) {
      throw new JudgingInputError(
        `winner and loser are both "${projects[w]}": a vote compares two projects`,
        {
          line: lineNo,
        },
      );
    }
    if (count === capacity) {
      capacity *= 2;
      judge = grow(judge, capacity);
      winner = grow(winner, capacity);
      loser = grow(loser, capacity);
      lines = grow(lines, capacity);
    }
    if (columns[3]! >= 0) {
      const id = body.slice(starts[columns[3]!]!, ends[columns[3]!]!).trim();
      ids ??= [];
      seenIds ??= new Set();
      if (id !== "") {
        if (seenIds.has(id))
          throw new JudgingInputError(`vote id "${id}" appears twice`, { line: lineNo, column: "id" });
        seenIds.add(id);
      }
      ids[count] = id === "" ? undefined : id;
    }
    judge[count] = j;
    winner[count] = w;
    loser[count] = l;
    lines[count] = lineNo;
    count++;
  }
  if (columns === undefined)
    throw new JudgingInputError("empty file: expected a header row (judge,winner,loser)");
  if (count === 0) throw new JudgingInputError("no data rows after the header", { line: headerLine });
  return sortNames(
    {
      projects,
      judges,
      judge: judge.slice(0, count),
      winner: winner.slice(0, count),
      loser: loser.slice(0, count),
      line: lines.slice(0, count),
      ...(ids && { ids }),
    },
    options.candidates,
  );
}

function grow(array: Int32Array, capacity: number): Int32Array<ArrayBuffer> {
  const bigger = new Int32Array(capacity);
  bigger.set(array);
  return bigger;
}

/** Renumbers projects (plus any listed candidates) and judges in id order. */
function sortNames(log: VoteLog, candidates?: readonly string[]): VoteLog {
  const projects = [...new Set([...log.projects, ...(candidates ?? [])])].sort(byId);
  const judges = [...log.judges].sort(byId);
  const projectAt = new Map(projects.map((id, i) => [id, i]));
  const judgeAt = new Map(judges.map((id, i) => [id, i]));
  const projectMap = Int32Array.from(log.projects, (id) => projectAt.get(id)!);
  const judgeMap = Int32Array.from(log.judges, (id) => judgeAt.get(id)!);
  return {
    ...log,
    projects,
    judges,
    judge: renumber(log.judge, judgeMap),
    winner: renumber(log.winner, projectMap),
    loser: renumber(log.loser, projectMap),
  };
}

/** Votes (in casting order) as a {@link VoteLog}. */
export function voteLog(votes: readonly PairwiseVote[], candidates?: readonly string[]): VoteLog {
  const projectIndex = new Map<string, number>();
  const judgeIndex = new Map<string, number>();
  const index = (table: Map<string, number>, id: string) => {
    const known = table.get(id);
    if (known !== undefined) return known;
    table.set(id, table.size);
    return table.size - 1;
  };
  const log: VoteLog = {
    projects: [],
    judges: [],
    judge: Int32Array.from(votes, (v) => index(judgeIndex, v.judge)),
    winner: Int32Array.from(votes, (v) => index(projectIndex, v.winner)),
    loser: Int32Array.from(votes, (v) => index(projectIndex, v.loser)),
    line: Int32Array.from(votes, (v) => v.line ?? 0),
    ...(votes.some((v) => v.id !== undefined) && { ids: votes.map((v) => v.id) }),
  };
  log.projects = [...projectIndex.keys()];
  log.judges = [...judgeIndex.keys()];
  return sortNames(log, candidates);
}

/** The log back as vote objects, for the methods that take them. */
export function logVotes(log: VoteLog): PairwiseVote[] {
  return Array.from(log.judge, (j, k) => {
    const vote: PairwiseVote = {
      judge: log.judges[j]!,
      winner: log.projects[log.winner[k]!]!,
      loser: log.projects[log.loser[k]!]!,
    };
    const id = log.ids?.[k];
    if (id !== undefined) vote.id = id;
    if (log.line[k]) vote.line = log.line[k]!;
    return vote;
  });
}

/** {@link withoutVoids} for a log: ids, else CSV line numbers; an id matching no vote is an error. */
export function logWithoutVoids(log: VoteLog, voids: Iterable<string>): VoteLog {
  const drop = new Set(voids);
  if (drop.size === 0) return log;
  const keep: number[] = [];
  const found = new Set<string>();
  for (let k = 0; k < log.judge.length; k++) {
    const id = log.ids?.[k] ?? String(log.line[k]);
    if (drop.has(id)) found.add(id);
    else keep.push(k);
  }
  for (const id of drop)
    if (!found.has(id)) throw new JudgingInputError(`cannot void vote "${id}": no vote has that id`);
  const pick = (a: Int32Array) => Int32Array.from(keep, (k) => a[k]!);
  return {
    ...log,
    judge: pick(log.judge),
    winner: pick(log.winner),
    loser: pick(log.loser),
    line: pick(log.line),
    ...(log.ids && { ids: keep.map((k) => log.ids![k]) }),
  };
}

/** `indices.map((i) => map[i])` as a plain loop (a typed array's own map is several times slower). */
function renumber(indices: Int32Array, map: Int32Array): Int32Array<ArrayBuffer> {
  const out = new Int32Array(indices.length);
  for (let k = 0; k < indices.length; k++) out[k] = map[indices[k]!]!;
  return out;
}

/**
 * Scans one row from `pos`: the first `width` fields' ranges and hashes go into the arrays, the number of
 * fields into `fields[0]`; returns where the row ends (its newline, CR or the end of the text).
 */
function scanRow(
  text: string,
  pos: number,
  width: number,
  starts: Int32Array,
  ends: Int32Array,
  hashes: Int32Array,
  found: Int32Array,
): number {
  const n = text.length;
  let fields = 0;
  let hash = HASH_SEED;
  let fieldStart = pos;
  let i = pos;
  for (; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 44 || c === 10 || c === 13) {
      if (fields < width) {
        starts[fields] = fieldStart;
        ends[fields] = i;
        hashes[fields] = hash;
      }
      fields++;
      if (c !== 44) break;
      fieldStart = i + 1;
      hash = HASH_SEED;
    } else hash = hashStep(hash, c);
  }
  if (i === n) {
    if (fields < width) {
      starts[fields] = fieldStart;
      ends[fields] = i;
      hashes[fields] = hash;
    }
    fields++;
  }
  found[0] = fields;
  return i;
}
