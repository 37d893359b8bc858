import type { Prepared } from "./prepare.js";

/** Compared in order: fewer people unplaced, then fewer wanted skills left uncovered, then lower rank cost. */
export interface FormationScore {
  unplaced: number;
  /** Σ over skills of min(kept teams wanting it, people having it) − kept teams wanting it that have it. */
  skillShortfall: number;
  /** Σ over placed people of (rank − 1)². */
  rankCost: number;
}

/** A unit's pitch index, or null when unplaced. */
export type Placement = readonly (number | null)[];

export const compareScores = (a: FormationScore, b: FormationScore): number =>
  a.unplaced - b.unplaced || a.skillShortfall - b.skillShortfall || a.rankCost - b.rankCost;

/** Team sizes per pitch. */
export function sizes(prepared: Prepared, placement: Placement): number[] {
  const size = new Array<number>(prepared.pitches.length).fill(0);
  placement.forEach((j, u) => {
    if (j !== null) size[j]! += prepared.units[u]!.members.length;
  });
  return size;
}

/** Why a placement breaks a rule, or undefined when it keeps them all. */
export function violation(prepared: Prepared, placement: Placement): string | undefined {
  const size = sizes(prepared, placement);
  for (const [u, j] of placement.entries()) {
    const unit = prepared.units[u]!;
    if (unit.pinned !== undefined && j !== unit.pinned) return "a pinned person is not on their pin";
    if (j !== null && unit.cost[j] === null) return "someone is on a pitch they avoid";
    for (const led of unit.leads)
      if (size[led]! > 0 && j !== led) return "a kept pitch's pitcher is elsewhere";
  }
  for (const [j, pitch] of prepared.pitches.entries()) {
    const s = size[j]!;
    if (s > 0 && (s < pitch.minSize || s > pitch.maxSize)) return `team "${pitch.id}" has ${s} people`;
  }
  return undefined;
}

/** The score of a placement that keeps every rule (see {@link violation}). */
export function score(prepared: Prepared, placement: Placement): FormationScore {
  const size = sizes(prepared, placement);
  let unplaced = 0;
  let rankCost = 0;
  const has = prepared.pitches.map(() => new Set<number>());
  placement.forEach((j, u) => {
    const unit = prepared.units[u]!;
    if (j === null) {
      unplaced += unit.members.length;
      return;
    }
    rankCost += unit.cost[j] ?? 0;
    for (const k of unit.skills.keys()) has[j]!.add(k);
  });
  let skillShortfall = 0;
  prepared.wantedBy.forEach((wanting, k) => {
    const kept = wanting.filter((j) => size[j]! > 0);
    const covered = kept.filter((j) => has[j]!.has(k)).length;
    skillShortfall += Math.min(kept.length, prepared.skillSupply[k]!) - covered;
  });
  return { unplaced, skillShortfall, rankCost };
}
