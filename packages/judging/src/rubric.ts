import type { RubricScore as EventRubricScore } from "@hackdaykit/schema";
import { byId } from "./ballots.js";
import { parseCsv } from "./csv.js";
import { JudgingInputError } from "./errors.js";
import { type Ranked, type RankingResult, rankByScore } from "./ranking.js";
import { mean, median, sampleSd, trimmedMean } from "./stats.js";

export interface RubricCriterion {
  id: string;
  weight: number;
  /** Scores allowed: min..max in steps of `step` (from min). Without it any number is accepted. */
  scale?: { min: number; max: number; step?: number };
}

/** The event file's `RubricScore` (its prize aside), with the CSV line it came from when read from a file. */
export interface RubricScore extends Pick<EventRubricScore, "judge" | "project" | "criterion" | "score"> {
  line?: number;
}

export type Aggregate = "mean" | "median" | "trimmed-mean";
export type Normalisation = "none" | "z-score" | "anchor";

export interface RubricOptions {
  criteria: readonly RubricCriterion[];
  /** How judges' totals for a project combine (default mean). */
  aggregate?: Aggregate;
  /** Fraction cut from each end for the trimmed mean (default 0.2). */
  trim?: number;
  /** How judges are put on a common footing before aggregating (default none). */
  normalise?: Normalisation;
  /** Anchor projects for calibration; default: the projects every judge scored. */
  anchors?: readonly string[];
  /** Every project in the running (to report ones nobody scored); default: those with scores. */
  projects?: readonly string[];
  /** Projects excluded before scoring (red lines), with the reason; listed, never ranked. */
  ineligible?: readonly { id: string; reasons: string[] }[];
}

export interface RubricEntry extends Ranked {
  /** The aggregated (normalised) score the ranking uses. */
  score: number;
  /** Mean weighted raw score, on the criteria's scale. */
  raw: number;
  judges: number;
}

export interface JudgeProfile {
  id: string;
  /** Harshness: mean and sample σ of this judge's weighted totals, and how many projects they scored. */
  mean: number;
  sd: number | null;
  projects: number;
  /** z-score: fewer than two projects, or all the same total — their normalised scores are 0 (no preference). */
  zeroVariance?: true;
  /** anchor: this judge's offset from the consensus on shared projects (subtracted from their totals). */
  offset?: number;
  /** anchor: the judge scored no anchor project, so no offset could be estimated (offset 0). */
  noAnchor?: true;
}

export interface RubricResult extends RankingResult<RubricEntry> {
  method: "rubric";
  aggregate: Aggregate;
  normalise: Normalisation;
  anchors?: string[];
  judges: JudgeProfile[];
  ineligible: { id: string; reasons: string[] }[];
  /** Scores that were not given: a judge who did not see a project, or skipped criteria on a sheet. */
  missing: { judge: string; project: string; criteria?: string[] }[];
  /** Projects nobody scored: not ranked. */
  unscored: string[];
}

/** Checks a score against its criterion's scale; throws with the line. */
function checkScale(score: RubricScore, criterion: RubricCriterion): void {
  const { scale } = criterion;
  if (!scale) return;
  const at = score.line === undefined ? {} : { line: score.line, column: "score" };
  const step = scale.step ?? 1;
  const steps = (score.score - scale.min) / step;
  if (score.score < scale.min || score.score > scale.max) {
    throw new JudgingInputError(
      `score ${score.score} for "${score.criterion}" is outside its scale ${scale.min}–${scale.max}`,
      at,
    );
  }
  if (Math.abs(steps - Math.round(steps)) > 1e-9) {
    throw new JudgingInputError(
      `score ${score.score} for "${score.criterion}" is not on its scale (${scale.min}–${scale.max} in steps of ${step})`,
      at,
    );
  }
}

/**
 * Rubric judging. Per sheet (judge × project) the weighted mean of the criteria scored, Σwᵢsᵢ/Σwᵢ (on the
 * criteria's own scale); then the chosen normalisation per judge; then the chosen aggregate over the judges
 * who scored the project. Missing scores are left out and reported — never counted as zero.
 * @throws {@link JudgingInputError} when there are no criteria, a weight is not positive, a score names an unknown
 * criterion or project, is off its scale or repeats, or anchor calibration has no anchor every judge scored.
 */
