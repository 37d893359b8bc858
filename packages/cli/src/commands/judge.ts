import {
  type BallotSet,
  type BootstrapResult,
  bootstrap,
  breakTies,
  buildProfile,
  CROWD_BT_DEFAULTS,
  type CrowdBtParameters,
  crowdBt,
  eligibility,
  eventVotes,
  JudgingInputError,
  type JudgingResult,
  judge,
  judgePrizes,
  logVotes,
  logWithoutVoids,
  type MethodOptions,
  matrixRows,
  PAIRWISE_METHODS,
  type PrizeResult,
  parseCriteriaSpec,
  parseRankedCsv,
  parseRanking,
  parseRubricCsv,
  parseVoteLog,
  preferenceMatrix,
  RANKED_METHODS,
  type RankedBallot,
  type RankingResult,
  type RubricCriterion,
  type RubricResult,
  type SchulzeResult,
  type SimulationResult,
  simulate,
  type TieBrokenResult,
  tieBreakSteps,
  type VoteLog,
  voteLog,
  withoutConflicts,
} from "@hackdaykit/judging";
import type { HackDayEvent } from "@hackdaykit/schema";
import { conflictOfInterest, JUDGING_METHODS, type JudgingMethod } from "@hackdaykit/schema/lite";
import { InvalidArgumentError } from "commander";
import { unknownChoice } from "../choices.js";
import { readEvent, readInput } from "../input.js";
import { CliError, colours, emit, type Io, inFile, progress, table } from "../io.js";
import { type CommandContext, summaryOf } from "./index.js";

/** Vote logs are machine-written and can be long (300k votes ≈ 5 MB): allow more than an event file. */
const MAX_BALLOT_BYTES = 64 * 1024 * 1024;
const EXTRA = ["prizes", "simulate"] as const;

interface Options {
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
  judges?: number;
  minutes: number;
  visit: number;
  noise: number;
  harshness: number;
  top: number;
  trials: number;
  methods?: string;
}

const number =
  (what: string, check: (n: number) => boolean = Number.isFinite) =>
  (value: string) => {
    const n = Number(value);
    if (value.trim() === "" || !check(n)) throw new InvalidArgumentError(`expected ${what}`);
    return n;
  };
const whole = number("a whole number ≥ 1", (n) => Number.isInteger(n) && n >= 1);
const list = (value: string | undefined) =>
  value === undefined
    ? undefined
    : value
        .split(",")
        .map((s) => s.trim())
        .filter((s) => s !== "");
const collect = (value: string, previous: string[]) => [...previous, ...(list(value) ?? [])];

