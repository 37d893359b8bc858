import { cleanText, type Project, ProjectSchema, TEXT_LIMITS } from "@hackdaykit/schema";
import { Hono } from "hono";
import type { AppDeps, AppEnv } from "../context.js";
import { submissionDeadline, submissionsOpen } from "../deadline.js";
import { localMoment } from "../format.js";
import { slugify, uniqueId } from "../slug.js";
import { ErrorPage } from "../views/error.js";
import { Csrf, Layout, Notice } from "../views/layout.js";

const LINK_KINDS = [
  ["code", "Source code (URL)"],
  ["demo", "Live demo (URL)"],
  ["video", "Video (URL)"],
  ["slides", "Slides (URL)"],
] as const;

const FIELD_NAMES: Record<string, string> = {
  title: "Project title",
  summary: "Summary",
  licence: "Licence",
  links: "Links",
};

/** Zod's messages in words a team understands ("Too big: expected string to have <=120 characters"). */
function plainMessage(issue: {
  code: string;
  message: string;
  maximum?: unknown;
  minimum?: unknown;
}): string {
  if (issue.code === "too_big") return `at most ${String(issue.maximum)} characters`;
  if (issue.code === "too_small") return "must not be empty";
  return issue.message.replace(/^Invalid input: /, "");
}

