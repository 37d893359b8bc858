import { judgePrizes, type PrizeResult } from "@hackdaykit/judging";
import type { Command } from "commander";
import { readEvent } from "../input.js";
import { CliError, colours, emit, emitJson } from "../io.js";
import { type CommandContext, summaryOf } from "./index.js";
import { judgingErrorsAt } from "./judge/errors.js";
import { prizeText } from "./judge/format-prize.js";
import { judgeNames, relabel } from "./judge/names.js";
import { addJudgeOptions, type JudgeOption, judgeOptions } from "./judge/options.js";
import { resultJson } from "./judge/result-json.js";
import { methodSettings, tieBreakNames } from "./judge/settings.js";

const READS: readonly JudgeOption[] = [
  "json",
  "output",
  "explain",
  "event",
  "aggregate",
  "trim",
  "normalise",
  "anchors",
  "k",
  "prior",
  "crowdBt",
  "tieBreak",
  "multipleWins",
  "showJudges",
];

/** `hackday judge prizes --event FILE`: every prize of the event, each with its own method, judges and entrants. */
export function registerJudgePrizes({ program, io }: CommandContext): void {
  const command: Command = program
    .command("prizes")
    .description(summaryOf("judge prizes"))
    // `judge`'s own options are read when typed before the name, but are not this command's to document.
    .configureHelp({ showGlobalOptions: false })
    .argument("[file]", "not read: prizes take every ballot from the event file")
    .addHelpText(
      "after",
      `
Examples:
  $ hackday judge prizes --event examples/nhs-hack-day-31.yaml
  $ hackday judge prizes --event event.yaml --tie-break head-to-head,borda --multiple-wins no --json`,
    );
  addJudgeOptions(command, READS).action(async (file: string | undefined) => {
    const options = judgeOptions(command, READS, "judge prizes", io);
    if (options.event === undefined) throw new CliError('"judge prizes" needs --event FILE', 2);
    const event = (await readEvent(options.event)).event;
    if (file !== undefined) {
      throw new CliError(
        `"judge prizes" reads every ballot from the event file; "${file}" would be ignored: drop it, or judge it with "hackday judge METHOD ${file} --event ${options.event}"`,
        2,
      );
    }
    await judgingErrorsAt(options.event, async () => {
      const names = judgeNames(event, options.showJudges);
      const prizes: PrizeResult[] = judgePrizes(event, {
        ...methodSettings(options),
        ...(options.tieBreak !== undefined && { tieBreak: tieBreakNames(options.tieBreak) }),
        ...(options.multipleWins && { multipleWins: options.multipleWins === "yes" }),
      }).map((r) => ({ ...r, result: relabel(r.result, names) }));
      if (options.json) {
        const multipleWins = options.multipleWins
          ? options.multipleWins === "yes"
          : (event.judging?.multipleWins ?? true);
        const shown = prizes.map((r) => ({ ...r, result: resultJson(r.result, options.explain) }));
        return emitJson(io, { prizes: shown, multipleWins }, options.output);
      }
      const view = { c: colours(io, "stdout"), explain: Boolean(options.explain) };
      return emit(io, `${prizes.map((r) => prizeText(r, view)).join("\n\n")}\n`, options.output);
    });
  });
}