export function registerJudge({ program, io }: CommandContext): void {
  program
    .command("judge")
    .description(summaryOf("judge"))
    .argument(
      "<method>",
      `one of ${JUDGING_METHODS.join(", ")}; or "prizes" (every prize of --event), "simulate"`,
    )
    .argument("[file]", "ballots CSV (header row required); omit with --event to use the event's ballots")
    .option("--json", "print the result as JSON on stdout")
    .option("-o, --output <file>", "write the output to a file instead of stdout")
    .option(
      "--explain",
      "add the evidence: preference matrix, strongest paths, lock sequence, judges' harshness",
    )
    .option(
      "--event <file>",
      "event file: project list, criteria, red lines, prizes, and ballots when FILE is omitted",
    )
    .option(
      "--projects <ids>",
      "comma-separated project ids the ballots may name (simulate: how many projects)",
    )
    .option("--criteria <spec>", "rubric criteria and weights, e.g. impact:3,feasibility:2,demo:1")
    .option("--scale <min-max>", "rubric scores allowed with --criteria, e.g. 1-5 (step 1) or 0-10")
    .option(
      "--aggregate <how>",
      "rubric: mean, median or trimmed-mean",
      oneOf(["mean", "median", "trimmed-mean"]),
    )
    .option(
      "--trim <fraction>",
      "rubric: share cut from each end for trimmed-mean (default 0.2)",
      number("a fraction in [0, 0.5)", (n) => n >= 0 && n < 0.5),
    )
    .option(
      "--normalise <how>",
      "rubric: none, z-score (per judge) or anchor (calibrate on shared projects)",
      oneOf(["none", "z-score", "anchor"]),
    )
    .option(
      "--anchors <ids>",
      "rubric: anchor projects for --normalise anchor (default: those every judge scored)",
    )
    .option("--void <ids>", "pairwise: void these vote ids (or CSV line numbers); repeatable", collect, [])
    .option(
      "--k <factor>",
      "elo: K-factor (default 32)",
      number("a positive number", (n) => n > 0),
    )
    .option(
      "--prior <games>",
      "bradley-terry: prior pseudo-games per project (default 1; 0 = plain MLE)",
      number("a number ≥ 0", (n) => n >= 0),
    )
    .option(
      "--crowd-bt <params>",
      "crowd-bt: override priors, e.g. alphaPrior=10,betaPrior=1,gamma=0.1,kappa=0.0001",
    )
    .option(
      "--tie-break <steps>",
      'tie-break policy in order, e.g. head-to-head,borda (anything left: "unresolved")',
    )
    .option("--bootstrap <samples>", "confidence: resample voters/judges this many times", whole)
    .option(
      "--seed <n>",
      "random seed for --bootstrap and simulate",
      number("a whole number", Number.isInteger),
      1,
    )
    .option(
      "--multiple-wins <yes|no>",
      "prizes: may one project win several prizes (default: the event's setting)",
      oneOf(["yes", "no"]),
    )
    .option("--show-judges", "show judges' ids even for people who have not consented to being named")
    .option("--judges <n>", "simulate: number of judges", whole)
    .option(
      "--minutes <n>",
      "simulate: length of the judging window in minutes",
      number("minutes > 0", (n) => n > 0),
      120,
    )
    .option(
      "--visit <minutes>",
      "simulate: minutes per visit, walking included",
      number("minutes > 0", (n) => n > 0),
      4,
    )
    .option(
      "--noise <sd>",
      "simulate: judges' noise (true qualities have spread 1)",
      number("a number ≥ 0", (n) => n >= 0),
      0.5,
    )
    .option(
      "--harshness <sd>",
      "simulate: spread of judges' harshness",
      number("a number ≥ 0", (n) => n >= 0),
      0.5,
    )
    .option("--top <k>", "simulate: how many top places must be found", whole, 3)
    .option("--trials <n>", "simulate: trials per method", whole, 200)
    .option(
      "--methods <list>",
      "simulate: methods to compare (default rubric,borda,schulze,crowd-bt,bradley-terry,elo)",
    )
    .addHelpText(
      "after",
      `
Input (CSV, header row required):
  ranked methods   ranking[,judge][,count]   e.g. 5,A>C>B=E>D  (> better, = tied; unnamed rank below)
  pairwise methods judge,winner,loser[,id]    in the order the votes were cast
  rubric           judge,project,criterion,score  with --criteria or --event

Examples:
  $ hackday judge schulze ballots.csv --explain
  $ hackday judge kemeny ballots.csv --json
  $ hackday judge crowd-bt votes.csv --void 17 --bootstrap 500
  $ hackday judge rubric scores.csv --event event.yaml --normalise z-score --aggregate median
  $ hackday judge prizes --event examples/nhs-hack-day-31.yaml --tie-break head-to-head,borda
  $ hackday judge simulate --projects 200 --judges 40 --minutes 120 --visit 4 --noise 0.7`,
    )
    .action(async (method: string, file: string | undefined, options: Options) => {
      try {
        await runJudge(io, method, file, options);
      } catch (err) {
        if (err instanceof JudgingInputError) throw inFile(err, file ?? options.event ?? "judge");
        throw err;
      }
    });
}

function oneOf(values: readonly string[]) {
  return (value: string) => {
    if (!values.includes(value)) throw new InvalidArgumentError(unknownChoice("value", value, values));
    return value;
  };
}

