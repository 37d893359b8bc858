import type { Ballots as EventBallots, PairwiseVote, RankingBallot, Score } from "@hackdaykit/schema";
import { now, type Sql } from "./sql.js";

export interface StoredVote extends PairwiseVote {
  seq: number;
  at: string;
  voided: string | null;
}

const INSERT_SCORE =
  "INSERT OR REPLACE INTO scores (judge, project, criterion, prize, score, at) VALUES (?, ?, ?, ?, ?, ?)";

/** Rubric scores, ranked ballots and pairwise votes (an undone vote stays, marked voided). */
export class Ballots {
  constructor(readonly sql: Sql) {}

  /** Call inside `write`: an event file's ballots into the empty tables. */
  seed(ballots: EventBallots): void {
    const at = now();
    const insertScore = this.sql.prepare(INSERT_SCORE);
    for (const s of ballots.scores)
      insertScore.run(s.judge, s.project, s.criterion, s.prize ?? "", s.score, at);
    const insertRanking = this.sql.prepare(
      "INSERT INTO rankings (judge, ranking, count, prize) VALUES (?, ?, ?, ?)",
    );
    for (const r of ballots.rankings) insertRanking.run(r.judge ?? null, r.ranking, r.count, r.prize ?? null);
    const voided = new Set(ballots.voids.map((v) => v.vote));
    const insertVote = this.sql.prepare(
      "INSERT INTO votes (id, judge, winner, loser, prize, at, voided) VALUES (?, ?, ?, ?, ?, ?, ?)",
    );
    ballots.votes.forEach((v, i) => {
      const id = v.id ?? `seed-${i + 1}`;
      insertVote.run(id, v.judge, v.winner, v.loser, v.prize ?? null, v.at ?? at, voided.has(id) ? at : null);
    });
  }

  scores(): Score[] {
    const rows = this.sql
      .prepare("SELECT judge, project, criterion, prize, score FROM scores ORDER BY rowid")
      .all() as { judge: string; project: string; criterion: string; prize: string; score: number }[];
    return rows.map((r) => ({
      judge: r.judge,
      project: r.project,
      criterion: r.criterion,
      score: r.score,
      ...(r.prize !== "" && { prize: r.prize }),
    }));
  }

  /** When each judge last scored each project: who has seen what, for the dashboard. */
  scoredAt(): { judge: string; project: string; at: string }[] {
    return this.sql
      .prepare("SELECT judge, project, MAX(at) AS at FROM scores GROUP BY judge, project")
      .all() as { judge: string; project: string; at: string }[];
  }

  /** Replaces one judge's scores for one project (and prize) at once. */
  saveScores(
    judge: string,
    project: string,
    prize: string | undefined,
    scores: { criterion: string; score: number }[],
  ): void {
    this.sql.write(() => {
      const at = now();
      this.sql
        .prepare("DELETE FROM scores WHERE judge = ? AND project = ? AND prize = ?")
        .run(judge, project, prize ?? "");
      const insert = this.sql.prepare(INSERT_SCORE);
      for (const s of scores) insert.run(judge, project, s.criterion, prize ?? "", s.score, at);
    });
  }

  rankings(): RankingBallot[] {
    const rows = this.sql.prepare("SELECT judge, ranking, count, prize FROM rankings ORDER BY seq").all() as {
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

  /** Every vote in the order cast (one judge's if named), voided ones included. */
  votes(judge?: string): StoredVote[] {
    const rows = (
      judge === undefined
        ? this.sql.prepare("SELECT * FROM votes ORDER BY seq").all()
        : this.sql.prepare("SELECT * FROM votes WHERE judge = ? ORDER BY seq").all(judge)
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

  /** The live overall-prize votes after `seq`, in order: what a running model has not taken in yet. */
  overallVotesAfter(seq: number): { judge: string; winner: string; loser: string }[] {
    return this.sql
      .prepare(
        "SELECT judge, winner, loser FROM votes WHERE seq > ? AND voided IS NULL AND prize IS NULL ORDER BY seq",
      )
      .all(seq) as { judge: string; winner: string; loser: string }[];
  }

  /** The newest vote's number and how many are voided: a running model is current while both stay the same. */
  voteLog(): { last: number; voided: number } {
    return this.sql
      .prepare("SELECT COALESCE(MAX(seq), 0) AS last, COUNT(voided) AS voided FROM votes")
      .get() as { last: number; voided: number };
  }

  voteCount(): number {
    return (this.sql.prepare("SELECT COUNT(*) AS n FROM votes WHERE voided IS NULL").get() as { n: number })
      .n;
  }

  /** Call inside `write`. Returns the new vote's id. */
  insertVote(judge: string, winner: string, loser: string, prize?: string): string {
    const seq = (this.sql.prepare("SELECT COALESCE(MAX(seq), 0) + 1 AS n FROM votes").get() as { n: number })
      .n;
    const id = `v${seq}`;
    this.sql
      .prepare("INSERT INTO votes (id, judge, winner, loser, prize, at) VALUES (?, ?, ?, ?, ?, ?)")
      .run(id, judge, winner, loser, prize ?? null, now());
    return id;
  }

  /** Call inside `write`. Voids the judge's latest live vote; returns it, if any. */
  voidLastVote(judge: string): StoredVote | undefined {
    const last = this.votes(judge)
      .filter((v) => v.voided === null)
      .at(-1);
    if (!last) return undefined;
    this.sql.prepare("UPDATE votes SET voided = ?, void_reason = 'undo' WHERE seq = ?").run(now(), last.seq);
    return last;
  }
}
