// The public entry: every name is listed (no `export *` of a module), so adding to the surface is a decision.
// `api.txt` records the runtime list. `./lite.js` is itself an explicit list, shared with `@hackdaykit/schema/lite`.
export { type DiffKind, diffEvents, type EntityChange, type EventDiff, isEmptyDiff } from "./diff.js";
export { parseSource, type SourceDocument } from "./document.js";
export {
  type Address,
  type Event,
  type EventInput,
  EventSchema,
  type Geo,
  type HackDayEvent,
  type OpeningHours,
  type Person,
  PersonSchema,
  type Pledge,
  type Prize,
  type PrizeResult,
  PrizeSchema,
  type PrizeWinner,
  type Project,
  ProjectSchema,
  type Results,
  ROLES,
  type Role,
  type Room,
  RoomSchema,
  SESSION_KINDS,
  type Series,
  type Session,
  type SessionKind,
  SessionSchema,
  type Sponsor,
  SponsorSchema,
  type Team,
  TeamSchema,
  type Track,
  type Venue,
} from "./event.js";
export { toEventFileData, toEventYaml } from "./event-yaml.js";
export {
  type Formation,
  FormationSchema,
  PITCH_RANKING_PATTERN,
  type Pitch,
  type PitchPreference,
  type TeamGroup,
} from "./formation.js";
export { ID_PATTERN, IdSchema } from "./ids.js";
export { toJsonSchema } from "./json-schema.js";
export {
  type Ballots,
  BallotsSchema,
  type Conflict,
  type Criterion,
  type Judging,
  JudgingSchema,
  type PairwiseVote,
  PairwiseVoteSchema,
  type RankingBallot,
  RankingBallotSchema,
  type RedLine,
  type RubricScore,
  type Score,
  ScoreSchema,
  type Void,
} from "./judging.js";
export * from "./lite.js";
export {
  type Checked,
  type EventResult,
  fromZodIssues,
  loadEvent,
  parseEvent,
  parseEventText,
  readEventFile,
  safeParseEvent,
  validateSource,
} from "./load.js";
export { MoneySchema } from "./money-schema.js";
export { TimeZoneSchema, WallTimeSchema } from "./time-schema.js";
export { toYamlText } from "./yaml-text.js";
