import {
  buildRota,
  judgesNeeded,
  type Rota,
  type RotaChanges,
  type RotaTiming,
  type RotaVisit,
  replanRota,
  rotaProblemFromEvent,
  ScheduleError,
  viewsPossible,
} from "@hackdaykit/schedule";
import { hint, isoInZone, localParts, quote, readTextFile } from "@hackdaykit/schema";
import { unknownChoice } from "../choices.js";
import { readEvent } from "../input.js";
import { CliError, colours, emit, emitJson, table } from "../io.js";
import { repeatable, wholeNumber } from "../option-values.js";
import { type CommandContext, summaryOf } from "./index.js";

interface Options {
  views: number;
  minutes: number;
  changeover: number;
  session?: string;
  by: "judge" | "table";
  json?: boolean;
  output?: string;
  previous?: string;
  fromRound?: number;
  judgeLeft: string[];
  absent: string[];
}

/** Reads the `slots` (or, from an older version, `assignments`) of an earlier `hackday rota --json`. */
async function readPrevious(file: string): Promise<RotaVisit[]> {
  const read = await readTextFile(file);
  if (!read.ok) throw new CliError(`${file}: ${read.issue.message}`);
  let data: unknown;
  try {
    data = JSON.parse(read.text);
  } catch (err) {
    throw new CliError(`${file}: not JSON (${(err as Error).message})`);
  }
  const { slots, assignments } = (data ?? {}) as { slots?: unknown; assignments?: unknown };
  const key = slots !== undefined ? "slots" : "assignments";
  const list = slots ?? assignments;
  if (!Array.isArray(list))
    throw new CliError(`${file}: expected the JSON of "hackday rota --json" with a "slots" list`);
  return list.map((entry, i) => {
    const e = entry as Partial<RotaVisit>;
    if (typeof e.judge !== "string" || typeof e.project !== "string" || !Number.isInteger(e.round)) {
      throw new CliError(`${file}: ${key}[${i}]: expected {judge, project, round}`);
    }
    return {
      judge: e.judge,
      project: e.project,
      round: e.round!,
      table: typeof e.table === "number" ? e.table : 0,
    };
  });
}

/** The planner's arithmetic for this event: judges needed for k views, and views the judges can give. */
function planFor(rota: Rota, timing: RotaTiming, projects: number, judges: number) {
  const window = (timing.end.getTime() - timing.start.getTime()) / 60_000;
  const slot = rota.minutes + rota.changeover;
  const input = { projects, minutes: slot, window: window + rota.changeover };
  return {
    projects,
    judges,
    windowMinutes: window,
    judgesNeeded: judgesNeeded({ ...input, views: rota.views }),
    viewsPossible: viewsPossible({ ...input, judges }),
  };
}

type Plan = ReturnType<typeof planFor>;

function rotaJson(rota: Rota, event: string, session: string, plan: Plan, changes?: RotaChanges) {
  const slots = rota.slots.map((slot) => ({
    judge: slot.judge,
    project: slot.project,
    table: slot.table,
    round: slot.round,
    start: isoInZone(slot.start, rota.zone),
    end: isoInZone(slot.end, rota.zone),
  }));
  return {
    event,
    session,
    plan,
    zone: rota.zone,
    views: rota.views,
    minutes: rota.minutes,
    changeover: rota.changeover,
    rounds: rota.rounds,
    roundsAvailable: rota.roundsAvailable,
    slots,
    /** @deprecated The same list as `slots` (the library's name); kept for one minor release, then removed. */
    assignments: slots,
    shortfall: rota.shortfall,
    viewsGiven: rota.viewsGiven,
    loads: rota.loads,
    prizeGaps: rota.prizeGaps,
    repeatedPairs: rota.repeatedPairs,
    walking: rota.walking,
    warnings: rota.warnings,
    ...(changes && { changes }),
  };
}

function rotaText(rota: Rota, by: "judge" | "table", plan: Plan, changes?: RotaChanges): string {
  const time = (d: Date) => localParts(d, rota.zone).time;
  const slots = [...rota.slots].sort((a, b) =>
    by === "judge"
      ? a.judge < b.judge
        ? -1
        : a.judge > b.judge
          ? 1
          : a.round - b.round
      : a.table - b.table || a.round - b.round,
  );
  const rows =
    by === "judge"
      ? [["Judge", "Round", "Time", "Table", "Project"]]
      : [["Table", "Project", "Round", "Time", "Judge"]];
  let last = "";
  for (const slot of slots) {
    const group = by === "judge" ? slot.judge : String(slot.table);
    const when = `${time(slot.start)}–${time(slot.end)}`;
    const first = group === last ? "" : group;
    rows.push(
      by === "judge"
        ? [first, String(slot.round), when, String(slot.table), slot.project]
        : [first, group === last ? "" : slot.project, String(slot.round), when, slot.judge],
    );
    last = group;
  }
  const loads = Object.values(rota.loads);
  const lines = [
    `${rota.slots.length} visits in ${rota.rounds} rounds of ${rota.minutes} min (+${rota.changeover} min to move), ${rota.zone}; ` +
      `judge loads ${Math.min(...loads)}–${Math.max(...loads)}; ${rota.repeatedPairs} repeated judge pair(s)`,
    `plan: ${plan.projects} projects × ${rota.views} views need ${plan.judgesNeeded} judges in ${plan.windowMinutes} min; ` +
      `${plan.judges} judges × ${rota.roundsAvailable} rounds = ${plan.judges * rota.roundsAvailable} visits, ${plan.viewsPossible} view(s) for every project without conflicts`,
    // What the rota really gives, which conflicts of interest and table rounds can make less than the plan.
    `views given: ${rota.viewsGiven.map((v) => `${v.projects} project(s) ${v.views}`).join(", ")}`,
    "",
    table(rows, by === "judge" ? [1, 3] : [0, 2]),
  ];
  if (rota.shortfall.length > 0) {
    lines.push("", `Shortfall (${rota.shortfall.length} project(s) short of ${rota.views} visits):`);
    lines.push(
      table(
        rota.shortfall.map((s) => [s.project, `${s.visits}/${s.needed}`, s.reason]),
        [1],
      ),
    );
  }
  if (changes) {
    lines.push(
      "",
      `Changes from round ${changes.fromRound} on: ${changes.kept} kept, ${changes.moved.length} moved, ${changes.added.length} added, ${changes.removed.length} removed`,
    );
    for (const m of changes.moved)
      lines.push(`  moved   ${m.judge} → ${m.project}: round ${m.from} → ${m.to}`);
    for (const a of changes.added) lines.push(`  added   ${a.judge} → ${a.project}: round ${a.round}`);
    for (const r of changes.removed) lines.push(`  removed ${r.judge} → ${r.project}: round ${r.round}`);
  }
  return `${lines.join("\n")}\n`;
}

