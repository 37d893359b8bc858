// `@hackdaykit/schema/internal`: helpers the hackdaykit packages share that are not part of the event model.
// Not covered by semver: use them from outside hackdaykit at your own risk.
export { normal, seededRandom, shuffle } from "./random.js";
