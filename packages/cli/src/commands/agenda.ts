import {
  type Agenda,
  type AgendaConflict,
  buildAgenda,
  detectConflicts,
  endLabel,
  hasHardConflict,
  wallTextFor,
} from "@hackdaykit/schedule";
import { formatIssue, formatOffset, type HackDayEvent, isoInZone } from "@hackdaykit/schema";
import { readEvent } from "../input.js";
import { colours, emit, emitJson, table } from "../io.js";
import { type CommandContext, summaryOf } from "./index.js";

interface Options {
  check?: boolean;
  json?: boolean;
  output?: string;
}

const weekday = (date: string) =>
  new Intl.DateTimeFormat("en-GB", {
    weekday: "long",
    day: "numeric",
    month: "long",
    year: "numeric",
    timeZone: "UTC", // a bare date: UTC just names it, it is not the event's clock
  }).format(new Date(`${date}T12:00:00Z`));

function agendaText(agenda: Agenda, event: HackDayEvent, bold: (s: string) => string): string {
  const out: string[] = [];
  for (const day of agenda.days) {
    out.push(bold(`${weekday(day.date)} (${agenda.zone})`));
    const rows = [["Start", "End", "Min", "Session", "Kind", "Room"]];
    for (const item of day.items) {
      const note =
        item.startOffset !== item.endOffset
          ? ` (clocks change: ${formatOffset(item.startOffset)} → ${formatOffset(item.endOffset)})`
          : "";
      // In the hour the clocks repeat, say which 01:30 is meant.
      const repeated = (d: Date) => /[+-]\d\d:\d\d$/.test(wallTextFor(d, agenda.zone));
      rows.push([
        repeated(item.start) ? `${item.startLocal} (${formatOffset(item.startOffset)})` : item.startLocal,
        endLabel(item), // "11:00+1" when it ends on a later day
        String(Math.round(item.minutes)),
        `${item.title}${item.visibility === "internal" ? " [internal]" : ""}${note}`,
        item.kind,
        item.room ?? "",
      ]);
    }
    out.push(table(rows, [2]), "");
  }
  if (agenda.items.length === 0) out.push(`${event.name}: no sessions`);
  return `${out.join("\n").trimEnd()}\n`;
}

function conflictJson(
  conflict: AgendaConflict,
  file: string,
  locate: (path: (string | number)[]) => unknown,
) {
  return { ...conflict, file, ...(locate(conflict.path) as object | undefined) };
}

export function registerAgenda({ program, io, setExit }: CommandContext): void {
  program
    .command("agenda")
    .description(summaryOf("agenda"))
    .argument("<event>", "event file (YAML or JSON)")
    .option("--check", "list conflicts (rooms, people, opening hours, bookings, judges); exit 1 on any error")
    .option("--json", "print the agenda (and conflicts) as JSON on stdout")
    .option("-o, --output <file>", "write to a file instead of stdout")
    .addHelpText(
      "after",
      "\nExamples:\n  $ hackday agenda examples/nhs-hack-day-31.yaml\n  $ hackday agenda examples/nhs-hack-day-31.yaml --check\n  $ hackday agenda my-event.yaml --json -o agenda.json",
    )
    .action(async (file: string, options: Options) => {
      const { event, locate } = await readEvent(file);
      const agenda = buildAgenda(event);
      const conflicts = options.check ? detectConflicts(event, agenda) : agenda.problems;
      const zone = agenda.zone;
      if (options.json) {
        const data = {
          event: event.id,
          zone,
          days: agenda.days.map((day) => ({
            date: day.date,
            sessions: day.items.map((item) => ({
              ...item,
              start: isoInZone(item.start, zone),
              end: isoInZone(item.end, zone),
            })),
          })),
          ...(options.check && { conflicts: conflicts.map((c) => conflictJson(c, file, locate)) }),
        };
        await emitJson(io, data, options.output);
      } else if (options.check) {
        const c = colours(io, "stdout");
        const lines = conflicts.map((conflict) => {
          const line = formatIssue({ ...conflict, file, ...locate(conflict.path) });
          return conflict.severity === "error" ? c.red(line) : c.yellow(line);
        });
        const errors = conflicts.filter((x) => x.severity === "error").length;
        const summary =
          conflicts.length === 0
            ? `${c.green("✓")} ${file}: no conflicts in ${agenda.items.length} sessions`
            : `${file}: ${errors} error(s), ${conflicts.length - errors} warning(s) in ${agenda.items.length} sessions`;
        await emit(io, `${[...lines, summary].join("\n")}\n`, options.output);
      } else {
        await emit(io, agendaText(agenda, event, colours(io, "stdout").bold), options.output);
      }
      if (hasHardConflict(conflicts)) setExit(1);
    });
}
