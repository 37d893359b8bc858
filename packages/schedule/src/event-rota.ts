import {
  conflictsOfInterest,
  type HackDayEvent,
  HackdayError,
  resolveSessionTimes,
  type Session,
} from "@hackdaykit/schema";
import type { RotaProblem, RotaTiming } from "./rota.js";

/** Who judges in a session: a judging session's listed speakers, else the panel; prize judges always. */
export function sessionJudges(session: Pick<Session, "kind" | "speakers">, event: HackDayEvent): string[] {
  const listed = session.kind === "judging" && session.speakers.length > 0;
  const base = listed ? session.speakers : (event.judging?.panel ?? []);
  return [...new Set([...base, ...event.prizes.flatMap((prize) => prize.judges)])];
}

/**
 * A rota cannot be built from this event (no judging session, no judges…); the message says what is missing.
 * Code `cannot_schedule`.
 */
export class ScheduleError extends HackdayError {
  override name = "ScheduleError";
  constructor(message: string) {
    super("cannot_schedule", message);
  }
}

export interface EventRotaOptions {
  /** Visits per project (k); default 3. */
  views?: number;
  /** Minutes at each table; default 4. */
  minutes?: number;
  /** Minutes between rounds to walk to the next table; default 1. */
  changeover?: number;
  /** Id of the judging session; default the first session of kind `judging`. */
  session?: string;
}

/** Conflicts of interest come from schema's one rule (team, pitcher, shared organisation, declared). */
export { conflictsOfInterest };

/**
 * The judging session a rota is for: the one named, or the first of kind `judging`.
 * @throws {@link ScheduleError} when the event has no judging session, or none with the given id.
 */
export function judgingSession(event: HackDayEvent, id?: string): Session {
  const session =
    id === undefined
      ? event.sessions.find((s) => s.kind === "judging")
      : event.sessions.find((s) => s.id === id);
  if (session === undefined) {
    throw new ScheduleError(
      id === undefined
        ? `event "${event.id}" has no session of kind "judging" to build a rota for`
        : `event "${event.id}" has no session "${id}"`,
    );
  }
  return session;
}

/**
 * The rota problem and timing for an event: judges are the judging session's listed speakers (else the panel)
 * plus every prize's own judges; projects come with their tables and prizes; conflicts of interest are derived.
 * @throws {@link ScheduleError} when there is no judging session to plan, its times do not resolve, it has no judges,
 * the event has no projects, or `views` is not a whole number ≥ 1.
 */
export function rotaProblemFromEvent(
  event: HackDayEvent,
  options: EventRotaOptions = {},
): { problem: RotaProblem; timing: RotaTiming; session: Session } {
  const session = judgingSession(event, options.session);
  const times = resolveSessionTimes(session, event.timezone);
  if (!times.ok) throw new ScheduleError(`session "${session.id}": ${times.message}`);
  const judges = sessionJudges(session, event);
  if (judges.length === 0) {
    throw new ScheduleError(
      `no judges for session "${session.id}": list them as its speakers, in judging.panel or as prize judges`,
    );
  }
  if (event.projects.length === 0) throw new ScheduleError(`event "${event.id}" has no projects to judge`);
  const views = options.views ?? 3;
  if (!Number.isInteger(views) || views < 1)
    throw new ScheduleError(`views must be a whole number ≥ 1, got ${views}`);
  const prizeJudges = Object.fromEntries(
    event.prizes.filter((prize) => prize.judges.length > 0).map((prize) => [prize.id, prize.judges]),
  );
  return {
    problem: {
      judges: judges.map((id) => ({ id })),
      projects: event.projects.map((project) => ({
        id: project.id,
        ...(project.table !== undefined && { table: project.table }),
        prizes: project.prizes,
      })),
      conflicts: conflictsOfInterest(event, judges),
      prizeJudges,
      views,
    },
    timing: {
      start: times.start,
      end: times.end,
      zone: event.timezone,
      minutes: options.minutes ?? 4,
      changeover: options.changeover ?? 1,
    },
    session,
  };
}
