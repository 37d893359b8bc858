import { toC3voc, toJsonLd } from "@hackdaykit/ical";
import { unknownChoice } from "../choices.js";
import { readEvent } from "../input.js";
import { CliError, emitJson } from "../io.js";
import { guard } from "./ical-shared.js";
import { type CommandContext, summaryOf } from "./index.js";

interface Options {
  format: string;
  output?: string;
  dayChange?: string;
  json?: boolean;
}

const FORMATS = ["c3voc", "jsonld"] as const;

export function registerExport({ program, io }: CommandContext): void {
  program
    .command("export")
    .description(summaryOf("export"))
    .argument("<event>", "event file (YAML or JSON)")
    .requiredOption("--format <format>", `one of ${FORMATS.join(", ")}`)
    .option("--day-change <HH:MM>", "c3voc: local time one schedule day hands over to the next", "06:00")
    .option("-o, --output <file>", "write to FILE (atomically) instead of stdout")
    .option("--json", "JSON on stdout (both formats are JSON already; accepted for consistency)")
    .addHelpText(
      "after",
      [
        "",
        "Examples:",
        "  $ hackday export examples/riverbend-expo-2026.yaml --format c3voc -o schedule.json",
        '  $ hackday export event.yaml --format jsonld   # paste into <script type="application/ld+json">',
      ].join("\n"),
    )
    .action(async (file: string, options: Options) => {
      if (!(FORMATS as readonly string[]).includes(options.format)) {
        throw new CliError(`--format: ${unknownChoice("format", options.format, FORMATS)}`, 2);
      }
      if (options.dayChange !== undefined && !/^([01]\d|2[0-3]):[0-5]\d$/.test(options.dayChange)) {
        throw new CliError(`--day-change: expected a clock time HH:MM, got "${options.dayChange}"`, 2);
      }
      const { event, text } = await readEvent(file);
      const data = guard(file, text, () =>
        options.format === "c3voc"
          ? toC3voc(event, { ...(options.dayChange !== undefined && { dayChange: options.dayChange }) })
          : toJsonLd(event),
      );
      await emitJson(io, data, options.output);
    });
}
