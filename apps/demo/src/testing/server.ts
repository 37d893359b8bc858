import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { type RunningServer, type ServerOptions, startServer } from "../server.js";
import { Client } from "./client.js";

export const EXAMPLE = resolve(import.meta.dirname, "../../../../examples/nhs-hack-day-31.yaml");
export const PASSWORD = "correct horse battery staple";
/** Test servers live on the event's first morning (submissions open) unless a test moves the clock. */
export const EVENT_MORNING = () => new Date("2026-05-16T10:00:00Z");

export type TestServer = RunningServer & { dir: string; dispose(): Promise<void> };
type TestOptions = Partial<Omit<ServerOptions, "dbFile" | "port" | "log">>;

/** A real server on a random port with a real SQLite file in a fresh temporary folder. */
export async function testServer(options: TestOptions = {}): Promise<TestServer> {
  const dir = mkdtempSync(join(tmpdir(), "hackdaykit-demo-"));
  let server: RunningServer;
  try {
    server = await startServer({
      dbFile: join(dir, "demo.sqlite"),
      eventFile: options.eventFile ?? EXAMPLE,
      port: 0,
      adminPassword: PASSWORD,
      log: () => {},
      now: EVENT_MORNING,
      ...options,
    });
  } catch (error) {
    // A server that refuses to start (tests of bad event files) leaves no folder behind either.
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
  return {
    ...server,
    dir,
    async dispose() {
      await server.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A test server with an organiser logged in: what most of the demo's test files start from. */
export async function adminServer(options: TestOptions = {}): Promise<{ server: TestServer; admin: Client }> {
  const server = await testServer(options);
  const admin = new Client(server.url);
  const status = await admin.login(PASSWORD);
  if (status !== 303) {
    await server.dispose();
    throw new Error(`the organiser login answered ${status}, not 303`);
  }
  return { server, admin };
}
