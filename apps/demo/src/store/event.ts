import type { HackDayEvent, Project, Session } from "@hackdaykit/schema";
import type { Absence } from "./absence.js";
import type { Ballots } from "./ballots.js";
import { now, type Sql } from "./sql.js";

const UPSERT = (table: "sessions" | "projects") =>
  `INSERT INTO ${table} (id, position, json, updated) VALUES (?, ?, ?, ?)
     ON CONFLICT(id) DO UPDATE SET position = excluded.position, json = excluded.json, updated = excluded.updated`;

/**
 * The event: the document (everything but sessions, projects and ballots) in `event_doc`, sessions and projects
 * in their own tables so one edit rewrites one row; ballots come from {@link Ballots}.
 */
export class EventStore {
  #cache: { generation: number; event: HackDayEvent } | undefined;
  #base: { structure: number; event: HackDayEvent } | undefined;

  constructor(
    readonly sql: Sql,
    readonly ballots: Ballots,
    readonly absence: Absence,
  ) {}

  isSeeded(): boolean {
    return this.sql.prepare("SELECT 1 FROM event_doc WHERE id = 1").get() !== undefined;
  }

  /** Loads an event file's contents into an empty database. */
  seed(event: HackDayEvent, source: string): void {
    this.sql.structural(() => {
      const at = now();
      this.sql
        .prepare("INSERT INTO event_doc (id, json, updated) VALUES (1, ?, ?)")
        .run(JSON.stringify(eventDocument(event)), at);
      this.sql.prepare("INSERT OR REPLACE INTO meta (key, value) VALUES ('source', ?)").run(source);
      const insert = (table: "sessions" | "projects") =>
        this.sql.prepare(`INSERT INTO ${table} (id, position, json, updated) VALUES (?, ?, ?, ?)`);
      event.sessions.forEach((s, i) => insert("sessions").run(s.id, i, JSON.stringify(s), at));
      event.projects.forEach((p, i) => insert("projects").run(p.id, i, JSON.stringify(p), at));
      if (event.judging?.ballots) this.ballots.seed(event.judging.ballots);
    });
  }

