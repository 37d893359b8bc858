export { type C3vocOptions, type C3vocSchedule, toC3voc } from "./c3voc.js";
export { type DevpostImport, type DevpostOptions, importDevpost } from "./devpost.js";
export { FeedError } from "./errors.js";
export type { FeedLocation, FeedScope, RotaSlotLike } from "./feed.js";
export { buildIcs, type IcsChanges, type IcsOptions, type IcsResult } from "./ics.js";
export { uuidV5 } from "./ids.js";
export { toJsonLd } from "./jsonld.js";
export { vtimezone, type ZoneTransition, zoneTransitions } from "./vtimezone.js";
