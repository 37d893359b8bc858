import { randomBytes } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { mkdir, readdir, rename, rm, stat, writeFile } from "node:fs/promises";
import { basename, dirname, join, resolve } from "node:path";
import { type Ledger, parseLedgerText } from "@hackdaykit/ledger";
import { formatIssue, isIsoDate, parseSource, ValidationError } from "@hackdaykit/schema";
import { buildSite, type SiteEvent } from "@hackdaykit/site";
import { readEvent, readInput } from "../input.js";
import { CliError, colours, type Io, jsonText } from "../io.js";
import { type CommandContext, summaryOf } from "./index.js";

interface BuildOptions {
  ledger: string[];
  output: string;
  baseUrl?: string;
  today?: string;
  json?: boolean;
}

interface SeriesFile {
  name: string;
  description?: string;
  url?: string;
  events: string[];
  ledgers: string[];
}

const collect = (value: string, previous: string[]) => [...previous, value];

/** A series.yaml: `name`, optional `description` and `url`, `events` (and optional `ledgers`): paths from it. */
async function readSeries(file: string): Promise<SeriesFile> {
  const text = await readInput(file);
  const source = parseSource(text, file);
  if (source.issues.length > 0) throw new CliError(source.issues.map(formatIssue).join("\n"));
  const data = source.data as Record<string, unknown> | null;
  const problems: string[] = [];
  const at = (path: (string | number)[], message: string) => {
    const where = source.locate(path);
    problems.push(`${file}${where ? `:${where.line}:${where.column}` : ""}: ${path.join(".")}: ${message}`);
  };
  const strings = (key: string, required: boolean): string[] => {
    const value = data?.[key];
    if (value === undefined && !required) return [];
    if (!Array.isArray(value) || value.length === 0 || value.some((v) => typeof v !== "string")) {
      at([key], "expected a list of file paths (relative to the series file)");
      return [];
    }
    return (value as string[]).map((v) => resolve(dirname(file), v));
  };
  if (typeof data?.name !== "string" || data.name === "") at(["name"], "expected the series' name");
  for (const key of ["description", "url"]) {
    if (data?.[key] !== undefined && typeof data[key] !== "string") at([key], "expected text");
  }
  for (const key of Object.keys(data ?? {})) {
    if (!["name", "description", "url", "events", "ledgers"].includes(key)) {
      at([key], "unknown field (expected name, description, url, events, ledgers)");
    }
  }
  const events = strings("events", true);
  const ledgers = strings("ledgers", false);
  if (problems.length > 0) throw new CliError(problems.join("\n"));
  return {
    name: data!.name as string,
    ...(typeof data?.description === "string" && { description: data.description }),
    ...(typeof data?.url === "string" && { url: data.url }),
    events,
    ledgers,
  };
}

async function readLedger(file: string): Promise<Ledger> {
  const parsed = parseLedgerText(await readInput(file), file);
  if (!parsed.ok) {
    const errors = parsed.issues.filter((issue) => issue.severity === "error");
    throw new CliError(
      `${file} is not a valid ledger file:\n${errors.map((i) => `  ${formatIssue(i)}`).join("\n")}`,
    );
  }
  return parsed.ledger;
}

/** The ledgers kept beside an event file by convention: `x.ledger.yaml` for `x.yaml`, or `accounts.ledger.yaml`. */
function besideLedgers(eventFile: string): string[] {
  const stem = eventFile.replace(/\.(ya?ml|json)$/i, "");
  return [`${stem}.ledger.yaml`, join(dirname(eventFile), "accounts.ledger.yaml")].filter(
    (f, i, all) => all.indexOf(f) === i && existsSync(f),
  );
}

/** Gives each event its ledger: by the ledger's `event` field, or the only event when the ledger names none. */
function matchLedgers(events: { id: string; file: string }[], ledgers: { file: string; ledger: Ledger }[]) {
  const byEvent = new Map<string, Ledger>();
  for (const { file, ledger } of ledgers) {
    const id = ledger.event ?? (events.length === 1 ? events[0]!.id : undefined);
    if (id === undefined) {
      throw new CliError(
        `${file}: the ledger has no \`event\` field, so it cannot be matched to one of ${events.length} events`,
      );
    }
    if (!events.some((e) => e.id === id)) {
      throw new CliError(
        `${file}: event: "${id}" is none of the events being built (${events.map((e) => e.id).join(", ")})`,
      );
    }
    if (byEvent.has(id)) throw new CliError(`${file}: a second ledger for event "${id}"`);
    byEvent.set(id, ledger);
  }
  return byEvent;
}

/** "Today" for upcoming/past: --today, else SOURCE_DATE_EPOCH (reproducible builds), else the clock (UTC). */
function todayOf(value: string | undefined, io: Io): string {
  if (value !== undefined) {
    if (!isIsoDate(value)) throw new CliError(`--today: expected a date YYYY-MM-DD, got "${value}"`, 2);
    return value;
  }
  const epoch = io.env.SOURCE_DATE_EPOCH;
  const now = epoch !== undefined && /^\d+$/.test(epoch) ? new Date(Number(epoch) * 1000) : new Date();
  return now.toISOString().slice(0, 10);
}

function baseUrlOf(value: string): string {
  try {
    const url = new URL(value);
    if (url.protocol === "https:" || url.protocol === "http:") return url.href;
  } catch {}
  throw new CliError(
    `--base-url: expected an http(s) address such as https://example.org/hackdays/, got "${value}"`,
    2,
  );
}

