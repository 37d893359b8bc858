import type { HackDayEvent } from "@hackdaykit/schema";
import { Hono } from "hono";
import type { AppDeps, AppEnv } from "../context.js";
import { judgeIds, progressFor } from "../integrations/judging.js";
import { eventRota } from "../integrations/schedule.js";
import type { Store } from "../store/index.js";
import { adminPageFor } from "../views/admin-page.js";

interface JudgeRow {
  id: string;
  name: string;
  seen: number;
  expected: number;
  votes: number;
  scored: number;
  last: string | null;
  current: string;
  planned: number;
  plannedSeen: number;
  offPlan: number;
}

interface Snapshot {
  judges: JudgeRow[];
  projects: { id: string; title: string; views: number; judges: string[]; absent: boolean }[];
  unseen: string[];
  votes: number;
  rota: string | null;
}

const minutesAgo = (iso: string | null, now: Date) =>
  iso === null ? "never" : `${Math.max(0, Math.round((now.getTime() - Date.parse(iso)) / 60_000))} min ago`;

/** What judging looks like right now: from the ballots, the judges' states and the rota's plan. */
function snapshot(store: Store, event: HackDayEvent): Snapshot {
  const title = new Map(event.projects.map((p) => [p.id, p.title]));
  const seenBy = new Map<string, Set<string>>(event.projects.map((p) => [p.id, new Set()]));
  const byJudge = new Map<string, Set<string>>();
  const see = (judge: string, project: string) => {
    seenBy.get(project)?.add(judge);
    if (!byJudge.has(judge)) byJudge.set(judge, new Set());
    byJudge.get(judge)!.add(project);
  };
  const votes = store.ballots.votes().filter((v) => v.voided === null);
  for (const v of votes) {
    see(v.judge, v.winner);
    see(v.judge, v.loser);
  }
  const scores = store.ballots.scoredAt();
  for (const s of scores) see(s.judge, s.project);
  const last = new Map<string, string>();
  for (const row of [...votes, ...scores])
    if ((last.get(row.judge) ?? "") < row.at) last.set(row.judge, row.at);
  const built = eventRota(store);
  const plan = new Map<string, Set<string>>();
  if ("rota" in built) {
    for (const slot of built.rota.slots) {
      if (!plan.has(slot.judge)) plan.set(slot.judge, new Set());
      plan.get(slot.judge)!.add(slot.project);
    }
  }
  const absent = store.absence.absent();
  const judges = judgeIds(event).map((id): JudgeRow => {
    const progress = progressFor(store, id);
    const saw = byJudge.get(id) ?? new Set<string>();
    const planned = plan.get(id) ?? new Set<string>();
    const current = store.judges.state(id).current;
    return {
      id,
      name: event.people.find((p) => p.id === id)?.name ?? id,
      seen: progress.seen,
      expected: progress.expected,
      votes: votes.filter((v) => v.judge === id).length,
      scored: scores.filter((s) => s.judge === id).length,
      last: last.get(id) ?? null,
      current: current ? (title.get(current) ?? current) : "",
      planned: planned.size,
      plannedSeen: [...planned].filter((p) => saw.has(p)).length,
      offPlan: [...saw].filter((p) => !planned.has(p)).length,
    };
  });
  const projects = event.projects.map((p) => ({
    id: p.id,
    title: p.title,
    views: seenBy.get(p.id)!.size,
    judges: [...seenBy.get(p.id)!],
    absent: absent.has(p.id),
  }));
  return {
    judges,
    projects,
    unseen: projects.filter((p) => p.views === 0 && !p.absent).map((p) => p.title),
    votes: votes.length,
    rota: "error" in built ? built.error : null,
  };
}

