import { Absence } from "./absence.js";
import { AdminAuth } from "./admin.js";
import { Ballots } from "./ballots.js";
import type { Db } from "./db.js";
import { EventStore } from "./event.js";
import { Feeds } from "./feeds.js";
import { FormationStore } from "./formation.js";
import { Judges } from "./judges.js";
import { LedgerRows } from "./ledger.js";
import { Results } from "./results.js";
import { Sql } from "./sql.js";
import { Tokens } from "./tokens.js";

export type { StoredVote } from "./ballots.js";
export { type Db, migrate, openDb } from "./db.js";
export type { JudgeState } from "./judges.js";
export { MIGRATIONS } from "./migrations.js";
export type { ResultRow } from "./results.js";
export type { TokenKind, TokenRow } from "./tokens.js";

/**
 * All reads and writes of the demo's SQLite file, one part per concern; no SQL lives outside this folder.
 * The event itself is read and written here; ballots, links, results and the rest through the named parts.
 */
export class Store extends EventStore {
  readonly tokens: Tokens;
  readonly admin: AdminAuth;
  readonly judges: Judges;
  readonly results: Results;
  readonly ledger: LedgerRows;
  readonly feeds: Feeds;
  readonly formation: FormationStore;

  constructor(readonly db: Db) {
    const sql = new Sql(db);
    super(sql, new Ballots(sql), new Absence(sql));
    this.tokens = new Tokens(sql);
    this.admin = new AdminAuth(sql);
    this.judges = new Judges(sql);
    this.results = new Results(sql);
    this.ledger = new LedgerRows(sql);
    this.feeds = new Feeds(sql);
    this.formation = new FormationStore(sql);
  }

  /** Runs `fn` in one transaction (the parts' "call inside `write`" methods join it); returns what `fn` returns. */
  write<T>(fn: () => T): T {
    return this.sql.write(fn);
  }

  /** Bumped on every write: a cheap key for caches of derived views. */
  get generation(): number {
    return this.sql.generation;
  }

  /** Bumped only when the event's structure changes (not on votes and scores). */
  get structureGeneration(): number {
    return this.sql.structureGeneration;
  }

  meta(key: string): string | undefined {
    const row = this.sql.prepare("SELECT value FROM meta WHERE key = ?").get(key) as
      | { value: string }
      | undefined;
    return row?.value;
  }

  setMeta(key: string, value: string): void {
    this.write(() =>
      this.sql
        .prepare(
          "INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
        )
        .run(key, value),
    );
  }

  /** A consistent copy of the database file (SQLite online backup), for the admin's backup download. */
  async backup(file: string): Promise<void> {
    await this.db.backup(file);
  }
}
