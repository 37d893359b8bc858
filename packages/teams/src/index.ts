import type { FormationScore } from "./score.js";

export { type AllocateOptions, type Allocation, allocateTeams, OBJECTIVE } from "./allocate.js";
export type {
  BetterChoice,
  Blocker,
  DroppedPitch,
  Envy,
  Got,
  PersonOutcome,
  Summary,
  TeamOutcome,
  UnplacedReason,
} from "./explain.js";
export {
  type PreferenceRow,
  PreferencesCsvError,
  type PreferencesCsvOptions,
  parsePreferencesCsv,
} from "./preferences-csv.js";
export type { PrepareOptions } from "./prepare.js";
export {
  type FormationPerson,
  type FormationPitch,
  type FormationProblem,
  type PitchChoice,
  problemFromEvent,
} from "./problem.js";
export { formatPitchRanking, parsePitchRanking, rankCost } from "./ranking.js";
export {
  generateProblem,
  type SimulationOptions,
  type SimulationReport,
  type SimulationRun,
  SKILL_MIX,
  simulateFormation,
} from "./simulate.js";

export type { FormationScore };
/** @deprecated Renamed {@link FormationScore} (judging has scores of its own); this alias goes in a later minor. */
export type Score = FormationScore;
