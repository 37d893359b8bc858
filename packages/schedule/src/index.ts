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
