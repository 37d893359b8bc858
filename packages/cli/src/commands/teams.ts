import { formatPath, type HackDayEvent, ValidationError } from "@hackdaykit/schema";
import {
  type Allocation,
  allocateTeams,
  type PersonOutcome,
  type PreferenceRow,
  PreferencesCsvError,
  parsePreferencesCsv,
  problemFromEvent,
  type SimulationReport,
  simulateFormation,
} from "@hackdaykit/teams";
import { readEvent, readInput } from "../input.js";
import { CliError, colours, emit, jsonText, table } from "../io.js";
import { numberOption, repeatable, wholeNumber } from "../option-values.js";
import { type CommandContext, summaryOf } from "./index.js";

interface AllocateOptions {
  preferences?: string;
  pin: string[];
  seed?: number;
  json?: boolean;
  output?: string;
}

interface SimulateOptions {
  attendees: number;
  pitches: number;
  ranking: number;
  skew: number;
  minSize: number;
  maxSize: number;
  pairs: number;
  runs: number;
  seed: number;
  json?: boolean;
  output?: string;
}

const share = (max: number) => numberOption(`a number from 0 to ${max}`, (n) => n >= 0 && n <= max);

/** The preferences CSV named by `--preferences`; its errors name the file, line and column. */
async function readPreferences(file: string): Promise<PreferenceRow[]> {
  const text = await readInput(file);
  try {
    return parsePreferencesCsv(text, { file });
  } catch (err) {
    if (err instanceof PreferencesCsvError) throw new CliError(err.issues);
    throw err;
  }
}

function parsePins(pins: readonly string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const pin of pins) {
    const [person, pitch, ...rest] = pin.split("=");
    if (!person || !pitch || rest.length > 0)
      throw new CliError(`--pin "${pin}": expected PERSON=PITCH, e.g. --pin ada-lovelace=bedflow`, 2);
    out[person] = pitch;
  }
  return out;
}

const gotText = (p: PersonOutcome): string =>
  p.got === "ranked"
    ? `choice ${p.rank}`
    : p.got === "unranked"
      ? "not ranked"
      : p.got === "any"
        ? "no preference"
        : p.got === "leads"
          ? "leads"
          : `unplaced (${p.unplacedReason})`;

function allocationText(event: HackDayEvent, a: Allocation): string {
  const s = a.summary;
  const order = Object.keys(s.ranks).sort((x, y) => {
    const rank = (k: string) =>
      /^\d+$/.test(k) ? Number(k) : ({ leads: 0, any: 0.5, unranked: 1e6, unplaced: 2e6 }[k] ?? 3e6);
    return rank(x) - rank(y);
  });
  const lines = [
    `${event.id}: ${s.kept} teams kept, ${s.dropped} pitches dropped; ${a.people.length} people, ${a.unplaced.length} unplaced; ` +
      `${s.topThree} lead, had no preference or got a top-3 choice`,
    `objective: ${a.objective} (optimal: proved by the solver, re-scored exactly)`,
    `ranks received: ${order.map((k) => `${k} ${s.ranks[k]}`).join(" · ")}`,
    `wanted skills covered: ${s.skillsCovered} of ${s.skillsWanted}`,
    "",
    table(
      [
        ["Team", "Size", "Leader", "Skills wanted", "Members"],
        ...a.teams.map((t) => [
          t.pitch,
          `${t.size} (${t.minSize}–${t.maxSize})`,
          t.leader,
          t.skills
            .map((k) => `${k.skill}${k.covered ? "" : k.available === 0 ? " (nobody came)" : " (MISSING)"}`)
            .join(", "),
          t.members.filter((m) => m !== t.leader).join(" "),
        ]),
      ],
      [],
    ),
  ];
  if (a.dropped.length > 0) {
    lines.push("", "Dropped:");
    lines.push(
      table(
        a.dropped.map((d) => [
          d.pitch,
          d.reason === "too-few-interested"
            ? `only ${d.interested} interested, needs ${d.minSize}`
            : `${d.interested} interested, but everyone is better off on other teams`,
        ]),
      ),
    );
  }
  lines.push("", "People:");
  lines.push(
    table([
      ["Person", "Team", "Got", "Why not better"],
      ...a.people.map((p) => [
        p.person,
        p.team ?? "—",
        `${gotText(p)}${p.pinned ? ", pinned" : ""}`,
        p.better
          .map((b) => `${b.pitch} (${b.rank}): ${b.why}${b.skills ? ` ${b.skills.join("+")}` : ""}`)
          .join("; "),
      ]),
    ]),
  );
  lines.push("", a.envy.length === 0 ? "envy check: nobody prefers a team with room they could join" : "");
  return `${lines.join("\n")}\n`;
}

function simulationText(r: SimulationReport): string {
  const o = r.options;
  const pct = (x: number) => `${((100 * x) / o.attendees).toFixed(0)}%`;
  return `${[
    `${o.attendees} attendees, ${o.pitches} pitches, rankings of ${o.rankingLength}, skew ${o.skew}, teams of ${o.minSize}–${o.maxSize}, ${r.runs.length} runs`,
    `pitches kept: ${r.mean.kept.toFixed(1)} on average (${Math.min(...r.runs.map((x) => x.kept))}–${Math.max(...r.runs.map((x) => x.kept))})`,
    `top-3 choice (or leading their pitch): ${r.mean.topThree.toFixed(1)} people (${pct(r.mean.topThree)})`,
    `first choice (or leading): ${r.mean.firstChoice.toFixed(1)} (${pct(r.mean.firstChoice)}); unplaced: ${r.mean.unplaced.toFixed(1)}`,
    `wanted skills covered: ${(100 * r.mean.skillsCoveredShare).toFixed(0)}%`,
    "",
    table(
      [
        ["Seed", "Kept", "Top 3", "First", "Unplaced", "Skills"],
        ...r.runs.map((x) => [
          String(x.seed),
          String(x.kept),
          String(x.topThree),
          String(x.firstChoice),
          String(x.unplaced),
          `${x.skillsCovered}/${x.skillsWanted}`,
        ]),
      ],
      [0, 1, 2, 3, 4],
    ),
  ].join("\n")}\n`;
}

