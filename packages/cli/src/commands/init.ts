import { existsSync } from "node:fs";
import { mkdir, writeFile } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import { createInterface } from "node:readline/promises";
import { parseLedgerText } from "@hackdaykit/ledger";
import { formatIssue, isCurrencyCode, isIsoDate, isTimeZone, parseEventText } from "@hackdaykit/schema";
import { CliError, colours, type Io } from "../io.js";
import { type CommandContext, summaryOf } from "./index.js";
import { eventYaml, type InitAnswers, ledgerYaml, readme, slugOf, workflow } from "./init-files.js";

interface Options {
  name?: string;
  id?: string;
  start?: string;
  end?: string;
  timezone?: string;
  venue?: string;
  currency?: string;
  url?: string;
}

/** Levenshtein distance, for "did you mean" on time zone names. */
function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return row[b.length]!;
}

/** Zone names close to what was typed: the same city ("london" → Europe/London) or a small typo away. */
export function suggestZones(typed: string): string[] {
  const zones = Intl.supportedValuesOf("timeZone");
  const want = typed.trim().toLowerCase().replace(/\s+/g, "_");
  const city = zones.filter((z) => z.toLowerCase() === want || z.toLowerCase().split("/").at(-1) === want);
  if (city.length > 0) return city.slice(0, 3);
  return zones
    .map((z) => ({
      z,
      d: Math.min(distance(want, z.toLowerCase()), distance(want, z.toLowerCase().split("/").at(-1)!)),
    }))
    .filter(({ d }) => d <= Math.max(2, Math.floor(want.length / 4)))
    .sort((a, b) => a.d - b.d || (a.z < b.z ? -1 : 1))
    .slice(0, 3)
    .map(({ z }) => z);
}

/** Every answer checked; each problem names its flag and what is expected. */
export function checkAnswers(o: Required<Omit<Options, "url" | "id" | "end">> & Options): {
  answers?: InitAnswers;
  problems: string[];
} {
  const problems: string[] = [];
  if (!isIsoDate(o.start)) problems.push(`--start: expected a date YYYY-MM-DD, got "${o.start}"`);
  const end = o.end ?? o.start;
  if (!isIsoDate(end)) problems.push(`--end: expected a date YYYY-MM-DD, got "${end}"`);
  else if (isIsoDate(o.start) && end < o.start) problems.push(`--end: ${end} is before --start ${o.start}`);
  if (!isTimeZone(o.timezone) || !o.timezone.includes("/")) {
    const close = suggestZones(o.timezone);
    problems.push(
      `--timezone: "${o.timezone}" is not an IANA time zone${close.length ? ` (did you mean ${close.join(", ")}?)` : " (e.g. Europe/London)"}`,
    );
  }
  const currency = o.currency.toUpperCase();
  if (!isCurrencyCode(currency))
    problems.push(`--currency: expected an ISO 4217 code such as GBP or EUR, got "${o.currency}"`);
  if (o.url !== undefined && !/^https?:\/\/\S+$/.test(o.url))
    problems.push(`--url: expected a web address starting with https://, got "${o.url}"`);
  const id = o.id ?? slugOf(`${o.name} ${o.start.slice(0, 4)}`, "hack-day");
  if (!/^[a-z0-9][a-z0-9-]*$/.test(id))
    problems.push(`--id: expected a slug id (lower-case letters, digits, hyphens), got "${id}"`);
  if (problems.length > 0) return { problems };
  return {
    problems,
    answers: {
      id,
      name: o.name.trim(),
      start: o.start,
      end,
      timezone: o.timezone,
      venue: o.venue.trim(),
      currency,
      ...(o.url !== undefined && { url: o.url }),
    },
  };
}

