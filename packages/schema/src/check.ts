import type { Event } from "./event.js";
import { checkFormation } from "./formation.js";
import type { ValidationIssue } from "./issues.js";
import { resolveSessionTimes } from "./session-time.js";
import { resolveWallTime } from "./time.js";

type Path = (string | number)[];

/**
 * Checks what a shape check cannot: unique ids per kind, references to existing entities, real wall times in
 * the event's zone, sessions inside the event's dates. Returns every issue found.
 */
export function checkEvent(event: Event): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const error = (path: Path, message: string) => issues.push({ severity: "error", path, message });
  const warn = (path: Path, message: string) => issues.push({ severity: "warning", path, message });

  const index = <T extends { id: string }>(kind: string, items: readonly T[], at: Path): Set<string> => {
    const seen = new Map<string, number>();
    items.forEach((item, i) => {
      const first = seen.get(item.id);
      if (first !== undefined)
        error([...at, i, "id"], `duplicate ${kind} id "${item.id}" (first at ${at.join(".")}[${first}])`);
      else seen.set(item.id, i);
    });
    return new Set(seen.keys());
  };

  const people = index("person", event.people, ["people"]);
  const sponsors = index("sponsor", event.sponsors, ["sponsors"]);
  const tracks = index("track", event.tracks, ["tracks"]);
  const rooms = index("room", event.venue?.rooms ?? [], ["venue", "rooms"]);
  const prizes = index("prize", event.prizes, ["prizes"]);
  const teams = index("team", event.teams, ["teams"]);
  const projects = index("project", event.projects, ["projects"]);
  index("session", event.sessions, ["sessions"]);

  const ref = (kind: string, known: Set<string>, id: string | undefined, path: Path) => {
    if (id !== undefined && !known.has(id)) {
      const hint = known.size === 0 ? `no ${kind}s are defined` : `not one of the ${known.size} ${kind} ids`;
      error(path, `unknown ${kind} "${id}" (${hint})`);
    }
  };
  const refs = (kind: string, known: Set<string>, ids: readonly string[], path: Path) =>
    ids.forEach((id, i) => ref(kind, known, id, [...path, i]));

  if (event.end < event.start)
    error(["end"], `the event ends (${event.end}) before it starts (${event.start})`);
  if (event.previousStartDate !== undefined && event.status !== "rescheduled") {
    warn(["previousStartDate"], 'previousStartDate is only published when status is "rescheduled"');
  }

  const zone = event.timezone;
  const localDate = (wall: string) => wall.slice(0, 10);
  const wallTime = (wall: string, path: Path) => {
    const resolved = resolveWallTime(wall, zone);
    if (!resolved.ok) error(path, resolved.message);
  };

  event.venue?.rooms.forEach((room, r) =>
    room.bookings?.forEach((booking, b) => {
      const at: Path = ["venue", "rooms", r, "bookings", b];
      wallTime(booking.start, [...at, "start"]);
      wallTime(booking.end, [...at, "end"]);
      if (booking.end <= booking.start) error([...at, "end"], "a booking must end after it starts");
    }),
  );

  event.sessions.forEach((session, i) => {
    const at: Path = ["sessions", i];
    ref("room", rooms, session.room, [...at, "room"]);
    ref("track", tracks, session.track, [...at, "track"]);
    refs("person", people, session.speakers, [...at, "speakers"]);
    const times = resolveSessionTimes(session, zone);
    if (!times.ok) {
      error([...at, times.field], `session "${session.id}": ${times.message}`);
      return;
    }
    const day = localDate(session.start);
    if (day < event.start || day > event.end) {
      error(
        [...at, "start"],
        `session "${session.id}" starts on ${day}, outside the event (${event.start} to ${event.end})`,
      );
    } else if (session.end !== undefined && localDate(session.end) > event.end) {
      warn([...at, "end"], `session "${session.id}" runs past the event's last day (${event.end})`);
    }
  });

  event.sponsors.forEach((sponsor, s) =>
    sponsor.pledges.forEach((pledge, p) => {
      if (pledge.amount.minor <= 0)
        error(["sponsors", s, "pledges", p, "amount"], "a pledge must be a positive amount");
    }),
  );

  event.prizes.forEach((prize, i) => {
    ref("sponsor", sponsors, prize.sponsor, ["prizes", i, "sponsor"]);
    refs("person", people, prize.judges, ["prizes", i, "judges"]);
  });

  event.teams.forEach((team, i) => refs("person", people, team.members, ["teams", i, "members"]));

  event.projects.forEach((project, i) => {
    ref("team", teams, project.team, ["projects", i, "team"]);
    ref("person", people, project.pitchedBy, ["projects", i, "pitchedBy"]);
    refs("prize", prizes, project.prizes, ["projects", i, "prizes"]);
  });
  const tables = new Map<number, number>();
  event.projects.forEach((project, i) => {
    if (project.table === undefined) return;
    const other = tables.get(project.table);
    if (other !== undefined) {
      error(
        ["projects", i, "table"],
        `table ${project.table} is already given to "${event.projects[other]!.id}"`,
      );
    } else tables.set(project.table, i);
  });

  const judging = event.judging;
  if (judging) {
    const criteria = index("criterion", judging.criteria, ["judging", "criteria"]);
    index("red line", judging.redLines, ["judging", "redLines"]);
    refs("person", people, judging.panel, ["judging", "panel"]);
    judging.conflicts.forEach((conflict, i) => {
      const at: Path = ["judging", "conflicts", i];
      ref("person", people, conflict.judge, [...at, "judge"]);
      ref("project", projects, conflict.project, [...at, "project"]);
      ref("team", teams, conflict.team, [...at, "team"]);
    });
    const { scores, rankings, votes, voids } = judging.ballots;
    const scales = new Map(judging.criteria.map((c) => [c.id, c.scale]));
    scores.forEach((score, i) => {
      const at: Path = ["judging", "ballots", "scores", i];
      ref("person", people, score.judge, [...at, "judge"]);
      ref("project", projects, score.project, [...at, "project"]);
      ref("criterion", criteria, score.criterion, [...at, "criterion"]);
      ref("prize", prizes, score.prize, [...at, "prize"]);
      const scale = scales.get(score.criterion);
      if (scale && (score.score < scale.min || score.score > scale.max)) {
        error([...at, "score"], `score ${score.score} is outside the scale ${scale.min}–${scale.max}`);
      }
    });
    rankings.forEach((ballot, i) => {
      const at: Path = ["judging", "ballots", "rankings", i];
      ref("person", people, ballot.judge, [...at, "judge"]);
      ref("prize", prizes, ballot.prize, [...at, "prize"]);
      const named = ballot.ranking.split(/[>=]/);
      const seen = new Set<string>();
      for (const id of named) {
        if (seen.has(id)) error([...at, "ranking"], `project "${id}" is ranked twice`);
        seen.add(id);
        ref("project", projects, id, [...at, "ranking"]);
      }
    });
    const voteIds = new Set<string>();
    votes.forEach((vote, i) => {
      const at: Path = ["judging", "ballots", "votes", i];
      ref("person", people, vote.judge, [...at, "judge"]);
      ref("project", projects, vote.winner, [...at, "winner"]);
      ref("project", projects, vote.loser, [...at, "loser"]);
      ref("prize", prizes, vote.prize, [...at, "prize"]);
      if (vote.id !== undefined) {
        if (voteIds.has(vote.id)) error([...at, "id"], `duplicate vote id "${vote.id}"`);
        voteIds.add(vote.id);
      }
    });
    voids.forEach((v, i) => ref("vote", voteIds, v.vote, ["judging", "ballots", "voids", i, "vote"]));
  }
  if (event.formation) issues.push(...checkFormation(event.formation, people));
  return issues;
}
