import { buildRota, type Rota, rotaProblemFromEvent, ScheduleError } from "@hackdaykit/schedule";
import type { Store } from "../store/index.js";

export type JudgeRota =
  | { kind: "unavailable"; reason: string }
  | { kind: "ok"; slots: { when: string; project: string }[] };

type Built = { rota: Rota } | { error: string };
const rotas = new WeakMap<Store, { structure: number; built: Built }>();

/**
 * The whole expo rota (schedule package: optimal assignment, timed rounds). Votes and scores do not change it,
 * so it is rebuilt only when the event's structure (judges, projects, conflicts, the judging slot) changes.
 */
export function eventRota(store: Store): Built {
  const hit = rotas.get(store);
  if (hit && hit.structure === store.structureGeneration) return hit.built;
  let built: Built;
  try {
    const { problem, timing } = rotaProblemFromEvent(store.event());
    built = { rota: buildRota(problem, timing) };
  } catch (error) {
    // An event that cannot have a rota (no judging session, no judges…) is a state to show; anything else is a bug.
    if (!(error instanceof ScheduleError)) throw error;
    built = { error: error.message };
  }
  rotas.set(store, { structure: store.structureGeneration, built });
  return built;
}

const clocks = new Map<string, Intl.DateTimeFormat>();

/** HH:MM in the event's zone (never the server's); formatters are costly to build, so one per zone. */
function clock(date: Date, zone: string): string {
  let format = clocks.get(zone);
  if (!format) {
    format = new Intl.DateTimeFormat("en-GB", {
      hour: "2-digit",
      minute: "2-digit",
      timeZone: zone,
      hourCycle: "h23",
    });
    clocks.set(zone, format);
  }
  return format.format(date);
}

/** This judge's visits in order, with local times. */
export function judgeRota(store: Store, judge: string): JudgeRota {
  const event = store.event();
  const built = eventRota(store);
  if ("error" in built) return { kind: "unavailable", reason: built.error };
  const title = new Map(event.projects.map((p) => [p.id, p.title]));
  const slots = built.rota.slots
    .filter((s) => s.judge === judge)
    .sort((a, b) => a.start.getTime() - b.start.getTime())
    .map((s) => ({
      when: `${clock(s.start, built.rota.zone)}–${clock(s.end, built.rota.zone)}`,
      project: `${title.get(s.project) ?? s.project} (table ${s.table})`,
    }));
  return { kind: "ok", slots };
}
