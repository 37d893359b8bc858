export { fnv1a } from "@hackdaykit/schema";
export { type C3vocOptions, type C3vocSchedule, c3vocAcronym, toC3voc } from "./c3voc.js";
export {
  type DevpostImport,
  type DevpostOptions,
  importDevpost,
  slugify,
  splitPrizes,
} from "./devpost.js";
export { FeedError } from "./errors.js";
export {
  type FeedItem,
  type FeedLocation,
  type FeedScope,
  type RotaSlotLike,
  type Selection,
  type SelectOptions,
  selectFeed,
} from "./feed.js";
export { foldLines } from "./fold.js";
export { buildIcs, fallbackStamp, type IcsChanges, type IcsOptions, type IcsResult } from "./ics.js";
export { sessionUid, uuidV5 } from "./ids.js";
export { toJsonLd } from "./jsonld.js";
export { vtimezone, type ZoneTransition, zoneTransitions } from "./vtimezone.js";
