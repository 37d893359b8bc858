import { now, type Sql } from "./sql.js";

/** The books' transactions, append-only, as our ledger file writes them (the settings live in `meta`). */
export class LedgerRows {
  constructor(readonly sql: Sql) {}

  transactions<T>(): { seq: number; value: T }[] {
    return (
      this.sql.prepare("SELECT seq, json FROM transactions ORDER BY seq").all() as {
        seq: number;
        json: string;
      }[]
    ).map((r) => ({ seq: r.seq, value: JSON.parse(r.json) as T }));
  }

  add(value: unknown): void {
    this.sql.write(() =>
      this.sql
        .prepare("INSERT INTO transactions (json, created) VALUES (?, ?)")
        .run(JSON.stringify(value), now()),
    );
  }

  /** The newest transaction's number (0 for none): transactions are append-only, so it identifies the books. */
  lastSeq(): number {
    return (
      (this.sql.prepare("SELECT MAX(seq) AS last FROM transactions").get() as { last: number | null }).last ??
      0
    );
  }
}
