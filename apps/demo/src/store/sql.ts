import type Database from "better-sqlite3";
import type { Db } from "./db.js";

export const now = () => new Date().toISOString();

/**
 * The database connection every part of the store shares: prepared statements compiled once per SQL text
 * (parameters are always bound, never spliced in), transactions, and the counters caches key on.
 */
export class Sql {
  #generation = 0;
  #structure = 0;
  readonly #statements = new Map<string, Database.Statement>();

  constructor(readonly db: Db) {}

  prepare(text: string): Database.Statement {
    let statement = this.#statements.get(text);
    if (!statement) {
      statement = this.db.prepare(text);
      this.#statements.set(text, statement);
    }
    return statement;
  }

  /**
   * Runs `fn` in a transaction (better-sqlite3 is synchronous, so it is also atomic with respect to other requests
   * in this process) and invalidates cached views; returns what `fn` returns.
   */
  write<T>(fn: () => T): T {
    const result = this.db.transaction(fn).immediate();
    this.#generation++;
    return result;
  }

  /** A write that changes the event itself (sessions, projects, people, conflicts), not just ballots. */
  structural<T>(fn: () => T): T {
    const result = this.write(fn);
    this.#structure++;
    return result;
  }

  /** Bumped on every write: a cheap key for caches of derived views. */
  get generation(): number {
    return this.#generation;
  }

  /**
   * Bumped only when the event's structure changes. Votes and scores leave it alone, so views that do not show
   * ballots (the public pages, the rota) stay cached while judging goes on.
   */
  get structureGeneration(): number {
    return this.#structure;
  }
}
