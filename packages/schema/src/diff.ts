import type { HackDayEvent } from "./event.js";

export type DiffKind = "sessions" | "projects" | "people" | "prizes" | "sponsors" | "teams";

export interface EntityChange {
  id: string;
  /** The title or name (from the new version when there is one). */
  label: string;
  /** For a changed entity: the top-level fields that differ, e.g. `["start", "room"]`. */
  fields?: string[];
}

export type EventDiff = Record<
  DiffKind,
  { added: EntityChange[]; changed: EntityChange[]; removed: EntityChange[] }
>;

const KINDS: DiffKind[] = ["sessions", "projects", "people", "prizes", "sponsors", "teams"];

type Entity = { id: string; title?: string; name?: string } & Record<string, unknown>;
// `updated` is a stamp the app bumps on every save, not a change anyone made.
const IGNORED = new Set(["updated"]);

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * What changes between two versions of an event, by stable id: sessions, projects, people, prizes, sponsors and
 * teams added, changed (with the fields that differ) or removed. Order changes alone are not changes.
 */
export function diffEvents(before: HackDayEvent, after: HackDayEvent): EventDiff {
  const out = {} as EventDiff;
  for (const kind of KINDS) {
    const old = new Map((before[kind] as Entity[]).map((e) => [e.id, e]));
    const now = new Map((after[kind] as Entity[]).map((e) => [e.id, e]));
    const label = (e: Entity) => e.title ?? e.name ?? e.id;
    const entry: EventDiff[DiffKind] = { added: [], changed: [], removed: [] };
    for (const [id, e] of now) {
      const was = old.get(id);
      if (!was) {
        entry.added.push({ id, label: label(e) });
        continue;
      }
      const keys = [...new Set([...Object.keys(was), ...Object.keys(e)])].filter((k) => !IGNORED.has(k));
      const fields = keys.filter((k) => !same(was[k], e[k])).sort();
      if (fields.length > 0) entry.changed.push({ id, label: label(e), fields });
    }
    for (const [id, e] of old) if (!now.has(id)) entry.removed.push({ id, label: label(e) });
    out[kind] = entry;
  }
  return out;
}

/** True when the diff has nothing in it. */
export function isEmptyDiff(diff: EventDiff): boolean {
  return KINDS.every((k) => diff[k].added.length + diff[k].changed.length + diff[k].removed.length === 0);
}
