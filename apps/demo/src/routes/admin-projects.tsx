import { wallTextFor } from "@hackdaykit/schedule";
import { ELIGIBILITY_FLAGS, type EligibilityFlag, type Project, ProjectSchema } from "@hackdaykit/schema";
import { DataTable } from "@hackdaykit/site";
import { Hono } from "hono";
import type { AppDeps, AppEnv } from "../context.js";
import { DEADLINE_KEY, submissionDeadline, submissionsOpen } from "../deadline.js";
import { clock, localMoment } from "../format.js";
import { adminPageFor, type Flash } from "../views/admin-page.js";
import { ActionButton, Csrf } from "../views/layout.js";
import { LocalTimeField, readLocalInput } from "../views/local-time.js";

const FLAG_LABELS: Record<EligibilityFlag, string> = {
  builtThisWeekend: "Built this weekend",
  usable: "Usable",
  notCommercial: "Not commercial",
};

/** Submission deadline, teams reported absent and red-line answers per project. */
export function projectRoutes(deps: AppDeps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  const { store } = deps;
  const Page = adminPageFor(store);

  const projectsPage = (csrf: string, flash?: Flash, typed?: string) => {
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
            <DataTable
              caption="Reports waiting for your answer"
              columns={[{ label: "Project" }, { label: "Reported by" }, { label: "Your answer" }]}
              rows={reported.map((id) => [
                title(id),
                reports
                  .filter((r) => r.project === id)
                  .map((r) => `${name(r.judge)} (${clock(r.at.slice(0, 16))} UTC)`)
                  .join(", "),
                <>
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
                </>,
              ])}
            />
          )}
        </section>
        <h2>All projects</h2>
        <p>
          Teams edit their own projects through their team link until the deadline. Mark a team absent to stop
          sending judges there; reopening gives it back to every judge.
        </p>
        <DataTable
          caption="Every project, whether judges are sent there, and its red-line answers"
          columns={[
            { label: "Table" },
            { label: "Project" },
            { label: "Team" },
            { label: "Judges" },
            { label: "Red lines" },
          ]}
          rows={event.projects.map((p) => [
            p.table ?? "",
            p.title,
            event.teams.find((t) => t.id === p.team)?.name ?? "",
            <>
              {absent.has(p.id) ? "absent " : "open "}
              <ActionButton
                action={`/admin/projects/${p.id}/absent`}
                csrf={csrf}
                label={absent.has(p.id) ? "Reopen" : "Mark absent"}
                fields={{ absent: absent.has(p.id) ? "0" : "1" }}
              />
            </>,
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
            </form>,
          ])}
        />
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

  return app;
}
