export { checkEvent, type Loose, type PartialEvent } from "./check.js";
export {
  type ConflictOfInterest,
  conflictOfInterest,
  conflictsOfInterest,
  declaredConflicts,
  NON_ORGANISATIONS,
  organisationKey,
  projectPeople,
} from "./conflicts.js";
export { askDidYouMean, closest, didYouMean, editDistance, hint, LISTED_CHOICES } from "./did-you-mean.js";
export { type DiffKind, diffEvents, type EntityChange, type EventDiff, isEmptyDiff } from "./diff.js";
export { parseSource, type SourceDocument } from "./document.js";
export * from "./event.js";
export * from "./formation.js";
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
  unknownCurrency,
} from "./money.js";
export { type OpeningSpan, resolveOpeningHours } from "./opening-hours.js";
export { type PublicViewOptions, publicView } from "./public-view.js";
export { capQuotes, QUOTE_LIMIT, quote, truncate } from "./quote.js";
export { MAX_INPUT_BYTES, readTextFile, type TextFile } from "./read-file.js";
export { salvage } from "./salvage.js";
export { resolveSessionTimes, type SessionTimes } from "./session-time.js";
export { cleanText, TEXT_LIMITS } from "./text.js";
export {
  DurationSchema,
  durationMinutes,
  fixedOffsetZoneAdvice,
  formatOffset,
  formatWall,
  InstantSchema,
  IsoDateSchema,
  isIsoDate,
  isoInZone,
  isTimeZone,
  parseWallTime,
  resolveWallTime,
  suggestTimeZone,
  TimeZoneSchema,
  toWallTime,
  type WallTime,
  type WallTimeResolution,
  WallTimeSchema,
} from "./time.js";
