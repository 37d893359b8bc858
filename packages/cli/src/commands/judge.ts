import {
  type BootstrapResult,
  bootstrap,
  breakTies,
  buildProfile,
  crowdBt,
  judge,
  type MethodOptions,
  matrixRows,
  preferenceMatrix,
  RANKED_METHODS,
  tieBreakSteps,
} from "@hackdaykit/judging";
import { JUDGING_METHODS, type JudgingMethod } from "@hackdaykit/schema/lite";
import type { Command } from "commander";
import { unknownChoice } from "../choices.js";
import { readEvent } from "../input.js";
import { CliError, colours, emit, emitJson, type Io, progress } from "../io.js";
import { type CommandContext, commands, summaryOf } from "./index.js";
import { prepareBallots } from "./judge/ballots.js";
import { judgingErrorsAt } from "./judge/errors.js";
import { confidenceText } from "./judge/format-confidence.js";
import { resultText } from "./judge/format-result.js";
import { judgeNames, relabel } from "./judge/names.js";
import { addJudgeOptions, type JudgeOption, type JudgeOptions, judgeOptions } from "./judge/options.js";
import { resultJson } from "./judge/result-json.js";
import { methodSettings, tieBreakNames } from "./judge/settings.js";
import { conflictsLine, ineligibleLines, squareTable } from "./judge/text.js";

const READS: readonly JudgeOption[] = [
  "json",
  "output",
  "explain",
  "event",
  "projects",
  "criteria",
  "scale",
  "aggregate",
  "trim",
  "normalise",
  "anchors",
  "void",
  "k",
  "prior",
  "crowdBt",
  "tieBreak",
  "bootstrap",
  "seed",
  "showJudges",
];
/** `judge prizes` and `judge simulate`: their own commands, named where METHOD goes. */
const SUBCOMMANDS = commands.find((c) => c.name === "judge")?.subcommands?.map((s) => s.name) ?? [];

export function registerJudge({ program, io }: CommandContext): void {
  const command: Command = program
    .command("judge")
    .description(summaryOf("judge"))
    .argument("<method>", `one of ${JUDGING_METHODS.join(", ")}; or a command: ${SUBCOMMANDS.join(", ")}`)
    .argument("[file]", "ballots CSV (header row required); omit with --event to use the event's ballots")
    // Options after "prizes" or "simulate" are theirs; the ones before are read by this command and passed on.
    .enablePositionalOptions()
    .helpCommand(false)
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
  $ hackday judge simulate --project-count 200 --judges 40 --minutes 120 --visit 4 --noise 0.7`,
    );
  addJudgeOptions(command, READS).action(async (method: string, file: string | undefined) => {
    if (!(JUDGING_METHODS as readonly string[]).includes(method))
      throw new CliError(unknownChoice("method", method, [...JUDGING_METHODS, ...SUBCOMMANDS]), 2);
    const options = judgeOptions(command, READS, `judge ${method}`, io);
    await judgingErrorsAt(file ?? options.event ?? "judge", () =>
      judgeBallots(io, method as JudgingMethod, file, options),
    );
  });
}

async function judgeBallots(io: Io, m: JudgingMethod, file: string | undefined, options: JudgeOptions) {
  const event = options.event === undefined ? undefined : (await readEvent(options.event)).event;
  if (file === undefined && !event)
    throw new CliError(`"judge ${m}" needs a ballots FILE (or --event with ballots)`, 2);
  const { ballots, log, criteria, candidates, ineligible, conflictsApplied } = await prepareBallots(
    m,
    file,
    event,
    options,
  );
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
  result = relabel(result, judgeNames(event, options.showJudges));
  const matrix =
    options.explain && RANKED_METHODS.includes(m as never)
      ? preferenceMatrix(buildProfile(ballots.rankings ?? [], candidates ? { candidates } : {}))
      : undefined;
  const listed = m === "rubric" ? [] : ineligible; // the rubric's result lists its own
  if (options.json) {
    const json = resultJson(result, options.explain);
    if (listed.length > 0) json.ineligible = listed;
    if (conflictsApplied !== undefined) json.conflictsApplied = conflictsApplied;
    if (matrix) json.matrix = { candidates: matrix.candidates, wins: matrixRows(matrix) };
    if (confidence) json.confidence = confidence;
    return emitJson(io, json, options.output);
  }
  const out = [resultText(result, { c: colours(io, "stdout"), explain: Boolean(options.explain) })];
  out.push(...ineligibleLines(listed));
  if (conflictsApplied) out.push(conflictsLine(conflictsApplied));
  if (matrix) {
    const rows = matrixRows(matrix);
    out.push(
      "Pairwise preferences (row preferred to column by this many voters):",
      squareTable(matrix.candidates, (i, j) => rows[i]![j]!),
    );
  }
  if (confidence) out.push(confidenceText(confidence));
  return emit(io, `${out.join("\n\n")}\n`, options.output);
}
