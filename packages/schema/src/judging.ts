import { z } from "zod";
import { IdSchema, refTo } from "./ids.js";
import { ELIGIBILITY_FLAGS, JUDGING_METHODS, RANKING_PATTERN } from "./judging-methods.js";
import { InstantSchema } from "./time-schema.js";

export {
  ELIGIBILITY_FLAGS,
  type EligibilityFlag,
  JUDGING_METHODS,
  type JudgingMethod,
  RANKING_PATTERN,
} from "./judging-methods.js";

export const JudgingMethodSchema = z
  .enum(JUDGING_METHODS)
  .meta({ description: "How a prize is decided: rubric scores, a ranked-ballot method or a pairwise model" });

export const EligibilityFlagSchema = z.enum(ELIGIBILITY_FLAGS);

export const CriterionSchema = z
  .strictObject({
    id: IdSchema,
    name: z.string().min(1).meta({ description: "Criterion name as judges see it, e.g. Impact" }),
    description: z.string().optional().meta({ description: "What judges should look for" }),
    weight: z.number().positive().default(1).meta({ description: "Relative weight in the total score" }),
    scale: z
      .strictObject({
        min: z.number().default(1).meta({ description: "Lowest score" }),
        max: z.number().default(5).meta({ description: "Highest score" }),
        step: z
          .number()
          .positive()
          .default(1)
          .meta({ description: "Scores go from min in steps of this size" }),
      })
      .refine((scale) => scale.max > scale.min, { message: "scale.max must be greater than scale.min" })
      .default({ min: 1, max: 5, step: 1 })
      .meta({ description: "Scores a judge may give, from min to max in steps" }),
  })
  .meta({ id: "Criterion", description: "A rubric criterion with its weight and scale" });

export const RedLineSchema = z
  .strictObject({
    id: IdSchema,
    description: z.string().min(1).meta({ description: "The rule in words, e.g. built this weekend" }),
    requires: EligibilityFlagSchema.optional().meta({
      description:
        "Project eligibility flag that must be true; without it the red line is checked by the panel",
    }),
  })
  .meta({ id: "RedLine", description: "An eligibility gate applied before any scoring" });

export const ConflictSchema = z
  .strictObject({
    judge: refTo("person"),
    project: refTo("project").optional(),
    team: refTo("team").optional(),
    organisation: z.string().optional().meta({ description: "Affiliation the judge must not judge" }),
    reason: z.string().optional().meta({ description: "Why, for the organisers" }),
  })
  .refine((c) => c.project !== undefined || c.team !== undefined || c.organisation !== undefined, {
    message: "a conflict names a project, a team or an organisation",
  })
  .meta({ id: "Conflict", description: "A declared conflict of interest: the judge must not judge it" });

export const ScoreSchema = z
  .strictObject({
    judge: refTo("person"),
    project: refTo("project"),
    criterion: refTo("criterion"),
    score: z.number().meta({ description: "The score given, on the criterion scale" }),
    prize: refTo("prize").optional(),
  })
  .meta({ id: "Score", description: "One judge's score for one project on one criterion" });

export const RankingBallotSchema = z
  .strictObject({
    judge: refTo("person").optional(),
    ranking: z
      .string()
      .regex(RANKING_PATTERN, { message: "expected a ranking like a>b=c>d (project ids, > better, = tied)" })
      .meta({
        description: "Project ids best first: > strictly better, = tied; unnamed projects rank below",
      }),
    count: z
      .number()
      .int()
      .positive()
      .default(1)
      .meta({ description: "How many identical ballots this row is" }),
    prize: refTo("prize").optional(),
  })
  .meta({ id: "RankingBallot", description: "A ranked ballot, ties and partial rankings allowed" });

export const PairwiseVoteSchema = z
  .strictObject({
    id: IdSchema.optional().meta({ description: "Vote id, needed to void it later" }),
    judge: refTo("person"),
    winner: refTo("project"),
    loser: refTo("project"),
    at: InstantSchema.optional(),
    prize: refTo("prize").optional(),
  })
  .refine((v) => v.winner !== v.loser, { message: "a vote's winner and loser must differ" })
  .meta({ id: "PairwiseVote", description: "A judge's 'which was better?' answer, in casting order" });

export const VoidSchema = z
  .strictObject({
    vote: refTo("vote"),
    reason: z.string().optional().meta({ description: "Why the vote was struck out" }),
  })
  .meta({
    id: "Void",
    description: "A vote struck out (e.g. a mis-click); results equal a replay without it",
  });

export const BallotsSchema = z
  .strictObject({
    scores: z.array(ScoreSchema).default([]),
    rankings: z.array(RankingBallotSchema).default([]),
    votes: z.array(PairwiseVoteSchema).default([]),
    voids: z.array(VoidSchema).default([]),
  })
  .meta({ id: "Ballots", description: "Everything the judges handed in" });

export const JudgingSchema = z
  .strictObject({
    method: JudgingMethodSchema.default("rubric").meta({
      description: "Default method for prizes that name none",
    }),
    criteria: z.array(CriterionSchema).default([]),
    redLines: z.array(RedLineSchema).default([]),
    panel: z.array(refTo("person")).default([]).meta({ description: "Judges on the main panel" }),
    conflicts: z.array(ConflictSchema).default([]),
    multipleWins: z
      .boolean()
      .default(true)
      .meta({ description: "Whether one project may win more than one prize" }),
    ballots: BallotsSchema.default({ scores: [], rankings: [], votes: [], voids: [] }),
  })
  .meta({ id: "Judging", description: "How projects are judged, by whom, and the ballots" });

export type Criterion = z.infer<typeof CriterionSchema>;
export type RedLine = z.infer<typeof RedLineSchema>;
export type Conflict = z.infer<typeof ConflictSchema>;
/** One judge's score for one project on one criterion. */
export type RubricScore = z.infer<typeof ScoreSchema>;
/** @deprecated Use `RubricScore`; this alias goes in a later minor. */
export type Score = RubricScore;
export type RankingBallot = z.infer<typeof RankingBallotSchema>;
export type PairwiseVote = z.infer<typeof PairwiseVoteSchema>;
export type Void = z.infer<typeof VoidSchema>;
export type Ballots = z.infer<typeof BallotsSchema>;
export type Judging = z.infer<typeof JudgingSchema>;
