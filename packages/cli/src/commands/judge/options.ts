import { DEFAULT_SIMULATION_METHODS } from "@hackdaykit/judging";
import { type Command, Option } from "commander";
import type { Io } from "../../io.js";
import { numberOption, oneOf, repeatableList, wholeNumber } from "../../option-values.js";

/** Every option of `judge METHOD`, `judge prizes` and `judge simulate`, by the name commander gives it. */
export interface JudgeOptions {
  json?: boolean;
  output?: string;
  explain?: boolean;
  event?: string;
  projects?: string;
  criteria?: string;
  scale?: string;
  aggregate?: "mean" | "median" | "trimmed-mean";
  trim?: number;
  normalise?: "none" | "z-score" | "anchor";
  anchors?: string;
  void: string[];
  k?: number;
  prior?: number;
  crowdBt?: string;
  tieBreak?: string;
  bootstrap?: number;
  seed: number;
  multipleWins?: "yes" | "no";
  showJudges?: boolean;
  projectCount?: number;
  judges?: number;
  minutes: number;
  visit: number;
  noise: number;
  harshness: number;
  top: number;
  trials: number;
  methods?: string;
}
export type JudgeOption = keyof JudgeOptions;

type Spec = [
  flags: string,
  description: string,
  parse?: (value: string, previous: never) => unknown,
  initial?: unknown,
];
const atLeastZero = numberOption("a number ≥ 0", (n) => n >= 0);
const minutes = numberOption("minutes > 0", (n) => n > 0);

// One table for the three commands, so an option means the same wherever it is given.
const SPECS: Record<JudgeOption, Spec> = {
  json: ["--json", "print the result as JSON on stdout"],
  output: ["-o, --output <file>", "write the output to a file instead of stdout"],
  explain: [
    "--explain",
    "add the evidence: preference matrix, strongest paths, lock sequence, judges' harshness",
  ],
  event: [
    "--event <file>",
    "event file: project list, criteria, red lines, prizes, and ballots when FILE is omitted",
  ],
  projects: ["--projects <ids>", "comma-separated project ids the ballots may name"],
  criteria: ["--criteria <spec>", "rubric criteria and weights, e.g. impact:3,feasibility:2,demo:1"],
  scale: ["--scale <min-max>", "rubric scores allowed with --criteria, e.g. 1-5 (step 1) or 0-10"],
  aggregate: [
    "--aggregate <how>",
    "rubric: mean, median or trimmed-mean",
    oneOf(["mean", "median", "trimmed-mean"]),
  ],
  trim: [
    "--trim <fraction>",
    "rubric: share cut from each end for trimmed-mean (default 0.2)",
    numberOption("a fraction in [0, 0.5)", (n) => n >= 0 && n < 0.5),
  ],
  normalise: [
    "--normalise <how>",
    "rubric: none, z-score (per judge) or anchor (calibrate on shared projects)",
    oneOf(["none", "z-score", "anchor"]),
  ],
  anchors: [
    "--anchors <ids>",
    "rubric: anchor projects for --normalise anchor (default: those every judge scored)",
  ],
  void: [
    "--void <ids>",
    "pairwise: void these vote ids (or CSV line numbers); repeatable",
    repeatableList,
    [],
  ],
  k: ["--k <factor>", "elo: K-factor (default 32)", numberOption("a positive number", (n) => n > 0)],
  prior: [
    "--prior <games>",
    "bradley-terry: prior pseudo-games per project (default 1; 0 = plain MLE)",
    atLeastZero,
  ],
  crowdBt: [
    "--crowd-bt <params>",
    "crowd-bt: override priors, e.g. alphaPrior=10,betaPrior=1,gamma=0.1,kappa=0.0001",
  ],
  tieBreak: [
    "--tie-break <steps>",
    'tie-break policy in order, e.g. head-to-head,borda (anything left: "unresolved")',
  ],
  bootstrap: ["--bootstrap <samples>", "confidence: resample voters/judges this many times", wholeNumber(1)],
  seed: ["--seed <n>", "random seed", numberOption("a whole number", Number.isInteger), 1],
  multipleWins: [
    "--multiple-wins <yes|no>",
    "may one project win several prizes (default: the event's setting)",
    oneOf(["yes", "no"]),
  ],
  showJudges: ["--show-judges", "show judges' ids even for people who have not consented to being named"],
  projectCount: ["--project-count <n>", "number of projects", wholeNumber(2)],
  judges: ["--judges <n>", "number of judges", wholeNumber(1)],
  minutes: ["--minutes <n>", "length of the judging window in minutes", minutes, 120],
  visit: ["--visit <minutes>", "minutes per visit, walking included", minutes, 4],
  noise: ["--noise <sd>", "judges' noise (true qualities have spread 1)", atLeastZero, 0.5],
  harshness: ["--harshness <sd>", "spread of judges' harshness", atLeastZero, 0.5],
  top: ["--top <k>", "how many top places must be found", wholeNumber(1), 3],
  trials: ["--trials <n>", "trials per method", wholeNumber(1), 200],
  methods: ["--methods <list>", `methods to compare (default ${DEFAULT_SIMULATION_METHODS.join(",")})`],
};
const longFlag = (key: JudgeOption) => /--[a-z-]+/.exec(SPECS[key][0])![0];

/**
 * Adds the judge options to `command`: the ones it reads in its help, in that order, the rest hidden. The three
 * commands were one, which accepted every option; the hidden ones keep old invocations working (reported as
 * ignored).
 */
export function addJudgeOptions(
  command: Command,
  reads: readonly JudgeOption[],
  hidden: readonly JudgeOption[] = [],
) {
  const rest = (Object.keys(SPECS) as JudgeOption[]).filter((key) => !reads.includes(key));
  for (const key of [...reads, ...rest]) {
    const [flags, description, parse, initial] = SPECS[key];
    const option = new Option(flags, description);
    if (parse) option.argParser(parse as (value: string, previous: unknown) => unknown);
    if (initial !== undefined) option.default(initial);
    if (!reads.includes(key) || hidden.includes(key)) option.hideHelp();
    command.addOption(option);
  }
  return command;
}

/**
 * The options `command` was given, with those typed before its name (`judge --json prizes`, read by the parent
 * `judge`). Options it does not read are named on stderr, once, and otherwise ignored.
 */
export function judgeOptions(
  command: Command,
  reads: readonly JudgeOption[],
  label: string,
  io: Io,
): JudgeOptions {
  const parent = command.parent?.name() === "judge" ? command.parent : undefined;
  const typed = (c: Command | undefined, key: string) => c?.getOptionValueSource(key) === "cli";
  const options: Record<string, unknown> = { ...command.opts() };
  for (const [key, value] of Object.entries(parent?.opts() ?? {}))
    if (typed(parent, key) && !typed(command, key)) options[key] = value;
  for (const key of Object.keys(SPECS) as JudgeOption[]) {
    if (!reads.includes(key) && (typed(command, key) || typed(parent, key)))
      io.stderr.write(`hackday: warning: ${longFlag(key)} has no effect on "${label}"; ignored\n`);
  }
  return options as unknown as JudgeOptions;
}
