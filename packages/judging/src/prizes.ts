import type { Ballots, Judging, Person, Prize, Project, Team } from "@hackdaykit/schema";
import { conflictOfInterest, type JudgingMethod } from "@hackdaykit/schema/lite";
import { byId, parseRanking, type RankedBallot } from "./ballots.js";
import { withoutConflicts } from "./conflicts.js";
import { eligibility } from "./eligibility.js";
import { JudgingInputError } from "./errors.js";
import {
  type BallotSet,
  type JudgingResult,
  judge,
  type MethodOptions,
  PAIRWISE_METHODS,
} from "./methods.js";
import { eventVotes } from "./pairwise.js";
import { type TieBreakPolicy, tieBreakSteps } from "./policy.js";
import { breakTies, type TieBreak, type TieBrokenResult } from "./ties.js";

export type { TieBreakPolicy };

export interface PrizeOptions extends Omit<MethodOptions, "candidates" | "criteria"> {
  tieBreak?: TieBreakPolicy;
  /** Overrides the event's `judging.multipleWins`. */
  multipleWins?: boolean;
}

/**
 * What `judgePrizes` reads: the prizes and projects, the judging settings, and the ballots — by default
 * `judging.ballots`; pass `ballots` to judge live ballots kept elsewhere (a database) without building an event.
 * People and teams (default none) let the conflict-of-interest rule see teams and shared organisations. A whole
 * `HackDayEvent` is such an input.
 */
export interface PrizeInput {
  prizes: readonly Prize[];
  projects: readonly Project[];
  judging?: Omit<Judging, "ballots"> & { ballots?: Partial<Ballots> | undefined };
  ballots?: Partial<Ballots>;
  people?: readonly Person[];
  teams?: readonly Team[];
}

export interface PrizeResult {
  prize: string;
  name: string;
  method: JudgingMethod;
  /** Projects in the running after entries, red lines and the prize's requirements. */
  entrants: string[];
  result: TieBrokenResult<JudgingResult>;
  /** Who gets the prize: one id, or a tied group the policy could not split ("unresolved — organisers decide"). */
  winners: string[];
  resolved: boolean;
  /** Better-ranked projects passed over because they already won an earlier prize (multipleWins: false). */
  skipped: { id: string; reason: string }[];
  ineligible: { id: string; reasons: string[] }[];
  unchecked: { id: string; flags: string[] }[];
  tieBreaks: TieBreak[];
  /** Ballots dropped or trimmed for a conflict of interest (team, pitcher, shared organisation, declared). */
  conflictsApplied: number;
  /** How many ballots (scores, rankings or votes) the method read. */
  ballots: number;
  /** The ballots and settings the method ran on: `bootstrap(method, input.ballots, input.options)` gives its confidence. */
  input: { ballots: BallotSet; options: MethodOptions };
  note?: string;
}

/** The input with its ballots settled (the `ballots` given, else the judging section's; missing kinds empty). */
function withBallots(input: PrizeInput, judging: NonNullable<PrizeInput["judging"]>) {
  const given = input.ballots ?? judging.ballots ?? {};
  const ballots: Ballots = {
    scores: given.scores ?? [],
    rankings: given.rankings ?? [],
    votes: given.votes ?? [],
    voids: given.voids ?? [],
  };
  return {
    ...input,
    people: input.people ?? [],
    teams: input.teams ?? [],
    judging: { ...judging, ballots },
  };
}

/**
 * Decides every prize of an event, in the order the event lists them: each over the projects entered in it
 * (all projects if none names it), with its own method (or the event's), its own judges when it names any,
 * red lines and its requirements applied first, conflicts of interest removed (schema's one rule: team,
 * pitcher, shared organisation, declared), voided votes dropped. With
 * multipleWins false a project that already won is passed over (and listed as skipped) for later prizes.
 * Takes a whole event, or only the parts it reads (see `PrizeInput`), e.g. live ballots from a database:
 * `judgePrizes({ prizes, projects, people, teams, judging: event.judging, ballots: { votes } })`.
 * @throws {@link JudgingInputError} when the event has no judging section or its ballots do not fit a prize's method
 * (see {@link judge}).
 */
