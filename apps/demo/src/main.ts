import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { formatIssue, ValidationError } from "@hackdaykit/schema";
import { startServer } from "./server.js";

const HELP = `Usage: npm run demo [-- --event FILE] [--data DIR] [--port N]

Starts the hackdaykit demo site on http://localhost:3000 with a SQLite database in apps/demo/data/.
The first run seeds the database from the event file and prints the admin password
(set HACKDAY_ADMIN_PASSWORD to choose it). Each event file gets its own database.

  --event FILE   event file to seed from (default: examples/nhs-hack-day-31.yaml)
  --data DIR     where the database lives (default: apps/demo/data)
  --port N       port to listen on (default: $PORT or 3000)
  --host H       address to bind (default: 127.0.0.1)
`;

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      event: { type: "string" },
      data: { type: "string" },
      port: { type: "string" },
      host: { type: "string" },
      help: { type: "boolean", short: "h" },
    },
    strict: true,
  });
  if (values.help) {
    process.stdout.write(HELP);
    return 0;
  }
  const root = resolve(import.meta.dirname, "../../..");
  // `npm run` changes to the root; paths the user typed are relative to where they typed them.
  const cwd = process.env.INIT_CWD ?? process.cwd();
  const eventFile = values.event
    ? resolve(cwd, values.event)
    : resolve(root, "examples/nhs-hack-day-31.yaml");
  const dataDir = values.data ? resolve(cwd, values.data) : resolve(root, "apps/demo/data");
  const name = eventFile.replace(/^.*[\\/]/, "").replace(/\.(ya?ml|json)$/i, "");
  const port = Number(values.port ?? process.env.PORT ?? 3000);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    process.stderr.write(
      `demo: --port must be a number from 0 to 65535, got "${values.port ?? process.env.PORT}"\n`,
    );
    return 2;
  }
  const server = await startServer({
    dbFile: resolve(dataDir, `${name}.sqlite`),
    eventFile,
    port,
    ...(values.host !== undefined && { host: values.host }),
    ...(process.env.HACKDAY_ADMIN_PASSWORD && { adminPassword: process.env.HACKDAY_ADMIN_PASSWORD }),
  });
  console.log(`hackdaykit demo: ${server.url}  (database ${resolve(dataDir, `${name}.sqlite`)})`);
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
