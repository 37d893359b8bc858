import type { SessionKind } from "@hackdaykit/schema";

/** How bad a finding is: an error is a hard conflict (`hackday agenda --check` exits 1), a warning is advice. */
export type Severity = "error" | "warning";

/** One session placed on the real time line. Plain data: safe to serialise, share and compare. */
export interface AgendaItem {
  id: string;
  title: string;
  kind: SessionKind;
  room?: string;
  track?: string;
  speakers: string[];
  visibility: "public" | "internal";
  /** Real instants; durations across a clock change are real durations. */
  start: Date;
  end: Date;
  /** Real length in minutes (end − start), which differs from the wall-clock difference on a DST night. */
  minutes: number;
  /** Local date the session starts on, `YYYY-MM-DD`, in the event's zone. */
  day: string;
  /** Local date the session ends on (later than `day` for a session past midnight); see {@link endLabel}. */
  endDay: string;
  /** Local wall-clock start and end, `HH:MM`, in the event's zone. */
  startLocal: string;
  endLocal: string;
  /** UTC offsets in minutes at start and end (they differ when the session spans a clock change). */
  startOffset: number;
  endOffset: number;
}

export interface AgendaDay {
  date: string;
  items: AgendaItem[];
}

export type AgendaConflictKind =
  | "invalid-time"
  | "room-double-booked"
  | "person-double-booked"
  | "outside-opening-hours"
  | "outside-event-dates"
  | "longer-than-room-booking"
  | "judge-presenting";

/** A problem found in an agenda; `path` points into the event file (for `file:line:col` messages). */
export interface AgendaConflict {
  kind: AgendaConflictKind;
  severity: Severity;
  message: string;
  /** Ids of the sessions involved, in agenda order. */
  sessions: string[];
  room?: string;
  person?: string;
  path: (string | number)[];
}

export interface Agenda {
  zone: string;
  items: AgendaItem[];
  days: AgendaDay[];
  /** Sessions whose times could not be resolved (DST gap or overlap): reported, never shifted. */
  problems: AgendaConflict[];
}

/** One judge's visit to one project's table in one round (rounds count from 1). */
export interface RotaVisit {
  judge: string;
  project: string;
  /** Table number from the event file, or a stand-in ordering number when a project has none. */
  table: number;
  round: number;
}

/**
 * A timed rota slot: what a per-judge calendar feed needs. `start`/`end` are real instants in the judging
 * session's zone (render them with that zone, never the process TZ).
 */
export interface RotaSlot extends RotaVisit {
  start: Date;
  end: Date;
}

/** A project that gets fewer than k visits, and why. */
export interface Shortfall {
  project: string;
  visits: number;
  needed: number;
  reason: string;
}