export function judgePrizes(input: PrizeInput, options: PrizeOptions = {}): PrizeResult[] {
  if (!input.judging) throw new JudgingInputError("the event has no judging section");
  const event = withBallots(input, input.judging);
  const judging = event.judging;
  const multipleWins = options.multipleWins ?? judging.multipleWins;
  const criteria = judging.criteria.map((c) => ({ id: c.id, weight: c.weight, scale: c.scale }));
  const votes = eventVotes(event);
  const rule = conflictOfInterest(event);
  const conflicted = (judge: string, project: string) => rule(judge, project) !== undefined;
  const won = new Map<string, string>();
  const results: PrizeResult[] = [];
  for (const prize of event.prizes) {
    const method = prize.method ?? judging.method;
    const named = event.projects.filter((p) => p.prizes.includes(prize.id)).map((p) => p.id);
    const { ineligible, unchecked } = eligibility(event, prize);
    const out = new Set(ineligible.map((x) => x.id));
    const entrants = (named.length > 0 ? named : event.projects.map((p) => p.id))
      .filter((id) => !out.has(id))
      .sort(byId);
    const inPrize = new Set(entrants);
    const judges = prize.judges.length > 0 ? new Set(prize.judges) : undefined;
    const forPrize = (b: { prize?: string | undefined; judge?: string | undefined }) =>
      (b.prize === undefined || b.prize === prize.id) &&
      (!judges || (b.judge !== undefined && judges.has(b.judge)));
    // Only what this prize reads, about its entrants (a ranking keeps its entrants, in order).
    const mine = {
      scores: judging.ballots.scores.filter((s) => forPrize(s) && inPrize.has(s.project)),
      rankings: judging.ballots.rankings.filter(forPrize).flatMap((b): RankedBallot[] => {
        const groups = parseRanking(b.ranking)
          .map((g) => g.filter((id) => inPrize.has(id)))
          .filter((g) => g.length > 0);
        return groups.length > 0
          ? [{ groups, count: b.count, ...(b.judge !== undefined && { judge: b.judge }) }]
          : [];
      }),
      votes: votes.filter((v) => forPrize(v) && inPrize.has(v.winner) && inPrize.has(v.loser)),
    };
    const {
      scores,
      rankings,
      votes: prizeVotes,
      dropped: conflictCount,
    } = withoutConflicts(mine, conflicted);
    const ballots: BallotSet = { scores, rankings, votes: prizeVotes };
    const methodOptions: MethodOptions = { ...options, candidates: entrants, criteria };
    const raw = judge(method, ballots, methodOptions);
    const broken = breakTies(raw, tieBreakSteps(options.tieBreak ?? [], method, ballots, methodOptions));
    const skipped: PrizeResult["skipped"] = [];
    const winners: string[] = [];
    const kind = method === "rubric" ? "scores" : isPairwise(method) ? "votes" : "rankings";
    const ballotCount = { scores, rankings, votes: prizeVotes }[kind].length;
    const conflictsApplied = conflictCount[kind];
    let winRank: number | undefined;
    for (const entry of ballotCount > 0 ? broken.ranking : []) {
      if (winRank !== undefined && entry.rank !== winRank) break;
      const earlier = won.get(entry.id);
      if (!multipleWins && earlier) {
        skipped.push({ id: entry.id, reason: `already won "${earlier}"` });
        continue;
      }
      winRank ??= entry.rank;
      winners.push(entry.id);
    }
    if (winners.length === 1) won.set(winners[0]!, prize.id);
    results.push({
      prize: prize.id,
      name: prize.name,
      method,
      entrants,
      result: broken,
      winners,
      resolved: winners.length === 1,
      skipped,
      ineligible,
      unchecked,
      tieBreaks: broken.tieBreaks,
      conflictsApplied,
      ballots: ballotCount,
      input: { ballots, options: methodOptions },
      ...(ballotCount === 0 && { note: `no ${kind} for this prize yet` }),
    });
  }
  return results;
}

const isPairwise = (method: JudgingMethod) => (PAIRWISE_METHODS as readonly string[]).includes(method);
