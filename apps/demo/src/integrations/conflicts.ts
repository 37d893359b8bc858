import { conflictsOfInterest } from "@hackdaykit/schedule";
import type { Event } from "@hackdaykit/schema";

/** Projects a judge must not judge, by the schedule package's conflict-of-interest rules (the rota uses the same). */
export function conflictedProjects(event: Event, judge: string): Set<string> {
  return new Set(conflictsOfInterest(event, [judge]).map((c) => c.project));
}
