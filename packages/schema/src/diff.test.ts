import { fileURLToPath } from "node:url";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { diffEvents, isEmptyDiff } from "./diff.js";
import { loadEvent } from "./load.js";

const example = fileURLToPath(new URL("../../../examples/nhs-hack-day-31.yaml", import.meta.url));

describe("diffEvents", async () => {
  const event = await loadEvent(example);

  it("finds nothing between an event and itself, or a reordered copy", () => {
    expect(isEmptyDiff(diffEvents(event, structuredClone(event)))).toBe(true);
    const reordered = { ...event, sessions: [...event.sessions].reverse() };
    expect(isEmptyDiff(diffEvents(event, reordered))).toBe(true);
  });

  it("names added, changed (with fields) and removed entities by id and title", () => {
    const after = structuredClone(event);
    after.sessions[1]!.start = "2026-05-16T09:10";
    after.sessions[1]!.updated = "2026-05-01T10:00:00Z";
    after.projects.pop();
    after.people.push({ ...after.people[0]!, id: "new-judge", name: "New Judge" });
    const diff = diffEvents(event, after);
    expect(diff.sessions.changed).toEqual([
      { id: event.sessions[1]!.id, label: event.sessions[1]!.title, fields: ["start"] },
    ]);
    expect(diff.projects.removed).toEqual([
      { id: event.projects.at(-1)!.id, label: event.projects.at(-1)!.title },
    ]);
    expect(diff.people.added).toEqual([{ id: "new-judge", label: "New Judge" }]);
    expect(diff.sessions.added).toEqual([]);
  });

  it("counts each removed session once, whatever is removed", () => {
    fc.assert(
      fc.property(fc.subarray(event.sessions.map((s) => s.id)), (gone) => {
        const after = { ...event, sessions: event.sessions.filter((s) => !gone.includes(s.id)) };
        const diff = diffEvents(event, after);
        expect(diff.sessions.removed.map((r) => r.id).sort()).toEqual([...gone].sort());
        expect(diffEvents(after, event).sessions.added).toHaveLength(gone.length);
      }),
    );
  });
});
