import type { AddressInfo } from "node:net";
import { diffEvents, isEmptyDiff, loadEvent, readEventFile } from "@hackdaykit/schema";
import { serve } from "@hono/node-server";
import { Allocator } from "./allocator.js";
import { createApp } from "./app.js";
import { seedLedger } from "./integrations/ledger.js";
import { hashPassword, newPassword, RateLimiter, verifyPassword } from "./security.js";
import { openDb, Store } from "./store/index.js";

export interface ServerOptions {
  /** SQLite file (created if missing). */
  dbFile: string;
  /** Event file to seed an empty database from. */
  eventFile: string;
  port?: number;
  host?: string;
  /** Sets (or resets) the admin password; otherwise one is generated on first run. */
  adminPassword?: string;
  /** Mark cookies Secure (the site is served over HTTPS). */
  secureCookies?: boolean;
  /** The clock, for tests. */
  now?: () => Date;
  /** Reverse proxies whose X-Forwarded-For / X-Forwarded-Proto are believed. */
  trustedProxies?: string[];
  /** Failed admin logins allowed per address per window. */
  loginLimit?: { attempts: number; windowMs: number };
  log?: (line: string) => void;
}

export interface RunningServer {
  url: string;
  port: number;
  store: Store;
  /** The team allocation's worker thread (started on the first allocation). */
  allocator: Allocator;
  /** The generated admin password, on the run that created it. */
  generatedPassword?: string;
  close(): Promise<void>;
}

/** Opens the database, seeds it on first run, sets up the admin password and starts listening. */
export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const log = options.log ?? ((line: string) => console.log(line));
  const db = openDb(options.dbFile);
  const store = new Store(db);
  if (!store.isSeeded()) {
    const event = await loadEvent(options.eventFile);
    store.seed(event, options.eventFile);
    const accounts = seedLedger(store, event, options.eventFile);
    log(
      `Seeded ${options.dbFile} from ${options.eventFile} (${event.projects.length} projects); accounts from ${accounts}.`,
    );
  } else {
    // The database is the event now; a changed event file is offered for review, never applied behind anyone's back.
    const file = await readEventFile(options.eventFile);
    if (file.ok && !isEmptyDiff(diffEvents(store.event(), file.event))) {
      log(
        `${options.eventFile} differs from the site's event: review and load it at /admin/event ("Re-read the event file").`,
      );
    }
    store.setMeta("source", options.eventFile);
  }
  let generatedPassword: string | undefined;
  if (options.adminPassword) {
    // Only a changed password replaces the hash (which ends every admin session): a restart keeps organisers in.
    const current = store.admin.passwordHash();
    if (current === undefined || !(await verifyPassword(options.adminPassword, current))) {
      store.admin.setPasswordHash(await hashPassword(options.adminPassword));
    }
  } else if (!store.admin.passwordHash()) {
    generatedPassword = newPassword();
    store.admin.setPasswordHash(await hashPassword(generatedPassword));
  }
  const limit = options.loginLimit ?? { attempts: 5, windowMs: 15 * 60_000 };
  const allocator = new Allocator();
  const app = createApp({
    store,
    allocator,
    loginLimiter: new RateLimiter(limit.attempts, limit.windowMs),
    secureCookies: options.secureCookies ?? false,
    trustedProxies: options.trustedProxies ?? [],
    now: options.now ?? (() => new Date()),
  });
  const server = await new Promise<ReturnType<typeof serve>>((resolve) => {
    const s = serve(
      { fetch: app.fetch, port: options.port ?? 3000, hostname: options.host ?? "127.0.0.1" },
      () => resolve(s),
    );
  });
  const port = (server.address() as AddressInfo).port;
  const host = options.host && options.host !== "0.0.0.0" ? options.host : "localhost";
  return {
    url: `http://${host === "127.0.0.1" ? "localhost" : host}:${port}`,
    port,
    store,
    allocator,
    ...(generatedPassword !== undefined && { generatedPassword }),
    async close() {
      // The worker first: a running allocation is refused before the database it would be saved to closes.
      await allocator.close();
      await new Promise<void>((resolve) => {
        server.close(() => {
          db.close();
          resolve();
        });
        // Keep-alive sockets would hold close() open.
        (server as unknown as { closeAllConnections?: () => void }).closeAllConnections?.();
      });
    },
  };
}
