import { hint } from "./did-you-mean.js";
import type { HackDayEvent } from "./event.js";
import { checkFormation } from "./formation.js";
import type { ValidationIssue } from "./issues.js";
import { resolveOpeningHours } from "./opening-hours.js";
import { quote } from "./quote.js";
import { resolveSessionTimes } from "./session-time.js";
import { fixedOffsetZoneAdvice, isTimeZone, resolveWallTime } from "./time.js";

type Path = (string | number)[];

/**
 * What survived the shape check of a broken file: any field may be missing and any list item may be a hole.
 * Cross-references are still checked on it, so one typo does not hide the others.
 */
export type Loose<T> = T extends readonly (infer U)[]
  ? (Loose<U> | undefined)[]
  : T extends object
    ? { [K in keyof T]?: Loose<T[K]> }
    : T;
export type PartialEvent = Loose<HackDayEvent>;

/** The ids of one kind, each with the index of the entity that has it. */
type Ids = ReadonlyMap<string, number>;

/** Unknown references that get a "did you mean": each costs a scan of the ids of its kind. */
const SUGGESTIONS = 100;

/**
 * Checks what a shape check cannot: unique ids per kind, references to existing entities, real wall times in
 * the event's zone, sessions inside the event's dates. Works on a whole event or on whatever parts of a broken
 * one did parse. Returns every issue found.
 */