async function runJudge(io: Io, method: string, file: string | undefined, options: Options): Promise<void> {
  if (
    !(JUDGING_METHODS as readonly string[]).includes(method) &&
    !(EXTRA as readonly string[]).includes(method)
  ) {
    throw new CliError(unknownChoice("method", method, [...JUDGING_METHODS, ...EXTRA]), 2);
  }
  if (method === "simulate") return runSimulation(io, options);
  const event = options.event === undefined ? undefined : (await readEvent(options.event)).event;
  if (method === "prizes") {
    if (!event) throw new CliError('"judge prizes" needs --event FILE', 2);
    if (file !== undefined) {
      throw new CliError(
        `"judge prizes" reads every ballot from the event file; "${file}" would be ignored: drop it, or judge it with "hackday judge METHOD ${file} --event ${options.event}"`,
        2,
      );
    }
    const results = judgePrizes(event, {
      ...methodSettings(options),
      ...(options.tieBreak !== undefined && { tieBreak: tieBreakNames(options.tieBreak) }),
      ...(options.multipleWins && { multipleWins: options.multipleWins === "yes" }),
    });
    const names = judgeNames(event, options);
    const shown = results.map((r) => ({ ...r, result: relabel(r.result, names) }));
    if (options.json)
      return emit(
        io,
        `${JSON.stringify({ prizes: shown.map((r) => prizeJson(r, options)), multipleWins: options.multipleWins ? options.multipleWins === "yes" : (event.judging?.multipleWins ?? true) }, null, 2)}\n`,
        options.output,
      );
    return emit(io, `${shown.map((r) => prizeText(r, io, options)).join("\n\n")}\n`, options.output);
  }

  const m = method as JudgingMethod;
  if (file === undefined && !event)
    throw new CliError(`"judge ${m}" needs a ballots FILE (or --event with ballots)`, 2);
  const all = list(options.projects) ?? event?.projects.map((p) => p.id);
  const loaded = await loadBallots(m, file, event, options, all);
  const { criteria, ineligible } = loaded;
  // Red lines come first for every method: ineligible projects leave the ballots and are listed instead.
  const excluded = new Set(ineligible.map((x) => x.id));
  // The rubric lists ineligible projects itself, so it keeps the full list.
  const candidates = m === "rubric" ? all : all?.filter((id) => !excluded.has(id));
  let { ballots, log } = loaded;
  if (excluded.size > 0 && m !== "rubric") {
    if (ballots.rankings) {
      ballots = {
        rankings: ballots.rankings.flatMap((b) => {
          const groups = b.groups.map((g) => g.filter((id) => !excluded.has(id))).filter((g) => g.length > 0);
          return groups.length > 0 ? [{ ...b, groups }] : [];
        }),
      };
    }
    if (log) {
      const votes = logVotes(log).filter((v) => !excluded.has(v.winner) && !excluded.has(v.loser));
      log = voteLog(votes, candidates);
      if (ballots.votes) ballots = { votes };
    }
  }
  // The event's conflicts of interest (schema's one rule, as in prize judging and the rota) leave ballots out.
  let conflictsApplied: number | undefined;
  if (event) {
    const rule = conflictOfInterest(event);
    const conflicted = (judge: string, project: string) => rule(judge, project) !== undefined;
    const kept = withoutConflicts(
      { ...ballots, ...(log && !ballots.votes && { votes: logVotes(log) }) },
      conflicted,
    );
    const { scores, rankings, votes } = kept.dropped;
    conflictsApplied = scores + rankings + votes;
    if (ballots.scores) ballots = { scores: kept.scores };
    if (ballots.rankings) ballots = { rankings: kept.rankings };
    if (ballots.votes) ballots = { votes: kept.votes };
    if (log && votes > 0) log = voteLog(kept.votes, candidates);
  }
  const methodOptions: MethodOptions = {
    ...methodSettings(options),
    ...(candidates && { candidates }),
    criteria,
  };
  if (m === "rubric") methodOptions.rubric = { ...methodOptions.rubric, ineligible };
  const given = log ? log.judge.length : (ballots.scores ?? ballots.rankings ?? ballots.votes ?? []).length;
  if (given === 0) {
    const kind = m === "rubric" ? "scores" : log ? "votes" : "rankings";
    throw new CliError(
      `${file ?? options.event}: no ${kind} to judge with ${m}${file ? "" : " (judging.ballots is empty)"}`,
    );
  }
  let result =
    log && !ballots.votes
      ? crowdBt(log, {
          ...(candidates && { candidates }),
          ...(methodOptions.crowdBt && { parameters: methodOptions.crowdBt }),
        })
      : judge(m, ballots, methodOptions);
  if (options.tieBreak !== undefined)
    result = breakTies(result, tieBreakSteps(tieBreakNames(options.tieBreak), m, ballots, methodOptions));
  let confidence: BootstrapResult | undefined;
  if (options.bootstrap !== undefined) {
    const bar = progress(io, "bootstrap");
    confidence = bootstrap(m, ballots, {
      ...methodOptions,
      samples: options.bootstrap,
      seed: options.seed,
      onProgress: (done, total) => bar.update(done, total),
    });
    bar.finish();
  }
  const names = event ? judgeNames(event, options) : (id: string) => id;
  result = relabel(result, names);
  const matrix =
    options.explain && RANKED_METHODS.includes(m as never)
      ? preferenceMatrix(buildProfile(ballots.rankings ?? [], candidates ? { candidates } : {}))
      : undefined;
  if (options.json) {
    const json = resultJson(result, options);
    if (m !== "rubric" && ineligible.length > 0) json.ineligible = ineligible;
    if (conflictsApplied !== undefined) json.conflictsApplied = conflictsApplied;
    if (matrix) json.matrix = { candidates: matrix.candidates, wins: matrixRows(matrix) };
    if (confidence) json.confidence = confidence;
    return emit(io, `${JSON.stringify(json, null, 2)}\n`, options.output);
  }
  const out = [resultText(result, io, options)];
  if (m !== "rubric") for (const x of ineligible) out.push(`Ineligible: ${x.id} — ${x.reasons.join("; ")}`);
  if (conflictsApplied) out.push(`Conflicts of interest: ${conflictsApplied} ballot(s) left out or trimmed`);
  if (matrix) {
    out.push("Pairwise preferences (row preferred to column by this many voters):");
    out.push(
      table(
        [
          ["", ...matrix.candidates],
          ...matrixRows(matrix).map((row, i) => [
            matrix.candidates[i]!,
            ...row.map((v, j) => (i === j ? "—" : fmt(v))),
          ]),
        ],
        matrix.candidates.map((_, i) => i + 1),
      ),
    );
  }
  if (confidence) out.push(confidenceText(confidence));
  return emit(io, `${out.join("\n\n")}\n`, options.output);
}

