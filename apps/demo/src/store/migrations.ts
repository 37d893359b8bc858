/**
 * Versioned schema migrations: entry N takes the database from version N-1 to N (PRAGMA user_version).
 * Never edit a shipped entry; append a new one.
 */
export const MIGRATIONS: readonly string[] = [
  `
  CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
  -- The event as loaded (private data included); sessions, projects and ballots live in their own tables.
  CREATE TABLE event_doc (id INTEGER PRIMARY KEY CHECK (id = 1), json TEXT NOT NULL, updated TEXT NOT NULL);
  CREATE TABLE sessions (
    id TEXT PRIMARY KEY, position INTEGER NOT NULL, json TEXT NOT NULL, updated TEXT NOT NULL
  );
  CREATE TABLE projects (
    id TEXT PRIMARY KEY, position INTEGER NOT NULL, json TEXT NOT NULL, updated TEXT NOT NULL
  );
  CREATE TABLE project_flags (
    project TEXT PRIMARY KEY REFERENCES projects(id), absent INTEGER NOT NULL DEFAULT 0
  );
  CREATE TABLE tokens (
    hash TEXT PRIMARY KEY, kind TEXT NOT NULL CHECK (kind IN ('judge', 'team')), subject TEXT NOT NULL,
    created TEXT NOT NULL, revoked TEXT
  );
  CREATE INDEX tokens_subject ON tokens(kind, subject);
  CREATE TABLE admin (id INTEGER PRIMARY KEY CHECK (id = 1), password_hash TEXT NOT NULL);
  CREATE TABLE admin_sessions (hash TEXT PRIMARY KEY, created TEXT NOT NULL, expires TEXT NOT NULL);
  CREATE TABLE scores (
    judge TEXT NOT NULL, project TEXT NOT NULL, criterion TEXT NOT NULL, prize TEXT NOT NULL DEFAULT '',
    score REAL NOT NULL, at TEXT NOT NULL, PRIMARY KEY (judge, project, criterion, prize)
  );
  CREATE TABLE rankings (
    seq INTEGER PRIMARY KEY AUTOINCREMENT, judge TEXT, ranking TEXT NOT NULL, count INTEGER NOT NULL DEFAULT 1,
    prize TEXT
  );
  CREATE TABLE votes (
    seq INTEGER PRIMARY KEY AUTOINCREMENT, id TEXT NOT NULL UNIQUE, judge TEXT NOT NULL, winner TEXT NOT NULL,
    loser TEXT NOT NULL, prize TEXT, at TEXT NOT NULL, voided TEXT, void_reason TEXT
  );
  CREATE INDEX votes_judge ON votes(judge, seq);
  -- Where each pairwise judge is: the project they saw last and the one they are looking at now.
  CREATE TABLE judge_state (
    judge TEXT PRIMARY KEY, previous TEXT, current TEXT, ignored TEXT NOT NULL DEFAULT '[]',
    version INTEGER NOT NULL DEFAULT 0
  );
  CREATE TABLE results (
    prize TEXT PRIMARY KEY, json TEXT NOT NULL, computed TEXT NOT NULL, published TEXT
  );
  CREATE TABLE transactions (
    seq INTEGER PRIMARY KEY AUTOINCREMENT, json TEXT NOT NULL, created TEXT NOT NULL
  );
  CREATE TABLE budget (line TEXT PRIMARY KEY, amount_minor INTEGER NOT NULL, currency TEXT NOT NULL);
  -- The last feed each URL served, so a changed session gets SEQUENCE + 1 against what subscribers have.
  CREATE TABLE feeds (name TEXT PRIMARY KEY, body TEXT NOT NULL, updated TEXT NOT NULL);
  `,
  `
  -- "Team not there" from a judge is a report; the project closes when an organiser confirms it or a second
  -- judge reports it (project_flags.absent). Reopening clears the reports, so the reporters get it back.
  CREATE TABLE absence_reports (
    project TEXT NOT NULL, judge TEXT NOT NULL, at TEXT NOT NULL, PRIMARY KEY (project, judge)
  );
  `,
  `
  -- What an organiser chose when publishing: the full order or winners only, and that a too-close result was seen.
  ALTER TABLE results ADD COLUMN full_order INTEGER NOT NULL DEFAULT 0;
  ALTER TABLE results ADD COLUMN acknowledged INTEGER NOT NULL DEFAULT 0;
  `,
];
