import { type FileHandle, open } from "node:fs/promises";
import { extname } from "node:path";
import type { LedgerContext } from "@hackdaykit/ledger";
import {
  ACCOUNT_PATTERN,
  balanceJournalStream,
  balanceSheet,
  balances,
  budgetVsActual,
  checkAppendOnly,
  eventsOf,
  formatMinor,
  incomeStatement,
  isUnder,
  JournalError,
  type Ledger,
  type OpenAccounts,
  openAccounts,
  openAccountsCsv,
  openAccountsJson,
  openAccountsMarkdown,
  openAccountsSvg,
  outstandingReimbursements,
  parseJournal,
  pledgesVsReceived,
  register,
  toBeancount,
  toHledger,
  toJsonValue,
  toLedgerCli,
  toPostingsCsv,
  totalsByCurrency,
  trialBalance,
  withEvent,
} from "@hackdaykit/ledger/lite";
import { formatIssue, readTextFile, type ValidationIssue } from "@hackdaykit/schema/lite";
import { unknownChoice } from "../choices.js";
import { readEvent } from "../input.js";
import { CliError, colours, emit, type Io, jsonText, table, writeFileAtomic } from "../io.js";
import { type CommandContext, summaryOf } from "./index.js";

const EVENT_HELP =
  "only this event: its id, or its event file (event.yaml), whose sponsors then name the payees";
const JOURNAL_EXTENSIONS = new Set([".journal", ".ledger", ".hledger"]);
/** Journals read whole (for reports and exports) may be large; the balance command streams instead. */
const MAX_JOURNAL_BYTES = 512 * 1024 * 1024;

/**
 * Our YAML ledger format (its loader, schemas and YAML writer need zod and yaml, ~0.2 s to load): imported only
 * by what reads or writes that format, so `accounts balance big.journal` does not pay for it.
 */
const yamlLedger = () => import("@hackdaykit/ledger");

const isJournal = (file: string) => JOURNAL_EXTENSIONS.has(extname(file).toLowerCase());

function fail(io: Io, issues: readonly ValidationIssue[], file: string): never {
  const c = colours(io);
  for (const issue of issues)
    io.stderr.write(`${c.red(formatIssue({ ...issue, file: issue.file ?? file }))}\n`);
  throw new CliError(
    `${file}: ${issues.length} problem${issues.length === 1 ? "" : "s"}; nothing was written`,
  );
}

const EVENT_FILE = /\.(ya?ml|json)$/i;

/**
 * `--event` names an event id (only its transactions) or an event file: then the ledger is read with that event
 * (its sponsors are payees, their pledges count) and reports keep to its id.
 */
async function eventOption(value: string | undefined): Promise<{ context: LedgerContext; id?: string }> {
  if (value === undefined) return { context: {} };
  if (!EVENT_FILE.test(value)) return { context: {}, id: value };
  const { event } = await readEvent(value);
  return { context: { event }, id: event.id };
}

/** `--event` where only an event file makes sense (check, export). */
async function eventFileOption(value: string | undefined): Promise<{ context: LedgerContext }> {
  if (value !== undefined && !EVENT_FILE.test(value)) {
    throw new CliError(`--event takes an event file (event.yaml), not "${value}"`, 2);
  }
  return eventOption(value);
}

function empty(io: Io, file: string): never {
  const message = "the journal is empty: expected dated transactions";
  return fail(io, [{ severity: "error", path: [], message }], file);
}

/** Reads our YAML/JSON ledger or an hledger/ledger journal (by extension) into a checked Ledger. */
async function loadLedger(io: Io, file: string, context: LedgerContext = {}): Promise<Ledger> {
  if (extname(file).toLowerCase() === ".csv") {
    throw new CliError(
      `${file}: a bank statement CSV is imported first: hackday accounts import ${file} --mapping MAP.yaml`,
    );
  }
  const journal = isJournal(file);
  const read = await readTextFile(file, journal ? MAX_JOURNAL_BYTES : undefined);
  if (!read.ok) fail(io, [read.issue], file);
  if (journal) {
    if (read.text.trim() === "") empty(io, file);
    let ledger: Ledger;
    try {
      ledger = parseJournal(read.text, { file });
    } catch (err) {
      if (err instanceof JournalError) fail(io, [err.toIssue()], file);
      throw err;
    }
    if (!context.event) return ledger;
    const merged = withEvent(ledger, context.event);
    warn(io, merged.warnings, file);
    return merged.ledger;
  }
  const { parseLedgerText } = await yamlLedger();
  const result = parseLedgerText(read.text, file, context);
  if (!result.ok) fail(io, result.issues, file);
  warn(io, result.warnings, file);
  return result.ledger;
}

