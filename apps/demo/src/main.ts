import { resolve } from "node:path";
import { setFlagsFromString } from "node:v8";
import { formatIssue, ValidationError } from "@hackdaykit/schema";
import { HELP, parseOptions } from "./options.js";
import { startServer } from "./server.js";

/**
 * V8's budget for tiering WebAssembly up to TurboFan, as `hackday teams` sets it (packages/cli/src/v8-flags.ts;
 * the teams README, "Speed"): the first allocation in a process costs ~1.3 s of CPU instead of ~4.6 s, later ones
 * ~1.37 s instead of ~1.04 s, right for a server that allocates a few times a day. Process-wide, so the allocation
 * worker inherits it; set here, the process's entry, so tests that start the server in-process leave V8 alone.
 */
const WASM_TIERING_BUDGET = "--wasm-tiering-budget=600000000";

async function main(): Promise<number> {
  // Before the first allocation starts the worker that loads HiGHS; a budget node was started with is kept.
  if (!process.execArgv.some((arg) => /^--wasm[-_]tiering[-_]budget(=|$)/.test(arg)))
    setFlagsFromString(WASM_TIERING_BUDGET);
  const root = resolve(import.meta.dirname, "../../..");
  // `npm run` changes to the root; paths the user typed are relative to where they typed them.
  const cwd = process.env.INIT_CWD ?? process.cwd();
  const parsed = parseOptions(process.argv.slice(2), process.env, cwd, root);
  if (parsed.kind === "help") {
    process.stdout.write(HELP);
    return 0;
  }
  if (parsed.kind === "error") {
    process.stderr.write(`demo: ${parsed.message}\n${HELP}`);
    return 2;
  }
  const options = parsed.options;
  const server = await startServer(options);
  console.log(`hackdaykit demo: ${server.url}  (database ${options.dbFile})`);
  if (server.generatedPassword) {
    console.log(
      `Admin password (shown once; set HACKDAY_ADMIN_PASSWORD to choose your own): ${server.generatedPassword}`,
    );
  }
  console.log(`Admin: ${server.url}/admin   Stop with Ctrl+C.`);
  const stop = () => {
    server.close().then(() => process.exit(0));
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
  return -1;
}

main().then(
  (code) => {
    if (code >= 0) process.exit(code);
  },
  (error: unknown) => {
    if (error instanceof ValidationError) {
      for (const issue of error.issues) process.stderr.write(`${formatIssue(issue)}\n`);
    } else if (error instanceof Error && "code" in error && error.code === "EADDRINUSE") {
      process.stderr.write(`demo: the port is already in use; try --port 3001 or PORT=3001\n`);
    } else {
      process.stderr.write(`demo: ${error instanceof Error ? error.message : String(error)}\n`);
    }
    process.exit(1);
  },
);
