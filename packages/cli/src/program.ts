import { Command, CommanderError } from "commander";
import pkg from "../package.json" with { type: "json" };
import { type CommandEntry, commands, type RegisterCommand } from "./commands/index.js";
import { colours, type Io, processIo } from "./terminal.js";

/**
 * The `hackday` command tree, writing to `io`; commands report failures through `setExit`. Commands in `loaded`
 * (by path: "judge", "judge prizes") are complete; the others are listed by name and summary only (enough for
 * the `--help` that lists them).
 */
export function createProgram(
  io: Io,
  setExit: (code: number) => void,
  loaded: ReadonlyMap<string, RegisterCommand> = new Map(),
): Command {
  const program = new Command("hackday")
    .description("Run a hack day in code: validate event files, judge, plan, publish calendars and accounts.")
    .version(pkg.version)
    .exitOverride()
    .showHelpAfterError("(run with --help for usage)")
    .configureOutput({
      writeOut: (text) => io.stdout.write(text),
      // Commander repeats what was typed (an unknown option): never more than a screenful of it.
      writeErr: (text) => io.stderr.write(text.length > 1000 ? `${text.slice(0, 1000)}…\n` : text),
      outputError: (text, write) => write(colours(io).red(text)),
    })
    .addHelpText("after", "\nExample:\n  $ hackday validate examples/*.yaml");
  program.configureHelp({ showGlobalOptions: true });

  const add = (parent: Command, entry: CommandEntry, path: string): void => {
    const register = loaded.get(path);
    if (register) register({ program: parent, io, setExit });
    else parent.command(entry.name).description(entry.summary);
    const command = parent.commands.find((c) => c.name() === entry.name)!;
    for (const sub of entry.subcommands ?? []) add(command, sub, `${path} ${sub.name}`);
  };
  for (const entry of commands) add(program, entry, entry.name);
  return program;
}

/** Paths of the commands `args` runs: the first word's command, and any of its subcommands named after it. */
export function commandsRun(args: readonly string[]): string[] {
  const words = args.filter((arg) => !arg.startsWith("-"));
  const entry = commands.find((command) => command.name === words[0]);
  if (!entry) return words.slice(0, 1);
  // Any later word that names a subcommand loads it: cheap, and right wherever options put the name.
  const subs = (entry.subcommands ?? []).filter((sub) => words.slice(1).includes(sub.name));
  return [entry.name, ...subs.map((sub) => `${entry.name} ${sub.name}`)];
}

/** Loads the code of the commands at these paths ("judge", "judge prizes"; all of them by default). */
export async function loadCommands(paths?: readonly string[]): Promise<Map<string, RegisterCommand>> {
  const all = commands.flatMap((command) => [
    [command.name, command] as const,
    ...(command.subcommands ?? []).map((sub) => [`${command.name} ${sub.name}`, sub] as const),
  ]);
  const wanted = all.filter(([path]) => paths?.includes(path) ?? true);
  return new Map(
    await Promise.all(wanted.map(async ([path, command]) => [path, await command.load()] as const)),
  );
}

/**
 * Runs `hackday` with the given arguments (without `node` and the script) and resolves to the exit code:
 * 0 ok, 1 invalid input or a failed check, 2 usage error. Never throws for bad input.
 * @example
 * ```ts
 * const code = await run(["validate", "event.yaml"]);
 * process.exitCode = code;
 * ```
 */
export async function run(args: readonly string[], io: Io = processIo()): Promise<number> {
  let exitCode = 0;
  try {
    // Only the command being run is loaded: the first word that is not an option (and its subcommand).
    const loaded = await loadCommands(commandsRun(args));
    const program = createProgram(
      io,
      (code) => {
        exitCode = Math.max(exitCode, code);
      },
      loaded,
    );
    await program.parseAsync([...args], { from: "user" });
    return exitCode;
  } catch (err) {
    // Loaded only on failure, so a run that succeeds (or --version) never pays for the schema package.
    const { capQuotes, HackdayError } = await import("@hackdaykit/schema/lite");
    if (err instanceof CommanderError) {
      // `commander.help` is help shown because no command was given: a usage error.
      return err.code === "commander.helpDisplayed" || err.code === "commander.version" ? 0 : 2;
    }
    if (err instanceof HackdayError) {
      // Every library's and the CLI's own errors print the same way: `file:line:column: path: message`.
      const { describeError } = await import("./io.js");
      io.stderr.write(`${colours(io).red(`hackday: ${describeError(err)}`)}\n`);
      return err.code === "cli_usage" ? 2 : 1;
    }
    // A bug, not bad input: still no stack trace for the user, but enough to report it.
    io.stderr.write(
      `hackday: internal error: ${capQuotes((err as Error).message)}\nPlease report this with the command you ran.\n`,
    );
    return 1;
  }
}