/**
 * Replaces the output folder whole: everything is written to a sibling temporary folder first and swapped in
 * with renames, so an error never leaves a half-written site. A folder that is not a previous build is refused.
 */
async function writeSite(out: string, files: Map<string, string>): Promise<void> {
  const existing = await stat(out).catch(() => undefined);
  const empty = existing?.isDirectory() && (await readdir(out)).length === 0;
  if (existing && !empty && (!existing.isDirectory() || !existsSync(join(out, "site.css")))) {
    throw new CliError(
      `${out}: exists and is not a site built by hackday (no site.css); choose a new or empty folder`,
    );
  }
  const suffix = randomBytes(6).toString("hex");
  const temporary = join(dirname(out), `.${basename(out)}.${suffix}.tmp`);
  const old = join(dirname(out), `.${basename(out)}.${suffix}.old`);
  try {
    for (const [path, content] of files) {
      const target = join(temporary, path);
      await mkdir(dirname(target), { recursive: true });
      await writeFile(target, content);
    }
    if (existing) await rename(out, old);
    await rename(temporary, out);
    await rm(old, { recursive: true, force: true });
  } catch (err) {
    await rm(temporary, { recursive: true, force: true });
    if (existing && !existsSync(out) && existsSync(old)) await rename(old, out);
    throw new CliError(
      `${out}: cannot write the site (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`,
    );
  }
}

export function registerSite({ program, io }: CommandContext): void {
  const site = program
    .command("site")
    .description(summaryOf("site"))
    .addHelpText(
      "after",
      "\nExamples:\n  $ hackday site build event.yaml -o _site\n  $ hackday site build series.yaml -o _site",
    );
  site
    .command("build")
    .description(
      "Build the public website of one event, or of a series (several event files or a series.yaml)",
    )
    .argument(
      "<files...>",
      "event files (YAML or JSON), or one series file (named *series.yaml) listing them",
    )
    .option(
      "--ledger <file>",
      "accounts to publish (repeatable); default: x.ledger.yaml or accounts.ledger.yaml beside each event",
      collect,
      [],
    )
    .requiredOption("-o, --output <dir>", "the folder to write the site to (replaced whole)")
    .option(
      "--base-url <url>",
      "where the site will live, for sitemap.xml and webcal:// links (default: the event's or series' url)",
    )
    .option(
      "--today <date>",
      "the date that splits upcoming from past events (default: SOURCE_DATE_EPOCH, else today)",
    )
    .option("--json", "print a summary (files, warnings) as JSON on stdout")
    .addHelpText(
      "after",
      [
        "",
        "Examples:",
        "  $ hackday site build my-hackday/event.yaml -o _site",
        "  $ hackday site build examples/*.yaml --base-url https://example.org/hackdays/ -o _site",
        "  $ hackday site build series.yaml -o _site",
      ].join("\n"),
    )
    .action(async (args: string[], options: BuildOptions) => {
      const isSeriesFile = args.length === 1 && /series\.ya?ml$/i.test(args[0]!);
      const series = isSeriesFile ? await readSeries(args[0]!) : undefined;
      const eventFiles = series ? series.events : args;
      const loaded = [];
      const problems: string[] = [];
      for (const file of eventFiles) {
        try {
          loaded.push({ file, ...(await readEvent(file)) });
        } catch (err) {
          if (!(err instanceof CliError)) throw err;
          problems.push(err.message);
        }
      }
      if (problems.length > 0) throw new CliError(problems.join("\n"));
      const explicit = [...(series?.ledgers ?? []), ...options.ledger];
      const ledgerFiles = explicit.length > 0 ? explicit : loaded.flatMap(({ file }) => besideLedgers(file));
      const ledgers = await Promise.all(
        ledgerFiles.map(async (file) => ({ file, ledger: await readLedger(file) })),
      );
      const byEvent = matchLedgers(
        loaded.map(({ file, event }) => ({ file, id: event.id })),
        ledgers,
      );
      const events: SiteEvent[] = loaded.map(({ event }) => {
        const ledger = byEvent.get(event.id);
        return { event, ...(ledger && { ledger }) };
      });
      const first = loaded[0]!.event;
      const baseUrl = options.baseUrl ?? series?.url ?? (loaded.length > 1 ? first.series?.url : first.url);
      const out = resolve(io.cwd, options.output);
      const previous = (path: string) => {
        try {
          return readFileSync(join(out, path), "utf8");
        } catch {
          return undefined;
        }
      };
      let built: ReturnType<typeof buildSite>;
      try {
        built = buildSite({
          events,
          ...(series && {
            series: {
              name: series.name,
              ...(series.description !== undefined && { description: series.description }),
            },
          }),
          ...(baseUrl !== undefined && { baseUrl: baseUrlOf(baseUrl) }),
          today: todayOf(options.today, io),
          previous,
        });
      } catch (err) {
        if (err instanceof ValidationError) throw new CliError(err.issues.map(formatIssue).join("\n"));
        throw err;
      }
      await writeSite(out, built.files);
      const c = colours(io);
      for (const warning of built.warnings) io.stderr.write(`${c.yellow("warning:")} ${warning}\n`);
      const pages = [...built.files.keys()].filter((p) => p.endsWith(".html")).length;
      if (options.json) {
        io.stdout.write(
          jsonText({ output: options.output, files: [...built.files.keys()], warnings: built.warnings }),
        );
      } else {
        io.stderr.write(
          `${c.green("✓")} ${options.output}: ${pages} pages, ${built.files.size} files from ${events.length} ${events.length === 1 ? "event" : "events"}\n`,
        );
      }
    });
}
