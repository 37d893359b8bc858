/**
 * @deprecated The Devpost import turns a CSV into event-file entities, so it moved to `@hackdaykit/schema/devpost`
 * (it now throws the schema's `ValidationError`); these re-exports go in the next minor release.
 */
export { type DevpostImport, type DevpostOptions, importDevpost } from "@hackdaykit/schema/devpost";
export { type C3vocOptions, type C3vocSchedule, toC3voc } from "./c3voc.js";
export { FeedError } from "./errors.js";
export type { FeedLocation, FeedScope, RotaSlotLike } from "./feed.js";
export { buildIcs, type IcsChanges, type IcsOptions, type IcsResult } from "./ics.js";
export { uuidV5 } from "./ids.js";
export { toJsonLd } from "./jsonld.js";
export { vtimezone, type ZoneTransition, zoneTransitions } from "./vtimezone.js";
