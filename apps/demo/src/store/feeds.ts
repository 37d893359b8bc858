import { now, type Sql } from "./sql.js";

/** The last body each calendar feed URL served, so a changed session gets SEQUENCE + 1 against it. */
export class Feeds {
  constructor(readonly sql: Sql) {}

  get(name: string): string | undefined {
    return (
      this.sql.prepare("SELECT body FROM feeds WHERE name = ?").get(name) as { body: string } | undefined
    )?.body;
  }

  save(name: string, body: string): void {
    this.sql.write(() =>
      this.sql
        .prepare(
          "INSERT INTO feeds (name, body, updated) VALUES (?, ?, ?) ON CONFLICT(name) DO UPDATE SET body = excluded.body, updated = excluded.updated",
        )
        .run(name, body, now()),
    );
  }
}
