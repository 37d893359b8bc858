import {
  type BallotSet,
  eligibility,
  eventVotes,
  logVotes,
  logWithoutVoids,
  PAIRWISE_METHODS,
  parseRankedCsv,
  parseRanking,
  parseRubricCsv,
  parseVoteLog,
  type RankedBallot,
  type RubricCriterion,
  type VoteLog,
  voteLog,
  withoutConflicts,
} from "@hackdaykit/judging";
import type { HackDayEvent } from "@hackdaykit/schema";
import { conflictOfInterest, type JudgingMethod } from "@hackdaykit/schema/lite";
import { readInput } from "../../input.js";
import { CliError } from "../../io.js";
import { commaList } from "../../option-values.js";
import type { JudgeOptions } from "./options.js";
import { criteriaOf } from "./settings.js";

/** Vote logs are machine-written and can be long (300k votes ≈ 5 MB): allow more than an event file. */
const MAX_BALLOT_BYTES = 64 * 1024 * 1024;

/** What a method judges: ballots after red lines and conflicts of interest, and what those took out. */
export interface PreparedBallots {
  ballots: BallotSet;
  /** Pairwise votes as a log; a plain CrowdBT replay reads it directly (`ballots` then has no votes). */
  log?: VoteLog;
  criteria: RubricCriterion[];
  /** Every project the ballots may name, when known (`--projects` or the event's). */
  candidates?: string[];
  ineligible: { id: string; reasons: string[] }[];
  /** Ballots left out or trimmed for a conflict of interest; only with an event. */
  conflictsApplied?: number;
}

/** Reads the ballots from FILE (CSV) or the event, then applies the event's red lines and conflicts. */
export async function prepareBallots(
  method: JudgingMethod,
  file: string | undefined,
  event: HackDayEvent | undefined,
  options: JudgeOptions,
): Promise<PreparedBallots> {
  const all = commaList(options.projects) ?? event?.projects.map((p) => p.id);
  const loaded = await loadBallots(method, file, event, options, all);
  const { criteria, ineligible } = loaded;
  // Red lines come first for every method: ineligible projects leave the ballots and are listed instead.
  const excluded = new Set(ineligible.map((x) => x.id));
  // The rubric lists ineligible projects itself, so it keeps the full list.
  const candidates = method === "rubric" ? all : all?.filter((id) => !excluded.has(id));
  let { ballots, log } = loaded;
  if (excluded.size > 0 && method !== "rubric") {
    if (ballots.rankings) {
      ballots = {
        rankings: ballots.rankings.flatMap((b) => {
          const groups = b.groups.map((g) => g.filter((id) => !excluded.has(id))).filter((g) => g.length > 0);
          return groups.length > 0 ? [{ ...b, groups }] : [];
        }),
      };
    }
    if (log) {
      const votes = logVotes(log).filter((v) => !excluded.has(v.winner) && !excluded.has(v.loser));
      log = voteLog(votes, candidates);
      if (ballots.votes) ballots = { votes };
    }
  }
  const prepared: PreparedBallots = { ballots, criteria, ineligible, ...(candidates && { candidates }) };
  if (log) prepared.log = log;
  // The event's conflicts of interest (schema's one rule, as in prize judging and the rota) leave ballots out.
  if (event) {
    const rule = conflictOfInterest(event);
    const kept = withoutConflicts(
      { ...ballots, ...(log && !ballots.votes && { votes: logVotes(log) }) },
      (judge, project) => rule(judge, project) !== undefined,
    );
    const { scores, rankings, votes } = kept.dropped;
    prepared.conflictsApplied = scores + rankings + votes;
    if (ballots.scores) prepared.ballots = { scores: kept.scores };
    if (ballots.rankings) prepared.ballots = { rankings: kept.rankings };
    if (ballots.votes) prepared.ballots = { votes: kept.votes };
    if (log && votes > 0) prepared.log = voteLog(kept.votes, candidates);
  }
  return prepared;
}

async function loadBallots(
  method: JudgingMethod,
  file: string | undefined,
  event: HackDayEvent | undefined,
  options: JudgeOptions,
  candidates: readonly string[] | undefined,
): Promise<Omit<PreparedBallots, "candidates" | "conflictsApplied">> {
  const known = candidates ? { candidates } : {};
  const criteria = criteriaOf(options, event);
  const ineligible = event ? eligibility(event).ineligible : [];
  if (method === "rubric") {
    if (criteria.length === 0)
      throw new CliError("rubric needs --criteria name:weight,... or --event with criteria", 2);
    const scores =
      file !== undefined
        ? parseRubricCsv(await readInput(file, MAX_BALLOT_BYTES))
        : (event?.judging?.ballots.scores ?? []);
    return { ballots: { scores }, criteria, ineligible };
  }
  if ((PAIRWISE_METHODS as readonly string[]).includes(method)) {
    let log: VoteLog;
    if (file !== undefined) log = parseVoteLog(await readInput(file, MAX_BALLOT_BYTES), known);
    else log = voteLog(eventVotes(event!), candidates);
    log = logWithoutVoids(log, options.void);
    // A CrowdBT replay reads the columns directly; other uses get vote objects.
    const direct = method === "crowd-bt" && options.bootstrap === undefined && options.tieBreak === undefined;
    return { ballots: direct ? {} : { votes: logVotes(log) }, log, criteria, ineligible };
  }
  let rankings: RankedBallot[];
  if (file !== undefined) rankings = parseRankedCsv(await readInput(file, MAX_BALLOT_BYTES), known).ballots;
  else
    rankings = (event!.judging?.ballots.rankings ?? []).map((b) => ({
      groups: parseRanking(b.ranking),
      count: b.count,
      ...(b.judge !== undefined && { judge: b.judge }),
    }));
  return { ballots: { rankings }, criteria, ineligible };
}
