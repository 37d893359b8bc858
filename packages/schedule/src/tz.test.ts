import { createHash } from "node:crypto";
import { loadEvent } from "@hackdaykit/schema";
import { describe, expect, it } from "vitest";
import { buildAgenda } from "./agenda.js";
import { detectConflicts } from "./conflicts.js";
import { rotaProblemFromEvent } from "./event-rota.js";
import { buildRota, replanRota } from "./rota.js";
import { fitSlots, pitchSlots } from "./slots.js";

/**
 * `npm test` runs this suite under TZ=UTC, America/New_York and Pacific/Auckland (see package.json). Every run
 * must produce byte-identical results, so the digest below is the same committed value in all three.
 */
const digest = (value: unknown) =>
  createHash("sha256").update(JSON.stringify(value)).digest("hex").slice(0, 16);

describe("results do not depend on the process time zone", () => {
  it("agenda, conflicts, slots and rotas are identical under any TZ", async () => {
    const examples = new URL("../../../examples/", import.meta.url).pathname;
    const nhs = await loadEvent(`${examples}nhs-hack-day-31.yaml`);
    const expo = await loadEvent(`${examples}riverbend-expo-2026.yaml`);
    const { problem, timing } = rotaProblemFromEvent(expo);
    const rota = buildRota(problem, timing);
    const replanned = replanRota(problem, timing, {
      previous: rota.slots,
      fromRound: 6,
      judgesLeft: ["bea-osei"],
    });
    const out = {
      agendas: [buildAgenda(nhs), buildAgenda(expo)],
      conflicts: [detectConflicts(nhs), detectConflicts(expo)],
      slots: fitSlots(pitchSlots({ count: 6, minutes: 20 }), {
        start: "2026-10-25T00:30",
        zone: "Europe/London",
      }),
      rota: rota.slots,
      replanned: replanned.slots,
      changes: replanned.changes,
    };
    expect(out.agendas[1]!.items.find((i) => i.id === "overnight-hacking")!.minutes).toBe(660);
    expect(digest(out)).toMatchSnapshot();
  });
});
