/** One place in a result, best first. `rank` is standard competition ranking (1, 2, 2, 4). */
export interface Ranked {
  id: string;
  rank: number;
}

/** What every method returns: the ranking best first and the groups sharing a rank (never broken silently). */
export interface RankingResult<Entry extends Ranked = Ranked> {
  method: string;
  ranking: Entry[];
  ties: string[][];
}

/**
 * Orders ids by score, higher first, and gives standard competition ranks. Scores within `tolerance` of the
 * previous one tie (floating-point noise must not invent a winner). Equal scores keep input order.
 */
export function rankByScore<Extra extends object>(
  ids: readonly string[],
  score: (index: number) => number,
  extra: (index: number) => Extra,
  tolerance = 1e-9,
): { ranking: (Ranked & Extra)[]; ties: string[][] } {
  const order = ids.map((_, i) => i);
  const scores = ids.map((_, i) => score(i));
  order.sort((a, b) => scores[b]! - scores[a]! || a - b);
  const ranking: (Ranked & Extra)[] = [];
  let rank = 0;
  let groupScore = Number.NaN;
  order.forEach((index, position) => {
    const s = scores[index]!;
    if (!(Math.abs(s - groupScore) <= tolerance * Math.max(1, Math.abs(groupScore)))) {
      rank = position + 1;
      groupScore = s;
    }
    ranking.push({ id: ids[index]!, rank, ...extra(index) });
  });
  return { ranking, ties: tiesOf(ranking) };
}

/** Groups of two or more ids sharing a rank, best first. */
export function tiesOf(ranking: readonly Ranked[]): string[][] {
  const groups = new Map<number, string[]>();
  for (const { id, rank } of ranking) {
    const group = groups.get(rank);
    if (group) group.push(id);
    else groups.set(rank, [id]);
  }
  return [...groups.values()].filter((group) => group.length > 1);
}