export function rubric(scores: readonly RubricScore[], options: RubricOptions): RubricResult {
  const criteria = new Map(options.criteria.map((c) => [c.id, c]));
  if (criteria.size === 0) throw new JudgingInputError("rubric: no criteria (give names and weights)");
  for (const c of options.criteria) {
    if (!(c.weight > 0))
      throw new JudgingInputError(`criterion "${c.id}": weight must be positive, got ${c.weight}`);
  }
  const ineligible = new Map((options.ineligible ?? []).map((x) => [x.id, x.reasons]));
  const known = options.projects && new Set(options.projects);
  const sheets = new Map<string, Map<string, Map<string, number>>>(); // judge → project → criterion → score
  for (const s of scores) {
    const at = s.line === undefined ? {} : { line: s.line };
    const criterion = criteria.get(s.criterion);
    if (!criterion) {
      throw new JudgingInputError(
        `unknown criterion "${s.criterion}" (expected ${[...criteria.keys()].join(", ")})`,
        {
          ...at,
          column: "criterion",
        },
      );
    }
    if (!Number.isFinite(s.score))
      throw new JudgingInputError(`score must be a number`, { ...at, column: "score" });
    checkScale(s, criterion);
    if (known && !known.has(s.project)) {
      throw new JudgingInputError(`unknown project "${s.project}"`, { ...at, column: "project" });
    }
    const byProject = sheets.get(s.judge) ?? new Map<string, Map<string, number>>();
    sheets.set(s.judge, byProject);
    const sheet = byProject.get(s.project) ?? new Map<string, number>();
    byProject.set(s.project, sheet);
    if (sheet.has(s.criterion)) {
      throw new JudgingInputError(`${s.judge} scored "${s.criterion}" for ${s.project} twice`, at);
    }
    sheet.set(s.criterion, s.score);
  }

  const judges = [...sheets.keys()].sort(byId);
  const allProjects = [...new Set([...(options.projects ?? []), ...scores.map((s) => s.project)])].sort(byId);
  const eligible = allProjects.filter((p) => !ineligible.has(p));
  const missing: RubricResult["missing"] = [];
  const totals = new Map<string, Map<string, number>>(); // judge → project → weighted total
  for (const judge of judges) {
    const row = new Map<string, number>();
    for (const project of eligible) {
      const sheet = sheets.get(judge)!.get(project);
      if (!sheet) {
        missing.push({ judge, project });
        continue;
      }
      let weighted = 0;
      let weights = 0;
      const skipped: string[] = [];
      for (const c of options.criteria) {
        const value = sheet.get(c.id);
        if (value === undefined) skipped.push(c.id);
        else {
          weighted += c.weight * value;
          weights += c.weight;
        }
      }
      if (skipped.length > 0) missing.push({ judge, project, criteria: skipped });
      row.set(project, weighted / weights);
    }
    totals.set(judge, row);
  }

  const normalise = options.normalise ?? "none";
  const profiles: JudgeProfile[] = judges.map((id) => {
    const values = [...totals.get(id)!.values()];
    const sd = sampleSd(values);
    return { id, mean: mean(values), sd: Number.isNaN(sd) ? null : sd, projects: values.length };
  });
  const adjusted = new Map<string, Map<string, number>>();
  let anchors: string[] | undefined;
  if (normalise === "none") for (const [judge, row] of totals) adjusted.set(judge, row);
  else if (normalise === "z-score") {
    for (const profile of profiles) {
      const row = totals.get(profile.id)!;
      const zero = profile.sd === null || profile.sd === 0;
      if (zero) profile.zeroVariance = true;
      adjusted.set(
        profile.id,
        new Map([...row].map(([p, t]) => [p, zero ? 0 : (t - profile.mean) / profile.sd!])),
      );
    }
  } else {
    anchors = options.anchors
      ? [...options.anchors]
      : eligible.filter((p) => judges.every((j) => totals.get(j)!.has(p)));
    for (const anchor of anchors) {
      if (!judges.some((j) => totals.get(j)!.has(anchor))) {
        throw new JudgingInputError(
          `anchor project "${anchor}" was not scored by any judge (or is not eligible)`,
        );
      }
    }
    if (anchors.length === 0) {
      throw new JudgingInputError(
        "anchor calibration needs at least one anchor project scored by every judge; none found (name anchors)",
      );
    }
    const consensus = new Map(
      anchors.map((p) => [
        p,
        mean(judges.flatMap((j) => (totals.get(j)!.has(p) ? [totals.get(j)!.get(p)!] : []))),
      ]),
    );
    for (const profile of profiles) {
      const row = totals.get(profile.id)!;
      const diffs = anchors.flatMap((p) => (row.has(p) ? [row.get(p)! - consensus.get(p)!] : []));
      const offset = diffs.length > 0 ? mean(diffs) : 0;
      profile.offset = offset;
      if (diffs.length === 0) profile.noAnchor = true;
      adjusted.set(profile.id, new Map([...row].map(([p, t]) => [p, t - offset])));
    }
  }

  const aggregate = options.aggregate ?? "mean";
  const trim = options.trim ?? 0.2;
  if (!(trim >= 0 && trim < 0.5))
    throw new JudgingInputError(`trim must be at least 0 and below 0.5, got ${trim}`);
  const combine = (values: number[]) =>
    aggregate === "mean" ? mean(values) : aggregate === "median" ? median(values) : trimmedMean(values, trim);
  const isScored = (p: string) => judges.some((j) => totals.get(j)!.has(p));
  const scored = eligible.filter(isScored);
  const unscored = eligible.filter((p) => !isScored(p));
  const rows = scored.map((p) => {
    const values = judges.flatMap((j) => (adjusted.get(j)!.has(p) ? [adjusted.get(j)!.get(p)!] : []));
    const raws = judges.flatMap((j) => (totals.get(j)!.has(p) ? [totals.get(j)!.get(p)!] : []));
    return { score: combine(values), raw: mean(raws), judges: values.length };
  });
  const { ranking, ties } = rankByScore(
    scored,
    (i) => rows[i]!.score,
    (i) => rows[i]!,
  );
  return {
    method: "rubric",
    ranking,
    ties,
    aggregate,
    normalise,
    ...(anchors && { anchors }),
    judges: profiles,
    ineligible: [...ineligible].map(([id, reasons]) => ({ id, reasons })).sort((a, b) => byId(a.id, b.id)),
    missing,
    unscored,
  };
}

