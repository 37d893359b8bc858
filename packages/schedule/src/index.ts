/** @deprecated Import `localParts` from `@hackdaykit/schema`, which owns the time rules. */
export { formatOffset, isoInZone, localParts } from "@hackdaykit/schema";
export { buildAgenda, compareItems } from "./agenda.js";
export {
  type AssignInput,
  type AssignResult,
  assignJudges,
  NON_ORGANISATIONS,
  type RotaConflict,
  type RotaJudge,
  type RotaProject,
} from "./assign.js";
export { colourEdges } from "./colour.js";
export { detectConflicts, hasHardConflict } from "./conflicts.js";
export { daysLater, endLabel } from "./end-label.js";
export {
  conflictsOfInterest,
  type EventRotaOptions,
  judgingSession,
  rotaProblemFromEvent,
  ScheduleError,
  sessionJudges,
} from "./event-rota.js";
export { FlowNetwork } from "./flow.js";
export { wallTextFor } from "./local.js";
export { judgesNeeded, longestVisit, type PlanInput, roundsInWindow, viewsPossible } from "./planner.js";
export {
  buildRota,
  type ReplanInput,
  type Rota,
  type RotaChanges,
  type RotaProblem,
  type RotaTiming,
  replanRota,
  roundsAvailable,
  roundTimes,
  slotsByJudge,
  slotsByTable,
  tableNumbers,
} from "./rota.js";
export {
  breakSlot,
  demoSlots,
  fitSlots,
  type PlacedSlot,
  pitchSlots,
  type SlotBlock,
  type SlotFit,
  slotsToSessions,
  withBreaks,
} from "./slots.js";
export { mergeSpans, overlappingPairs, type Span, spanAt } from "./sweep.js";
export type {
  Agenda,
  AgendaConflict,
  AgendaConflictKind,
  AgendaDay,
  AgendaItem,
  RotaSlot,
  RotaVisit,
  Severity,
  Shortfall,
} from "./types.js";
