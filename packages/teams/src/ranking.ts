/** `a>b=c>d` → `[["a"], ["b", "c"], ["d"]]`: tiers best first; the empty string is no tiers. */
export function parsePitchRanking(ranking: string): string[][] {
  const text = ranking.trim();
  if (text === "") return [];
  return text.split(">").map((tier) => tier.split("=").map((id) => id.trim()));
}

/** Tiers back to `a>b=c>d`. */
export function formatPitchRanking(tiers: readonly (readonly string[])[]): string {
  return tiers.map((tier) => tier.join("=")).join(">");
}

/**
 * The cost of receiving a choice of rank r (1 = a first choice): (r − 1)². Zero for a first choice, and each step
 * down costs more than the one before, so two people one step down beat one person two steps down.
 */
export const rankCost = (rank: number): number => (rank - 1) ** 2;