export function registerRota({ program, io }: CommandContext): void {
  program
    .command("rota")
    .description(summaryOf("rota"))
    .argument("<event>", "event file (YAML or JSON) with a session of kind judging")
    .option("--views <k>", "visits each project gets", wholeNumber(1), 3)
    .option("--minutes <t>", "minutes a judge spends at a table", wholeNumber(1), 4)
    .option("--changeover <c>", "minutes to move to the next table", wholeNumber(0), 1)
    .option("--session <id>", "the judging session (default: the first of kind judging)")
    .option("--by <view>", "human output per judge or per table: judge | table", "judge")
    .option("--json", "print the rota as JSON on stdout")
    .option("-o, --output <file>", "write to a file instead of stdout")
    .option("--previous <file>", "re-plan: the JSON of an earlier rota --json")
    .option(
      "--from-round <n>",
      "re-plan: first round not yet started (earlier visits are kept)",
      wholeNumber(1),
    )
    .option("--judge-left <id>", "re-plan: a judge who has left (repeatable)", repeatable, [])
    .option("--absent <project>", "re-plan: a project whose team is absent (repeatable)", repeatable, [])
    .addHelpText(
      "after",
      "\nExamples:\n  $ hackday rota examples/riverbend-expo-2026.yaml --views 3 --json -o rota.json\n" +
        "  $ hackday rota examples/riverbend-expo-2026.yaml --by table\n" +
        "  $ hackday rota examples/riverbend-expo-2026.yaml --previous rota.json --from-round 5 --judge-left bea-osei",
    )
    .action(async (file: string, options: Options) => {
      if (options.by !== "judge" && options.by !== "table") {
        throw new CliError(`--by: ${unknownChoice("value", options.by, ["judge", "table"])}`, 2);
      }
      const replanning = options.previous !== undefined;
      if (
        !replanning &&
        (options.fromRound !== undefined || options.judgeLeft.length > 0 || options.absent.length > 0)
      ) {
        throw new CliError(
          "--from-round, --judge-left and --absent re-plan a rota: give --previous FILE too",
          2,
        );
      }
      const { event } = await readEvent(file);
      let built: ReturnType<typeof rotaProblemFromEvent>;
      try {
        built = rotaProblemFromEvent(event, {
          views: options.views,
          minutes: options.minutes,
          changeover: options.changeover,
          ...(options.session !== undefined && { session: options.session }),
        });
      } catch (err) {
        if (err instanceof ScheduleError) throw new CliError(`${file}: ${err.message}`);
        throw err;
      }
      const { problem, timing, session } = built;
      const known = (ids: string[], list: readonly { id: string }[], what: string) => {
        for (const id of ids)
          if (!list.some((x) => x.id === id)) {
            throw new CliError(
              `${file}: no ${what} ${quote(id)} in the rota${hint(
                id,
                list.map((x) => x.id),
              )}`,
            );
          }
      };
      known(options.judgeLeft, problem.judges, "judge");
      known(options.absent, problem.projects, "project");
      let rota: Rota;
      let changes: RotaChanges | undefined;
      if (replanning) {
        const previous = await readPrevious(options.previous!);
        const judgeIds = new Set(problem.judges.map((j) => j.id));
        const projectIds = new Set(problem.projects.map((p) => p.id));
        const stray = previous.find((v) => !judgeIds.has(v.judge) || !projectIds.has(v.project));
        if (stray) {
          throw new CliError(
            `${options.previous}: not a rota for ${file}: it sends "${stray.judge}" to "${stray.project}", and ${judgeIds.has(stray.judge) ? `"${stray.project}" is not a project` : `"${stray.judge}" is not a judge`} there`,
          );
        }
        const replanned = replanRota(problem, timing, {
          previous,
          fromRound: options.fromRound ?? 1,
          judgesLeft: options.judgeLeft,
          absent: options.absent,
        });
        rota = replanned;
        changes = replanned.changes;
      } else rota = buildRota(problem, timing);
      const plan = planFor(rota, timing, problem.projects.length, problem.judges.length);
      if (options.json) {
        await emitJson(io, rotaJson(rota, event.id, session.id, plan, changes), options.output);
      } else {
        await emit(io, rotaText(rota, options.by, plan, changes), options.output);
      }
      const c = colours(io);
      for (const warning of rota.warnings) io.stderr.write(`${c.yellow(`warning: ${warning}`)}\n`);
    });
}
