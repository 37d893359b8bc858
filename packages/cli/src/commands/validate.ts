import { formatIssue, readEventFile, type ValidationIssue } from "@hackdaykit/schema";
import { colours } from "../io.js";
import type { CommandContext } from "./index.js";

interface Options {
  json?: boolean;
}

export function registerValidate({ program, io, setExit }: CommandContext): void {
  program
    .command("validate")
    .description("Check event files (YAML or JSON): shape, references, ids and local times")
    .argument("<files...>", "event files to check")
    .option("--json", "print the result as JSON on stdout")
    .addHelpText(
      "after",
      "\nExamples:\n  $ hackday validate examples/*.yaml\n  $ hackday validate my-event.yaml --json",
    )
    .action(async (files: string[], options: Options) => {
      const c = colours(io);
      const out = colours(io, "stdout");
      const report: { file: string; valid: boolean; issues: ValidationIssue[] }[] = [];
      for (const file of files) {
        const result = await readEventFile(file);
        const issues = result.ok ? result.warnings : result.issues;
        report.push({ file, valid: result.ok, issues });
        if (options.json) continue;
        for (const issue of issues) {
          const line = formatIssue({ ...issue, file: issue.file ?? file });
          io.stderr.write(`${issue.severity === "error" ? c.red(line) : c.yellow(line)}\n`);
        }
        if (result.ok) {
          const { people, sessions, projects } = result.event;
          io.stdout.write(
            `${out.green("✓")} ${file}: valid (${people.length} people, ${sessions.length} sessions, ${projects.length} projects)\n`,
          );
        }
      }
      if (options.json) io.stdout.write(`${JSON.stringify({ files: report }, null, 2)}\n`);
      const invalid = report.filter((r) => !r.valid).length;
      if (invalid > 0) {
        if (!options.json) io.stderr.write(c.red(`${invalid} of ${files.length} file(s) invalid\n`));
        setExit(1);
      }
    });
}