/** Reads the ballots the method needs, from FILE (CSV) or from the event. */
async function loadBallots(
  method: JudgingMethod,
  file: string | undefined,
  event: HackDayEvent | undefined,
  options: Options,
  candidates: readonly string[] | undefined,
): Promise<{
  ballots: BallotSet;
  log?: VoteLog;
  criteria: RubricCriterion[];
  ineligible: { id: string; reasons: string[] }[];
}> {
  const known = candidates ? { candidates } : {};
  let criteria: RubricCriterion[] = [];
  if (options.criteria !== undefined) {
    const scale = options.scale === undefined ? undefined : parseScale(options.scale);
    criteria = parseCriteriaSpec(options.criteria).map((c) => (scale ? { ...c, scale } : c));
  } else if (event?.judging) {
    criteria = event.judging.criteria.map((c) => ({ id: c.id, weight: c.weight, scale: c.scale }));
  }
  const ineligible = event ? eligibility(event).ineligible : [];
  if (method === "rubric") {
    if (criteria.length === 0)
      throw new CliError("rubric needs --criteria name:weight,... or --event with criteria", 2);
    const scores =
      file !== undefined
        ? parseRubricCsv(await readInput(file, MAX_BALLOT_BYTES))
        : (event?.judging?.ballots.scores ?? []);
    return { ballots: { scores }, criteria, ineligible };
  }
  if ((PAIRWISE_METHODS as readonly string[]).includes(method)) {
    let log: VoteLog;
    if (file !== undefined) log = parseVoteLog(await readInput(file, MAX_BALLOT_BYTES), known);
    else log = voteLog(eventVotes(event!), candidates);
    log = logWithoutVoids(log, options.void);
    // A CrowdBT replay reads the columns directly; other uses get vote objects.
    const direct = method === "crowd-bt" && options.bootstrap === undefined && options.tieBreak === undefined;
    return { ballots: direct ? {} : { votes: logVotes(log) }, log, criteria, ineligible };
  }
  let rankings: RankedBallot[];
  if (file !== undefined) rankings = parseRankedCsv(await readInput(file, MAX_BALLOT_BYTES), known).ballots;
  else
    rankings = (event!.judging?.ballots.rankings ?? []).map((b) => ({
      groups: parseRanking(b.ranking),
      count: b.count,
      ...(b.judge !== undefined && { judge: b.judge }),
    }));
  return { ballots: { rankings }, criteria, ineligible };
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

function methodSettings(options: Options): Omit<MethodOptions, "candidates" | "criteria"> {
  return {
    rubric: {
      ...(options.aggregate && { aggregate: options.aggregate }),
      ...(options.trim !== undefined && { trim: options.trim }),
      ...(options.normalise && { normalise: options.normalise }),
      ...(options.anchors !== undefined && { anchors: list(options.anchors)! }),
    },
    ...(options.crowdBt !== undefined && { crowdBt: crowdBtParameters(options.crowdBt) }),
    ...(options.prior !== undefined && { bradleyTerry: { prior: options.prior } }),
    ...(options.k !== undefined && { elo: { k: options.k } }),
  };
}

function crowdBtParameters(spec: string): Partial<CrowdBtParameters> {
  const parameters: Partial<CrowdBtParameters> = {};
  for (const part of list(spec) ?? []) {
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

function tieBreakNames(spec: string): ("head-to-head" | JudgingMethod)[] {
  return (list(spec) ?? []).map((step) => {
    if (step !== "head-to-head" && !(JUDGING_METHODS as readonly string[]).includes(step)) {
      throw new CliError(
        `--tie-break "${step}": expected head-to-head or a method (${JUDGING_METHODS.join(", ")})`,
        2,
      );
    }
    return step as "head-to-head" | JudgingMethod;
  });
}

/** Non-consenting people appear as "judge-N" unless --show-judges. */
function judgeNames(event: HackDayEvent, options: Options): (id: string) => string {
  if (options.showJudges) return (id) => id;
  const people = new Map(event.people.map((p) => [p.id, p]));
  const labels = new Map<string, string>();
  return (id) => {
    if (people.get(id)?.public) return id;
    if (!labels.has(id)) labels.set(id, `judge-${labels.size + 1}`);
    return labels.get(id)!;
  };
}

function relabel<R extends RankingResult>(result: R, name: (id: string) => string): R {
  const r = result as R & { judges?: { id: string }[]; missing?: { judge: string }[] };
  return {
    ...r,
    ...(r.judges && { judges: r.judges.map((j) => ({ ...j, id: name(j.id) })) }),
    ...(r.missing && { missing: r.missing.map((m) => ({ ...m, judge: name(m.judge) })) }),
  };
}

/** The JSON contract: {method, ranking, ties, ...method fields}; bulky evidence only with --explain. */
function resultJson(result: RankingResult, options: Options): Record<string, unknown> {
  const { method, ranking, ties, ...rest } = result as RankingResult & Record<string, unknown>;
  const json: Record<string, unknown> = { method, ranking, ties };
  for (const [key, value] of Object.entries(rest)) {
    if (key === "strongestPaths") {
      if (options.explain) {
        const p = value as Float64Array;
        const n = ranking.length;
        const ids = [...ranking.map((e) => e.id)].sort();
        json.strongestPaths = {
          candidates: ids,
          paths: Array.from({ length: n }, (_, i) => Array.from(p.subarray(i * n, (i + 1) * n))),
        };
      }
    } else if (key === "lockSequence") {
      if (options.explain) json.lockSequence = value;
    } else if (key === "before") {
      if (options.explain) json.before = value;
    } else json[key] = value;
  }
  if (method === "crowd-bt" && !json.judges) json.judges = [];
  return json;
}

const fmt = (value: number) =>
  Number.isInteger(value) ? String(value) : value.toFixed(4).replace(/0+$/, "").replace(/\.$/, "");

const FIELDS: Record<string, [string, string][]> = {
  "stack-rank": [["points", "Points"]],
  borda: [["points", "Points"]],
  copeland: [
    ["score", "Score"],
    ["wins", "Won"],
    ["losses", "Lost"],
    ["draws", "Drawn"],
  ],
  schulze: [["beats", "Beats"]],
  "ranked-pairs": [["above", "Above"]],
  kemeny: [
    ["bestPlace", "Best place"],
    ["worstPlace", "Worst place"],
  ],
  "crowd-bt": [
    ["mu", "μ"],
    ["sigmaSq", "σ²"],
  ],
  "bradley-terry": [
    ["strength", "Strength"],
    ["wins", "Won"],
    ["losses", "Lost"],
  ],
  elo: [["rating", "Rating"]],
  rubric: [
    ["score", "Score"],
    ["raw", "Raw mean"],
    ["judges", "Judges"],
  ],
};

function resultText(
  result: JudgingResult | TieBrokenResult<JudgingResult>,
  io: Io,
  options: Options,
): string {
  const c = colours(io, "stdout");
  const fields = FIELDS[result.method] ?? [];
  const rows = [["Rank", "Project", ...fields.map(([, label]) => label)]];
  for (const entry of result.ranking) {
    const e = entry as unknown as Record<string, number>;
    rows.push([String(entry.rank), entry.id, ...fields.map(([key]) => fmt(e[key]!))]);
  }
  const lines = [
    c.bold(`${result.method}: ${result.ranking.length} projects`),
    table(rows, [0, ...fields.map((_, i) => i + 2)]),
  ];
  lines.push(
    result.ties.length === 0
      ? "No ties."
      : result.ties
          .map((group) =>
            c.yellow(
              `Tied: ${group.join(", ")} — not broken${"tieBreaks" in result ? " by the tie-break policy" : "; use --tie-break"}, the organisers decide`,
            ),
          )
          .join("\n"),
  );
  if ("tieBreaks" in result) {
    for (const t of result.tieBreaks) {
      const how = t.steps
        .map((s) =>
          s.error !== undefined
            ? `${s.by} could not run (${s.error})`
            : `${s.by} → ${s.order.map((g) => g.join(" = ")).join(" > ")}`,
        )
        .join("; ");
      lines.push(
        `Tie-break ${t.group.join(", ")}: ${how || "no steps"}${t.resolved ? "" : " (unresolved — organisers decide)"}`,
      );
    }
  }
  switch (result.method) {
    case "stack-rank":
    case "borda":
      lines.push(`Counting rule: ${result.variant}.`);
      break;
    case "schulze":
      lines.push(
        `Schulze winner${result.winners.length > 1 ? "s (tied)" : ""}: ${result.winners.join(", ")}`,
      );
      if (options.explain) lines.push("Strongest paths p[row, column]:", pathTable(result));
      break;
    case "kemeny":
      lines.push(
        `Kemeny score ${fmt(result.score)}; ${result.unique ? "the optimal order is unique" : `${result.optimalCount} optimal orders (not unique):`}`,
      );
      if (!result.unique)
        lines.push(
          ...result.optimalOrders.map((o) => `  ${o.join(" > ")}`),
          ...(result.optimalOrdersTruncated ? ["  …"] : []),
        );
      break;
    case "ranked-pairs":
      if (result.orderDependent)
        lines.push(
          c.yellow(
            "Pairs of equal strength conflicted: the lock order among them decided part of this result.",
          ),
        );
      if (options.explain) {
        lines.push("Lock sequence (strongest first):");
        for (const s of result.lockSequence)
          lines.push(
            `  ${s.locked ? "lock" : "skip"} ${s.winner} > ${s.loser} (${fmt(s.votes)}–${fmt(s.against)})${s.locked ? "" : ", would close a cycle"}`,
          );
      }
      break;
    case "crowd-bt":
      lines.push(
        table(
          [
            ["Judge", "α", "β", "Reliability α/(α+β)"],
            ...result.judges.map((j) => [j.id, fmt(j.alpha), fmt(j.beta), fmt(j.alpha / (j.alpha + j.beta))]),
          ],
          [1, 2, 3],
        ),
      );
      break;
    case "bradley-terry":
      if (result.separation.length > 0)
        lines.push(
          c.yellow(
            `The votes alone cannot place these groups against each other (the prior decides): ${result.separation.map((g) => `{${g.join(", ")}}`).join(" ")}`,
          ),
        );
      if (!result.converged) lines.push(c.yellow(`Did not converge in ${result.iterations} iterations.`));
      break;
    case "rubric":
      lines.push(...rubricNotes(result, options));
      break;
  }
  return lines.join("\n");
}

/** Schulze's strongest-path matrix as a table, rows and columns in id order. */
function pathTable(result: SchulzeResult): string {
  const ids = [...result.ranking.map((e) => e.id)].sort();
  const n = ids.length;
  const p = result.strongestPaths;
  return table(
    [["", ...ids], ...ids.map((id, i) => [id, ...ids.map((_, j) => (i === j ? "—" : fmt(p[i * n + j]!)))])],
    ids.map((_, i) => i + 1),
  );
}

/** What a rubric result leaves out and why, and (with --explain) each judge's harshness. */
function rubricNotes(result: RubricResult, options: Options): string[] {
  const lines = result.ineligible.map((x) => `Ineligible: ${x.id} — ${x.reasons.join("; ")}`);
  if (result.missing.length > 0)
    lines.push(
      `Missing: ${result.missing.length} score sheet(s) not given or incomplete (left out, not counted as zero)`,
    );
  if (result.unscored.length > 0) lines.push(`Unscored (not ranked): ${result.unscored.join(", ")}`);
  for (const j of result.judges.filter((x) => x.zeroVariance))
    lines.push(`Judge ${j.id} gave every project the same total: counted as no preference.`);
  if (options.explain) {
    const anchor = result.normalise === "anchor";
    lines.push(
      "Judges (harshness):",
      table(
        [
          ["Judge", "Projects", "Mean", "σ", ...(anchor ? ["Offset"] : [])],
          ...result.judges.map((j) => [
            j.id,
            String(j.projects),
            fmt(j.mean),
            j.sd === null ? "—" : fmt(j.sd),
            ...(j.offset !== undefined ? [fmt(j.offset)] : []),
          ]),
        ],
        [1, 2, 3, 4],
      ),
    );
  }
  return lines;
}

function confidenceText(b: BootstrapResult): string {
  const rows = [["Project", "Rank", "P(first)", "Mean rank"]];
  for (const p of b.projects)
    rows.push([p.id, String(p.rank), `${(p.first * 100).toFixed(1)}%`, p.meanRank.toFixed(2)]);
  const head = b.firstAheadOfSecond
    ? `${b.projects[1]!.rank === b.projects[0]!.rank ? "Tied first" : "#1"} ${b.firstAheadOfSecond.first} ranks above ${b.projects[1]!.rank === b.projects[0]!.rank ? "" : "#2 "}${b.firstAheadOfSecond.second} in ${(b.firstAheadOfSecond.share * 100).toFixed(1)}% of resamples`
    : "";
  return [
    `Bootstrap: ${b.samples} resamples of ${b.unit === "judge" ? "judges" : "voters"}`,
    table(rows, [1, 2, 3]),
    head,
  ]
    .filter(Boolean)
    .join("\n");
}

function prizeJson(r: PrizeResult, options: Options) {
  return { ...r, result: resultJson(r.result, options) };
}

function prizeText(r: PrizeResult, io: Io, options: Options): string {
  const c = colours(io, "stdout");
  const lines = [
    c.bold(`${r.name} (${r.prize}) — ${r.method}, ${r.entrants.length} entrants, ${r.ballots} ballots`),
  ];
  if (r.note) lines.push(r.note);
  else {
    lines.push(
      r.winners.length === 1
        ? `Winner: ${r.winners[0]}`
        : r.winners.length > 1
          ? c.yellow(`Tied for the prize: ${r.winners.join(", ")} (unresolved — organisers decide)`)
          : "No winner",
    );
    lines.push(resultText(r.result, io, options));
  }
  for (const s of r.skipped) lines.push(`Passed over: ${s.id} (${s.reason})`);
  for (const x of r.ineligible) lines.push(`Ineligible: ${x.id} — ${x.reasons.join("; ")}`);
  if (r.unchecked.length > 0)
    lines.push(
      `Eligibility not yet checked: ${r.unchecked.map((u) => `${u.id} (${u.flags.join(", ")})`).join(", ")}`,
    );
  if (r.conflictsApplied > 0)
    lines.push(`Conflicts of interest: ${r.conflictsApplied} ballot(s) left out or trimmed`);
  return lines.join("\n");
}

function runSimulation(io: Io, options: Options): Promise<void> {
  const projects = Number(options.projects);
  if (!Number.isInteger(projects) || projects < 2)
    throw new CliError("simulate needs --projects N (a whole number ≥ 2)", 2);
  if (options.judges === undefined) throw new CliError("simulate needs --judges N", 2);
  const methods = list(options.methods)?.map((m) => {
    if (!(JUDGING_METHODS as readonly string[]).includes(m))
      throw new CliError(`--methods: ${unknownChoice("method", m, JUDGING_METHODS)}`, 2);
    return m as JudgingMethod;
  });
  const bar = progress(io, "simulating");
  const result: SimulationResult = simulate({
    projects,
    judges: options.judges,
    minutes: options.minutes,
    visitMinutes: options.visit,
    noise: options.noise,
    harshness: options.harshness,
    k: options.top,
    trials: options.trials,
    seed: options.seed,
    ...(methods && { methods }),
    onProgress: (done, total) => bar.update(done, total),
  });
  bar.finish();
  if (options.json) return emit(io, `${JSON.stringify(result, null, 2)}\n`, options.output);
  const s = result.settings;
  const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
  const rows = [["Method", `Top ${s.k} exactly`, "Best first", `Top ${s.k} overlap`]];
  for (const m of [...result.methods].sort((a, b) => b.topK - a.topK || b.overlap - a.overlap)) {
    rows.push(
      m.skipped ? [m.method, "—", "—", m.skipped] : [m.method, pct(m.topK), pct(m.winner), pct(m.overlap)],
    );
  }
  return emit(
    io,
    `${[
      `${s.projects} projects, ${s.judges} judges, ${s.minutes} min at ${s.visitMinutes} min a visit: ${result.visitsPerJudge} visits each, ${result.viewsPerProject.toFixed(1)} views per project; noise ${s.noise}, harshness ${s.harshness}; ${s.trials} trials`,
      table(rows, [1, 2, 3]),
    ].join("\n")}\n`,
    options.output,
  );
}
