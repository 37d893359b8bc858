import { formatIssue, parseSource, safeParseEvent, ValidationError } from "@hackdaykit/schema";
import { importDevpost } from "@hackdaykit/schema/devpost";
import { readInput } from "../input.js";
import { CliError, colours, emit } from "../io.js";
import { type CommandContext, summaryOf } from "./index.js";

interface Options {
  event?: string;
  output?: string;
  includeDrafts?: boolean;
  json?: boolean;
}

type Doc = Record<string, unknown>;

const list = (doc: Doc, key: string): Record<string, unknown>[] =>
  Array.isArray(doc[key]) ? (doc[key] as Record<string, unknown>[]) : [];

export function registerImport({ program, io }: CommandContext): void {
  const command = program
    .command("import")
    .description(summaryOf("import"))
    .addHelpText(
      "after",
      "\nExample:\n  $ hackday import devpost submissions.csv --event event.yaml -o event.json",
    );
  command
    .command("devpost")
    .description("Read a Devpost project export (CSV) into people, teams, projects and prize entries")
    .argument("<csv>", "Devpost export, any column order; headers matched by name")
    .option("--event <file>", "merge into this event file and print the whole event (JSON)")
    .option("--include-drafts", "keep submissions whose status is Draft")
    .option("-o, --output <file>", "write to FILE (atomically) instead of stdout")
    .option("--json", "JSON on stdout (the output is JSON already; accepted for consistency)")
    .addHelpText(
      "after",
      [
        "",
        "Without --event it prints {people, teams, projects, prizes, sponsors} to paste into an event file.",
        "Emails are kept as private contact details (public: false); nobody is made public.",
        "",
        "Examples:",
        "  $ hackday import devpost projects.csv > imported.json",
        "  $ hackday import devpost projects.csv --event event.yaml -o event.json",
      ].join("\n"),
    )
    .action(async (csvFile: string, options: Options) => {
      const c = colours(io);
      const csv = await readInput(csvFile);
      let doc: Doc | undefined;
      if (options.event !== undefined) {
        const text = await readInput(options.event);
        const source = parseSource(text, options.event);
        if (source.issues.length > 0) throw new CliError(source.issues.map(formatIssue).join("\n"));
        if (typeof source.data !== "object" || source.data === null || Array.isArray(source.data)) {
          throw new CliError(`${options.event}: expected an event (a mapping at the top level)`);
        }
        doc = source.data as Doc;
      }
      const existing = doc && {
        people: list(doc, "people") as { id: string; name: string; email?: string }[],
        prizes: list(doc, "prizes") as { id: string; name: string }[],
        sponsors: list(doc, "sponsors") as { id: string; name: string }[],
        projects: list(doc, "projects") as { id: string }[],
        teams: list(doc, "teams") as { id: string }[],
      };
      let imported: ReturnType<typeof importDevpost>;
      try {
        imported = importDevpost(csv, {
          file: csvFile,
          ...(options.includeDrafts && { includeDrafts: true }),
          ...(existing && { existing }),
        });
      } catch (err) {
        // The issues carry the CSV's own file and line.
        if (err instanceof ValidationError) throw new CliError(err.issues.map(formatIssue).join("\n"));
        throw err;
      }
      for (const warning of imported.warnings) io.stderr.write(`${c.yellow(formatIssue(warning))}\n`);
      const { people, teams, projects, prizes, sponsors } = imported;
      let output: Doc = { people, teams, projects, prizes, sponsors };
      if (doc) {
        output = { ...doc };
        for (const [key, added] of Object.entries({ people, sponsors, prizes, teams, projects })) {
          output[key] = [...list(doc, key), ...added];
        }
        const check = safeParseEvent(output);
        if (!check.ok) {
          const errors = check.issues.filter((i) => i.severity === "error").slice(0, 20);
          throw new CliError(
            `merged event is not valid:\n${errors.map((i) => `  ${formatIssue(i)}`).join("\n")}`,
          );
        }
      }
      await emit(io, `${JSON.stringify(output, null, 2)}\n`, options.output);
      io.stderr.write(
        `${c.green("✓")} ${projects.length} projects, ${teams.length} teams, ${people.length} new people, ${prizes.length} new prizes` +
          (imported.skipped > 0 ? ` (${imported.skipped} drafts skipped)` : "") +
          "\n",
      );
    });
}
