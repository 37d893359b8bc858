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
