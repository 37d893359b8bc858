import { checkHeader } from "./csv.js";
import { JudgingInputError } from "./errors.js";
import { checkVoteName } from "./pairwise.js";

// The fast reader behind parseVoteLog: a 300k-vote log is 10 MB of text naming a few hundred ids 900k times.
// A CLI run is over before V8 has optimised a loop over 10M characters (measured: such a loop, however
// tight, cost 70–90 ms of CPU, most of it before optimisation), so the characters are left to V8's own
// string functions: `indexOf` finds the separators of a row, and each cell is looked up by its exact
// spelling in a Map (hashed natively); only a spelling not seen before is trimmed and checked.

/** Votes numbered in order of first sight (the caller sorts the names). */
export interface ScannedVotes {
  projects: string[];
  judges: string[];
  judge: Int32Array<ArrayBuffer>;
  winner: Int32Array<ArrayBuffer>;
  loser: Int32Array<ArrayBuffer>;
  line: Int32Array<ArrayBuffer>;
  ids?: (string | undefined)[];
}

/**
 * Reads an unquoted `judge,winner,loser[,id]` CSV (no BOM) with the checks and messages of parsePairwiseCsv;
 * undefined when the text has a lone CR line end, which the full parser reads.
 */
export function scanVotes(body: string, candidates: readonly string[] | undefined): ScannedVotes | undefined {
  const n = body.length;
  if (hasLoneCr(body)) return undefined;
  let pos = 0;
  let line = 0;
  // The header: the first line that is not blank.
  let header: string[] | undefined;
  while (pos < n && header === undefined) {
    const [start, stop, next] = rowAt(body, pos);
    pos = next;
    line++;
    const row = body.slice(start, stop);
    if (row.trim() !== "") header = checkHeader(row.split(","), line, ["judge", "winner", "loser"], ["id"]);
  }
  if (header === undefined)
    throw new JudgingInputError("empty file: expected a header row (judge,winner,loser)");
  const reader = new VoteReader(body, header, candidates ? new Set(candidates) : undefined);
  reader.read(pos, line);
  return reader.result(line);
}

/** A CR not followed by LF (old Mac line ends). */
function hasLoneCr(text: string): boolean {
  for (let i = text.indexOf("\r"); i >= 0; i = text.indexOf("\r", i + 2))
    if (i + 1 < text.length && text.charCodeAt(i + 1) !== 10) return true;
  return false;
}

/** The row from `pos`: where its text starts and stops (before CR LF or LF), and where the next row starts. */
function rowAt(text: string, pos: number): [number, number, number] {
  let next = text.indexOf("\n", pos);
  if (next === -1) next = text.length;
  const stop = next > pos && text.charCodeAt(next - 1) === 13 ? next - 1 : next;
  return [pos, stop, next + 1];
}

/** Turns rows into votes: names looked up by spelling, checked on first sight. */
class VoteReader {
  private readonly judges: Names;
  private readonly projects: Names;
  private readonly width: number;
  private votes = 0;
  private judge = new Int32Array(1024);
  private winner = new Int32Array(1024);
  private loser = new Int32Array(1024);
  private lines = new Int32Array(1024);
  private ids: (string | undefined)[] | undefined;
  private seenIds: Set<string> | undefined;

  constructor(
    private readonly text: string,
    private readonly header: string[],
    known: ReadonlySet<string> | undefined,
  ) {
    this.judges = new Names(known);
    this.projects = new Names(known);
    this.width = header.length;
  }

  /**
   * Reads every row from `pos` (the header on line `line` before it). The full parser checks every row's
   * number of fields before any name, so a name error is reported only when no row has the wrong width.
   */
  read(pos: number, line: number): void {
    try {
      this.readRows(pos, line);
    } catch (err) {
      this.checkWidths(pos, line);
      throw err;
    }
  }

