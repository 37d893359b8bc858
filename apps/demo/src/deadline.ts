import { buildAgenda } from "@hackdaykit/schedule";
import { type HackDayEvent, resolveWallTime } from "@hackdaykit/schema";
import type { Store } from "./store/index.js";

export const DEADLINE_KEY = "submission-deadline";

export interface Deadline {
  at: Date;
  /** Where it came from: an organiser's extension, the event file, or the agenda's first demos/judging. */
  source: "extended" | "event" | "agenda";
}

/** When team pages become read-only; undefined if neither the event nor its agenda says. */
export function submissionDeadline(store: Store, event: HackDayEvent): Deadline | undefined {
  const extended = store.meta(DEADLINE_KEY);
  if (extended) return { at: new Date(extended), source: "extended" };
  if (event.submissionDeadline) {
    const resolved = resolveWallTime(event.submissionDeadline, event.timezone);
    if (resolved.ok) return { at: resolved.instant, source: "event" };
  }
  const presenting = buildAgenda(event).items.find((i) => i.kind === "demos" || i.kind === "judging");
  return presenting ? { at: presenting.start, source: "agenda" } : undefined;
}

/** Whether teams may still edit: before the deadline and before any result is published. */
export function submissionsOpen(
  store: Store,
  event: HackDayEvent,
  now: Date,
): { open: boolean; why?: string } {
  if (store.results.list().some((r) => r.published !== null)) {
    return { open: false, why: "results have been published" };
  }
  const deadline = submissionDeadline(store, event);
  if (deadline && now >= deadline.at) return { open: false, why: "the submission deadline has passed" };
  return { open: true };
}
