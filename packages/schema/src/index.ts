export { checkEvent } from "./check.js";
export { declaredConflicts, organisationKey, projectPeople } from "./conflicts.js";
export { type DiffKind, diffEvents, type EntityChange, type EventDiff, isEmptyDiff } from "./diff.js";
export { parseSource, type SourceDocument } from "./document.js";
export * from "./event.js";
export { fnv1a } from "./hash.js";
export { ID_PATTERN, IdSchema } from "./ids.js";
export { formatIssue, formatPath, ValidationError, type ValidationIssue } from "./issues.js";
export { toJsonSchema } from "./json-schema.js";
export * from "./judging.js";
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
export {
  currencyExponent,
  currencyOfSymbol,
  formatDecimal,
  formatMoney,
  isCurrencyCode,
  type Money,
  type MoneyAmount,
  MoneyError,
  type MoneyInput,
  MoneySchema,
  parseMoney,
} from "./money.js";
export { type PublicViewOptions, publicView } from "./public-view.js";
export { MAX_INPUT_BYTES, readTextFile, type TextFile } from "./read-file.js";
export { resolveSessionTimes, type SessionTimes } from "./session-time.js";
export { cleanText, TEXT_LIMITS } from "./text.js";
export {
  DurationSchema,
  durationMinutes,
  formatOffset,
  formatWall,
  InstantSchema,
  IsoDateSchema,
  isIsoDate,
  isoInZone,
  isTimeZone,
  parseWallTime,
  resolveWallTime,
  TimeZoneSchema,
  toWallTime,
  type WallTime,
  type WallTimeResolution,
  WallTimeSchema,
} from "./time.js";
