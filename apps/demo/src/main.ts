import { resolve } from "node:path";
import { setFlagsFromString } from "node:v8";
import { formatIssue, ValidationError } from "@hackdaykit/schema";
import { HELP, parseOptions } from "./options.js";
import { startServer } from "./server.js";
import { demoV8Flags } from "./v8-flags.js";

async function main(): Promise<number> {
  // Before the first allocation starts the worker that loads HiGHS.
  for (const flag of demoV8Flags(process.execArgv)) setFlagsFromString(flag);
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