  #doc(): HackDayEvent {
    const row = this.sql.prepare("SELECT json FROM event_doc WHERE id = 1").get() as
      | { json: string }
      | undefined;
    if (!row) throw new Error("the database has no event yet");
    return JSON.parse(row.json) as HackDayEvent;
  }

  /**
   * The event (private data included) with live sessions and projects but no ballots: what every page needs.
   * The same object is returned until the event's structure changes, so caches may key on it.
   */
  event(): HackDayEvent {
    if (this.#base?.structure !== this.sql.structureGeneration) {
      const sessions = (
        this.sql.prepare("SELECT json FROM sessions ORDER BY position").all() as { json: string }[]
      ).map((r) => JSON.parse(r.json) as Session);
      const doc = this.#doc();
      const event: HackDayEvent = { ...doc, sessions, projects: this.projects() };
      if (doc.judging) {
        event.judging = { ...doc.judging, ballots: { scores: [], rankings: [], votes: [], voids: [] } };
      }
      this.#base = { structure: this.sql.structureGeneration, event };
    }
    return this.#base.event;
  }

  /** The event with its effective ballots (voided votes left out), for computing results. */
  eventWithBallots(): HackDayEvent {
    if (this.#cache?.generation === this.sql.generation) return this.#cache.event;
    const base = this.event();
    const event: HackDayEvent = { ...base };
    if (base.judging) {
      event.judging = {
        ...base.judging,
        ballots: {
          scores: this.ballots.scores(),
          rankings: this.ballots.rankings(),
          votes: this.ballots
            .votes()
            .filter((v) => v.voided === null)
            .map(({ seq: _seq, voided: _voided, ...vote }) => vote),
          voids: [],
        },
      };
    }
    this.#cache = { generation: this.sql.generation, event };
    return event;
  }

  /** The event as an event file would hold it: every vote cast, voided ones listed under `voids`. */
  exportEvent(): HackDayEvent {
    const event = structuredClone(this.eventWithBallots());
    if (event.judging) {
      const votes = this.ballots.votes();
      event.judging.ballots.votes = votes.map(({ seq: _seq, voided: _voided, ...vote }) => vote);
      event.judging.ballots.voids = votes
        .filter((v) => v.voided !== null)
        .map((v) => ({ vote: v.id!, reason: "voided by the judge (undo)" }));
    }
    return event;
  }

  updateDoc(change: (doc: HackDayEvent) => void): void {
    this.sql.structural(() => {
      const doc = this.#doc();
      change(doc);
      this.sql
        .prepare("UPDATE event_doc SET json = ?, updated = ? WHERE id = 1")
        .run(JSON.stringify(doc), now());
    });
  }

  /**
   * Replaces the event's structure (everything but ballots) with an already validated event, in one
   * transaction: the organisers' editors and "load event file" end here. Ballots, links and flags stay; a session
   * whose content changed gets a new `updated` stamp, so calendar feeds raise its SEQUENCE.
   */
  replaceStructure(event: HackDayEvent): void {
    this.sql.structural(() => {
      const { sessions, projects } = event;
      const at = now();
      this.sql
        .prepare("UPDATE event_doc SET json = ?, updated = ? WHERE id = 1")
        .run(JSON.stringify(eventDocument(event)), at);
      const content = (s: Session) => JSON.stringify({ ...s, updated: undefined });
      const oldSessions = new Map(
        (this.sql.prepare("SELECT id, json FROM sessions").all() as { id: string; json: string }[]).map(
          (r) => [r.id, JSON.parse(r.json) as Session],
        ),
      );
      const keep = new Set(sessions.map((s) => s.id));
      for (const id of oldSessions.keys())
        if (!keep.has(id)) this.sql.prepare("DELETE FROM sessions WHERE id = ?").run(id);
      const upsertSession = this.sql.prepare(UPSERT("sessions"));
      sessions.forEach((session, i) => {
        const was = oldSessions.get(session.id);
        const saved =
          was && content(was) === content(session)
            ? { ...session, ...(was.updated !== undefined && { updated: was.updated }) }
            : { ...session, updated: at.replace(/\.\d{3}Z$/, "Z") };
        upsertSession.run(session.id, i, JSON.stringify(saved), at);
      });
      const keepProjects = new Set(projects.map((p) => p.id));
      for (const { id } of this.sql.prepare("SELECT id FROM projects").all() as { id: string }[]) {
        if (keepProjects.has(id)) continue;
        this.absence.forget(id);
        this.sql.prepare("DELETE FROM projects WHERE id = ?").run(id);
      }
      const upsertProject = this.sql.prepare(UPSERT("projects"));
      projects.forEach((project, i) => upsertProject.run(project.id, i, JSON.stringify(project), at));
    });
  }

  session(id: string): Session | undefined {
    const row = this.sql.prepare("SELECT json FROM sessions WHERE id = ?").get(id) as
      | { json: string }
      | undefined;
    return row ? (JSON.parse(row.json) as Session) : undefined;
  }

  projects(): Project[] {
    return (this.sql.prepare("SELECT json FROM projects ORDER BY position").all() as { json: string }[]).map(
      (r) => JSON.parse(r.json) as Project,
    );
  }

  project(id: string): Project | undefined {
    const row = this.sql.prepare("SELECT json FROM projects WHERE id = ?").get(id) as
      | { json: string }
      | undefined;
    return row ? (JSON.parse(row.json) as Project) : undefined;
  }

  /** Saves a project in place, or adds it after the others. */
  saveProject(project: Project): void {
    this.sql.structural(() => {
      const at = now();
      const updated = this.sql
        .prepare("UPDATE projects SET json = ?, updated = ? WHERE id = ?")
        .run(JSON.stringify(project), at, project.id);
      if (updated.changes === 0) {
        const position = (
          this.sql.prepare("SELECT COALESCE(MAX(position), -1) + 1 AS p FROM projects").get() as { p: number }
        ).p;
        this.sql
          .prepare("INSERT INTO projects (id, position, json, updated) VALUES (?, ?, ?, ?)")
          .run(project.id, position, JSON.stringify(project), at);
      }
    });
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