function warn(io: Io, warnings: readonly ValidationIssue[], file: string): void {
  for (const warning of warnings)
    io.stderr.write(`${colours(io).yellow(formatIssue({ ...warning, file: warning.file ?? file }))}\n`);
}

const json = (value: unknown) => jsonText(toJsonValue(value));
const money = (amount: bigint, currency: string) => `${formatMinor(amount, currency)} ${currency}`;

/** Opens a journal for reading; a missing or unreadable file, or a folder, is an input error. */
async function openJournal(io: Io, file: string): Promise<{ handle: FileHandle; size: number }> {
  let handle: FileHandle | undefined;
  try {
    handle = await open(file, "r");
    const info = await handle.stat();
    if (info.isFile()) return { handle, size: info.size };
  } catch (err) {
    await handle?.close();
    const code = (err as NodeJS.ErrnoException).code;
    const message = code === "ENOENT" ? "no such file" : `cannot be read (${code})`;
    fail(io, [{ severity: "error", path: [], message }], file);
  }
  await handle.close();
  return fail(io, [{ severity: "error", path: [], message: "is not a regular file" }], file);
}

/** Streams a journal through the balance fast path, with a progress line on a terminal for big files. */
async function streamJournalBalances(io: Io, file: string) {
  const { handle, size } = await openJournal(io, file);
  const showProgress = Boolean(io.stderr.isTTY) && size > 8 * 1024 * 1024;
  async function* chunks() {
    // One buffer, refilled: the reader copies what it keeps, and a fresh 1 MB buffer per read would add ~10 MB
    // to the peak memory on a 30 MB journal.
    const buffer = Buffer.allocUnsafe(1024 * 1024);
    let read = 0;
    let shown = -1;
    for (;;) {
      const { bytesRead } = await handle.read(buffer, 0, buffer.length, null);
      if (bytesRead === 0) break;
      read += bytesRead;
      const percent = Math.floor((read * 100) / size);
      if (showProgress && percent !== shown) {
        shown = percent;
        const bar = "#".repeat(Math.floor(percent / 5)).padEnd(20, ".");
        io.stderr.write(`\r[${bar}] ${percent}% of ${(size / 1048576).toFixed(0)} MB`);
      }
      yield buffer.subarray(0, bytesRead);
    }
    if (showProgress) io.stderr.write("\r\u001b[K");
  }
  try {
    const result = await balanceJournalStream(chunks(), { file });
    // No transactions: an empty (blank) file is an error, not empty books.
    if (result.transactions === 0) {
      const read = await readTextFile(file);
      if (read.ok && read.text.trim() === "") empty(io, file);
    }
    return result;
  } catch (err) {
    if (showProgress) io.stderr.write("\n");
    if (err instanceof JournalError) fail(io, [err.toIssue()], file);
    if (err instanceof TypeError && /encoded data/.test(err.message)) {
      fail(io, [{ severity: "error", path: [], message: "is not UTF-8 text (is it a binary file?)" }], file);
    }
    throw err;
  } finally {
    await handle.close();
  }
}

interface Common {
  json?: boolean;
  output?: string;
  event?: string;
  account?: string;
}

const REPORTS = [
  "register",
  "income-statement",
  "balance-sheet",
  "budget",
  "pledges",
  "reimbursements",
  "trial-balance",
] as const;
type ReportKind = (typeof REPORTS)[number];

/** `--event` and `--account` as the ledger's report filter. */
const reportFilter = (options: Common) => ({
  ...(options.event && { event: options.event }),
  ...(options.account && { account: options.account }),
});

