import type { Sql } from "./sql.js";

export interface JudgeState {
  judge: string;
  previous: string | null;
  current: string | null;
  ignored: string[];
  version: number;
}

/** Where each pairwise judge is: the project they saw last and the one they are looking at now. */
export class Judges {
  constructor(readonly sql: Sql) {}

  state(judge: string): JudgeState {
    const row = this.sql.prepare("SELECT * FROM judge_state WHERE judge = ?").get(judge) as
      | { judge: string; previous: string | null; current: string | null; ignored: string; version: number }
      | undefined;
    if (!row) return { judge, previous: null, current: null, ignored: [], version: 0 };
    return { ...row, ignored: JSON.parse(row.ignored) as string[] };
  }

  /** Call inside `write`. */
  put(state: JudgeState): void {
    this.sql
      .prepare(
        `INSERT INTO judge_state (judge, previous, current, ignored, version) VALUES (?, ?, ?, ?, ?)
         ON CONFLICT(judge) DO UPDATE SET previous = excluded.previous, current = excluded.current,
         ignored = excluded.ignored, version = excluded.version`,
      )
      .run(state.judge, state.previous, state.current, JSON.stringify(state.ignored), state.version);
  }

  /** The projects other judges are looking at now. */
  busyExcept(judge: string): string[] {
    return (
      this.sql
        .prepare("SELECT current FROM judge_state WHERE judge != ? AND current IS NOT NULL")
        .all(judge) as { current: string }[]
    ).map((r) => r.current);
  }
}
