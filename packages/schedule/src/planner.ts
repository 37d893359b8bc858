/**
 * Expo judging arithmetic (MLH's rule of thumb): P projects each seen k times for t minutes need P·k·t judge-minutes;
 * J judges over a window of T minutes supply J·T. So J = ⌈P·k·t / T⌉, and conversely k = ⌊J·⌊T/t⌋ / P⌋.
 * `t` here is the whole slot a visit takes, walking included.
 */
export interface PlanInput {
  projects: number;
  /** Visits each project gets (k). */
  views: number;
  /** Minutes per visit slot (t), including walking to the next table. */
  minutes: number;
  /** Minutes in the judging window (T). */
  window: number;
}

function check(value: number, what: string, allowZero = false) {
  if (!Number.isFinite(value) || value < 0 || (!allowZero && value === 0)) {
    throw new RangeError(`${what} must be a positive number, got ${value}`);
  }
}

/**
 * Rounds (visit slots) that fit in the window: ⌊T / t⌋.
 * @throws `RangeError` when an input is not a positive number.
 */
export function roundsInWindow(window: number, minutes: number): number {
  check(window, "window minutes", true);
  check(minutes, "minutes per visit");
  return Math.floor(window / minutes + 1e-9);
}

/**
 * Judges needed: J = ⌈P·k·t / T⌉, computed in whole rounds so every judge's visits really fit the window.
 * @throws `RangeError` when an input is not positive, or one visit does not fit the window.
 */
export function judgesNeeded(input: PlanInput): number {
  check(input.projects, "projects", true);
  check(input.views, "views");
  const rounds = roundsInWindow(input.window, input.minutes);
  if (input.projects === 0) return 0;
  if (rounds === 0)
    throw new RangeError(`a ${input.minutes}-minute visit does not fit a ${input.window}-minute window`);
  return Math.ceil((input.projects * input.views) / rounds);
}

/**
 * Visits each project can get with J judges: k = ⌊J·⌊T/t⌋ / P⌋, never more than J (k judges must be distinct).
 * @throws `RangeError` when an input is not a positive number.
 */
export function viewsPossible(input: {
  projects: number;
  judges: number;
  minutes: number;
  window: number;
}): number {
  check(input.projects, "projects");
  check(input.judges, "judges", true);
  const rounds = roundsInWindow(input.window, input.minutes);
  return Math.min(input.judges, rounds, Math.floor((input.judges * rounds) / input.projects));
}

/**
 * Longest visit (whole minutes) that lets J judges give P projects k visits each in T minutes.
 * @throws `RangeError` when an input is not a positive number.
 */
export function longestVisit(input: {
  projects: number;
  judges: number;
  views: number;
  window: number;
}): number {
  check(input.judges, "judges");
  check(input.window, "window minutes");
  const rounds = Math.ceil((input.projects * input.views) / input.judges);
  return rounds === 0 ? input.window : Math.floor(input.window / rounds);
}
