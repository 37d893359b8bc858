import { resolve } from "node:path";
import { parseArgs } from "node:util";
import type { ServerOptions } from "./server.js";

export const HELP = `Usage: npm run demo [-- --event FILE] [--data DIR] [--port N]

Starts the hackdaykit demo site on http://localhost:3000 with a SQLite database in apps/demo/data/.
The first run seeds the database from the event file and prints the admin password
(set HACKDAY_ADMIN_PASSWORD to choose it). Each event file gets its own database.

  --event FILE          event file to seed from (default: examples/nhs-hack-day-31.yaml)
  --data DIR            where the database lives (default: $HACKDAY_DATA_DIR or apps/demo/data)
  --port N              port to listen on (default: $PORT or 3000)
  --host H              address to bind (default: 127.0.0.1)
  --secure              mark cookies Secure: the site is served over HTTPS ($HACKDAY_SECURE_COOKIES=1)
  --trust-proxy LIST    comma-separated addresses of reverse proxies whose X-Forwarded-For and
                        X-Forwarded-Proto are believed ($HACKDAY_TRUST_PROXY)
`;

export type Parsed =
  | { kind: "help" }
  | { kind: "error"; message: string }
  | { kind: "run"; options: ServerOptions };

const YES = /^(1|true|yes|on)$/i;

/** The demo's command line and environment as server options (flags win over the environment). */
export function parseOptions(
  argv: string[],
  env: Record<string, string | undefined>,
  cwd: string,
  root: string,
): Parsed {
  let values: ReturnType<typeof read>["values"];
  function read() {
    return parseArgs({
      args: argv,
      options: {
        event: { type: "string" },
        data: { type: "string" },
        port: { type: "string" },
        host: { type: "string" },
        secure: { type: "boolean" },
        "trust-proxy": { type: "string" },
        help: { type: "boolean", short: "h" },
      },
      strict: true,
    });
  }
  try {
    values = read().values;
  } catch (error) {
    return { kind: "error", message: error instanceof Error ? error.message : String(error) };
  }
  if (values.help) return { kind: "help" };
  const eventFile = values.event
    ? resolve(cwd, values.event)
    : resolve(root, "examples/nhs-hack-day-31.yaml");
  const dataText = values.data ?? env.HACKDAY_DATA_DIR;
  const dataDir = dataText ? resolve(cwd, dataText) : resolve(root, "apps/demo/data");
  const name = eventFile.replace(/^.*[\\/]/, "").replace(/\.(ya?ml|json)$/i, "");
  const portText = values.port ?? env.PORT ?? "3000";
  const port = Number(portText);
  if (!/^\d+$/.test(portText) || port > 65535) {
    return { kind: "error", message: `--port must be a number from 0 to 65535, got "${portText}"` };
  }
  const proxies = (values["trust-proxy"] ?? env.HACKDAY_TRUST_PROXY ?? "")
    .split(",")
    .map((a) => a.trim())
    .filter(Boolean);
  return {
    kind: "run",
    options: {
      dbFile: resolve(dataDir, `${name}.sqlite`),
      eventFile,
      port,
      secureCookies: values.secure ?? YES.test(env.HACKDAY_SECURE_COOKIES ?? ""),
      trustedProxies: proxies,
      ...(values.host !== undefined && { host: values.host }),
      ...(env.HACKDAY_ADMIN_PASSWORD && { adminPassword: env.HACKDAY_ADMIN_PASSWORD }),
    },
  };
}
