import { now, type Sql } from "./sql.js";

export interface ResultRow {
  prize: string;
  json: string;
  computed: string;
  published: string | null;
  /** Published with the full order (1) or winners only (0). */
  full_order: number;
  /** The organiser acknowledged a too-close-to-call result before publishing it. */
  acknowledged: number;
}

/** Each prize's last computed result and whether (and how) it is published. */
export class Results {
  constructor(readonly sql: Sql) {}

  list(): ResultRow[] {
    return this.sql
      .prepare("SELECT prize, json, computed, published, full_order, acknowledged FROM results")
      .all() as ResultRow[];
  }

  /** A new result replaces the prize's last one and is not published until the organiser says so. */
  save(prize: string, json: string): void {
    this.sql.write(() =>
      this.sql
        .prepare(
          `INSERT INTO results (prize, json, computed, published) VALUES (?, ?, ?, NULL)
           ON CONFLICT(prize) DO UPDATE SET json = excluded.json, computed = excluded.computed, published = NULL,
           full_order = 0, acknowledged = 0`,
        )
        .run(prize, json, now()),
    );
  }

  publish(
    prize: string,
    publish: boolean,
    options: { fullOrder?: boolean; acknowledged?: boolean } = {},
  ): boolean {
    return this.sql.write(
      () =>
        this.sql
          .prepare("UPDATE results SET published = ?, full_order = ?, acknowledged = ? WHERE prize = ?")
          .run(publish ? now() : null, options.fullOrder ? 1 : 0, options.acknowledged ? 1 : 0, prize)
          .changes > 0,
    );
  }
}
