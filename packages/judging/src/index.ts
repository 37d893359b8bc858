import { parseCsv as readCsv } from "./csv.js";

export {
  type BallotProfile,
  buildProfile,
  type ProfileOptions,
  parseRankedCsv,
  parseRanking,
  type RankedBallot,
} from "./ballots.js";
export { type BootstrapEntry, type BootstrapOptions, type BootstrapResult, bootstrap } from "./bootstrap.js";
export {
  type BradleyTerryEntry,
  type BradleyTerryOptions,
  type BradleyTerryResult,
  bradleyTerry,
} from "./bradley-terry.js";
export { type ConflictsDropped, withoutConflicts } from "./conflicts.js";
export { type CopelandEntry, type CopelandResult, copeland } from "./copeland.js";
export {
  CROWD_BT_DEFAULTS,
  type CrowdBtEntry,
  type CrowdBtModel,
  type CrowdBtParameters,
  type CrowdBtResult,
  type CrowdBtUpdate,
  createCrowdBt,
  crowdBt,
  crowdBtResult,
  crowdBtUpdate,
  crowdBtVote,
} from "./crowd-bt.js";
export type { CsvRow, CsvTable } from "./csv.js";
export {
  chooseNext,
  chooseNextProject,
  DEFAULT_MIN_VIEWS,
  type DispatchByIds,
  type DispatchState,
} from "./dispatch.js";
export { type EligibilityReport, eligibility } from "./eligibility.js";
export { type EloEntry, type EloOptions, type EloResult, elo } from "./elo.js";
export { type InputLocation, JudgingInputError } from "./errors.js";
export {
  KEMENY_MAX_CANDIDATES,
  type KemenyEntry,
  type KemenyOptions,
  type KemenyResult,
  kemeny,
} from "./kemeny.js";
export { condorcetWinner, matrixRows, type PreferenceMatrix, preferenceMatrix } from "./matrix.js";
export {
  type BallotSet,
  headToHead,
  type JudgingResult,
  judge,
  type MethodOptions,
  PAIRWISE_METHODS,
  type PairwiseMethod,
} from "./methods.js";
export {
  eventVotes,
  type PairwiseCsvOptions,
  type PairwiseVote,
  parsePairwiseCsv,
  type Vote,
  withoutVoids,
} from "./pairwise.js";
export { type TieBreakPolicy, tieBreakSteps } from "./policy.js";
export {
  borda,
  type PointsEntry,
  type PositionalResult,
  STACK_RANK_POINTS,
  stackRank,
} from "./positional.js";
export { judgePrizes, type PrizeInput, type PrizeOptions, type PrizeResult } from "./prizes.js";
export {
  isRankedMethod,
  RANKED_METHODS,
  type RankedMethod,
  type RankedResult,
  rankBallots,
} from "./ranked.js";
export { type LockStep, type RankedPairsEntry, type RankedPairsResult, rankedPairs } from "./ranked-pairs.js";
export type { Ranked, RankingResult } from "./ranking.js";
export { type RankingScore, rankingScore, scoreOf } from "./ranking-score.js";
export {
  type Aggregate,
  type JudgeProfile,
  type Normalisation,
  parseCriteriaSpec,
  parseRubricCsv,
  type RubricCriterion,
  type RubricEntry,
  type RubricOptions,
  type RubricResult,
  type RubricScore,
  rubric,
} from "./rubric.js";
export { type SchulzeEntry, type SchulzeResult, schulze } from "./schulze.js";
export {
  DEFAULT_SIMULATION_METHODS,
  type SimulationMethodResult,
  type SimulationOptions,
  type SimulationResult,
  simulate,
} from "./simulate.js";
export { breakTies, type TieBreak, type TieBreakStep, type TieBrokenResult } from "./ties.js";
export { logVotes, logWithoutVoids, parseVoteLog, type VoteLog, voteLog } from "./vote-log.js";

/** @deprecated Leaves the public entry in a later minor: read CSV with a CSV library such as csv-parse. */
export const parseCsv: typeof readCsv = readCsv;