function humanReport(kind: ReportKind, ledger: Ledger, options: Common): string {
  const filter = reportFilter(options);
  switch (kind) {
    case "register":
      return table(
        [
          ["date", "id", "description", "account", "amount", "running"],
          ...register(ledger, filter).map((r) => [
            r.date,
            r.id,
            r.description,
            r.account,
            money(r.amount, r.currency),
            money(r.running, r.currency),
          ]),
        ],
        [4, 5],
      );
    case "income-statement": {
      const events = options.event ? [options.event] : eventsOf(ledger);
      return (events.length > 0 ? events : [undefined])
        .map((event) => {
          const s = incomeStatement(ledger, event === undefined ? {} : { event });
          const rows = [
            ["Income", ""],
            ...s.income.map((r) => [`  ${r.account}`, money(r.amount, r.currency)]),
            ["Expenses", ""],
            ...s.expenses.map((r) => [`  ${r.account}`, money(r.amount, r.currency)]),
            ...s.totals.flatMap((t) => [
              [`Total income (${t.currency})`, money(t.income, t.currency)],
              [`Total expenses (${t.currency})`, money(t.expenses, t.currency)],
              [`Net (${t.currency})`, money(t.net, t.currency)],
            ]),
          ];
          return `Income statement${event ? `: ${event}` : ""}\n${table(rows, [1])}`;
        })
        .join("\n\n");
    }
    case "balance-sheet": {
      const s = balanceSheet(ledger);
      return table(
        [
          ["Assets", ""],
          ...s.assets.map((r) => [`  ${r.account}`, money(r.amount, r.currency)]),
          ["Liabilities", ""],
          ...s.liabilities.map((r) => [`  ${r.account}`, money(r.amount, r.currency)]),
          ["Equity", ""],
          ...s.equity.map((r) => [`  ${r.account}`, money(r.amount, r.currency)]),
          ...s.retained.map((r) => [`  retained surplus (${r.currency})`, money(r.amount, r.currency)]),
          ...s.totals.flatMap((t) => [
            [`Total assets (${t.currency})`, money(t.assets, t.currency)],
            [`Liabilities + equity (${t.currency})`, money(t.liabilitiesAndEquity, t.currency)],
          ]),
        ],
        [1],
      );
    }
    case "budget":
      return table(
        [
          ["event", "line", "budget", "actual", "variance", "used"],
          ...budgetVsActual(ledger, filter).map((r) => [
            r.event,
            r.line,
            money(r.budget, r.currency),
            money(r.actual, r.currency),
            money(r.variance, r.currency),
            r.percentUsed === null ? "-" : `${r.percentUsed.toFixed(1)}%`,
          ]),
        ],
        [2, 3, 4, 5],
      );
    case "pledges":
      return table(
        [
          ["sponsor", "kind", "restricted to", "pledged", "received", "outstanding"],
          ...pledgesVsReceived(ledger, filter).map((r) => [
            r.name,
            r.kind,
            r.restrictedTo ?? "",
            money(r.pledged, r.currency),
            money(r.received, r.currency),
            money(r.outstanding, r.currency),
          ]),
        ],
        [3, 4, 5],
      );
    case "reimbursements": {
      const rows = outstandingReimbursements(ledger);
      if (rows.length === 0) return "No reimbursements outstanding.";
      return table(
        [
          ["owed to", "since", "amount"],
          ...rows.map((r) => [r.payee ?? r.account, r.since, money(r.owed, r.currency)]),
        ],
        [2],
      );
    }
    case "trial-balance": {
      const tb = trialBalance(ledger, filter);
      return table(
        [
          ["account", "debit", "credit"],
          ...tb.rows.map((r) => [
            r.account,
            r.debit ? money(r.debit, r.currency) : "",
            r.credit ? money(r.credit, r.currency) : "",
          ]),
          ...tb.totals.map((t) => [
            `total (${t.currency})`,
            money(t.debit, t.currency),
            money(t.credit, t.currency),
          ]),
        ],
        [1, 2],
      );
    }
  }
}

function jsonReport(kind: ReportKind, ledger: Ledger, options: Common): unknown {
  const filter = reportFilter(options);
  switch (kind) {
    case "register":
      return { register: register(ledger, filter) };
    case "income-statement": {
      const events = options.event ? [options.event] : eventsOf(ledger);
      return {
        statements: (events.length > 0 ? events : [undefined]).map((event) =>
          incomeStatement(ledger, event === undefined ? {} : { event }),
        ),
      };
    }
    case "balance-sheet":
      return balanceSheet(ledger);
    case "budget":
      return { budget: budgetVsActual(ledger, filter) };
    case "pledges":
      return { pledges: pledgesVsReceived(ledger, filter) };
    case "reimbursements":
      return { reimbursements: outstandingReimbursements(ledger) };
    case "trial-balance":
      return trialBalance(ledger, filter);
  }
}

