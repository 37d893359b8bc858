import { conflictsOfInterest, type HackDayEvent, type Project } from "@hackdaykit/schema";

// Keyed on the project list: the store hands out the same array (with the same people, teams and declared
// conflicts beside it) until the event's structure changes.
const cache = new WeakMap<readonly Project[], Map<string, Set<string>>>();

/** Projects a judge must not judge, by schema's one conflict-of-interest rule (the rota and prizes use the same). */
export function conflictedProjects(event: HackDayEvent, judge: string): Set<string> {
  let perJudge = cache.get(event.projects);
  if (!perJudge) {
    perJudge = new Map();
    cache.set(event.projects, perJudge);
  }
  let set = perJudge.get(judge);
  if (!set) {
    set = new Set(conflictsOfInterest(event, [judge]).map((c) => c.project));
    perJudge.set(judge, set);
  }
  return set;
}