/**
 * Parses `judge,project,criterion,score` rows (optional `prize`).
 * @throws {@link JudgingInputError} with the line and column, when a column is missing, a cell is empty or a score is
 * not a number.
 */
export function parseRubricCsv(text: string): (RubricScore & { prize?: string })[] {
  const table = parseCsv(text, ["judge", "project", "criterion", "score"], ["prize"]);
  return table.rows.map((row) => {
    const { line } = row;
    const fields = Object.fromEntries(table.header.map((name, i) => [name, row.cells[i]!]));
    for (const column of ["judge", "project", "criterion", "score"]) {
      if (fields[column] === "") throw new JudgingInputError(`empty ${column}`, { line, column });
    }
    const score = Number(fields.score);
    if (!/^[+-]?(\d+\.?\d*|\.\d+)$/.test(fields.score!) || !Number.isFinite(score)) {
      throw new JudgingInputError(`score "${fields.score}" is not a number`, { line, column: "score" });
    }
    return {
      judge: fields.judge!,
      project: fields.project!,
      criterion: fields.criterion!,
      score,
      line,
      ...(fields.prize && { prize: fields.prize }),
    };
  });
}

/**
 * Reads `--criteria impact:3,feasibility:2` (weight defaults to 1).
 * @throws {@link JudgingInputError} when the spec is not `name:weight,…` with positive weights.
 */
export function parseCriteriaSpec(spec: string): RubricCriterion[] {
  return spec.split(",").map((part) => {
    const [id, weight, extra] = part.split(":").map((s) => s.trim());
    const w = weight === undefined || weight === "" ? 1 : Number(weight);
    if (!id || extra !== undefined || !(w > 0)) {
      throw new JudgingInputError(
        `criteria "${part}": expected name:weight with a positive weight, e.g. impact:3`,
      );
    }
    return { id, weight: w };
  });
}