/** Asks for whatever the flags left out, on a terminal only; a bad time zone is asked again with suggestions. */
async function prompt(options: Options, io: Io, input: NodeJS.ReadableStream): Promise<Options> {
  const rl = createInterface({ input, terminal: false });
  // The line iterator buffers, so answers typed (or piped) ahead of a question are not lost.
  const lines = rl[Symbol.asyncIterator]();
  const ask = async (question: string, fallback?: string) => {
    io.stderr.write(`${question}${fallback ? ` [${fallback}]` : ""}: `);
    const next = await lines.next();
    if (next.done) throw new CliError("no answer (input ended)", 2);
    return String(next.value).trim() || fallback;
  };
  try {
    const guessZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    const out = { ...options };
    out.name ??= await ask("Event name");
    out.start ??= await ask("First day (YYYY-MM-DD)");
    out.end ??= await ask("Last day (YYYY-MM-DD)", out.start);
    while (out.timezone === undefined || !isTimeZone(out.timezone) || !out.timezone.includes("/")) {
      if (out.timezone !== undefined) {
        const close = suggestZones(out.timezone);
        io.stderr.write(
          `"${out.timezone}" is not a time zone${close.length ? `; did you mean ${close.join(", ")}?` : ""}\n`,
        );
      }
      out.timezone = await ask("Time zone (IANA, e.g. Europe/London)", guessZone);
    }
    out.venue ??= await ask("Venue");
    out.currency ??= await ask("Currency (ISO 4217)", "GBP");
    return out;
  } finally {
    rl.close();
  }
}

export function registerInit({ program, io }: CommandContext): void {
  program
    .command("init")
    .description(summaryOf("init"))
    .argument("[dir]", "folder to create the files in", ".")
    .option("--name <name>", 'the event\'s name, e.g. "NHS Hack Day 32: Leeds"')
    .option("--id <slug>", "the event's id (default: from the name and year)")
    .option("--start <date>", "first day, YYYY-MM-DD")
    .option("--end <date>", "last day, YYYY-MM-DD (default: the first day)")
    .option("--timezone <zone>", "IANA time zone of the venue, e.g. Europe/London")
    .option("--venue <name>", "the venue's name")
    .option("--currency <code>", "ISO 4217 currency of the accounts (default GBP)")
    .option("--url <url>", "where the website will be published (for the sitemap and calendar links)")
    .addHelpText(
      "after",
      [
        "",
        "Asks for what the flags leave out when run in a terminal. Never overwrites a file.",
        "",
        "Examples:",
        "  $ hackday init my-hackday",
        '  $ hackday init my-hackday --name "Leeds Hack Day" --start 2026-05-16 --end 2026-05-17 \\',
        '      --timezone Europe/London --venue "The Old Mill" --currency GBP',
      ].join("\n"),
    )
    .action(async (dir: string, options: Options) => {
      const input = io.stdin ?? process.stdin;
      const interactive = Boolean(io.stderr.isTTY && input.isTTY);
      const given = interactive ? await prompt(options, io, input) : options;
      given.currency ??= "GBP";
      const missing = (["name", "start", "timezone", "venue"] as const).filter((k) => !given[k]);
      if (missing.length > 0) {
        throw new CliError(
          `missing ${missing.map((k) => `--${k}`).join(", ")} (or run in a terminal to be asked)`,
          2,
        );
      }
      const { answers, problems } = checkAnswers(given as Parameters<typeof checkAnswers>[0]);
      if (!answers) throw new CliError(problems.join("\n"), 2);

      const root = resolve(io.cwd, dir);
      const files: [string, string][] = [
        ["event.yaml", eventYaml(answers)],
        ["accounts.ledger.yaml", ledgerYaml(answers)],
        ["README.md", readme(answers)],
        [".github/workflows/site.yml", workflow()],
      ];
      const existing = files.map(([path]) => join(root, path)).filter((path) => existsSync(path));
      if (existing.length > 0) {
        throw new CliError(`not overwriting ${existing.join(", ")}: choose another folder or move them away`);
      }
      // The files must validate as written: a starter that fails `hackday validate` would be a bug here.
      const event = parseEventText(files[0]![1], join(root, "event.yaml"));
      const ledger = parseLedgerText(files[1]![1], join(root, "accounts.ledger.yaml"));
      const issues = [...(event.ok ? [] : event.issues), ...(ledger.ok ? [] : ledger.issues)];
      if (issues.length > 0) throw new CliError(issues.map(formatIssue).join("\n"));

      for (const [path, content] of files) {
        await mkdir(dirname(join(root, path)), { recursive: true });
        await writeFile(join(root, path), content, { flag: "wx" });
      }
      const c = colours(io);
      io.stderr.write(
        `${c.green("✓")} ${answers.name}: wrote ${files.map(([p]) => join(dir, p)).join(", ")}\n` +
          `  next: hackday site build ${join(dir, "event.yaml")} -o _site\n`,
      );
    });
}
