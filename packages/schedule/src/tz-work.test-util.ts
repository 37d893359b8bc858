import { loadEvent } from "@hackdaykit/schema";
import { buildAgenda } from "./agenda.js";
import { detectConflicts } from "./conflicts.js";
import { rotaProblemFromEvent } from "./event-rota.js";
import { buildRota, replanRota } from "./rota.js";
import { fitSlots, pitchSlots } from "./slots.js";

/** Everything this package computes from wall times: agendas, conflicts, slots, a rota and its re-plan. */
export async function timeZoneWork(examples: string) {
  const nhs = await loadEvent(`${examples}/nhs-hack-day-31.yaml`);
  const expo = await loadEvent(`${examples}/riverbend-expo-2026.yaml`);
  const { problem, timing } = rotaProblemFromEvent(expo);
  const rota = buildRota(problem, timing);
  const replanned = replanRota(problem, timing, {
    previous: rota.slots,
    fromRound: 6,
    judgesLeft: ["bea-osei"],
  });
  return {
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
}