export function registerAccounts({ program, io }: CommandContext): void {
  const accounts = program
    .command("accounts")
    .description(summaryOf("accounts"))
    .addHelpText(
      "after",
      "\nExamples:\n  $ hackday accounts balance examples/nhs-hack-day-31.ledger.yaml\n  $ hackday accounts open examples/nhs-hack-day-31.ledger.yaml --format markdown",
    );

  accounts
    .command("balance")
    .description("Balance of every account that has postings, per currency (our YAML ledger or a journal)")
    .argument("<file>", "ledger file (.yaml/.json) or hledger/ledger journal (.journal/.ledger/.hledger)")
    .option("--json", 'print {"balances": [{"account", "currency", "amount"}]} on stdout')
    .option("--account <prefix>", "only this account and its sub-accounts")
    .option("--event <id|file>", EVENT_HELP)
    .option("-o, --output <file>", "write to a file instead of stdout")
    .addHelpText(
      "after",
      "\nExamples:\n  $ hackday accounts balance examples/nhs-hack-day-31.ledger.yaml\n  $ hackday accounts balance big.journal --json",
    )
    .action(async (file: string, options: Common) => {
      let rows: { account: string; currency: string; amount: bigint }[];
      if (isJournal(file) && options.event === undefined) {
        rows = (await streamJournalBalances(io, file)).balances;
      } else {
        const event = await eventOption(options.event);
        const ledger = await loadLedger(io, file, event.context);
        rows = balances(ledger, event.id ? { event: event.id } : {});
      }
      const under = options.account;
      if (under) rows = rows.filter((r) => isUnder(r.account, under));
      if (options.json) {
        await emit(io, json({ balances: rows }), options.output);
        return;
      }
      const totals = totalsByCurrency(rows);
      const body = table(
        [
          ["account", "amount", "currency"],
          ...rows.map((r) => [r.account, formatMinor(r.amount, r.currency), r.currency]),
          ...[...totals].map(([currency, amount]) => ["total", formatMinor(amount, currency), currency]),
        ],
        [1],
      );
      await emit(io, `${body}\n`, options.output);
    });

  accounts
    .command("report")
    .description(`Reports: ${REPORTS.join(", ")}`)
    .argument("<kind>", REPORTS.join(" | "))
    .argument("<file>", "ledger file or journal")
    .option("--json", "print the report as JSON (amounts as decimal strings)")
    .option("--event <id|file>", EVENT_HELP)
    .option("--account <prefix>", "register and trial balance: only this account and its sub-accounts")
    .option("-o, --output <file>", "write to a file instead of stdout")
    .addHelpText(
      "after",
      "\nExamples:\n  $ hackday accounts report budget examples/nhs-hack-day-31.ledger.yaml\n  $ hackday accounts report pledges accounts.ledger.yaml --event event.yaml --json",
    )
    .action(async (kind: string, file: string, options: Common) => {
      if (!(REPORTS as readonly string[]).includes(kind)) {
        throw new CliError(unknownChoice("report", kind, REPORTS), 2);
      }
      const event = await eventOption(options.event);
      const ledger = await loadLedger(io, file, event.context);
      const scoped = { ...options, event: event.id };
      const text = options.json
        ? json(jsonReport(kind as ReportKind, ledger, scoped))
        : `${humanReport(kind as ReportKind, ledger, scoped)}\n`;
      await emit(io, text, options.output);
    });

  accounts
    .command("open")
    .description(
      "The publishable accounts: sponsors by name, private people as neutral labels, no receipts or bank details",
    )
    .argument("<file>", "ledger file or journal")
    .option("--format <format>", "json | markdown | csv | svg", "markdown")
    .option("--json", "same as --format json")
    .option("--event <id|file>", EVENT_HELP)
    .option("--title <text>", "title for the page or chart")
    .option("--currency <code>", "svg: the currency to chart (default: the first)")
    .option("-o, --output <file>", "write to a file instead of stdout")
    .addHelpText(
      "after",
      "\nExamples:\n  $ hackday accounts open examples/nhs-hack-day-31.ledger.yaml --format markdown\n  $ hackday accounts open accounts.ledger.yaml --event event.yaml --format svg -o accounts.svg",
    )
    .action(async (file: string, options: Common & { format: string; title?: string; currency?: string }) => {
      const format = options.json ? "json" : options.format;
      const renderers: Record<string, (view: OpenAccounts) => string> = {
        json: openAccountsJson,
        markdown: openAccountsMarkdown,
        csv: openAccountsCsv,
        svg: (view) => openAccountsSvg(view, options.currency?.toUpperCase()),
      };
      const render = renderers[format];
      if (!render) throw new CliError(unknownChoice("format", format, Object.keys(renderers)), 2);
      const event = await eventOption(options.event);
      const ledger = await loadLedger(io, file, event.context);
      const view = openAccounts(ledger, {
        ...(event.id && { event: event.id }),
        ...(options.title && { title: options.title }),
      });
      await emit(io, render(view), options.output);
    });

  accounts
    .command("export")
    .description("Export to hledger, ledger-cli, beancount, CSV (one row per posting) or our own YAML")
    .argument("<file>", "ledger file or journal")
    .requiredOption("--format <format>", "hledger | ledger | beancount | csv | yaml")
    .option("--event <file>", "the event file whose sponsors name the payees (and pledges) of the ledger")
    .option("-o, --output <file>", "write to a file instead of stdout")
    .addHelpText(
      "after",
      "\nExamples:\n  $ hackday accounts export examples/nhs-hack-day-31.ledger.yaml --format hledger -o accounts.journal\n  $ hledger -f accounts.journal bal",
    )
    .action(async (file: string, options: { format: string; output?: string; event?: string }) => {
      const { toLedgerYaml } = await yamlLedger();
      const exporters: Record<string, (ledger: Ledger) => string> = {
        hledger: toHledger,
        ledger: toLedgerCli,
        beancount: toBeancount,
        csv: toPostingsCsv,
        yaml: toLedgerYaml,
      };
      const exporter = exporters[options.format];
      if (!exporter) throw new CliError(unknownChoice("format", options.format, Object.keys(exporters)), 2);
      const ledger = await loadLedger(io, file, (await eventFileOption(options.event)).context);
      let text: string;
      try {
        text = exporter(ledger);
      } catch (err) {
        throw new CliError(`${file}: cannot export to ${options.format}: ${(err as Error).message}`);
      }
      await emit(io, text, options.output);
    });

  accounts
    .command("import")
    .description(
      "Import a journal or a bank statement CSV as ledger transactions (YAML), skipping ones already imported",
    )
    .argument("<source>", "hledger/ledger journal, or bank CSV with --mapping")
    .option("--mapping <file>", "YAML mapping for a bank CSV: columns, date format, account rules")
    .option("--into <ledger>", "existing ledger: transactions it already has are skipped")
    .option("--event <file>", "the event file whose sponsors name the payees of the --into ledger")
    .option(
      "--append",
      "append the new transactions to the --into ledger (checked first; written whole or not at all)",
    )
    .option("-o, --output <file>", "write to a file instead of stdout")
    .addHelpText(
      "after",
      "\nExamples:\n  $ hackday accounts import statement.csv --mapping bank.yaml --into accounts.ledger.yaml --append\n  $ hackday accounts import old.journal > accounts.ledger.yaml",
    )
    .action(
      async (
        source: string,
        options: { mapping?: string; into?: string; append?: boolean; output?: string; event?: string },
      ) => {
        if (options.append && !options.into) throw new CliError("--append needs --into LEDGER", 2);
        const { BankMappingSchema, importBankCsv, parseLedgerText, transactionsYaml } = await yamlLedger();
        const { context } = await eventFileOption(options.event);
        const existing = options.into ? await loadLedger(io, options.into, context) : undefined;
        const existingIds = new Set(existing?.transactions.map((t) => t.id));
        let imported: Ledger["transactions"];
        let duplicates = 0;
        if (options.mapping) {
          const mapText = await readTextFile(options.mapping);
          if (!mapText.ok) fail(io, [mapText.issue], options.mapping);
          const { fromZodIssues, parseSource } = await import("@hackdaykit/schema");
          const doc = parseSource(mapText.text, options.mapping);
          if (doc.issues.length > 0) fail(io, doc.issues, options.mapping);
          const mapping = BankMappingSchema.safeParse(doc.data);
          if (!mapping.success) {
            fail(
              io,
              fromZodIssues(mapping.error.issues).map((i) => ({ ...i, ...doc.locate(i.path) })),
              options.mapping,
            );
          }
          const csv = await readTextFile(source);
          if (!csv.ok) fail(io, [csv.issue], source);
          const result = importBankCsv(csv.text, mapping.data, { file: source, existingIds });
          if (!result.ok) fail(io, result.issues, source);
          imported = result.transactions;
          duplicates = result.duplicates;
        } else if (isJournal(source)) {
          const all = (await loadLedger(io, source)).transactions;
          // Our files need typed accounts; a journal may use any names, so say which line to change.
          const untyped = all.flatMap((t) =>
            t.postings
              .filter((p) => !ACCOUNT_PATTERN.test(p.account))
              .map(
                (p): ValidationIssue => ({
                  severity: "error",
                  path: [],
                  message: `account "${p.account}" is not under assets, liabilities, income, expenses or equity; rename it before importing`,
                  ...(t.line !== undefined && { line: t.line }),
                }),
              ),
          );
          if (untyped.length > 0) fail(io, untyped.slice(0, 20), source);
          imported = all.filter((t) => !existingIds.has(t.id));
          duplicates = all.length - imported.length;
        } else {
          throw new CliError(
            `${source}: give --mapping for a bank CSV, or a journal ending .journal, .ledger or .hledger`,
            2,
          );
        }
        io.stderr.write(`${imported.length} new transaction(s), ${duplicates} already present\n`);
        const items = transactionsYaml(imported, existing?.event);
        if (options.append && options.into) {
          const read = await readTextFile(options.into);
          if (!read.ok) fail(io, [read.issue], options.into);
          const text = appendTransactions(read.text, items, options.into);
          const check = parseLedgerText(text, options.into, context);
          if (!check.ok) fail(io, check.issues, options.into);
          const appendIssues = checkAppendOnly(existing!, check.ledger);
          if (appendIssues.length > 0) fail(io, appendIssues, options.into);
          if (imported.length > 0) await writeFileAtomic(options.into, text);
          return;
        }
        const listed = items
          .replace(/\s+$/, "")
          .split("\n")
          .map((line) => `  ${line}`);
        await emit(
          io,
          imported.length === 0 ? "transactions: []\n" : `transactions:\n${listed.join("\n")}\n`,
          options.output,
        );
      },
    );

  accounts
    .command("check")
    .description(
      "Validate a ledger; with --previous, also check nothing earlier was edited or removed (append-only)",
    )
    .argument("<file>", "ledger file or journal")
    .option("--previous <file>", "an earlier version of the same ledger")
    .option("--event <file>", "the event file whose sponsors name the payees (and pledges) of the ledger")
    .addHelpText(
      "after",
      "\nExample:\n  $ hackday accounts check accounts.ledger.yaml --previous accounts-last-month.ledger.yaml",
    )
    .action(async (file: string, options: { previous?: string; event?: string }) => {
      const { context } = await eventFileOption(options.event);
      const ledger = await loadLedger(io, file, context);
      if (options.previous) {
        const issues = checkAppendOnly(await loadLedger(io, options.previous, context), ledger).map(
          (issue) => {
            const line =
              typeof issue.path[1] === "number" ? ledger.transactions[issue.path[1]]?.line : undefined;
            return line === undefined ? issue : { ...issue, line };
          },
        );
        if (issues.length > 0) fail(io, issues, file);
      }
      io.stdout.write(
        `${colours(io, "stdout").green("✓")} ${file}: ${ledger.transactions.length} transactions, all balanced\n`,
      );
    });

  accounts
    .command("schema")
    .description("Print the JSON Schema of the ledger file format")
    .addHelpText("after", "\nExample:\n  $ hackday accounts schema > ledger.schema.json")
    .action(async () => {
      const { ledgerJsonSchema } = await yamlLedger();
      io.stdout.write(jsonText(ledgerJsonSchema()));
    });
}

/**
 * Appends transactions to the text of a ledger file whose last top-level key is `transactions`, keeping the
 * hand-written part (comments, layout) untouched.
 */
function appendTransactions(text: string, items: string, file: string): string {
  if (items.trim() === "[]") return text;
  const lines = text.replace(/\s+$/, "").split("\n");
  const keys = lines.flatMap((line, i) =>
    /^[A-Za-z$_][\w$-]*\s*:/.test(line) ? [{ key: line.split(":")[0]!.trim(), i }] : [],
  );
  const last = keys.at(-1);
  if (last?.key !== "transactions") {
    throw new CliError(`${file}: to append, "transactions:" must be the last top-level key of the file`);
  }
  const emptyList = /^transactions\s*:\s*\[\s*\]\s*$/.test(lines[last.i]!);
  const firstItem = lines.slice(last.i + 1).find((line) => /^\s*- /.test(line));
  const indent = firstItem ? /^(\s*)-/.exec(firstItem)![1]! : "  ";
  const yaml = items
    .replace(/\s+$/, "")
    .split("\n")
    .map((line) => indent + line)
    .join("\n");
  if (emptyList) lines[last.i] = "transactions:";
  return `${lines.join("\n")}\n\n${yaml}\n`;
}
