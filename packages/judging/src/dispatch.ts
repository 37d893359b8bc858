import { type CrowdBtModel, informationGains } from "./crowd-bt.js";
import { JudgingInputError } from "./errors.js";

/** What a live judging app knows when a judge asks "what next?". Everything else is the model. */
export interface DispatchState {
  /** Index of the judge asking, in `model.judges`. */
  judge: number;
  /** The project the judge saw last, or undefined before their first. */
  previous?: number;
  /** Projects this judge must not get: already seen, skipped, or conflicted (Gavel's per-judge ignore list). */
  ignored?: ReadonlySet<number>;
  /** Projects switched off (withdrawn, disqualified); Gavel's `active = false`. */
  inactive?: ReadonlySet<number>;
  /** Projects another judge is on their way to or looking at right now. */
  busy?: ReadonlySet<number>;
  /** Projects to send judges to first (Gavel's `prioritized`), e.g. ones with too few views late in the day. */
  prioritized?: ReadonlySet<number>;
  /** How many judges have viewed each project. */
  views?: ArrayLike<number>;
  /** Projects with fewer views than this are preferred (Gavel's MIN_VIEWS, default 2). */
  minViews?: number;
}

export const DEFAULT_MIN_VIEWS = 2;

/**
 * The projects a judge may be sent to, filtered as Gavel does: active, not ignored, not the one just seen; the prioritized ones if
 * any; of those the ones nobody is busy at, if any; of those the ones under the minimum views, if any. Each
 * narrowing applies only when it leaves something, so a judge is never stuck while a project is open.
 */
export function eligibleProjects(model: CrowdBtModel, state: DispatchState): number[] {
  const n = model.projects.length;
  let pool: number[] = [];
  for (let i = 0; i < n; i++)
    if (i !== state.previous && !state.inactive?.has(i) && !state.ignored?.has(i)) pool.push(i);
  const narrow = (keep: (i: number) => boolean) => {
    const kept = pool.filter(keep);
    if (kept.length > 0) pool = kept;
  };
  if (state.prioritized && state.prioritized.size > 0) narrow((i) => state.prioritized!.has(i));
  if (state.busy && state.busy.size > 0) narrow((i) => !state.busy!.has(i));
  const views = state.views;
  if (views) narrow((i) => (views[i] ?? 0) < (state.minViews ?? DEFAULT_MIN_VIEWS));
  return pool;
}

/**
 * Chooses the next project for a judge: ε-greedy over expected information gain against the judge's
 * previous project. With probability ε (or when the judge has no previous project) a uniformly random
 * eligible project; otherwise the one with the largest gain, ties broken uniformly at random. `random`
 * returns [0, 1) — pass a seeded generator for reproducible dispatch. Returns undefined when nothing is open.
 */
export function chooseNext(
  model: CrowdBtModel,
  state: DispatchState,
  random: () => number = Math.random,
): number | undefined {
  const pool = eligibleProjects(model, state);
  if (pool.length === 0) return undefined;
  const { previous } = state;
  if (previous === undefined || random() < model.parameters.epsilon)
    return pool[Math.floor(random() * pool.length)];
  return mostInformative(model, state.judge, previous, pool, random);
}

/** argmax of expected information gain over `pool`; ties broken uniformly at random (reservoir sampling). */
export function mostInformative(
  model: CrowdBtModel,
  judge: number,
  previous: number,
  pool: ArrayLike<number>,
  random: () => number = Math.random,
): number | undefined {
  if (gains.length < pool.length) gains = new Float64Array(pool.length * 2);
  informationGains(model, judge, previous, pool, gains);
  let best: number | undefined;
  let bestGain = Number.NEGATIVE_INFINITY;
  let tied = 0;
  for (let k = 0; k < pool.length; k++) {
    const gain = gains[k]!;
    if (gain > bestGain) {
      bestGain = gain;
      best = pool[k]!;
      tied = 1;
    } else if (gain === bestGain && random() * ++tied < 1) best = pool[k]!;
  }
  return best;
}

let gains = new Float64Array(1024);

/** The same dispatch by ids, for apps that keep state by project and judge id. */
export interface DispatchByIds {
  judge: string;
  previous?: string;
  ignored?: Iterable<string>;
  inactive?: Iterable<string>;
  busy?: Iterable<string>;
  prioritized?: Iterable<string>;
  views?: Readonly<Record<string, number>>;
  minViews?: number;
}

/**
 * {@link chooseNext} with ids in and out; unknown ids are an error, not a silent skip.
 * @throws {@link JudgingInputError} when the judge or a project id is not in the model.
 * @example
 * ```ts
 * const model = createCrowdBt(["bedflow", "rota-swap", "gp-translate"], ["ana"]);
 * const next = chooseNextProject(model, { judge: "ana", previous: "bedflow" });
 * ```
 */
export function chooseNextProject(
  model: CrowdBtModel,
  state: DispatchByIds,
  random: () => number = Math.random,
): string | undefined {
  const projectIndex = new Map(model.projects.map((id, i) => [id, i]));
  const project = (id: string) => {
    const i = projectIndex.get(id);
    if (i === undefined) throw new JudgingInputError(`unknown project "${id}"`);
    return i;
  };
  const set = (ids?: Iterable<string>) => (ids ? new Set([...ids].map(project)) : undefined);
  const judge = model.judges.indexOf(state.judge);
  if (judge < 0) throw new JudgingInputError(`unknown judge "${state.judge}"`);
  const views = state.views ? Float64Array.from(model.projects, (id) => state.views![id] ?? 0) : undefined;
  const pick = chooseNext(
    model,
    {
      judge,
      ...(state.previous !== undefined && { previous: project(state.previous) }),
      ...(state.ignored && { ignored: set(state.ignored)! }),
      ...(state.inactive && { inactive: set(state.inactive)! }),
      ...(state.busy && { busy: set(state.busy)! }),
      ...(state.prioritized && { prioritized: set(state.prioritized)! }),
      ...(views && { views }),
      ...(state.minViews !== undefined && { minViews: state.minViews }),
    },
    random,
  );
  return pick === undefined ? undefined : model.projects[pick];
}
