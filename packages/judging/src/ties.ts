import type { Ranked, RankingResult } from "./ranking.js";

/**
 * One step of a tie-break policy. `head-to-head`: within the tied group, who beat whom (most head-to-head
 * wins inside the group first); `method`: the group's order under a named secondary method; `unresolved`:
 * stop, the organisers decide. Steps run in order; each only splits what the previous left tied.
 */
export type TieBreakStep =
  | { by: "head-to-head"; wins: (a: string, b: string) => number }
  | { by: "method"; name: string; ranking: readonly Ranked[] }
  /** A step that could not run (e.g. Kemeny above 20 projects): it splits nothing and says why. */
  | { by: "method"; name: string; error: string };

export interface TieBreak {
  /** The tied group as the method left it. */
  group: string[];
  /**
   * What each step did: the group split into ordered sub-groups (still-tied ids share a sub-group), or, when
   * the step could not run, `error` says why (the order is then unchanged).
   */
  steps: { by: string; order: string[][]; error?: string }[];
  /** True when the group ended fully ordered; otherwise "unresolved — organisers decide". */
  resolved: boolean;
}

/** A result after a tie-break policy: the method's own fields, the new order, and what the policy did. */
export type TieBrokenResult<R extends RankingResult = RankingResult> = R & {
  /** The method's own ranking and ties, before the policy. */
  before: { ranking: R["ranking"]; ties: string[][] };
  tieBreaks: TieBreak[];
};

/**
 * Applies an explicit tie-break policy to a result. Nothing is broken silently: every group that was tied
 * is listed with what each step decided, and whatever is still tied stays tied in `ties`.
 */
export function breakTies<R extends RankingResult>(
  result: R,
  steps: readonly TieBreakStep[],
): TieBrokenResult<R> {
  type Entry = R["ranking"][number];
  const byId = new Map(result.ranking.map((e) => [e.id, e]));
  const tieBreaks: TieBreak[] = [];
  const ordered: string[][] = []; // final groups, best first
  let k = 0;
  while (k < result.ranking.length) {
    const rank = result.ranking[k]!.rank;
    const group: string[] = [];
    while (k < result.ranking.length && result.ranking[k]!.rank === rank) group.push(result.ranking[k++]!.id);
    if (group.length === 1) {
      ordered.push(group);
      continue;
    }
    const record: TieBreak = { group, steps: [], resolved: false };
    let parts: string[][] = [group];
    for (const step of steps) {
      if (parts.every((p) => p.length === 1)) break;
      if ("error" in step) {
        record.steps.push({ by: step.name, order: parts.map((p) => [...p]), error: step.error });
        continue;
      }
      parts = parts.flatMap((part) => (part.length === 1 ? [part] : split(part, step)));
      record.steps.push({ by: step.by === "method" ? step.name : step.by, order: parts.map((p) => [...p]) });
    }
    record.resolved = parts.every((p) => p.length === 1);
    tieBreaks.push(record);
    ordered.push(...parts);
  }
  const ranking: Entry[] = [];
  for (const part of ordered) {
    const rank = ranking.length + 1;
    for (const id of part) ranking.push({ ...byId.get(id)!, rank });
  }
  return {
    ...result,
    ranking,
    ties: ordered.filter((p) => p.length > 1),
    before: { ranking: result.ranking, ties: result.ties },
    tieBreaks,
  };
}

function split(group: string[], step: Exclude<TieBreakStep, { error: string }>): string[][] {
  let key: (id: string) => number;
  if (step.by === "head-to-head") {
    // Copeland inside the group: +1 per member beaten head-to-head, −1 per member lost to.
    key = (id) =>
      group.reduce((sum, other) => sum + Math.sign(step.wins(id, other) - step.wins(other, id)), 0);
  } else {
    const rank = new Map(step.ranking.map((e) => [e.id, e.rank]));
    key = (id) => -(rank.get(id) ?? Number.POSITIVE_INFINITY);
  }
  const keyed = group.map((id) => ({ id, key: key(id) }));
  keyed.sort((a, b) => b.key - a.key);
  const parts: string[][] = [];
  let last = Number.NaN;
  for (const { id, key: value } of keyed) {
    if (value === last) parts.at(-1)!.push(id);
    else parts.push([id]);
    last = value;
  }
  return parts;
}
