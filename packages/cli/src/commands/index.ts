import type { Command } from "commander";
import type { Io } from "../io.js";

/** What a command gets: the program to add itself to, where to write, and a way to set the exit code. */
export interface CommandContext {
  program: Command;
  io: Io;
  /** Raise the exit code (0 ok, 1 invalid input or failed check); the highest value set wins. */
  setExit: (code: number) => void;
}

export type RegisterCommand = (context: CommandContext) => void;

/** A command in the manifest; `subcommands` register on it, each loaded only when its name is typed. */
export interface CommandEntry {
  name: string;
  summary: string;
  load: () => Promise<RegisterCommand>;
  subcommands?: readonly CommandEntry[];
}

/**
 * Every `hackday` command, in the order `--help` lists them, one file per command in this folder. A command's
 * code (and the packages it uses) loads only when that command runs, so `hackday --version` starts as fast as
 * Node itself; `summary` is what the top-level `--help` lists without loading it.
 */
export const commands: readonly CommandEntry[] = [
  {
    name: "validate",
    summary:
      "Check event files (YAML or JSON): shape, references, ids and local times; *.ledger.yaml files as ledgers",
    load: async () => (await import("./validate.js")).registerValidate,
  },
  {
    name: "schema",
    summary: "Print the JSON Schema (draft 2020-12) of the event file",
    load: async () => (await import("./schema.js")).registerSchema,
  },
  {
    name: "init",
    summary:
      "Start a new event: event.yaml, accounts, a skeleton agenda, a README and a CI workflow that publishes the site",
    load: async () => (await import("./init.js")).registerInit,
  },
  {
    name: "site",
    summary:
      "Build the public website (HTML, CSS, .ics, schedule.json, Atom, sitemap) of an event or a series",
    load: async () => (await import("./site.js")).registerSite,
  },
  {
    name: "ics",
    summary: "Write the event's calendar feed (.ics): whole event, or one track, room or person",
    load: async () => (await import("./ics.js")).registerIcs,
  },
  {
    name: "export",
    summary: "Export the public agenda: c3voc schedule.json (Giggity, EventFahrplan) or schema.org JSON-LD",
    load: async () => (await import("./export.js")).registerExport,
  },
  {
    name: "import",
    summary: "Bring data from other tools into an event file",
    load: async () => (await import("./import.js")).registerImport,
  },
  {
    name: "accounts",
    summary: "Double-entry open accounts: balances, reports, publishable accounts, journal import and export",
    load: async () => (await import("./accounts.js")).registerAccounts,
  },
  {
    name: "agenda",
    summary: "Show the agenda day by day in the event's time zone, or --check it for conflicts",
    load: async () => (await import("./agenda.js")).registerAgenda,
  },
  {
    name: "rota",
    summary: "Plan expo judging: which judge visits which table in each round, optimally and conflict-free",
    load: async () => (await import("./rota.js")).registerRota,
  },
  {
    name: "teams",
    summary: "Form teams from pitches: everyone on a team they ranked, sizes kept, skills covered, explained",
    load: async () => (await import("./teams.js")).registerTeams,
  },
  {
    name: "judge",
    summary: "Rank projects from judges' ballots: rubric scores, ranked ballots or pairwise votes",
    load: async () => (await import("./judge.js")).registerJudge,
    subcommands: [
      {
        name: "prizes",
        summary: "Decide every prize of an event, each with its own method, judges, entrants and red lines",
        load: async () => (await import("./judge-prizes.js")).registerJudgePrizes,
      },
      {
        name: "simulate",
        summary: "Simulate judging: how often each method finds the true top places with your numbers",
        load: async () => (await import("./judge-simulate.js")).registerJudgeSimulate,
      },
    ],
  },
];

/** The one-line summary of a command ("judge prizes" for a subcommand), for its own `.description()`. */
export function summaryOf(path: string): string {
  const [name, sub] = path.split(" ");
  const parent = commands.find((command) => command.name === name);
  const entry = sub === undefined ? parent : parent?.subcommands?.find((command) => command.name === sub);
  if (!entry) throw new Error(`no command ${path} in the manifest`);
  return entry.summary;
}
