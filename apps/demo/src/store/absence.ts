import { now, type Sql } from "./sql.js";

const SET_ABSENT =
  "INSERT INTO project_flags (project, absent) VALUES (?, ?) ON CONFLICT(project) DO UPDATE SET absent = excluded.absent";

/** Teams not at their table: judges' reports and the organisers' answer (closed for everyone, or reopened). */
export class Absence {
  constructor(readonly sql: Sql) {}

  absent(): Set<string> {
    const rows = this.sql.prepare("SELECT project FROM project_flags WHERE absent = 1").all() as {
      project: string;
    }[];
    return new Set(rows.map((r) => r.project));
  }

  set(project: string, absent: boolean): void {
    this.sql.write(() => this.sql.prepare(SET_ABSENT).run(project, absent ? 1 : 0));
  }

  /** Call inside `write`. Records a judge's "team not there"; returns how many judges have reported it. */
  report(project: string, judge: string): number {
    this.sql
      .prepare("INSERT OR IGNORE INTO absence_reports (project, judge, at) VALUES (?, ?, ?)")
      .run(project, judge, now());
    return (
      this.sql.prepare("SELECT COUNT(*) AS n FROM absence_reports WHERE project = ?").get(project) as {
        n: number;
      }
    ).n;
  }

  reports(): { project: string; judge: string; at: string }[] {
    return this.sql.prepare("SELECT project, judge, at FROM absence_reports ORDER BY at").all() as {
      project: string;
      judge: string;
      at: string;
    }[];
  }

  /** Projects this judge reported absent that are not reopened yet: not sent to them again meanwhile. */
  reportedBy(judge: string): string[] {
    return (
      this.sql.prepare("SELECT project FROM absence_reports WHERE judge = ?").all(judge) as {
        project: string;
      }[]
    ).map((r) => r.project);
  }

  /** An organiser's answer to the reports: confirm (closed for everyone) or reopen (reports cleared). */
  settle(project: string, absent: boolean): void {
    this.sql.write(() => {
      if (!absent) this.sql.prepare("DELETE FROM absence_reports WHERE project = ?").run(project);
      this.sql.prepare(SET_ABSENT).run(project, absent ? 1 : 0);
    });
  }

  /** Call inside `write`: a project leaves the event, with its flag and reports. */
  forget(project: string): void {
    this.sql.prepare("DELETE FROM project_flags WHERE project = ?").run(project);
    this.sql.prepare("DELETE FROM absence_reports WHERE project = ?").run(project);
  }
}