/** The figures the page shows, by element id, for the live refresh. */
function fields(s: Snapshot, now: Date): Record<string, string> {
  const out: Record<string, string> = {
    "dash-votes": String(s.votes),
    "dash-unseen-count": String(s.unseen.length),
    "dash-unseen": s.unseen.length ? s.unseen.join(", ") : "every open project has been seen",
  };
  for (const j of s.judges) {
    out[`j-${j.id}-progress`] = `${j.seen} of ~${j.expected}`;
    out[`j-${j.id}-votes`] = String(j.votes);
    out[`j-${j.id}-scored`] = String(j.scored);
    out[`j-${j.id}-last`] = minutesAgo(j.last, now);
    out[`j-${j.id}-current`] = j.current;
    out[`j-${j.id}-plan`] = j.planned ? `${j.plannedSeen} of ${j.planned} planned` : "no rota visits";
    out[`j-${j.id}-off`] = String(j.offPlan);
  }
  for (const p of s.projects) out[`p-${p.id}-views`] = String(p.views);
  return out;
}

/** The judging dashboard: views per project, each judge's progress and last activity, the rota against reality. */
export function dashboardRoutes(deps: AppDeps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  const { store } = deps;
  const Page = adminPageFor(store);

  app.get("/", (c) => {
    const event = store.event();
    const now = deps.now();
    const s = snapshot(store, event);
    const f = fields(s, now);
    return c.html(
      <Page title="Judging dashboard" csrf={c.var.csrf} path="/admin/dashboard">
        <div data-poll="/admin/dashboard.json">
          <p class="muted">
            Refreshes by itself every few seconds. Last update:{" "}
            <span id="dash-updated">{now.toISOString().slice(11, 19)} UTC</span>
          </p>
          <p>
            <strong id="dash-votes">{f["dash-votes"]}</strong> pairwise votes so far.{" "}
            <strong id="dash-unseen-count">{f["dash-unseen-count"]}</strong> open projects nobody has seen
            yet: <span id="dash-unseen">{f["dash-unseen"]}</span>
          </p>
          {s.rota && <p class="muted">{`No rota plan to compare with: ${s.rota}`}</p>}
          <h2>Judges</h2>
          <div class="table-wrap">
            <table>
              <thead>
                <tr>
                  <th scope="col">Judge</th>
                  <th scope="col">Seen</th>
                  <th scope="col" class="num">
                    Votes
                  </th>
                  <th scope="col" class="num">
                    Scored
                  </th>
                  <th scope="col">Last activity</th>
                  <th scope="col">Now at</th>
                  <th scope="col">Rota: planned visits made</th>
                  <th scope="col" class="num">
                    Off the rota
                  </th>
                </tr>
              </thead>
              <tbody>
                {s.judges.map((j) => (
                  <tr>
                    <td>{j.name}</td>
                    <td id={`j-${j.id}-progress`}>{f[`j-${j.id}-progress`]}</td>
                    <td class="num" id={`j-${j.id}-votes`}>
                      {f[`j-${j.id}-votes`]}
                    </td>
                    <td class="num" id={`j-${j.id}-scored`}>
                      {f[`j-${j.id}-scored`]}
                    </td>
                    <td id={`j-${j.id}-last`}>{f[`j-${j.id}-last`]}</td>
                    <td id={`j-${j.id}-current`}>{f[`j-${j.id}-current`]}</td>
                    <td id={`j-${j.id}-plan`}>{f[`j-${j.id}-plan`]}</td>
                    <td class="num" id={`j-${j.id}-off`}>
                      {f[`j-${j.id}-off`]}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <h2>Projects</h2>
          <div class="table-wrap">
            <table>
              <thead>
                <tr>
                  <th scope="col">Project</th>
                  <th scope="col" class="num">
                    Judges who have seen it
                  </th>
                </tr>
              </thead>
              <tbody>
                {s.projects.map((p) => (
                  <tr>
                    <td>
                      {p.title}
                      {p.absent && <span class="tag">absent</span>}
                    </td>
                    <td class="num" id={`p-${p.id}-views`}>
                      {f[`p-${p.id}-views`]}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </div>
      </Page>,
    );
  });

  return app;
}

/** The live refresh's data: the same figures as the page, by element id. */
export function dashboardJson(store: Store, now: Date) {
  const s = snapshot(store, store.event());
  return {
    updated: `${now.toISOString().slice(11, 19)} UTC`,
    fields: fields(s, now),
    judges: s.judges,
    projects: s.projects,
    unseen: s.unseen,
  };
}
