// `@hackdaykit/schema/lite`: every function and constant of the package that needs neither zod nor a YAML
// parser. Loading zod and yaml costs ~0.2 s of CPU; a command that only formats money, checks a date or applies
// the conflict-of-interest rule should not pay it. The main entry re-exports all of this (same objects).
export {
  type ConflictOfInterest,
  type ConflictSources,
  conflictOfInterest,
  conflictsOfInterest,
  projectPeople,
} from "./conflicts.js";
export { askDidYouMean, closest, hint } from "./did-you-mean.js";
export { fnv1a } from "./hash.js";
export {
  formatIssue,
  formatPath,
  HackdayError,
  type HackdayIssue,
  ValidationError,
  type ValidationIssue,
} from "./issues.js";
export {
  ELIGIBILITY_FLAGS,
  type EligibilityFlag,
  JUDGING_METHODS,
  type JudgingMethod,
  PAIRWISE_METHODS,
  RANKED_METHODS,
  RANKING_PATTERN,
} from "./judging-methods.js";
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
  parseMoney,
} from "./money.js";
export { type OpeningSpan, resolveOpeningHours } from "./opening-hours.js";
export { type PublicViewOptions, publicView } from "./public-view.js";
export { capQuotes, quote } from "./quote.js";
export { readTextFile, type TextFile } from "./read-file.js";
export { resolveSessionTimes, type SessionTimes } from "./session-time.js";
export { cleanText, TEXT_LIMITS } from "./text.js";
export {
  addDays,
  daysBetween,
  formatOffset,
  formatWall,
  isIsoDate,
  isoInZone,
  isTimeZone,
  localParts,
  resolveWallTime,
  toWallTime,
  type WallTime,
  type WallTimeResolution,
} from "./time.js";
