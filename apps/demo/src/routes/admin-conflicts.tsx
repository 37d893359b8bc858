import type { Conflict } from "@hackdaykit/schema";
import { DataTable } from "@hackdaykit/site";
import { Hono } from "hono";
import type { AppDeps, AppEnv } from "../context.js";
import { agendaConflicts } from "../editor.js";
import { judgeIds } from "../integrations/judging.js";
import { adminPageFor, ConflictList, type Flash } from "../views/admin-page.js";
import { Csrf } from "../views/layout.js";

/** Declared conflicts of interest between judges and projects. */
export function conflictRoutes(deps: AppDeps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  const { store } = deps;
  const Page = adminPageFor(store);

  const conflictsPage = (csrf: string, flash?: Flash) => {
    const event = store.event();
    const conflicts = event.judging?.conflicts ?? [];
    const name = (id: string) => event.people.find((p) => p.id === id)?.name ?? id;
    return (
      <Page title="Conflicts" path="/admin/conflicts" csrf={csrf} flash={flash}>
        <h2>Declared conflicts of interest</h2>
        <p>A judge is never sent to, or asked to score, a project they have a conflict with.</p>
        <DataTable
          caption="Each judge's declared conflicts"
          columns={[{ label: "Judge" }, { label: "Must not judge" }, { label: "Reason" }]}
          rows={conflicts.map((cf) => [
            name(cf.judge),
            [
              cf.project && `project ${cf.project}`,
              cf.team && `team ${cf.team}`,
              cf.organisation && `anyone from ${cf.organisation}`,
            ]
              .filter(Boolean)
              .join(", "),
            cf.reason ?? "",
          ])}
        />
        <form method="post" action="/admin/conflicts" class="stack">
          <Csrf token={csrf} />
          <label for="cf-judge">Judge</label>
          <select id="cf-judge" name="judge" required>
            {judgeIds(store.event()).map((id) => (
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
    if (!judgeIds(store.event()).includes(judge) || !event.projects.some((p) => p.id === project))
      return c.notFound();
    const conflict: Conflict = { judge, project, ...(reason.trim() && { reason: reason.trim() }) };
    store.updateDoc((doc) => {
      if (!doc.judging) return;
      doc.judging.conflicts.push(conflict);
    });
    return c.html(conflictsPage(c.var.csrf, { kind: "ok", text: "Conflict recorded." }));
  });

  return app;
}