export function teamRoutes(deps: AppDeps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  const { store } = deps;

  const teamFor = (token: string) => {
    const teamId = store.tokens.subject("team", token);
    if (teamId === undefined) return undefined;
    return store.event().teams.find((t) => t.id === teamId);
  };
  const refused = (eventName: string) => (
    <ErrorPage eventName={eventName} title="This link does not work">
      <p>This team link is not valid any more. Ask an organiser for a new one.</p>
    </ErrorPage>
  );

  const page = (token: string, csrf: string, message?: { kind: "ok" | "warn"; text: string[] }) => {
    const event = store.event();
    const team = teamFor(token)!;
    const project = event.projects.find((p) => p.team === team.id);
    const values: Partial<Project> = project ?? {};
    const open = submissionsOpen(store, event, deps.now());
    const deadline = submissionDeadline(store, event);
    if (!open.open) {
      return (
        <Layout title={team.name} eventName={event.name} area="team">
          <h1>{project ? project.title : team.name}</h1>
          <Notice kind="warn">{`Submissions are closed: ${open.why}. Your project can no longer be changed here; ask an organiser if something is wrong.`}</Notice>
          {project ? (
            <dl>
              <dt>Summary</dt>
              <dd>{project.summary ?? "—"}</dd>
              {LINK_KINDS.filter(([kind]) => project.links[kind]).map(([kind, label]) => (
                <>
                  <dt>{label}</dt>
                  <dd>{project.links[kind]}</dd>
                </>
              ))}
              <dt>Prizes entered</dt>
              <dd>
                {project.prizes.map((id) => event.prizes.find((p) => p.id === id)?.name ?? id).join(", ") ||
                  "—"}
              </dd>
            </dl>
          ) : (
            <p>No project was submitted.</p>
          )}
        </Layout>
      );
    }
    return (
      <Layout title={team.name} eventName={event.name} area="team">
        <h1>{project ? `Edit ${project.title}` : `Submit ${team.name}'s project`}</h1>
        <p class="muted">
          This page is private to {team.name}: anyone with this link can edit the project, so do not share it
          publicly.
        </p>
        {deadline && (
          <p>
            <strong>{`Submissions close at ${localMoment(deadline.at, event.timezone)}.`}</strong> After that
            this page is read-only.
          </p>
        )}
        {message && (
          <Notice kind={message.kind}>
            {message.text.length === 1 ? (
              message.text[0]
            ) : (
              <ul>
                {message.text.map((t) => (
                  <li>{t}</li>
                ))}
              </ul>
            )}
          </Notice>
        )}
        <form method="post" action={`/t/${token}`} class="stack">
          <Csrf token={csrf} />
          <label for="title">Project title</label>
          <input
            id="title"
            name="title"
            type="text"
            required
            maxlength={TEXT_LIMITS.title}
            value={values.title ?? ""}
          />
          <label for="summary">One-paragraph summary</label>
          <textarea id="summary" name="summary" rows={4} maxlength={TEXT_LIMITS.summary}>
            {values.summary ?? ""}
          </textarea>
          {LINK_KINDS.map(([kind, label]) => (
            <>
              <label for={`link-${kind}`}>{label}</label>
              <input
                id={`link-${kind}`}
                name={`link-${kind}`}
                type="url"
                value={values.links?.[kind] ?? ""}
              />
            </>
          ))}
          <label for="licence">Licence (SPDX id, e.g. MIT)</label>
          <input
            id="licence"
            name="licence"
            type="text"
            maxlength={TEXT_LIMITS.short}
            value={values.licence ?? ""}
          />
          {event.prizes.length > 0 && (
            <fieldset>
              <legend>Prizes and challenges you enter</legend>
              {event.prizes.map((prize) => (
                <div>
                  <input
                    type="checkbox"
                    id={`prize-${prize.id}`}
                    name={`prize-${prize.id}`}
                    value="on"
                    checked={values.prizes?.includes(prize.id) ?? false}
                  />{" "}
                  <label for={`prize-${prize.id}`} class="plain">
                    {prize.name}
                  </label>
                </div>
              ))}
            </fieldset>
          )}
          <div class="actions">
            <button type="submit" class="primary">
              {project ? "Save changes" : "Submit project"}
            </button>
          </div>
        </form>
      </Layout>
    );
  };

  app.get("/:token", (c) => {
    const token = c.req.param("token");
    if (!teamFor(token)) return c.html(refused(store.event().name), 403);
    return c.html(page(token, c.var.csrf));
  });

  app.post("/:token", (c) => {
    const token = c.req.param("token");
    const team = teamFor(token);
    if (!team) return c.html(refused(store.event().name), 403);
    const form = c.var.form;
    const event = store.event();
    if (!submissionsOpen(store, event, deps.now()).open) return c.html(page(token, c.var.csrf), 403);
    const existing = event.projects.find((p) => p.team === team.id);
    let id = existing?.id;
    if (!id) {
      id = uniqueId(
        slugify(cleanText(form.title ?? "")) || "project",
        new Set(event.projects.map((p) => p.id)),
      );
    }
    const links: Record<string, string> = {};
    for (const [kind] of LINK_KINDS) {
      const value = cleanText(form[`link-${kind}`] ?? "");
      if (value) links[kind] = value;
    }
    // Control characters go; text that renders as nothing becomes "" and the schema refuses it.
    const title = cleanText(form.title ?? "");
    const summary = cleanText(form.summary ?? "", { multiline: true });
    const licence = cleanText(form.licence ?? "");
    const candidate = {
      ...(existing ?? {}),
      id,
      title,
      team: team.id,
      links,
      prizes: event.prizes.filter((p) => form[`prize-${p.id}`] === "on").map((p) => p.id),
      ...(summary ? { summary } : { summary: undefined }),
      ...(licence ? { licence } : { licence: undefined }),
    };
    if (candidate.summary === undefined) delete candidate.summary;
    if (candidate.licence === undefined) delete candidate.licence;
    // The schema package is the one place that says what a valid project is.
    const parsed = ProjectSchema.safeParse(candidate);
    if (!parsed.success) {
      const problems = parsed.error.issues.map(
        (i) => `${FIELD_NAMES[String(i.path[0])] ?? (i.path.join(".") || "project")}: ${plainMessage(i)}`,
      );
      return c.html(page(token, c.var.csrf, { kind: "warn", text: problems }), 400);
    }
    store.saveProject(parsed.data);
    return c.html(
      page(token, c.var.csrf, { kind: "ok", text: ["Saved. Your project is on the public projects page."] }),
    );
  });

  return app;
}
