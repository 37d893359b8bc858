/** @deprecated Import `localParts` from `@hackdaykit/schema`, which owns the time rules. */
export { localParts } from "@hackdaykit/schema";
export { buildAgenda } from "./agenda.js";
export type { AssignInput, AssignResult, RotaConflict, RotaJudge, RotaProject } from "./assign.js";
export { detectConflicts, hasHardConflict } from "./conflicts.js";
export { daysLater, endLabel } from "./end-label.js";
export { type EventRotaOptions, rotaProblemFromEvent, ScheduleError } from "./event-rota.js";
export { wallTextFor } from "./local.js";
export { judgesNeeded, longestVisit, type PlanInput, viewsPossible } from "./planner.js";
export {
  buildRota,
  type ReplanInput,
  type Rota,
  type RotaChanges,
  type RotaProblem,
  type RotaTiming,
  replanRota,
  slotsByJudge,
  slotsByTable,
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
