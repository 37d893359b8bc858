import type {
  HackDayEvent,
  PairwiseVote,
  Project,
  RankingBallot,
  RubricScore,
  Session,
} from "@hackdaykit/schema";
import type Database from "better-sqlite3";
import type { Db } from "./db.js";
import { hashToken, newToken } from "./security.js";

export type TokenKind = "judge" | "team";

export interface TokenRow {
  kind: TokenKind;
  subject: string;
  created: string;
  revoked: string | null;
}

export interface JudgeState {
  judge: string;
  previous: string | null;
  current: string | null;
  ignored: string[];
  version: number;
}

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

export interface StoredVote extends PairwiseVote {
  seq: number;
  voided: string | null;
}

const now = () => new Date().toISOString();

/**
 * All reads and writes of the demo's SQLite file. Every write runs in one transaction (better-sqlite3 is
 * synchronous, so a transaction is also atomic with respect to other requests in this process).
 */
export class Store {
  #generation = 0;
  #structure = 0;
  #cache: { generation: number; event: HackDayEvent } | undefined;
  #base: { structure: number; event: HackDayEvent } | undefined;
  readonly #statements = new Map<string, Database.Statement>();

  constructor(readonly db: Db) {}

  /** A prepared statement, compiled once per SQL text (parameters are always bound, never spliced in). */
  #sql(text: string): Database.Statement {
    let statement = this.#statements.get(text);
    if (!statement) {
      statement = this.db.prepare(text);
      this.#statements.set(text, statement);
    }
    return statement;
  }

  /** Read-only queries for the integrations (same statement cache). */
  query(text: string): Database.Statement {
    if (!/^\s*SELECT\b/i.test(text)) throw new Error("Store.query is for SELECT statements");
    return this.#sql(text);
  }

  /** Runs `fn` in a transaction and invalidates cached views; returns what `fn` returns. */
  write<T>(fn: () => T): T {
    const result = this.db.transaction(fn).immediate();
    this.#generation++;
    return result;
  }

  /** A write that changes the event itself (sessions, projects, people, conflicts), not just ballots. */
  #structural<T>(fn: () => T): T {
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

  isSeeded(): boolean {
    return this.#sql("SELECT 1 FROM event_doc WHERE id = 1").get() !== undefined;
  }

  meta(key: string): string | undefined {
    const row = this.#sql("SELECT value FROM meta WHERE key = ?").get(key) as { value: string } | undefined;
    return row?.value;
  }

  setMeta(key: string, value: string): void {
    this.write(() =>
      this.#sql(
        "INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
      ).run(key, value),
    );
  }

  /** Loads an event file's contents into an empty database. */
  seed(event: HackDayEvent, source: string): void {
    this.#structural(() => {
      const { sessions, projects, judging } = event;
      const doc = eventDocument(event);
      const at = now();
      this.#sql("INSERT INTO event_doc (id, json, updated) VALUES (1, ?, ?)").run(JSON.stringify(doc), at);
      this.#sql("INSERT OR REPLACE INTO meta (key, value) VALUES ('source', ?)").run(source);
      const insertSession = this.#sql(
        "INSERT INTO sessions (id, position, json, updated) VALUES (?, ?, ?, ?)",
      );
      sessions.forEach((s, i) => insertSession.run(s.id, i, JSON.stringify(s), at));
      const insertProject = this.#sql(
        "INSERT INTO projects (id, position, json, updated) VALUES (?, ?, ?, ?)",
      );
      projects.forEach((p, i) => insertProject.run(p.id, i, JSON.stringify(p), at));
      const ballots = judging?.ballots;
      if (!ballots) return;
      const insertScore = this.#sql(
        "INSERT OR REPLACE INTO scores (judge, project, criterion, prize, score, at) VALUES (?, ?, ?, ?, ?, ?)",
      );
      for (const s of ballots.scores)
        insertScore.run(s.judge, s.project, s.criterion, s.prize ?? "", s.score, at);
      const insertRanking = this.#sql(
        "INSERT INTO rankings (judge, ranking, count, prize) VALUES (?, ?, ?, ?)",
      );
      for (const r of ballots.rankings)
        insertRanking.run(r.judge ?? null, r.ranking, r.count, r.prize ?? null);
      const voided = new Set(ballots.voids.map((v) => v.vote));
      const insertVote = this.#sql(
        "INSERT INTO votes (id, judge, winner, loser, prize, at, voided) VALUES (?, ?, ?, ?, ?, ?, ?)",
      );
      ballots.votes.forEach((v, i) => {
        const id = v.id ?? `seed-${i + 1}`;
        insertVote.run(
          id,
          v.judge,
          v.winner,
          v.loser,
          v.prize ?? null,
          v.at ?? at,
          voided.has(id) ? at : null,
        );
      });
    });
  }

  #doc(): HackDayEvent {
    const row = this.#sql("SELECT json FROM event_doc WHERE id = 1").get() as { json: string } | undefined;
    if (!row) throw new Error("the database has no event yet");
    return JSON.parse(row.json) as HackDayEvent;
  }

  /**
   * The event (private data included) with live sessions and projects but no ballots: what every page needs.
   * The same object is returned until the event's structure changes, so caches may key on it.
   */
  event(): HackDayEvent {
    if (this.#base?.structure !== this.#structure) {
      const sessions = (
        this.#sql("SELECT json FROM sessions ORDER BY position").all() as { json: string }[]
      ).map((r) => JSON.parse(r.json) as Session);
      const doc = this.#doc();
      const event: HackDayEvent = { ...doc, sessions, projects: this.projects() };
      if (doc.judging) {
        event.judging = { ...doc.judging, ballots: { scores: [], rankings: [], votes: [], voids: [] } };
      }
      this.#base = { structure: this.#structure, event };
    }
    return this.#base.event;
  }

  /** The event with its effective ballots (voided votes left out), for computing results. */
  eventWithBallots(): HackDayEvent {
    if (this.#cache?.generation === this.#generation) return this.#cache.event;
    const base = this.event();
    const event: HackDayEvent = { ...base };
    if (base.judging) {
      event.judging = {
        ...base.judging,
        ballots: {
          scores: this.scores(),
          rankings: this.rankings(),
          votes: this.votes()
            .filter((v) => v.voided === null)
            .map(({ seq: _seq, voided: _voided, ...vote }) => vote),
          voids: [],
        },
      };
    }
    this.#cache = { generation: this.#generation, event };
    return event;
  }

  /** The event as an event file would hold it: every vote cast, voided ones listed under `voids`. */
  exportEvent(): HackDayEvent {
    const event = structuredClone(this.eventWithBallots());
    if (event.judging) {
      const votes = this.votes();
      event.judging.ballots.votes = votes.map(({ seq: _seq, voided: _voided, ...vote }) => vote);
      event.judging.ballots.voids = votes
        .filter((v) => v.voided !== null)
        .map((v) => ({ vote: v.id!, reason: "voided by the judge (undo)" }));
    }
    return event;
  }

  updateDoc(change: (doc: HackDayEvent) => void): void {
    this.#structural(() => {
      const doc = this.#doc();
      change(doc);
      this.#sql("UPDATE event_doc SET json = ?, updated = ? WHERE id = 1").run(JSON.stringify(doc), now());
    });
  }

  /**
   * Replaces the event's structure (everything but ballots) with an already validated event, in one
   * transaction: the organisers' editors and "load event file" end here. Ballots, links and flags stay; a session
   * whose content changed gets a new `updated` stamp, so calendar feeds raise its SEQUENCE.
   */
  replaceStructure(event: HackDayEvent): void {
    this.#structural(() => {
      const { sessions, projects } = event;
      const doc = eventDocument(event);
      const at = now();
      this.#sql("UPDATE event_doc SET json = ?, updated = ? WHERE id = 1").run(JSON.stringify(doc), at);
      const content = (s: Session) => JSON.stringify({ ...s, updated: undefined });
      const oldSessions = new Map(
        (this.#sql("SELECT id, json FROM sessions").all() as { id: string; json: string }[]).map((r) => [
          r.id,
          JSON.parse(r.json) as Session,
        ]),
      );
      const keep = new Set(sessions.map((s) => s.id));
      for (const id of oldSessions.keys())
        if (!keep.has(id)) this.#sql("DELETE FROM sessions WHERE id = ?").run(id);
      const upsertSession = this.#sql(
        `INSERT INTO sessions (id, position, json, updated) VALUES (?, ?, ?, ?)
           ON CONFLICT(id) DO UPDATE SET position = excluded.position, json = excluded.json, updated = excluded.updated`,
      );
      sessions.forEach((session, i) => {
        const was = oldSessions.get(session.id);
        const saved =
          was && content(was) === content(session)
            ? { ...session, ...(was.updated !== undefined && { updated: was.updated }) }
            : { ...session, updated: at.replace(/\.\d{3}Z$/, "Z") };
        upsertSession.run(session.id, i, JSON.stringify(saved), at);
      });
      const keepProjects = new Set(projects.map((p) => p.id));
      for (const { id } of this.#sql("SELECT id FROM projects").all() as { id: string }[]) {
        if (keepProjects.has(id)) continue;
        this.#sql("DELETE FROM project_flags WHERE project = ?").run(id);
        this.#sql("DELETE FROM absence_reports WHERE project = ?").run(id);
        this.#sql("DELETE FROM projects WHERE id = ?").run(id);
      }
      const upsertProject = this.#sql(
        `INSERT INTO projects (id, position, json, updated) VALUES (?, ?, ?, ?)
           ON CONFLICT(id) DO UPDATE SET position = excluded.position, json = excluded.json, updated = excluded.updated`,
      );
      projects.forEach((project, i) => upsertProject.run(project.id, i, JSON.stringify(project), at));
    });
  }

  // Sessions

  session(id: string): Session | undefined {
    const row = this.#sql("SELECT json FROM sessions WHERE id = ?").get(id) as { json: string } | undefined;
    return row ? (JSON.parse(row.json) as Session) : undefined;
  }

  // Projects

  projects(): Project[] {
    return (this.#sql("SELECT json FROM projects ORDER BY position").all() as { json: string }[]).map(
      (r) => JSON.parse(r.json) as Project,
    );
  }

  project(id: string): Project | undefined {
    const row = this.#sql("SELECT json FROM projects WHERE id = ?").get(id) as { json: string } | undefined;
    return row ? (JSON.parse(row.json) as Project) : undefined;
  }

  saveProject(project: Project): void {
    this.#structural(() => {
      const at = now();
      const updated = this.#sql("UPDATE projects SET json = ?, updated = ? WHERE id = ?").run(
        JSON.stringify(project),
        at,
        project.id,
      );
      if (updated.changes === 0) {
        const position = (
          this.#sql("SELECT COALESCE(MAX(position), -1) + 1 AS p FROM projects").get() as { p: number }
        ).p;
        this.#sql("INSERT INTO projects (id, position, json, updated) VALUES (?, ?, ?, ?)").run(
          project.id,
          position,
          JSON.stringify(project),
          at,
        );
      }
    });
  }

  absentProjects(): Set<string> {
    const rows = this.#sql("SELECT project FROM project_flags WHERE absent = 1").all() as {
      project: string;
    }[];
    return new Set(rows.map((r) => r.project));
  }

  setAbsent(project: string, absent: boolean): void {
    this.write(() =>
      this.#sql(
        "INSERT INTO project_flags (project, absent) VALUES (?, ?) ON CONFLICT(project) DO UPDATE SET absent = excluded.absent",
      ).run(project, absent ? 1 : 0),
    );
  }

  /** Call inside `write`. Records a judge's "team not there"; returns how many judges have reported it. */
  reportAbsent(project: string, judge: string): number {
    this.#sql("INSERT OR IGNORE INTO absence_reports (project, judge, at) VALUES (?, ?, ?)").run(
      project,
      judge,
      now(),
    );
    return (
      this.#sql("SELECT COUNT(*) AS n FROM absence_reports WHERE project = ?").get(project) as { n: number }
    ).n;
  }

  absenceReports(): { project: string; judge: string; at: string }[] {
    return this.#sql("SELECT project, judge, at FROM absence_reports ORDER BY at").all() as {
      project: string;
      judge: string;
      at: string;
    }[];
  }

  /** Projects this judge reported absent that are not reopened yet: not sent to them again meanwhile. */
  reportedBy(judge: string): string[] {
    return (
      this.#sql("SELECT project FROM absence_reports WHERE judge = ?").all(judge) as { project: string }[]
    ).map((r) => r.project);
  }

  /** An organiser's answer to the reports: confirm (closed for everyone) or reopen (reports cleared). */
  settleAbsence(project: string, absent: boolean): void {
    this.write(() => {
      if (!absent) this.#sql("DELETE FROM absence_reports WHERE project = ?").run(project);
      this.#sql(
        "INSERT INTO project_flags (project, absent) VALUES (?, ?) ON CONFLICT(project) DO UPDATE SET absent = excluded.absent",
      ).run(project, absent ? 1 : 0);
    });
  }

  // Private links

  /** Issues a new link for a judge or team; the token is returned once and only its hash is kept. */
  issueToken(kind: TokenKind, subject: string): string {
    const token = newToken();
    this.write(() =>
      this.#sql("INSERT INTO tokens (hash, kind, subject, created) VALUES (?, ?, ?, ?)").run(
        hashToken(token),
        kind,
        subject,
        now(),
      ),
    );
    return token;
  }

  /** Revokes every live link of a judge or team. */
  revokeTokens(kind: TokenKind, subject: string): number {
    return this.write(
      () =>
        this.#sql("UPDATE tokens SET revoked = ? WHERE kind = ? AND subject = ? AND revoked IS NULL").run(
          now(),
          kind,
          subject,
        ).changes,
    );
  }

  /** The judge or team a live token belongs to. */
  tokenSubject(kind: TokenKind, token: string): string | undefined {
    if (token.length < 20 || token.length > 100) return undefined;
    const row = this.#sql("SELECT subject FROM tokens WHERE hash = ? AND kind = ? AND revoked IS NULL").get(
      hashToken(token),
      kind,
    ) as { subject: string } | undefined;
    return row?.subject;
  }

  tokens(): TokenRow[] {
    return this.#sql(
      "SELECT kind, subject, created, revoked FROM tokens ORDER BY created",
    ).all() as TokenRow[];
  }

  // Admin

  adminHash(): string | undefined {
    return (
      this.#sql("SELECT password_hash FROM admin WHERE id = 1").get() as { password_hash: string } | undefined
    )?.password_hash;
  }

  setAdminHash(hash: string): void {
    this.write(() => {
      this.#sql(
        "INSERT INTO admin (id, password_hash) VALUES (1, ?) ON CONFLICT(id) DO UPDATE SET password_hash = excluded.password_hash",
      ).run(hash);
      // A new password ends every existing admin session.
      this.#sql("DELETE FROM admin_sessions").run();
    });
  }

  createAdminSession(hours = 12): string {
    const token = newToken();
    const created = new Date();
    const expires = new Date(created.getTime() + hours * 3_600_000);
    this.write(() => {
      this.#sql("DELETE FROM admin_sessions WHERE expires < ?").run(created.toISOString());
      this.#sql("INSERT INTO admin_sessions (hash, created, expires) VALUES (?, ?, ?)").run(
        hashToken(token),
        created.toISOString(),
        expires.toISOString(),
      );
    });
    return token;
  }

  isAdminSession(token: string | undefined): boolean {
    if (!token || token.length > 100) return false;
    return (
      this.#sql("SELECT 1 FROM admin_sessions WHERE hash = ? AND expires > ?").get(
        hashToken(token),
        now(),
      ) !== undefined
    );
  }

  endAdminSession(token: string): void {
    this.write(() => this.#sql("DELETE FROM admin_sessions WHERE hash = ?").run(hashToken(token)));
  }

  // Ballots

  scores(): RubricScore[] {
    const rows = this.#sql(
      "SELECT judge, project, criterion, prize, score FROM scores ORDER BY rowid",
    ).all() as { judge: string; project: string; criterion: string; prize: string; score: number }[];
    return rows.map((r) => ({
      judge: r.judge,
      project: r.project,
      criterion: r.criterion,
      score: r.score,
      ...(r.prize !== "" && { prize: r.prize }),
    }));
  }

  /** Replaces one judge's scores for one project (and prize) at once. */
  saveScores(
    judge: string,
    project: string,
    prize: string | undefined,
    scores: { criterion: string; score: number }[],
  ) {
    this.write(() => {
      const at = now();
      this.#sql("DELETE FROM scores WHERE judge = ? AND project = ? AND prize = ?").run(
        judge,
        project,
        prize ?? "",
      );
      const insert = this.#sql(
        "INSERT INTO scores (judge, project, criterion, prize, score, at) VALUES (?, ?, ?, ?, ?, ?)",
      );
      for (const s of scores) insert.run(judge, project, s.criterion, prize ?? "", s.score, at);
    });
  }

  rankings(): RankingBallot[] {
    const rows = this.#sql("SELECT judge, ranking, count, prize FROM rankings ORDER BY seq").all() as {
      judge: string | null;
      ranking: string;
      count: number;
      prize: string | null;
    }[];
    return rows.map((r) => ({
      ranking: r.ranking,
      count: r.count,
      ...(r.judge !== null && { judge: r.judge }),
      ...(r.prize !== null && { prize: r.prize }),
    }));
  }

  votes(judge?: string): StoredVote[] {
    const rows = (
      judge === undefined
        ? this.#sql("SELECT * FROM votes ORDER BY seq").all()
        : this.#sql("SELECT * FROM votes WHERE judge = ? ORDER BY seq").all(judge)
    ) as {
      seq: number;
      id: string;
      judge: string;
      winner: string;
      loser: string;
      prize: string | null;
      at: string;
      voided: string | null;
    }[];
    return rows.map((r) => ({
      seq: r.seq,
      id: r.id,
      judge: r.judge,
      winner: r.winner,
      loser: r.loser,
      at: r.at,
      voided: r.voided,
      ...(r.prize !== null && { prize: r.prize }),
    }));
  }

  voteCount(): number {
    return (this.#sql("SELECT COUNT(*) AS n FROM votes WHERE voided IS NULL").get() as { n: number }).n;
  }

  judgeState(judge: string): JudgeState {
    const row = this.#sql("SELECT * FROM judge_state WHERE judge = ?").get(judge) as
      | { judge: string; previous: string | null; current: string | null; ignored: string; version: number }
      | undefined;
    if (!row) return { judge, previous: null, current: null, ignored: [], version: 0 };
    return { ...row, ignored: JSON.parse(row.ignored) as string[] };
  }

  /** Call inside `write`. */
  putJudgeState(state: JudgeState): void {
    this.#sql(
      `INSERT INTO judge_state (judge, previous, current, ignored, version) VALUES (?, ?, ?, ?, ?)
         ON CONFLICT(judge) DO UPDATE SET previous = excluded.previous, current = excluded.current,
         ignored = excluded.ignored, version = excluded.version`,
    ).run(state.judge, state.previous, state.current, JSON.stringify(state.ignored), state.version);
  }

  /** Call inside `write`. Returns the new vote's id. */
  insertVote(judge: string, winner: string, loser: string, prize?: string): string {
    const seq = (this.#sql("SELECT COALESCE(MAX(seq), 0) + 1 AS n FROM votes").get() as { n: number }).n;
    const id = `v${seq}`;
    this.#sql("INSERT INTO votes (id, judge, winner, loser, prize, at) VALUES (?, ?, ?, ?, ?, ?)").run(
      id,
      judge,
      winner,
      loser,
      prize ?? null,
      now(),
    );
    return id;
  }

  /** Call inside `write`. Voids the judge's latest live vote; returns it, if any. */
  voidLastVote(judge: string): StoredVote | undefined {
    const last = this.votes(judge)
      .filter((v) => v.voided === null)
      .at(-1);
    if (!last) return undefined;
    this.#sql("UPDATE votes SET voided = ?, void_reason = 'undo' WHERE seq = ?").run(now(), last.seq);
    return last;
  }

  // Results

  results(): ResultRow[] {
    return this.#sql(
      "SELECT prize, json, computed, published, full_order, acknowledged FROM results",
    ).all() as ResultRow[];
  }

  saveResult(prize: string, json: string): void {
    this.write(() =>
      this.#sql(
        `INSERT INTO results (prize, json, computed, published) VALUES (?, ?, ?, NULL)
           ON CONFLICT(prize) DO UPDATE SET json = excluded.json, computed = excluded.computed, published = NULL,
           full_order = 0, acknowledged = 0`,
      ).run(prize, json, now()),
    );
  }

  publishResult(
    prize: string,
    publish: boolean,
    options: { fullOrder?: boolean; acknowledged?: boolean } = {},
  ): boolean {
    return this.write(
      () =>
        this.#sql("UPDATE results SET published = ?, full_order = ?, acknowledged = ? WHERE prize = ?").run(
          publish ? now() : null,
          options.fullOrder ? 1 : 0,
          options.acknowledged ? 1 : 0,
          prize,
        ).changes > 0,
    );
  }

  // Accounts

  transactions<T>(): { seq: number; value: T }[] {
    return (
      this.#sql("SELECT seq, json FROM transactions ORDER BY seq").all() as {
        seq: number;
        json: string;
      }[]
    ).map((r) => ({ seq: r.seq, value: JSON.parse(r.json) as T }));
  }

  addTransaction(value: unknown): void {
    this.write(() =>
      this.#sql("INSERT INTO transactions (json, created) VALUES (?, ?)").run(JSON.stringify(value), now()),
    );
  }

  // Feeds

  feed(name: string): string | undefined {
    return (this.#sql("SELECT body FROM feeds WHERE name = ?").get(name) as { body: string } | undefined)
      ?.body;
  }

  saveFeed(name: string, body: string): void {
    this.write(() =>
      this.#sql(
        "INSERT INTO feeds (name, body, updated) VALUES (?, ?, ?) ON CONFLICT(name) DO UPDATE SET body = excluded.body, updated = excluded.updated",
      ).run(name, body, now()),
    );
  }

  /** A consistent copy of the database file (SQLite online backup), for the admin's backup download. */
  async backup(file: string): Promise<void> {
    await this.db.backup(file);
  }
}

/** The event as the event_doc row keeps it: sessions, projects and ballots live in their own tables. */
function eventDocument(event: HackDayEvent) {
  const { sessions: _sessions, projects: _projects, judging, ...rest } = event;
  return {
    ...rest,
    sessions: [],
    projects: [],
    ...(judging && {
      judging: { ...judging, ballots: { scores: [], rankings: [], votes: [], voids: [] } },
    }),
  };
}
