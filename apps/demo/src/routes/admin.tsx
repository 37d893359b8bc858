import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { toCsv } from "@hackdaykit/ledger";
import { wallTextFor } from "@hackdaykit/schedule";
import {
  type Conflict,
  ELIGIBILITY_FLAGS,
  type EligibilityFlag,
  type Project,
  ProjectSchema,
  toEventYaml,
} from "@hackdaykit/schema";
import type { Context } from "hono";
import { Hono } from "hono";
import { deleteCookie, getCookie, setCookie } from "hono/cookie";
import { renderSVG } from "uqr";
import {
  confidenceOf,
  DEFAULT_MIN_BALLOTS,
  type JudgedResult,
  MIN_BALLOTS_KEY,
  namedLines,
  SAMPLES,
} from "../confidence.js";
import type { AppDeps, AppEnv } from "../context.js";
import { DEADLINE_KEY, submissionDeadline, submissionsOpen } from "../deadline.js";
import { agendaConflicts } from "../editor.js";
import { clock, localMoment } from "../format.js";
import { calendarFeed } from "../integrations/ical.js";
import { computeResult, judgeIds as judgesOf, RESULT_KEYS, resultLabel } from "../integrations/judging.js";
import { type AccountsAction, adminAccounts, ledgerExport, recordAccounts } from "../integrations/ledger.js";
import { verifyPassword } from "../security.js";
import { AdminPage, ConflictList, type Flash } from "../views/admin-page.js";
import { ErrorPage } from "../views/error.js";
import { ActionButton, Csrf, Layout, Notice } from "../views/layout.js";
import { LocalTimeField, readLocalInput } from "../views/local-time.js";
import { ResultsView, type ShownResult } from "../views/results.js";
import { dashboardJson, dashboardRoutes } from "./admin-dashboard.js";
import { eventFileRoutes } from "./admin-event.js";
import { peopleRoutes } from "./admin-people.js";
import { sessionRoutes } from "./admin-sessions.js";

export const ADMIN_COOKIE = "hdk_admin";

const FLAG_LABELS: Record<EligibilityFlag, string> = {
  builtThisWeekend: "Built this weekend",
  usable: "Usable",
  notCommercial: "Not commercial",
};

