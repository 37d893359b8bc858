import type { Allocation, PitchChoice } from "@hackdaykit/teams";
import { hashToken, newToken } from "../security.js";
import { now, type Sql } from "./sql.js";

/**
 * Team formation's own tables, created on first use (so this feature needs no shared migration): whether
 * "choose your team" is open, each attendee's personal link (hash only) and choice, the organiser's pins, and the
 * last allocation with whether it is published.
 */
const TABLES = `
  CREATE TABLE IF NOT EXISTS formation_state (
    id INTEGER PRIMARY KEY CHECK (id = 1), open INTEGER NOT NULL DEFAULT 0, allocation TEXT, computed TEXT,
    published TEXT
  );
  CREATE TABLE IF NOT EXISTS formation_tokens (
    hash TEXT PRIMARY KEY, person TEXT NOT NULL, created TEXT NOT NULL, revoked TEXT
  );
  CREATE TABLE IF NOT EXISTS formation_choices (
    person TEXT PRIMARY KEY, ranking TEXT NOT NULL, avoid TEXT NOT NULL, updated TEXT NOT NULL
  );
  CREATE TABLE IF NOT EXISTS formation_pins (person TEXT PRIMARY KEY, pitch TEXT NOT NULL);
  INSERT OR IGNORE INTO formation_state (id, open) VALUES (1, 0);
`;

export class FormationStore {
  #ready = false;

  constructor(readonly sql: Sql) {}

  /** The tables, created on first use (a read-only copy of the database never gets here). */
  #db(): Sql {
    if (!this.#ready) {
      this.sql.db.exec(TABLES);
      this.#ready = true;
    }
    return this.sql;
  }

  #run(sql: string, ...params: unknown[]) {
    const db = this.#db();
    return db.write(() => db.prepare(sql).run(...params));
  }
  #all<T>(sql: string, ...params: unknown[]): T[] {
    return this.#db()
      .prepare(sql)
      .all(...params) as T[];
  }

  state(): { open: boolean; allocation?: Allocation; computed?: string; published?: string } {
    const row = this.#db().prepare("SELECT * FROM formation_state WHERE id = 1").get() as {
      open: number;
      allocation: string | null;
      computed: string | null;
      published: string | null;
    };
    return {
      open: row.open === 1,
      ...(row.allocation && { allocation: JSON.parse(row.allocation) as Allocation }),
      ...(row.computed && { computed: row.computed }),
      ...(row.published && { published: row.published }),
    };
  }

  setOpen(open: boolean): void {
    this.#run("UPDATE formation_state SET open = ? WHERE id = 1", open ? 1 : 0);
  }

  /** A new allocation replaces the last one and is not published until the organiser says so. */
  saveAllocation(allocation: Allocation): void {
    this.#run(
      "UPDATE formation_state SET allocation = ?, computed = ?, published = NULL WHERE id = 1",
      JSON.stringify(allocation),
      now(),
    );
  }

  publish(): void {
    this.#run("UPDATE formation_state SET published = ? WHERE id = 1 AND allocation IS NOT NULL", now());
  }

  /** A personal link for each person who has none yet; returns the new ones (the token is shown only once). */
  issueLinks(people: readonly string[]): { person: string; token: string }[] {
    const have = new Set(
      this.#all<{ person: string }>("SELECT person FROM formation_tokens WHERE revoked IS NULL").map(
        (r) => r.person,
      ),
    );
    const issued = people.filter((p) => !have.has(p)).map((person) => ({ person, token: newToken() }));
    const db = this.#db();
    db.write(() => {
      const insert = db.prepare("INSERT INTO formation_tokens (hash, person, created) VALUES (?, ?, ?)");
      for (const { person, token } of issued) insert.run(hashToken(token), person, now());
    });
    return issued;
  }

  personOf(token: string): string | undefined {
    if (token.length < 20 || token.length > 100) return undefined;
    const row = this.#db()
      .prepare("SELECT person FROM formation_tokens WHERE hash = ? AND revoked IS NULL")
      .get(hashToken(token)) as { person: string } | undefined;
    return row?.person;
  }

  linked(): Set<string> {
    return new Set(
      this.#all<{ person: string }>("SELECT person FROM formation_tokens WHERE revoked IS NULL").map(
        (r) => r.person,
      ),
    );
  }

  saveChoice(choice: { person: string; ranking: string; avoid: string[] }): void {
    this.#run(
      `INSERT INTO formation_choices (person, ranking, avoid, updated) VALUES (?, ?, ?, ?)
       ON CONFLICT(person) DO UPDATE SET ranking = excluded.ranking, avoid = excluded.avoid, updated = excluded.updated`,
      choice.person,
      choice.ranking,
      JSON.stringify(choice.avoid),
      now(),
    );
  }

  choices(): PitchChoice[] {
    return this.#all<{ person: string; ranking: string; avoid: string }>(
      "SELECT person, ranking, avoid FROM formation_choices ORDER BY person",
    ).map((r) => ({ person: r.person, ranking: r.ranking, avoid: JSON.parse(r.avoid) as string[] }));
  }

  pins(): Record<string, string> {
    return Object.fromEntries(
      this.#all<{ person: string; pitch: string }>("SELECT person, pitch FROM formation_pins").map((r) => [
        r.person,
        r.pitch,
      ]),
    );
  }

  pin(person: string, pitch: string | undefined): void {
    if (pitch === undefined) this.#run("DELETE FROM formation_pins WHERE person = ?", person);
    else
      this.#run(
        "INSERT INTO formation_pins (person, pitch) VALUES (?, ?) ON CONFLICT(person) DO UPDATE SET pitch = excluded.pitch",
        person,
        pitch,
      );
  }
}
