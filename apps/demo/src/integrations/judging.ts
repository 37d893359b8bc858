import type { Event } from "@hackdaykit/schema";
import type { Store } from "../store.js";
import type { PrizeResult } from "./types.js";

export const JUDGING_AVAILABLE = false;

export function publishedResults(store: Store): PrizeResult[] {
  return store
    .results()
    .filter((r) => r.published !== null)
    .map((r) => ({ ...(JSON.parse(r.json) as PrizeResult), computed: r.computed, published: r.published }));
}

export type PairwiseAction = "start" | "seen" | "vote" | "skip" | "absent" | "undo";

export function pairwiseStep(
  _store: Store,
  _judge: string,
  _action: PairwiseAction,
  _version: number,
  _better: "current" | "previous",
): string {
  return "Pairwise judging is not available.";
}

export function progressFor(_store: Store, _judge: string): { seen: number; expected: number } {
  return { seen: 0, expected: 0 };
}

/** Results the admin can run: every prize, plus the overall pairwise (CrowdBT) standings. */
export function RESULT_KEYS(event: Event): string[] {
  return [...event.prizes.map((p) => p.id), PAIRWISE_KEY];
}

export const PAIRWISE_KEY = "pairwise";

export function resultLabel(event: Event, key: string): string {
  if (key === PAIRWISE_KEY) return "Expo standings (pairwise, CrowdBT)";
  return event.prizes.find((p) => p.id === key)?.name ?? key;
}

export type ComputeOutcome = { ok: true; result: PrizeResult } | { ok: false; message: string };

export function computeResult(_event: Event, _key: string): ComputeOutcome {
  return { ok: false, message: "The @hackdaykit/judging package has not landed yet." };
}