export function adminRoutes(deps: AppDeps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  const { store, loginLimiter } = deps;

  const Page = (props: {
    title: string;
    csrf: string;
    children?: unknown;
    flash?: Flash | undefined;
    path?: string;
  }) => (
    <AdminPage
      title={props.title}
      eventName={store.event().name}
      csrf={props.csrf}
      flash={props.flash}
      path={props.path}
    >
      {props.children as never}
    </AdminPage>
  );

  const loginPage = (csrf: string, message?: string) => (
    <Layout title="Organiser login" eventName={store.event().name} area="admin">
      <h1>Organiser login</h1>
      {message && <Notice kind="warn">{message}</Notice>}
      <form method="post" action="/admin/login" class="stack">
        <Csrf token={csrf} />
        <label for="password">Admin password</label>
        <input id="password" name="password" type="password" autocomplete="current-password" required />
        <div class="actions">
          <button type="submit" class="primary">
            Log in
          </button>
        </div>
      </form>
    </Layout>
  );

  app.get("/login", (c) => c.html(loginPage(c.var.csrf)));

  app.post("/login", async (c) => {
    const key = c.var.client;
    // Counted before the password is checked: parallel guesses each take a try, none waits for another's result.
    const wait = loginLimiter.attempt(key);
    if (wait > 0) {
      c.header("retry-after", String(Math.ceil(wait / 1000)));
      return c.html(
        loginPage(c.var.csrf, `Too many failed attempts. Try again in ${Math.ceil(wait / 60_000)} minutes.`),
        429,
      );
    }
    const hash = store.admin.passwordHash();
    const ok = hash !== undefined && (await verifyPassword(c.var.form.password ?? "", hash));
    if (!ok) {
      return c.html(loginPage(c.var.csrf, "That password is not right."), 401);
    }
    loginLimiter.reset(key);
    setCookie(c, ADMIN_COOKIE, store.admin.createSession(), {
      httpOnly: true,
      sameSite: "Strict",
      secure: c.var.secure,
      path: "/admin",
      maxAge: 12 * 3600,
    });
    return c.redirect("/admin", 303);
  });

  // Everything below needs an admin session.
  app.use("*", async (c, next) => {
    if (!store.admin.isSession(getCookie(c, ADMIN_COOKIE))) {
      if (c.req.method === "GET") return c.redirect("/admin/login", 303);
      return c.html(loginPage(c.var.csrf, "Please log in first."), 401);
    }
    c.header("cache-control", "no-store");
    await next();
  });

  app.post("/logout", (c) => {
    const token = getCookie(c, ADMIN_COOKIE);
    if (token) store.admin.endSession(token);
    deleteCookie(c, ADMIN_COOKIE, { path: "/admin" });
    return c.redirect("/", 303);
  });

  app.get("/", (c) => {
    const event = store.event();
    const tokens = store.tokens.list();
    return c.html(
      <Page title="Overview" path="/admin" csrf={c.var.csrf}>
        <ul>
          <li>{`${event.sessions.length} sessions, ${event.projects.length} projects, ${event.teams.length} teams`}</li>
          <li>{`${store.ballots.voteCount()} pairwise votes, ${store.ballots.scores().length} rubric scores`}</li>
          <li>{`${tokens.filter((t) => t.revoked === null).length} live private links`}</li>
          <li>{`${store.results.list().filter((r) => r.published).length} results published`}</li>
        </ul>
      </Page>,
    );
  });

  app.route("/sessions", sessionRoutes(deps));
  app.route("/people", peopleRoutes(deps));
  app.route("/event", eventFileRoutes(deps));
  app.route("/dashboard", dashboardRoutes(deps));
  app.get("/dashboard.json", (c) => c.json(dashboardJson(store, deps.now())));

  // Projects

  const projectsPage = (csrf: string, flash?: { kind: "ok" | "warn"; text: string }, typed?: string) => {
    const event = store.event();
    const absent = store.absence.absent();
    const reports = store.absence.reports();
    const reported = [...new Set(reports.map((r) => r.project))].filter((id) => !absent.has(id));
    const deadline = submissionDeadline(store, event);
    const open = submissionsOpen(store, event, deps.now());
    const title = (id: string) => event.projects.find((p) => p.id === id)?.title ?? id;
    const name = (id: string) => event.people.find((p) => p.id === id)?.name ?? id;
    return (
      <Page title="Projects" path="/admin/projects" csrf={csrf} flash={flash}>
        <section aria-labelledby="deadline">
          <h2 id="deadline">Submission deadline</h2>
          <p>
            {deadline
              ? `Teams can edit their projects until ${localMoment(deadline.at, event.timezone)} (${
                  deadline.source === "extended"
                    ? "extended here"
                    : deadline.source === "event"
                      ? "from the event file"
                      : "when the first demos or judging session starts"
                }). `
              : "No deadline: the event sets none and its agenda has no demos or judging session. "}
            {open.open ? "Submissions are open." : `Submissions are closed: ${open.why}.`}
          </p>
          <form method="post" action="/admin/projects/deadline" class="stack">
            <Csrf token={csrf} />
            <LocalTimeField
              id="deadline-at"
              name="at"
              label="New deadline"
              wall={typed ?? (deadline ? wallTextFor(deadline.at, event.timezone) : undefined)}
              zone={event.timezone}
              required
            />
            <div class="actions">
              <button type="submit" class="secondary">
                Set deadline
              </button>
            </div>
          </form>
        </section>
        <section aria-labelledby="absence">
          <h2 id="absence">Teams reported not there</h2>
          {reported.length === 0 ? (
            <p>No open reports. When a judge taps "Team not there", it appears here for you to confirm.</p>
          ) : (
            <table>
              <thead>
                <tr>
                  <th scope="col">Project</th>
                  <th scope="col">Reported by</th>
                  <th scope="col">Your answer</th>
                </tr>
              </thead>
              <tbody>
                {reported.map((id) => (
                  <tr>
                    <td>{title(id)}</td>
                    <td>
                      {reports
                        .filter((r) => r.project === id)
                        .map((r) => `${name(r.judge)} (${clock(r.at.slice(0, 16))} UTC)`)
                        .join(", ")}
                    </td>
                    <td>
                      <ActionButton
                        action={`/admin/projects/${id}/absent`}
                        csrf={csrf}
                        label="Confirm: not there"
                        fields={{ absent: "1" }}
                        kind="danger"
                      />{" "}
                      <ActionButton
                        action={`/admin/projects/${id}/absent`}
                        csrf={csrf}
                        label="They are here: reopen"
                        fields={{ absent: "0" }}
                      />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </section>
        <h2>All projects</h2>
        <p>
          Teams edit their own projects through their team link until the deadline. Mark a team absent to stop
          sending judges there; reopening gives it back to every judge.
        </p>
        <table>
          <thead>
            <tr>
              <th scope="col">Table</th>
              <th scope="col">Project</th>
              <th scope="col">Team</th>
              <th scope="col">Judges</th>
              <th scope="col">Red lines</th>
            </tr>
          </thead>
          <tbody>
            {event.projects.map((p) => (
              <tr>
                <td>{p.table ?? ""}</td>
                <td>{p.title}</td>
                <td>{event.teams.find((t) => t.id === p.team)?.name ?? ""}</td>
                <td>
                  {absent.has(p.id) ? "absent " : "open "}
                  <ActionButton
                    action={`/admin/projects/${p.id}/absent`}
                    csrf={csrf}
                    label={absent.has(p.id) ? "Reopen" : "Mark absent"}
                    fields={{ absent: absent.has(p.id) ? "0" : "1" }}
                  />
                </td>
                <td>
                  <form method="post" action={`/admin/projects/${p.id}/eligibility`} class="inline">
                    <Csrf token={csrf} />
                    {ELIGIBILITY_FLAGS.map((flag) => (
                      <>
                        <label for={`${flag}-${p.id}`} class="plain">
                          {FLAG_LABELS[flag]}
                        </label>{" "}
                        <select id={`${flag}-${p.id}`} name={flag}>
                          <option value="" selected={p.eligibility[flag] === undefined}>
                            not checked
                          </option>
                          <option value="yes" selected={p.eligibility[flag] === true}>
                            yes
                          </option>
                          <option value="no" selected={p.eligibility[flag] === false}>
                            no
                          </option>
                        </select>{" "}
                      </>
                    ))}
                    <button type="submit" class="secondary">
                      Save
                    </button>
                  </form>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </Page>
    );
  };
  app.get("/projects", (c) => c.html(projectsPage(c.var.csrf)));
  app.post("/projects/deadline", (c) => {
    const event = store.event();
    const input = readLocalInput(c.var.form.at ?? "", c.var.form["at-offset"], event.timezone);
    if (!input.ok) {
      return c.html(
        projectsPage(
          c.var.csrf,
          { kind: "warn", text: `Deadline not set: ${input.message}.` },
          c.var.form.at,
        ),
        400,
      );
    }
    store.setMeta(DEADLINE_KEY, input.instant.toISOString());
    return c.html(
      projectsPage(c.var.csrf, {
        kind: "ok",
        text: `Submissions now close at ${localMoment(input.instant, event.timezone)}.`,
      }),
    );
  });
  app.post("/projects/:id/absent", (c) => {
    const project = store.project(c.req.param("id"));
    if (!project) return c.notFound();
    const absent = c.var.form.absent === "1";
    store.absence.settle(project.id, absent);
    return c.html(
      projectsPage(c.var.csrf, {
        kind: "ok",
        text: absent
          ? `${project.title}: closed, no judge is sent there.`
          : `${project.title}: reopened for every judge.`,
      }),
    );
  });

  app.post("/projects/:id/eligibility", (c) => {
    const project = store.project(c.req.param("id"));
    if (!project) return c.notFound();
    const eligibility: Project["eligibility"] = {};
    for (const flag of ELIGIBILITY_FLAGS) {
      const answer = c.var.form[flag];
      if (answer === "yes") eligibility[flag] = true;
      else if (answer === "no") eligibility[flag] = false;
    }
    store.saveProject(ProjectSchema.parse({ ...project, eligibility }));
    return c.html(
      projectsPage(c.var.csrf, { kind: "ok", text: `Red-line answers saved for ${project.title}.` }),
    );
  });

  // Private links

  const judgeIds = () => judgesOf(store.event());

  const linksPage = (c: Context<AppEnv>, flash?: { kind: "ok" | "warn"; text: string }) => {
    const event = store.event();
    const tokens = store.tokens.list();
    const votesBy = new Map<string, number>();
    for (const v of store.ballots.votes())
      if (v.voided === null) votesBy.set(v.judge, (votesBy.get(v.judge) ?? 0) + 1);
    const titleOf = (id: string | null) =>
      id === null ? "" : (event.projects.find((p) => p.id === id)?.title ?? id);
    const live = (kind: string, subject: string) =>
      tokens.filter((t) => t.kind === kind && t.subject === subject && t.revoked === null).length;
    const csrf = c.var.csrf;
    return (
      <Page title="Judge & team links" path="/admin/links" csrf={csrf} flash={flash}>
        <p>
          Each link is a long random secret shown once when issued; only a hash is stored. Revoking stops
          every link of that judge or team at once.
        </p>
        <h2>Judges</h2>
        <form method="post" action="/admin/links/issue-all" class="stack">
          <Csrf token={csrf} />
          <button type="submit" class="primary">
            Issue links for every judge and print the sheet
          </button>
          <p class="muted">Each judge's older links stop working.</p>
        </form>
        <table>
          <thead>
            <tr>
              <th scope="col">Judge</th>
              <th scope="col">Live links</th>
              <th scope="col">Pairwise votes</th>
              <th scope="col">Sent to</th>
              <th scope="col">Actions</th>
            </tr>
          </thead>
          <tbody>
            {judgeIds().map((id) => (
              <tr>
                <td>{event.people.find((p) => p.id === id)?.name ?? id}</td>
                <td>{live("judge", id)}</td>
                <td>{votesBy.get(id) ?? 0}</td>
                <td>{titleOf(store.judges.state(id).current)}</td>
                <td>
                  <ActionButton
                    action="/admin/links/issue"
                    csrf={csrf}
                    label="Issue link"
                    fields={{ kind: "judge", subject: id }}
                  />{" "}
                  <ActionButton
                    action="/admin/links/reissue"
                    csrf={csrf}
                    label="Re-issue"
                    fields={{ subject: id }}
                  />{" "}
                  <ActionButton
                    action="/admin/links/revoke"
                    csrf={csrf}
                    label="Revoke"
                    fields={{ kind: "judge", subject: id }}
                    kind="danger"
                  />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <h2>Teams</h2>
        <table>
          <thead>
            <tr>
              <th scope="col">Team</th>
              <th scope="col">Live links</th>
              <th scope="col">Actions</th>
            </tr>
          </thead>
          <tbody>
            {event.teams.map((t) => (
              <tr>
                <td>{t.name}</td>
                <td>{live("team", t.id)}</td>
                <td>
                  <ActionButton
                    action="/admin/links/issue"
                    csrf={csrf}
                    label="Issue link"
                    fields={{ kind: "team", subject: t.id }}
                  />{" "}
                  <ActionButton
                    action="/admin/links/revoke"
                    csrf={csrf}
                    label="Revoke"
                    fields={{ kind: "team", subject: t.id }}
                    kind="danger"
                  />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </Page>
    );
  };
  app.get("/links", (c) => c.html(linksPage(c)));
  /** A printable sheet: each judge's name, private link and the link as a QR code (SVG, no image files). */
  const sheet = (c: Context<AppEnv>, issued: { judge: string; url: string }[], flash: Flash) => {
    const event = store.event();
    const name = (id: string) => event.people.find((p) => p.id === id)?.name ?? id;
    return (
      <Page title="Judge links sheet" csrf={c.var.csrf} flash={flash} path="/admin/links/">
        <p class="no-print">
          Print this page now (or save it as PDF): the links are shown only once, only their hashes are kept.
          Cut along the lines and hand each judge their own. <a href="/admin/links">Back to links</a>
        </p>
        <ul class="sheet">
          {issued.map((x) => (
            <li>
              <strong>{name(x.judge)}</strong>
              <div dangerouslySetInnerHTML={{ __html: renderSVG(x.url, { border: 1 }) }} />
              <span class="link">{x.url}</span>
            </li>
          ))}
        </ul>
      </Page>
    );
  };
  const reissue = (c: Context<AppEnv>, judges: string[]) => {
    const origin = new URL(c.req.url).origin;
    return judges.map((judge) => {
      store.tokens.revoke("judge", judge);
      return { judge, url: `${origin}/j/${store.tokens.issue("judge", judge)}` };
    });
  };
  app.post("/links/issue-all", (c) => {
    const issued = reissue(c, judgeIds());
    return c.html(
      sheet(c, issued, {
        kind: "ok",
        text: `New links for all ${issued.length} judges; every older judge link has stopped working.`,
      }),
    );
  });
  app.post("/links/reissue", (c) => {
    const subject = c.var.form.subject ?? "";
    if (!judgeIds().includes(subject)) return c.notFound();
    return c.html(
      sheet(c, reissue(c, [subject]), {
        kind: "ok",
        text: "New link issued; the old one has stopped working.",
      }),
    );
  });
  app.post("/links/:action{issue|revoke}", (c) => {
    const kind = c.var.form.kind === "team" ? "team" : c.var.form.kind === "judge" ? "judge" : undefined;
    const subject = c.var.form.subject ?? "";
    const event = store.event();
    const known = kind === "team" ? event.teams.some((t) => t.id === subject) : judgeIds().includes(subject);
    if (!kind || !known) return c.notFound();
    if (c.req.param("action") === "revoke") {
      const n = store.tokens.revoke(kind, subject);
      return c.html(linksPage(c, { kind: "ok", text: `Revoked ${n} link(s) for ${subject}.` }));
    }
    const token = store.tokens.issue(kind, subject);
    const origin = new URL(c.req.url).origin;
    const url = `${origin}/${kind === "judge" ? "j" : "t"}/${token}`;
    return c.html(
      linksPage(c, {
        kind: "ok",
        text: `New ${kind} link for ${subject} (copy it now, it is not shown again): ${url}`,
      }),
    );
  });

  // Conflicts

  const conflictsPage = (csrf: string, flash?: { kind: "ok" | "warn"; text: string }) => {
    const event = store.event();
    const conflicts = event.judging?.conflicts ?? [];
    const name = (id: string) => event.people.find((p) => p.id === id)?.name ?? id;
    return (
      <Page title="Conflicts" path="/admin/conflicts" csrf={csrf} flash={flash}>
        <h2>Declared conflicts of interest</h2>
        <p>A judge is never sent to, or asked to score, a project they have a conflict with.</p>
        <table>
          <thead>
            <tr>
              <th scope="col">Judge</th>
              <th scope="col">Must not judge</th>
              <th scope="col">Reason</th>
            </tr>
          </thead>
          <tbody>
            {conflicts.map((cf) => (
              <tr>
                <td>{name(cf.judge)}</td>
                <td>
                  {[
                    cf.project && `project ${cf.project}`,
                    cf.team && `team ${cf.team}`,
                    cf.organisation && `anyone from ${cf.organisation}`,
                  ]
                    .filter(Boolean)
                    .join(", ")}
                </td>
                <td>{cf.reason ?? ""}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <form method="post" action="/admin/conflicts" class="stack">
          <Csrf token={csrf} />
          <label for="cf-judge">Judge</label>
          <select id="cf-judge" name="judge" required>
            {judgeIds().map((id) => (
              <option value={id}>{name(id)}</option>
            ))}
          </select>
          <label for="cf-project">Project</label>
          <select id="cf-project" name="project" required>
            {event.projects.map((p) => (
              <option value={p.id}>{p.title}</option>
            ))}
          </select>
          <label for="cf-reason">Reason (private)</label>
          <input id="cf-reason" name="reason" type="text" maxlength={200} />
          <div class="actions">
            <button type="submit" class="primary">
              Add conflict
            </button>
          </div>
        </form>
        <ConflictList conflicts={agendaConflicts(event)} />
      </Page>
    );
  };
  app.get("/conflicts", (c) => c.html(conflictsPage(c.var.csrf)));
  app.post("/conflicts", (c) => {
    const event = store.event();
    const { judge = "", project = "", reason = "" } = c.var.form;
    if (!judgeIds().includes(judge) || !event.projects.some((p) => p.id === project)) return c.notFound();
    const conflict: Conflict = { judge, project, ...(reason.trim() && { reason: reason.trim() }) };
    store.updateDoc((doc) => {
      if (!doc.judging) return;
      doc.judging.conflicts.push(conflict);
    });
    return c.html(conflictsPage(c.var.csrf, { kind: "ok", text: "Conflict recorded." }));
  });

  // Results

  const minBallots = () => Number(store.meta(MIN_BALLOTS_KEY) ?? DEFAULT_MIN_BALLOTS);
  const storedResults = (): ShownResult[] =>
    store.results.list().map((r) => ({
      ...(JSON.parse(r.json) as JudgedResult),
      computed: r.computed,
      published: r.published,
      fullOrder: r.full_order === 1,
    }));

  const resultsPage = (csrf: string, flash?: { kind: "ok" | "warn"; text: string }) => {
    const event = store.event();
    const stored = new Map(storedResults().map((r) => [r.prize, r]));
    const min = minBallots();
    return (
      <Page title="Results" path="/admin/results" csrf={csrf} flash={flash}>
        <p>
          Run a prize to compute its result from the ballots so far, with how sure it is (the judges' ballots
          redrawn at random {SAMPLES} times). Check it here, then publish the winners, and the full order if
          you choose. A result that is too close to call needs your acknowledgement; a prize with fewer than{" "}
          {min} ballots cannot be published.
        </p>
        <form method="post" action="/admin/results/minimum" class="inline">
          <Csrf token={csrf} />
          <label for="min-ballots" class="plain">
            Fewest ballots to publish
          </label>{" "}
          <input id="min-ballots" name="min" type="number" min={1} max={10000} value={String(min)} required />{" "}
          <button type="submit" class="secondary">
            Save
          </button>
        </form>
        <table>
          <thead>
            <tr>
              <th scope="col">Prize</th>
              <th scope="col">Status</th>
              <th scope="col">Actions</th>
            </tr>
          </thead>
          <tbody>
            {RESULT_KEYS(event).map((key) => {
              const row = stored.get(key);
              const c = row?.confidence;
              const tooFew = !c || c.ballots < min;
              return (
                <tr id={`result-${key}`}>
                  <td>{resultLabel(event, key)}</td>
                  <td>
                    {row
                      ? row.published
                        ? `published ${row.published.slice(0, 16).replace("T", " ")} UTC${row.fullOrder ? " (full order)" : " (winners only)"}`
                        : `computed ${row.computed?.slice(0, 16).replace("T", " ")} UTC`
                      : "not run"}
                    {c?.tooClose && (
                      <>
                        {" "}
                        <span class="tag warn">too close to call</span>
                      </>
                    )}
                    {row && tooFew && (
                      <>
                        {" "}
                        <span class="tag">{`${c?.ballots ?? 0} of ${min} ballots`}</span>
                      </>
                    )}
                  </td>
                  <td>
                    <ActionButton
                      action="/admin/results/run"
                      csrf={csrf}
                      label="Run"
                      fields={{ prize: key }}
                    />{" "}
                    {row?.published ? (
                      <ActionButton
                        action="/admin/results/publish"
                        csrf={csrf}
                        label="Unpublish"
                        fields={{ prize: key, publish: "0" }}
                        kind="danger"
                      />
                    ) : (
                      row &&
                      !tooFew && (
                        <form method="post" action="/admin/results/publish" class="inline publish">
                          <Csrf token={csrf} />
                          <input type="hidden" name="prize" value={key} />
                          <input type="hidden" name="publish" value="1" />
                          <label class="plain">
                            <input type="checkbox" name="fullOrder" value="1" /> full order
                          </label>{" "}
                          {c?.tooClose && (
                            <label class="plain">
                              <input type="checkbox" name="acknowledge" value="1" required /> I know it is too
                              close to call
                            </label>
                          )}{" "}
                          <button type="submit" class="primary">
                            Publish
                          </button>
                        </form>
                      )
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
        <h2>Preview</h2>
        <ResultsView event={event} results={[...stored.values()]} audience="admin" />
      </Page>
    );
  };
  app.get("/results", (c) => c.html(resultsPage(c.var.csrf)));
  app.post("/results/minimum", (c) => {
    const min = Number(c.var.form.min);
    if (!Number.isInteger(min) || min < 1 || min > 10_000) {
      return c.html(
        resultsPage(c.var.csrf, { kind: "warn", text: "The minimum is a whole number from 1." }),
        400,
      );
    }
    store.setMeta(MIN_BALLOTS_KEY, String(min));
    return c.html(
      resultsPage(c.var.csrf, { kind: "ok", text: `Prizes now need ${min} ballots to publish.` }),
    );
  });
  app.post("/results/run", (c) => {
    const event = store.eventWithBallots();
    const key = c.var.form.prize ?? "";
    if (!RESULT_KEYS(event).includes(key)) return c.notFound();
    const outcome = computeResult(event, key);
    if (!outcome.ok) {
      return c.html(
        resultsPage(c.var.csrf, { kind: "warn", text: namedLines(event, [outcome.message])[0]! }),
        400,
      );
    }
    const confidence = confidenceOf(event, key, outcome.result);
    const judged: JudgedResult = { ...outcome.result, ...(confidence && { confidence }) };
    store.results.save(key, JSON.stringify(judged));
    return c.html(
      resultsPage(c.var.csrf, {
        kind: confidence?.tooClose ? "warn" : "ok",
        text: `Computed ${outcome.result.name}.${confidence?.tooClose ? " It is too close to call: read the preview before you publish." : " Check it, then publish."}`,
      }),
    );
  });
  app.post("/results/publish", (c) => {
    const key = c.var.form.prize ?? "";
    const row = storedResults().find((r) => r.prize === key);
    if (!row) return c.notFound();
    if (c.var.form.publish !== "1") {
      store.results.publish(key, false);
      return c.html(resultsPage(c.var.csrf, { kind: "ok", text: `${row.name}: unpublished.` }));
    }
    const ballots = row.confidence?.ballots ?? 0;
    if (ballots < minBallots()) {
      return c.html(
        resultsPage(c.var.csrf, {
          kind: "warn",
          text: `Not published: ${row.name} has ${ballots} ballots and needs at least ${minBallots()}.`,
        }),
        400,
      );
    }
    const acknowledged = c.var.form.acknowledge === "1";
    if (row.confidence?.tooClose && !acknowledged) {
      return c.html(
        resultsPage(c.var.csrf, {
          kind: "warn",
          text: `Not published: ${row.name} is too close to call. Tick "I know it is too close to call" to publish it anyway.`,
        }),
        400,
      );
    }
    const fullOrder = c.var.form.fullOrder === "1";
    store.results.publish(key, true, { fullOrder, acknowledged });
    return c.html(
      resultsPage(c.var.csrf, {
        kind: "ok",
        text: `${row.name}: published (${fullOrder ? "full order" : "winners only"}).`,
      }),
    );
  });

  // Accounts

  app.get("/accounts", (c) =>
    c.html(
      <Page title="Accounts" path="/admin/accounts" csrf={c.var.csrf}>
        {adminAccounts(store, c.var.csrf)}
      </Page>,
    ),
  );
  app.post("/accounts/:what{transaction|pledge|budget|reverse}", (c) => {
    const outcome = recordAccounts(store, c.req.param("what") as AccountsAction, c.var.form);
    return c.html(
      <Page
        title="Accounts"
        csrf={c.var.csrf}
        flash={{ kind: outcome.ok ? "ok" : "warn", text: outcome.message }}
      >
        {adminAccounts(store, c.var.csrf)}
      </Page>,
      outcome.ok ? 200 : 400,
    );
  });

  // Export and backup

  app.get("/export", (c) => {
    const ledger = ledgerExport(store);
    return c.html(
      <Page title="Export & backup" path="/admin/export" csrf={c.var.csrf}>
        <p>These downloads contain private data (emails, phone numbers, ballots). Keep them safe.</p>
        <ul>
          <li>
            <a href="/admin/export/event.yaml">Event file (YAML)</a> — everything, loadable with{" "}
            <code>hackday validate</code>
          </li>
          <li>
            <a href="/admin/export/scores.csv">Rubric scores (CSV)</a>
          </li>
          <li>
            <a href="/admin/export/votes.csv">Pairwise votes (CSV, for hackday judge crowd-bt)</a>
          </li>
          <li>
            <a href="/admin/export/rankings.csv">Ranked ballots (CSV)</a>
          </li>
          <li>
            {ledger === undefined ? (
              "Ledger journal: not available until the accounts are valid again (see Accounts)"
            ) : (
              <a href="/admin/export/ledger.journal">Ledger journal (hledger format)</a>
            )}
          </li>
          <li>
            <a href="/calendar.ics">Public calendar (.ics)</a>
          </li>
          <li>
            <a href="/admin/backup.sqlite">Database backup (SQLite)</a> — a consistent copy, safe to take
            while the site runs
          </li>
        </ul>
      </Page>,
    );
  });
  const download = (body: string, type: string, name: string) =>
    new Response(body, {
      headers: {
        "content-type": type,
        "content-disposition": `attachment; filename="${name}"`,
        "cache-control": "no-store",
      },
    });
  app.get("/export/event.yaml", () =>
    download(toEventYaml(store.exportEvent()), "application/yaml; charset=utf-8", "event.yaml"),
  );
  // Ledger's CSV writer: RFC 4180 quoting and the spreadsheet formula-injection guard; figures stay numbers.
  const csv = (name: string, header: string[], rows: string[][], numeric: number[] = []) =>
    download(toCsv(header, rows, numeric), "text/csv; charset=utf-8", name);
  app.get("/export/scores.csv", () =>
    csv(
      "scores.csv",
      ["judge", "project", "criterion", "score"],
      store.ballots.scores().map((s) => [s.judge, s.project, s.criterion, String(s.score)]),
      [3],
    ),
  );
  app.get("/export/votes.csv", () =>
    csv(
      "votes.csv",
      ["judge", "winner", "loser", "id"],
      store.ballots
        .votes()
        .filter((v) => v.voided === null)
        .map((v) => [v.judge, v.winner, v.loser, v.id ?? ""]),
    ),
  );
  app.get("/export/rankings.csv", () =>
    csv(
      "rankings.csv",
      ["judge", "ranking", "count"],
      store.ballots.rankings().map((r) => [r.judge ?? "", r.ranking, String(r.count)]),
      [2],
    ),
  );
  app.get("/export/ledger.journal", (c) => {
    const text = ledgerExport(store);
    return text === undefined
      ? c.notFound()
      : download(text, "text/plain; charset=utf-8", "accounts.journal");
  });
  app.get("/export/calendar.ics", (c) => {
    const text = calendarFeed(store, {});
    return text === undefined ? c.notFound() : download(text, "text/calendar; charset=utf-8", "calendar.ics");
  });
  app.get("/backup.sqlite", async () => {
    const dir = mkdtempSync(join(tmpdir(), "hackdaykit-backup-"));
    try {
      const file = join(dir, "backup.sqlite");
      await store.backup(file);
      const body = readFileSync(file);
      return new Response(body, {
        headers: {
          "content-type": "application/vnd.sqlite3",
          "content-disposition": `attachment; filename="hackdaykit-${new Date().toISOString().slice(0, 10)}.sqlite"`,
          "cache-control": "no-store",
        },
      });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  app.notFound((c) =>
    c.html(
      <ErrorPage eventName={store.event().name} title="Not found">
        <p>Nothing here.</p>
      </ErrorPage>,
      404,
    ),
  );

  return app;
}
