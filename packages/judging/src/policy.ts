import type { JudgingMethod } from "@hackdaykit/schema";
import { JudgingInputError } from "./errors.js";
import { type BallotSet, headToHead, judge, type MethodOptions } from "./methods.js";
import type { TieBreakStep } from "./ties.js";

/** A tie-break policy by name: "head-to-head", or a method name, in order; anything left is unresolved. */
export type TieBreakPolicy = readonly ("head-to-head" | JudgingMethod)[];

/**
 * The steps of a tie-break policy for ballots judged with `method`. A secondary method that cannot run on
 * these ballots (Kemeny above its limit, or any input the method refuses) becomes a step that says why and splits
 * nothing; any other error is a bug and is thrown.
 * @throws `Error` only for a bug: a step that cannot run (a {@link JudgingInputError}) is recorded in its `error`
 * instead.
 */
export function tieBreakSteps(
  policy: TieBreakPolicy,
  method: JudgingMethod,
  ballots: BallotSet,
  options: MethodOptions,
): TieBreakStep[] {
  return policy.map((name): TieBreakStep => {
    if (name === "head-to-head") return { by: "head-to-head", wins: headToHead(method, ballots, options) };
    try {
      return { by: "method", name, ranking: judge(name, ballots, options).ranking };
    } catch (error) {
      if (error instanceof JudgingInputError) return { by: "method", name, error: error.message };
      throw error;
    }
  });
}
