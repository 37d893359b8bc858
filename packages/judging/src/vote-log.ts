import { byId } from "./ballots.js";
import { JudgingInputError } from "./errors.js";
import { type PairwiseVote, parsePairwiseCsv } from "./pairwise.js";
import { scanVotes } from "./vote-scan.js";

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
 * line-numbered messages as {@link parsePairwiseCsv}. Files with quoted fields or old Mac line ends (a lone
 * CR) go through the full parser.
 * @throws {@link JudgingInputError} with the line, when the file is empty, a row has the wrong number of fields, or a
 * vote id repeats.
 */
export function parseVoteLog(text: string, options: { candidates?: readonly string[] } = {}): VoteLog {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const scanned = body.includes('"') ? undefined : scanVotes(body, options.candidates);
  if (scanned) return sortNames(scanned, options.candidates);
  return voteLog(parsePairwiseCsv(body, options), options.candidates);
}

/** Renumbers projects (plus any listed candidates) and judges in id order. */
function sortNames(log: VoteLog, candidates?: readonly string[]): VoteLog {
  const projects = [...new Set([...log.projects, ...(candidates ?? [])])].sort(byId);
  const judges = [...log.judges].sort(byId);
  const projectAt = new Map(projects.map((id, i) => [id, i]));
  const judgeAt = new Map(judges.map((id, i) => [id, i]));
  const projectMap = Int32Array.from(log.projects, (id) => projectAt.get(id)!);
  const judgeMap = Int32Array.from(log.judges, (id) => judgeAt.get(id)!);
  // One loop over the votes, not one per column: a 300k-vote log is renumbered before V8 optimises a loop.
  const { judge: judgeSeen, winner: winnerSeen, loser: loserSeen } = log;
  const votes = judgeSeen.length;
  const judge = new Int32Array(votes);
  const winner = new Int32Array(votes);
  const loser = new Int32Array(votes);
  for (let k = 0; k < votes; k++) {
    judge[k] = judgeMap[judgeSeen[k]!]!;
    winner[k] = projectMap[winnerSeen[k]!]!;
    loser[k] = projectMap[loserSeen[k]!]!;
  }
  return { ...log, projects, judges, judge, winner, loser };
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

/**
 * {@link withoutVoids} for a log: ids, else CSV line numbers; an id matching no vote is an error.
 * @throws {@link JudgingInputError} when a void names a vote id that no vote has.
 */
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