  /** The hot loop: V8 runs most of it unoptimised, so it keeps to locals and V8's own string functions. */
  private readRows(pos: number, line: number): void {
    const { text, width, header } = this;
    const judgeSpellings = this.judges.spellings;
    const projectSpellings = this.projects.spellings;
    const n = text.length;
    // Field f of a row spans (cut[f], cut[f + 1]): cut[0] is the character before the row, the rest its commas
    // and its end.
    const cut = new Int32Array(width + 1);
    const jc = header.indexOf("judge");
    const wc = header.indexOf("winner");
    const lc = header.indexOf("loser");
    const ic = header.indexOf("id");
    const first = pos;
    let { judge, winner, loser, lines } = this;
    let v = 0;
    // The first comma after the row before: a row's search for commas ends on the next row's first one.
    let comma = text.indexOf(",", pos);
    while (pos < n) {
      line++;
      let next = text.indexOf("\n", pos);
      if (next === -1) next = n;
      const stop = next > pos && text.charCodeAt(next - 1) === 13 ? next - 1 : next;
      cut[0] = pos - 1;
      let fields = 1;
      for (; comma !== -1 && comma < stop; comma = text.indexOf(",", comma + 1)) {
        if (fields < width) cut[fields] = comma;
        fields++;
        if (fields > width) break;
      }
      cut[width] = stop;
      const rowStart = pos;
      pos = next + 1;
      if (fields !== width) {
        const row = text.slice(rowStart, stop);
        if (fields === 1 && row.trim() === "") continue;
        this.widthError(row, line);
      }
      const judgeSpelling = text.slice(cut[jc]! + 1, cut[jc + 1]);
      const j = judgeSpellings.get(judgeSpelling) ?? this.judges.learn(judgeSpelling, "judge", line);
      const winnerSpelling = text.slice(cut[wc]! + 1, cut[wc + 1]);
      const w = projectSpellings.get(winnerSpelling) ?? this.projects.learn(winnerSpelling, "winner", line);
      const loserSpelling = text.slice(cut[lc]! + 1, cut[lc + 1]);
      const l = projectSpellings.get(loserSpelling) ?? this.projects.learn(loserSpelling, "loser", line);
      if (w === l) this.sameProject(w, line);
      if (v === judge.length) {
        // Sized from the share of the text read so far: nearly always one step.
        this.grow(Math.ceil(((n - first) / (pos - first)) * v * 1.05));
        ({ judge, winner, loser, lines } = this);
      }
      judge[v] = j;
      winner[v] = w;
      loser[v] = l;
      lines[v] = line;
      if (ic >= 0) this.voteId(v, text.slice(cut[ic]! + 1, cut[ic + 1]).trim(), line);
      v++;
    }
    this.votes = v;
  }

  private sameProject(project: number, line: number): never {
    const id = this.projects.ids[project];
    throw new JudgingInputError(`winner and loser are both "${id}": a vote compares two projects`, { line });
  }

  private widthError(row: string, line: number): never {
    const found = row.split(",").length;
    throw new JudgingInputError(`expected ${this.width} fields (${this.header.join(",")}), found ${found}`, {
      line,
    });
  }

  /** Throws the error of the first row whose number of fields is not the header's (blank rows aside). */
  private checkWidths(pos: number, line: number): void {
    const { text } = this;
    while (pos < text.length) {
      const [start, stop, next] = rowAt(text, pos);
      const row = text.slice(start, stop);
      const fields = row.split(",").length;
      line++;
      if (fields !== this.width && !(fields === 1 && row.trim() === "")) this.widthError(row, line);
      pos = next;
    }
  }

  private voteId(v: number, id: string, line: number): void {
    this.ids ??= [];
    this.seenIds ??= new Set();
    if (id !== "") {
      if (this.seenIds.has(id))
        throw new JudgingInputError(`vote id "${id}" appears twice`, { line, column: "id" });
      this.seenIds.add(id);
    }
    this.ids[v] = id === "" ? undefined : id;
  }

  private grow(estimate: number): void {
    const size = Math.max(estimate, 2 * this.judge.length);
    this.judge = grown(this.judge, size);
    this.winner = grown(this.winner, size);
    this.loser = grown(this.loser, size);
    this.lines = grown(this.lines, size);
  }

  result(headerLine: number): ScannedVotes {
    const v = this.votes;
    if (v === 0) throw new JudgingInputError("no data rows after the header", { line: headerLine });
    return {
      projects: this.projects.ids,
      judges: this.judges.ids,
      judge: this.judge.slice(0, v),
      winner: this.winner.slice(0, v),
      loser: this.loser.slice(0, v),
      line: this.lines.slice(0, v),
      ...(this.ids?.some((id) => id !== undefined) && { ids: this.ids }),
    };
  }
}

/** The judges (or projects) of a log: each id once, numbered in order of first sight, and its spellings. */
class Names {
  readonly ids: string[] = [];
  /** Spelling as written (spaces around it included) → number. */
  readonly spellings = new Map<string, number>();
  private readonly numbers = new Map<string, number>();

  constructor(private readonly known: ReadonlySet<string> | undefined) {}

  /** A spelling not seen before: trimmed, checked on the id's first sight. */
  learn(spelling: string, column: "judge" | "winner" | "loser", line: number): number {
    const id = spelling.trim();
    let index = this.numbers.get(id);
    if (index === undefined) {
      checkVoteName(id, column, line, this.known);
      index = this.ids.length;
      this.numbers.set(id, index);
      this.ids.push(id);
    }
    this.spellings.set(spelling, index);
    return index;
  }
}

function grown(array: Int32Array, size: number): Int32Array<ArrayBuffer> {
  const bigger = new Int32Array(size);
  bigger.set(array);
  return bigger;
}