/** A library ValidationError about the preferences or pins, located in the file it came from. */
function locate(
  err: ValidationError,
  event: string,
  prefs: string | undefined,
  rows: readonly PreferenceRow[],
): CliError {
  const messages = err.issues.map((issue) => {
    const [head, index] = issue.path;
    if (head === "preferences" && prefs !== undefined && typeof index === "number")
      return `${prefs}:${rows[index]!.line}: ${issue.message}`;
    if (head === "pins") return `--pin ${String(index ?? "")}: ${issue.message}`;
    return `${event}: formation: ${formatPath(issue.path)}: ${issue.message}`;
  });
  return new CliError(messages.join("\n"));
}

export function registerTeams({ program, io, setExit }: CommandContext): void {
  const teams = program
    .command("teams")
    .description(summaryOf("teams"))
    .addHelpText(
      "after",
      "\nExamples:\n  $ hackday teams examples/nhs-hack-day-31.yaml --preferences examples/nhs-hack-day-31.prefs.csv\n" +
        "  $ hackday teams event.yaml --preferences prefs.csv --pin ada-okafor=bedflow --json -o teams.json\n" +
        "  $ hackday teams simulate --attendees 120 --pitches 25",
    );
  teams
    .command("allocate <event>", { isDefault: true })
    .description("Form teams for an event (the default: `hackday teams EVENT` runs this)")
    .option("--preferences <csv>", "attendees' choices, columns person,ranking[,avoid] (ranking a>b=c>d)")
    .option("--pin <person=pitch>", "fix a person (and their group) on a team (repeatable)", repeatable, [])
    .option("--seed <n>", "only decides between allocations that score exactly the same", wholeNumber(0))
    .option("--json", "print the allocation as JSON on stdout")
    .option("-o, --output <file>", "write to a file instead of stdout")
    .addHelpText(
      "after",
      "\nExample:\n  $ hackday teams examples/nhs-hack-day-31.yaml --preferences examples/nhs-hack-day-31.prefs.csv --json",
    )
    .action(async (file: string, options: AllocateOptions) => {
      const pins = parsePins(options.pin);
      const { event } = await readEvent(file);
      if (!event.formation || event.formation.pitches.length === 0)
        throw new CliError(`${file}: no formation.pitches: list the pitches under formation.pitches`);
      const prefs =
        options.preferences === undefined ? undefined : await readPreferences(options.preferences);
      let allocation: Allocation;
      try {
        allocation = await allocateTeams(problemFromEvent(event, prefs), {
          pins,
          ...(options.seed !== undefined && { seed: options.seed }),
        });
      } catch (err) {
        if (err instanceof ValidationError) throw locate(err, file, options.preferences, prefs ?? []);
        throw err;
      }
      const out = options.json
        ? jsonText({ event: event.id, ...allocation })
        : allocationText(event, allocation);
      await emit(io, out, options.output);
      if (allocation.envy.length > 0) {
        const c = colours(io);
        for (const e of allocation.envy)
          io.stderr.write(`${c.red(`envy: ${e.people.join("+")} prefer ${e.to} and could join it`)}\n`);
        setExit(1);
      }
    });
  teams
    .command("simulate")
    .description("How many pitches can we keep, how many people get a top-3 choice? Simulated events.")
    .option("--attendees <n>", "attendees, pitchers included", wholeNumber(1), 120)
    .option("--pitches <p>", "pitches", wholeNumber(1), 25)
    .option("--ranking <k>", "pitches each attendee ranks", wholeNumber(0), 5)
    .option("--skew <s>", "popularity skew (Zipf exponent; 0 = all equally liked)", share(5), 1)
    .option("--min-size <n>", "smallest team", wholeNumber(1), 3)
    .option("--max-size <n>", "largest team", wholeNumber(1), 8)
    .option("--pairs <share>", "share of attendees who come in pairs", share(1), 0.1)
    .option("--runs <r>", "simulated events", wholeNumber(1), 5)
    .option("--seed <n>", "first seed", wholeNumber(0), 1)
    .option("--json", "print the report as JSON on stdout")
    .option("-o, --output <file>", "write to a file instead of stdout")
    .addHelpText("after", "\nExample:\n  $ hackday teams simulate --attendees 300 --pitches 60 --runs 3")
    .action(async (options: SimulateOptions) => {
      if (options.maxSize < options.minSize)
        throw new CliError(`--max-size (${options.maxSize}) is below --min-size (${options.minSize})`, 2);
      const report = await simulateFormation(
        {
          attendees: options.attendees,
          pitches: options.pitches,
          rankingLength: options.ranking,
          skew: options.skew,
          minSize: options.minSize,
          maxSize: options.maxSize,
          pairs: options.pairs,
          seed: options.seed,
        },
        options.runs,
      );
      const out = options.json ? jsonText(report) : simulationText(report);
      await emit(io, out, options.output);
    });
}