export function checkEvent(event: HackDayEvent | PartialEvent): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const error = (path: Path, message: string) => issues.push({ severity: "error", path, message });
  const warn = (path: Path, message: string) => issues.push({ severity: "warning", path, message });
  const list = <T>(items: readonly (T | undefined)[] | undefined) => items ?? [];

  const index = (kind: string, items: readonly ({ id?: string } | undefined)[] | undefined, at: Path) => {
    // The map is the index: ids are looked up in it, and its keys are the choices a message suggests.
    const seen = new Map<string, number>();
    list(items).forEach((item, i) => {
      if (item?.id === undefined) return;
      const first = seen.get(item.id);
      if (first !== undefined)
        error([...at, i, "id"], `duplicate ${kind} id "${item.id}" (first at ${at.join(".")}[${first}])`);
      else seen.set(item.id, i);
    });
    return seen;
  };

  const people = index("person", event.people, ["people"]);
  const sponsors = index("sponsor", event.sponsors, ["sponsors"]);
  const tracks = index("track", event.tracks, ["tracks"]);
  const rooms = index("room", event.venue?.rooms, ["venue", "rooms"]);
  const prizes = index("prize", event.prizes, ["prizes"]);
  const teams = index("team", event.teams, ["teams"]);
  const projects = index("project", event.projects, ["projects"]);
  index("session", event.sessions, ["sessions"]);

  let suggestions = SUGGESTIONS;
  const ref = (kind: string, known: Ids, id: string | undefined, path: Path) => {
    if (id === undefined || known.has(id)) return;
    const near =
      known.size > 0 && suggestions-- > 0 ? hint(id, { [Symbol.iterator]: () => known.keys() }) : "";
    const advice =
      known.size === 0 ? ` (no ${kind}s are defined)` : near || ` (not one of the ${known.size} ${kind} ids)`;
    error(path, `unknown ${kind} ${quote(id)}${advice}`);
  };
  const refs = (kind: string, known: Ids, ids: readonly (string | undefined)[] | undefined, path: Path) =>
    list(ids).forEach((id, i) => ref(kind, known, id, [...path, i]));

  if (event.start !== undefined && event.end !== undefined && event.end < event.start)
    error(["end"], `the event ends (${event.end}) before it starts (${event.start})`);
  if (event.previousStartDate !== undefined && event.status !== "rescheduled") {
    warn(["previousStartDate"], 'previousStartDate is only published when status is "rescheduled"');
  }

  // Without a valid zone, times are still compared with each other (as if in UTC) but gaps and overlaps are
  // not checked: the zone's own error says what to fix first.
  const zoneKnown = event.timezone !== undefined && isTimeZone(event.timezone);
  const zone = zoneKnown ? event.timezone! : "UTC";
  if (zoneKnown) {
    const advice = fixedOffsetZoneAdvice(zone);
    if (advice) warn(["timezone"], advice);
  }
  const localDate = (wall: string) => wall.slice(0, 10);
  const wallTime = (wall: string | undefined, path: Path) => {
    if (wall === undefined) return;
    const resolved = resolveWallTime(wall, zone);
    if (!resolved.ok) error(path, resolved.message);
  };

  list(event.venue?.openingHours).forEach((hours, h) => {
    if (hours?.date === undefined || hours.opens === undefined || hours.closes === undefined) return;
    const resolved = resolveOpeningHours(
      { date: hours.date, opens: hours.opens, closes: hours.closes },
      zone,
    );
    if (!resolved.ok) error(["venue", "openingHours", h, resolved.field], resolved.message);
  });

  if (event.submissionDeadline !== undefined) wallTime(event.submissionDeadline, ["submissionDeadline"]);

  list(event.venue?.rooms).forEach((room, r) =>
    list(room?.bookings).forEach((booking, b) => {
      const at: Path = ["venue", "rooms", r, "bookings", b];
      wallTime(booking?.start, [...at, "start"]);
      wallTime(booking?.end, [...at, "end"]);
      if (booking?.start !== undefined && booking.end !== undefined && booking.end <= booking.start)
        error([...at, "end"], "a booking must end after it starts");
    }),
  );

  list(event.sessions).forEach((session, i) => {
    if (session === undefined) return;
    const at: Path = ["sessions", i];
    const name = session.id === undefined ? "session" : `session "${session.id}"`;
    ref("room", rooms, session.room, [...at, "room"]);
    ref("track", tracks, session.track, [...at, "track"]);
    refs("person", people, session.speakers, [...at, "speakers"]);
    if (session.start === undefined) return;
    // Both or neither of end and duration is a shape error already; check the times either way.
    const times = resolveSessionTimes(
      {
        start: session.start,
        end: session.end,
        duration: session.end === undefined ? session.duration : undefined,
      },
      zone,
    );
    if (!times.ok) {
      if (times.field !== "duration") error([...at, times.field], `${name}: ${times.message}`);
      return;
    }
    const day = localDate(session.start);
    if (event.start === undefined || event.end === undefined) return;
    if (day < event.start || day > event.end) {
      error([...at, "start"], `${name} starts on ${day}, outside the event (${event.start} to ${event.end})`);
    } else if (session.end !== undefined && localDate(session.end) > event.end) {
      warn([...at, "end"], `${name} runs past the event's last day (${event.end})`);
    }
  });

  list(event.sponsors).forEach((sponsor, s) =>
    list(sponsor?.pledges).forEach((pledge, p) => {
      if (pledge?.amount?.minor !== undefined && pledge.amount.minor <= 0)
        error(["sponsors", s, "pledges", p, "amount"], "a pledge must be a positive amount");
    }),
  );

  list(event.prizes).forEach((prize, i) => {
    ref("sponsor", sponsors, prize?.sponsor, ["prizes", i, "sponsor"]);
    refs("person", people, prize?.judges, ["prizes", i, "judges"]);
  });

  list(event.teams).forEach((team, i) => refs("person", people, team?.members, ["teams", i, "members"]));

  const tables = new Map<number, string | undefined>();
  list(event.projects).forEach((project, i) => {
    if (project === undefined) return;
    ref("team", teams, project.team, ["projects", i, "team"]);
    ref("person", people, project.pitchedBy, ["projects", i, "pitchedBy"]);
    refs("prize", prizes, project.prizes, ["projects", i, "prizes"]);
    if (project.table === undefined) return;
    if (tables.has(project.table)) {
      error(
        ["projects", i, "table"],
        `table ${project.table} is already given to "${tables.get(project.table)}"`,
      );
    } else tables.set(project.table, project.id);
  });

  list(event.results?.prizes).forEach((result, i) => {
    const at: Path = ["results", "prizes", i];
    ref("prize", prizes, result?.prize, [...at, "prize"]);
    list(result?.winners).forEach((winner, w) =>
      ref("project", projects, winner?.project, [...at, "winners", w, "project"]),
    );
  });

  const judging = event.judging;
  if (judging) {
    const criteria = index("criterion", judging.criteria, ["judging", "criteria"]);
    index("red line", judging.redLines, ["judging", "redLines"]);
    refs("person", people, judging.panel, ["judging", "panel"]);
    list(judging.conflicts).forEach((conflict, i) => {
      const at: Path = ["judging", "conflicts", i];
      ref("person", people, conflict?.judge, [...at, "judge"]);
      ref("project", projects, conflict?.project, [...at, "project"]);
      ref("team", teams, conflict?.team, [...at, "team"]);
    });
    const ballots = judging.ballots;
    const scales = new Map(list(judging.criteria).map((c) => [c?.id, c?.scale]));
    list(ballots?.scores).forEach((score, i) => {
      if (score === undefined) return;
      const at: Path = ["judging", "ballots", "scores", i];
      ref("person", people, score.judge, [...at, "judge"]);
      ref("project", projects, score.project, [...at, "project"]);
      ref("criterion", criteria, score.criterion, [...at, "criterion"]);
      ref("prize", prizes, score.prize, [...at, "prize"]);
      const scale = scales.get(score.criterion);
      const { min, max } = scale ?? {};
      if (score.score !== undefined && min !== undefined && max !== undefined) {
        if (score.score < min || score.score > max)
          error([...at, "score"], `score ${score.score} is outside the scale ${min}–${max}`);
      }
    });
    list(ballots?.rankings).forEach((ballot, i) => {
      if (ballot === undefined) return;
      const at: Path = ["judging", "ballots", "rankings", i];
      ref("person", people, ballot.judge, [...at, "judge"]);
      ref("prize", prizes, ballot.prize, [...at, "prize"]);
      const seen = new Set<string>();
      for (const id of ballot.ranking?.split(/[>=]/) ?? []) {
        if (seen.has(id)) error([...at, "ranking"], `project "${id}" is ranked twice`);
        seen.add(id);
        ref("project", projects, id, [...at, "ranking"]);
      }
    });
    const voteIds = new Map<string, number>();
    list(ballots?.votes).forEach((vote, i) => {
      if (vote === undefined) return;
      const at: Path = ["judging", "ballots", "votes", i];
      ref("person", people, vote.judge, [...at, "judge"]);
      ref("project", projects, vote.winner, [...at, "winner"]);
      ref("project", projects, vote.loser, [...at, "loser"]);
      ref("prize", prizes, vote.prize, [...at, "prize"]);
      if (vote.id !== undefined) {
        if (voteIds.has(vote.id)) error([...at, "id"], `duplicate vote id "${vote.id}"`);
        voteIds.set(vote.id, i);
      }
    });
    list(ballots?.voids).forEach((v, i) =>
      ref("vote", voteIds, v?.vote, ["judging", "ballots", "voids", i, "vote"]),
    );
  }
  if (event.formation) issues.push(...checkFormation(event.formation, new Set(people.keys())));
  return issues;
}
