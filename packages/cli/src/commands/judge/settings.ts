import {
  CROWD_BT_DEFAULTS,
  type CrowdBtParameters,
  type MethodOptions,
  parseCriteriaSpec,
  type RubricCriterion,
} from "@hackdaykit/judging";
import type { HackDayEvent } from "@hackdaykit/schema";
import { JUDGING_METHODS, type JudgingMethod } from "@hackdaykit/schema/lite";
import { CliError } from "../../io.js";
import { commaList } from "../../option-values.js";
import type { JudgeOptions } from "./options.js";

/** The per-method settings the options give (rubric aggregation, CrowdBT priors, Bradley–Terry prior, Elo K). */
export function methodSettings(options: JudgeOptions): Omit<MethodOptions, "candidates" | "criteria"> {
  return {
    rubric: {
      ...(options.aggregate && { aggregate: options.aggregate }),
      ...(options.trim !== undefined && { trim: options.trim }),
      ...(options.normalise && { normalise: options.normalise }),
      ...(options.anchors !== undefined && { anchors: commaList(options.anchors)! }),
    },
    ...(options.crowdBt !== undefined && { crowdBt: crowdBtParameters(options.crowdBt) }),
    ...(options.prior !== undefined && { bradleyTerry: { prior: options.prior } }),
    ...(options.k !== undefined && { elo: { k: options.k } }),
  };
}

function crowdBtParameters(spec: string): Partial<CrowdBtParameters> {
  const parameters: Partial<CrowdBtParameters> = {};
  for (const part of commaList(spec) ?? []) {
    const [key, value] = part.split("=").map((s) => s.trim());
    if (!key || !(key in CROWD_BT_DEFAULTS) || value === undefined || !Number.isFinite(Number(value))) {
      throw new CliError(
        `--crowd-bt "${part}": expected name=number with name one of ${Object.keys(CROWD_BT_DEFAULTS).join(", ")}`,
        2,
      );
    }
    parameters[key as keyof CrowdBtParameters] = Number(value);
  }
  return parameters;
}

/** `--tie-break head-to-head,borda` as the policy's steps. */
export function tieBreakNames(spec: string): ("head-to-head" | JudgingMethod)[] {
  return (commaList(spec) ?? []).map((step) => {
    if (step !== "head-to-head" && !(JUDGING_METHODS as readonly string[]).includes(step)) {
      throw new CliError(
        `--tie-break "${step}": expected head-to-head or a method (${JUDGING_METHODS.join(", ")})`,
        2,
      );
    }
    return step as "head-to-head" | JudgingMethod;
  });
}

/** Rubric criteria from `--criteria` (and `--scale`), else the event's; none when neither gives any. */
export function criteriaOf(options: JudgeOptions, event: HackDayEvent | undefined): RubricCriterion[] {
  if (options.criteria !== undefined) {
    const scale = options.scale === undefined ? undefined : parseScale(options.scale);
    return parseCriteriaSpec(options.criteria).map((c) => (scale ? { ...c, scale } : c));
  }
  return (event?.judging?.criteria ?? []).map((c) => ({ id: c.id, weight: c.weight, scale: c.scale }));
}

function parseScale(text: string): { min: number; max: number; step: number } {
  const match = /^(-?\d+(?:\.\d+)?)-(-?\d+(?:\.\d+)?)(?::(\d+(?:\.\d+)?))?$/.exec(text.trim());
  if (!match || Number(match[2]) <= Number(match[1]))
    throw new CliError(`--scale "${text}": expected min-max with max > min, e.g. 1-5 or 0-10:0.5`, 2);
  return {
    min: Number(match[1]),
    max: Number(match[2]),
    step: match[3] === undefined ? 1 : Number(match[3]),
  };
}
