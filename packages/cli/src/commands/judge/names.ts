import type { RankingResult } from "@hackdaykit/judging";
import type { HackDayEvent } from "@hackdaykit/schema";

/** Privacy: people who have not consented to being named appear as "judge-N", unless `showAll`. */
export function judgeNames(event: HackDayEvent | undefined, showAll = false): (id: string) => string {
  if (!event || showAll) return (id) => id;
  const people = new Map(event.people.map((p) => [p.id, p]));
  const labels = new Map<string, string>();
  return (id) => {
    if (people.get(id)?.public) return id;
    if (!labels.has(id)) labels.set(id, `judge-${labels.size + 1}`);
    return labels.get(id)!;
  };
}

/** The result with every judge id it carries (CrowdBT's α/β, the rubric's judges and missing sheets) renamed. */
export function relabel<R extends RankingResult>(result: R, name: (id: string) => string): R {
  const r = result as R & { judges?: { id: string }[]; missing?: { judge: string }[] };
  return {
    ...r,
    ...(r.judges && { judges: r.judges.map((j) => ({ ...j, id: name(j.id) })) }),
    ...(r.missing && { missing: r.missing.map((m) => ({ ...m, judge: name(m.judge) })) }),
  };
}
