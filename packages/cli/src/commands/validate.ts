import { parseLedgerText } from "@hackdaykit/ledger";
import { formatIssue, readEventFile, readTextFile, type ValidationIssue } from "@hackdaykit/schema";
import { colours, jsonText } from "../io.js";
import { type CommandContext, summaryOf } from "./index.js";

interface Options {
  json?: boolean;
}

type Checked =
  | { ok: true; warnings: ValidationIssue[]; summary: string }
  | { ok: false; issues: ValidationIssue[] };

/** Our ledger files sit beside event files, named `*.ledger.yaml` (or .yml/.json). */
const LEDGER_FILE = /\.ledger\.(ya?ml|json)$/i;

async function checkFile(file: string): Promise<Checked> {
  if (LEDGER_FILE.test(file)) {
    const read = await readTextFile(file);
    if (!read.ok) return { ok: false, issues: [read.issue] };
    const result = parseLedgerText(read.text, file);
    if (!result.ok) return result;
    const { transactions, accounts } = result.ledger;
    return {
      ok: true,
      warnings: result.warnings,
      summary: `valid ledger (${transactions.length} transactions, ${accounts.length} accounts)`,
    };
  }
  const result = await readEventFile(file);
  if (!result.ok) return result;
  const { people, sessions, projects } = result.event;
  return {
    ok: true,
    warnings: result.warnings,
    summary: `valid (${people.length} people, ${sessions.length} sessions, ${projects.length} projects)`,
  };
}

export function registerValidate({ program, io, setExit }: CommandContext): void {
  program
    .command("validate")
    .description(summaryOf("validate"))
    .argument("<files...>", "event files (and *.ledger.yaml ledger files) to check")
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
        const result = await checkFile(file);
        const issues = result.ok ? result.warnings : result.issues;
        report.push({ file, valid: result.ok, issues });
        if (options.json) continue;
        for (const issue of issues) {
          const line = formatIssue({ ...issue, file: issue.file ?? file });
          io.stderr.write(`${issue.severity === "error" ? c.red(line) : c.yellow(line)}\n`);
        }
        if (result.ok) io.stdout.write(`${out.green("✓")} ${file}: ${result.summary}\n`);
      }
      if (options.json) io.stdout.write(jsonText({ files: report }));
      const invalid = report.filter((r) => !r.valid).length;
      if (invalid > 0) {
        if (!options.json) io.stderr.write(c.red(`${invalid} of ${files.length} file(s) invalid\n`));
        setExit(1);
      }
    });
}
