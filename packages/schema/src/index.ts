export { checkEvent, type Loose, type PartialEvent } from "./check.js";
export { type DiffKind, diffEvents, type EntityChange, type EventDiff, isEmptyDiff } from "./diff.js";
export { parseSource, type SourceDocument } from "./document.js";
export * from "./event.js";
export { toEventFileData, toEventYaml } from "./event-yaml.js";
export * from "./formation.js";
export { ID_PATTERN, IdSchema } from "./ids.js";
export { toJsonSchema } from "./json-schema.js";
export * from "./judging.js";
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
export { salvage } from "./salvage.js";
export {
  DurationSchema,
  InstantSchema,
  IsoDateSchema,
  TimeZoneSchema,
  WallTimeSchema,
} from "./time-schema.js";
