import { buildIcs, type FeedScope, type RotaSlotLike } from "@hackdaykit/ical";
import { buildRota, rotaProblemFromEvent, ScheduleError } from "@hackdaykit/schedule";
import type { HackDayEvent } from "@hackdaykit/schema";
import { readEvent, readInput } from "../input.js";
import { CliError, colours, emit, jsonText } from "../io.js";
import { wholeNumber } from "../option-values.js";
import { guard } from "./ical-shared.js";
import { type CommandContext, summaryOf } from "./index.js";

interface Options {
  person?: string;
  track?: string;
  room?: string;
  previous?: string;
  output?: string;
  stamp?: string;
  overview?: boolean;
  json?: boolean;
  views: number;
  minutes: number;
  changeover: number;
}

interface RotaSettings {
  views: number;
  minutes: number;
  changeover: number;
}

/** DTSTAMP fallback: --stamp, else SOURCE_DATE_EPOCH (reproducible builds), else the library's default. */
function stampOption(value: string | undefined, env: Record<string, string | undefined>): Date | undefined {
  if (value !== undefined) {
    const date = new Date(value);
    if (Number.isNaN(date.getTime()) || !/^\d{4}-\d{2}-\d{2}T.*(Z|[+-]\d{2}:\d{2})$/.test(value)) {
      throw new CliError(`--stamp: expected an instant such as 2026-05-01T12:00:00Z, got "${value}"`, 2);
    }
    return date;
  }
  const epoch = env.SOURCE_DATE_EPOCH;
  if (epoch !== undefined && /^\d+$/.test(epoch)) return new Date(Number(epoch) * 1000);
  return undefined;
}

/** A judge's timed visits, from the same default rota `hackday rota` plans; none if the event has no judging. */
function rotaFor(event: HackDayEvent, person: string, settings: RotaSettings): RotaSlotLike[] {
  try {
    const { problem, timing } = rotaProblemFromEvent(event, settings);
    if (!problem.judges.some((judge) => judge.id === person)) return [];
    return buildRota(problem, timing).slots.filter((slot) => slot.judge === person);
  } catch (err) {
    if (err instanceof ScheduleError) return [];
    throw err;
  }
}

export function registerIcs({ program, io }: CommandContext): void {
  program
    .command("ics")
    .description(summaryOf("ics"))
    .argument("<event>", "event file (YAML or JSON)")
    .option("--person <id>", "only this person's sessions and judging rota (a private feed)")
    .option("--track <id>", "only this track's public sessions")
    .option("--room <id>", "only this room's public sessions")
    .option(
      "--previous <file>",
      "the .ics published last time: moved sessions get SEQUENCE+1, removed ones are cancelled",
    )
    .option(
      "--stamp <instant>",
      "DTSTAMP for sessions without `updated` (default: SOURCE_DATE_EPOCH, else from the file)",
    )
    .option(
      "--views <k>",
      "with --person: visits per project in the judging rota (as hackday rota)",
      wholeNumber(1),
      3,
    )
    .option(
      "--minutes <t>",
      "with --person: minutes a judge spends at a table (as hackday rota)",
      wholeNumber(1),
      4,
    )
    .option(
      "--changeover <c>",
      "with --person: minutes to move to the next table (as hackday rota)",
      wholeNumber(0),
      1,
    )
    .option("--no-overview", "leave out the all-day entry spanning the event's days")
    .option("-o, --output <file>", "write to FILE (atomically) instead of stdout")
    .option("--json", "print a summary (entries and changes) as JSON on stdout")
    .addHelpText(
      "after",
      [
        "",
        "Examples:",
        "  $ hackday ics examples/nhs-hack-day-31.yaml -o event.ics",
        "  $ hackday ics event.yaml --track main-stage --previous site/main.ics -o site/main.ics",
        "  $ hackday ics event.yaml --person ines-abernethy -o ines.ics",
      ].join("\n"),
    )
    .action(async (file: string, options: Options) => {
      const chosen = [options.person, options.track, options.room].filter((v) => v !== undefined);
      if (chosen.length > 1) throw new CliError("give at most one of --person, --track and --room", 2);
      const scope: FeedScope =
        options.person !== undefined
          ? { kind: "person", person: options.person }
          : options.track !== undefined
            ? { kind: "track", track: options.track }
            : options.room !== undefined
              ? { kind: "room", room: options.room }
              : { kind: "event" };
      const { event, text } = await readEvent(file);
      const previous = options.previous === undefined ? undefined : await readInput(options.previous);
      const stamp = stampOption(options.stamp, io.env);
      const rota =
        options.person === undefined
          ? []
          : rotaFor(event, options.person, {
              views: options.views,
              minutes: options.minutes,
              changeover: options.changeover,
            });
      const result = guard(file, text, () =>
        buildIcs(event, {
          scope,
          rota,
          ...(previous !== undefined && { previous }),
          ...(stamp && { stamp }),
          ...(options.overview === false && { overview: false }),
        }),
      );
      const { changes } = result;
      if (options.json) {
        if (options.output !== undefined) await emit(io, result.ics, options.output);
        const summary = {
          ...(options.output !== undefined && { file: options.output }),
          entries: result.uids.length,
          uids: result.uids,
          changes,
          ...(options.output === undefined && { ics: result.ics }),
        };
        io.stdout.write(jsonText(summary));
        return;
      }
      await emit(io, result.ics, options.output);
      if (options.output !== undefined || options.previous !== undefined) {
        const c = colours(io);
        const parts = [
          `${result.uids.length} entries`,
          options.previous !== undefined &&
            `${changes.moved.length} moved, ${changes.edited.length} edited, ${changes.added.length} new, ${changes.cancelled.length} cancelled`,
        ].filter(Boolean);
        io.stderr.write(`${c.green("✓")} ${options.output ?? "stdout"}: ${parts.join("; ")}\n`);
      }
    });
}
