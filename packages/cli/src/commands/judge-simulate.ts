import { type SimulationResult, simulate } from "@hackdaykit/judging";
import { JUDGING_METHODS, type JudgingMethod } from "@hackdaykit/schema/lite";
import type { Command } from "commander";
import { unknownChoice } from "../choices.js";
import { CliError, emit, emitJson, type Io, progress } from "../io.js";
import { commaList } from "../option-values.js";
import { type CommandContext, summaryOf } from "./index.js";
import { simulationText } from "./judge/format-simulation.js";
import { addJudgeOptions, type JudgeOption, type JudgeOptions, judgeOptions } from "./judge/options.js";

const READS: readonly JudgeOption[] = [
  "json",
  "output",
  "projectCount",
  "judges",
  "minutes",
  "visit",
  "noise",
  "harshness",
  "top",
  "trials",
  "methods",
  "seed",
  "projects",
];

/** `hackday judge simulate`: how often each method finds the true top k with these numbers of judges and projects. */
export function registerJudgeSimulate({ program, io }: CommandContext): void {
  const command: Command = program
    .command("simulate")
    .description(summaryOf("judge simulate"))
    // `judge`'s own options are read when typed before the name, but are not this command's to document.
    .configureHelp({ showGlobalOptions: false })
    .addHelpText(
      "after",
      `
Example:
  $ hackday judge simulate --project-count 200 --judges 40 --minutes 120 --visit 4 --noise 0.7`,
    );
  // --projects N was the count's old name, from when this was one command with judge METHOD (whose --projects
  // takes ids): still read, hidden, with a notice.
  addJudgeOptions(command, READS, ["projects"]).action(async () => {
    const options = judgeOptions(command, READS, "judge simulate", io);
    const projects = projectCount(options, io);
    if (options.judges === undefined) throw new CliError("simulate needs --judges N", 2);
    const methods = commaList(options.methods)?.map((m) => {
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
    if (options.json) return emitJson(io, result, options.output);
    return emit(io, `${simulationText(result)}\n`, options.output);
  });
}

function projectCount(options: JudgeOptions, io: Io): number {
  if (options.projects === undefined) {
    if (options.projectCount === undefined)
      throw new CliError("simulate needs --project-count N (a whole number ≥ 2)", 2);
    return options.projectCount;
  }
  if (options.projectCount !== undefined)
    throw new CliError("give --project-count only (--projects is its old name)", 2);
  io.stderr.write('hackday: warning: "judge simulate --projects N" is deprecated: use --project-count N\n');
  const n = Number(options.projects);
  if (options.projects.trim() === "" || !Number.isInteger(n) || n < 2)
    throw new CliError("simulate needs --project-count N (a whole number ≥ 2)", 2);
  return n;
}
