import { cleanText, type HackDayEvent, JUDGING_METHODS, TEXT_LIMITS } from "@hackdaykit/schema";
import { Hono } from "hono";
import type { AppDeps, AppEnv } from "../context.js";
import { checkChange, type Draft, issueLines } from "../editor.js";
import { judgeIds } from "../integrations/judging.js";
import { slugify, uniqueId } from "../slug.js";
import { adminPageFor, type Flash } from "../views/admin-page.js";
import { ActionButton, Csrf } from "../views/layout.js";

type Field = {
  name: string;
  label: string;
  kind?: "text" | "textarea" | "number" | "select" | "checkbox" | "email" | "url";
  max?: number;
  required?: boolean;
  options?: (event: HackDayEvent) => [string, string][];
};

/** One kind of thing an organiser adds, edits and deletes; the schema validates every change. */
interface Kind {
  key: "judges" | "prizes" | "sponsors" | "projects";
  /** Where they live in the event file. */
  list: "people" | "prizes" | "sponsors" | "projects";
  title: string;
  singular: string;
  fields: Field[];
  /** The entities of this kind, as shown. */
  items: (event: HackDayEvent) => Draft[];
  label: (e: Draft) => string;
  /** The form's values on an entity (new or existing); text already cleaned. */
  fill: (e: Draft, form: Record<string, string>) => void;
  /** Extra bookkeeping on the whole draft (a new judge joins the panel; a deleted one leaves it). */
  onAdd?: (draft: Draft, id: string) => void;
  onDelete?: (draft: Draft, id: string) => void;
}

const text = (form: Record<string, string>, key: string, multiline = false) =>
  cleanText(form[key] ?? "", { multiline });
const setOrDrop = (e: Draft, key: string, value: string | undefined) => {
  if (value) e[key] = value;
  else delete e[key];
};

const KINDS: Kind[] = [
  {
    key: "judges",
    list: "people",
    title: "Judges",
    singular: "judge",
    fields: [
      { name: "name", label: "Name", max: TEXT_LIMITS.name, required: true },
      { name: "email", label: "Email (private, never published)", kind: "email" },
      { name: "public", label: "May be named publicly", kind: "checkbox" },
    ],
    items: (event) => {
      const ids = new Set(judgeIds(event));
      return event.people.filter((p) => ids.has(p.id)) as Draft[];
    },
    label: (e) => e.name,
    fill: (e, form) => {
      e.name = text(form, "name");
      setOrDrop(e, "email", text(form, "email"));
      e.public = form.public === "on";
      e.roles = [...new Set([...(e.roles ?? []), "judge"])];
    },
    onAdd: (draft, id) => {
      if (draft.judging) draft.judging.panel = [...(draft.judging.panel ?? []), id];
    },
    onDelete: (draft, id) => {
      if (draft.judging) draft.judging.panel = (draft.judging.panel ?? []).filter((p: string) => p !== id);
      for (const prize of draft.prizes ?? [])
        prize.judges = (prize.judges ?? []).filter((p: string) => p !== id);
    },
  },
  {
    key: "projects",
    list: "projects",
    title: "Projects",
    singular: "project",
    fields: [
      { name: "title", label: "Title", max: TEXT_LIMITS.title, required: true },
      { name: "summary", label: "Summary", kind: "textarea", max: TEXT_LIMITS.summary },
      { name: "team", label: "Team", kind: "select", options: (e) => e.teams.map((t) => [t.id, t.name]) },
      { name: "table", label: "Expo table number", kind: "number" },
    ],
    items: (event) => event.projects as Draft[],
    label: (e) => e.title,
    fill: (e, form) => {
      e.title = text(form, "title");
      setOrDrop(e, "summary", text(form, "summary", true));
      setOrDrop(e, "team", form.team);
      if (form.table) e.table = Number(form.table);
      else delete e.table;
    },
  },
  {
    key: "prizes",
    list: "prizes",
    title: "Prizes",
    singular: "prize",
    fields: [
      { name: "name", label: "Name", max: TEXT_LIMITS.name, required: true },
      { name: "description", label: "Description", kind: "textarea", max: TEXT_LIMITS.description },
      {
        name: "method",
        label: "Judging method",
        kind: "select",
        options: () => JUDGING_METHODS.map((m) => [m, m]),
      },
      { name: "value", label: 'Value (e.g. "250.00 GBP")' },
      {
        name: "sponsor",
        label: "Sponsor",
        kind: "select",
        options: (e) => e.sponsors.map((s) => [s.id, s.name]),
      },
    ],
    items: (event) => event.prizes as Draft[],
    label: (e) => e.name,
    fill: (e, form) => {
      e.name = text(form, "name");
      setOrDrop(e, "description", text(form, "description", true));
      setOrDrop(e, "method", form.method);
      setOrDrop(e, "value", text(form, "value"));
      setOrDrop(e, "sponsor", form.sponsor);
    },
    onDelete: (draft, id) => {
      for (const p of draft.projects ?? []) p.prizes = (p.prizes ?? []).filter((x: string) => x !== id);
    },
  },
  {
    key: "sponsors",
    list: "sponsors",
    title: "Sponsors",
    singular: "sponsor",
    fields: [
      { name: "name", label: "Name", max: TEXT_LIMITS.name, required: true },
      { name: "tier", label: "Tier (headline, gold, supporter…)", max: TEXT_LIMITS.short },
      { name: "url", label: "Web site", kind: "url" },
      { name: "description", label: "Description", kind: "textarea", max: TEXT_LIMITS.description },
    ],
    items: (event) => event.sponsors as Draft[],
    label: (e) => e.name,
    fill: (e, form) => {
      e.name = text(form, "name");
      setOrDrop(e, "tier", text(form, "tier"));
      setOrDrop(e, "url", text(form, "url"));
      setOrDrop(e, "description", text(form, "description", true));
    },
  },
];

function Fields({
  kind,
  entity,
  prefix,
  event,
}: {
  kind: Kind;
  entity?: Draft;
  prefix: string;
  event: HackDayEvent;
}) {
  return (
    <>
      {kind.fields.map((f) => {
        const id = `${prefix}-${f.name}`;
        const value = entity?.[f.name] === undefined ? "" : String(entity[f.name]);
        if (f.kind === "checkbox") {
          return (
            <label class="plain check" for={id}>
              <input id={id} name={f.name} type="checkbox" checked={entity?.[f.name] === true} /> {f.label}
            </label>
          );
        }
        return (
          <>
            <label for={id}>{f.label}</label>
            {f.kind === "textarea" ? (
              <textarea id={id} name={f.name} rows={2} maxlength={f.max}>
                {value}
              </textarea>
            ) : f.kind === "select" ? (
              <select id={id} name={f.name}>
                <option value="">(none)</option>
                {f.options!(event).map(([v, l]) => (
                  <option value={v} selected={value === v}>
                    {l}
                  </option>
                ))}
              </select>
            ) : (
              <input
                id={id}
                name={f.name}
                type={f.kind ?? "text"}
                value={value}
                required={f.required ?? false}
                {...(f.max !== undefined && { maxlength: f.max })}
                {...(f.kind === "number" && { min: 1 })}
              />
            )}
          </>
        );
      })}
    </>
  );
}

/** Judges, projects, prizes and sponsors: add, edit and delete, each change checked by the schema package. */
export function peopleRoutes(deps: AppDeps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  const { store } = deps;
  const Page = adminPageFor(store);

  const page = (csrf: string, flash?: Flash, issues?: string[]) => {
    const event = store.event();
    return (
      <Page
        title="Judges, projects, prizes & sponsors"
        csrf={csrf}
        path="/admin/people"
        flash={flash}
        issues={issues}
      >
        <p>
          {"Jump to: "}
          {KINDS.map((k, i) => (
            <>
              {i > 0 && " · "}
              <a href={`#${k.key}`}>{k.title}</a>
            </>
          ))}
        </p>
        {KINDS.map((kind) => (
          <section aria-labelledby={kind.key}>
            <h2 id={kind.key}>{`${kind.title} (${kind.items(event).length})`}</h2>
            {kind.items(event).map((e) => (
              <details id={`${kind.key}-${e.id}`}>
                <summary>{kind.label(e)}</summary>
                <form method="post" action={`/admin/people/${kind.key}/${e.id}`} class="stack">
                  <Csrf token={csrf} />
                  <Fields kind={kind} entity={e} prefix={`${kind.key}-${e.id}`} event={event} />
                  <div class="actions">
                    <button type="submit" class="primary">
                      {`Save ${kind.singular}`}
                    </button>
                  </div>
                </form>
                <ActionButton
                  action={`/admin/people/${kind.key}/${e.id}/delete`}
                  csrf={csrf}
                  label={`Delete ${kind.singular}`}
                  kind="danger"
                />
              </details>
            ))}
            <form
              method="post"
              action={`/admin/people/${kind.key}`}
              class="stack"
              aria-label={`Add a ${kind.singular}`}
            >
              <Csrf token={csrf} />
              <h3>{`Add a ${kind.singular}`}</h3>
              <Fields kind={kind} prefix={`new-${kind.key}`} event={event} />
              <div class="actions">
                <button type="submit" class="secondary">
                  {`Add ${kind.singular}`}
                </button>
              </div>
            </form>
          </section>
        ))}
      </Page>
    );
  };

  const kindOf = (key: string) => KINDS.find((k) => k.key === key);

  /** Validates the changed event and saves it, or shows the schema's issues with the field named. */
  const commit = (csrf: string, done: () => string, change: (draft: Draft) => void) => {
    const checked = checkChange(store, change);
    if (!checked.ok)
      return {
        html: page(csrf, { kind: "warn", text: "Not saved." }, issueLines(checked.issues)),
        status: 400 as const,
      };
    store.replaceStructure(checked.event);
    return { html: page(csrf, { kind: "ok", text: done() }), status: 200 as const };
  };

  app.get("/", (c) => c.html(page(c.var.csrf)));

  app.post("/:kind", (c) => {
    const kind = kindOf(c.req.param("kind"));
    if (!kind) return c.notFound();
    const form = c.var.form;
    const event = store.event();
    const entity: Draft = {};
    kind.fill(entity, form);
    const taken = new Set((event[kind.list] as { id: string }[]).map((e) => e.id));
    entity.id = uniqueId(slugify(kind.label(entity) ?? "") || kind.singular, taken);
    const out = commit(
      c.var.csrf,
      () => `Added ${kind.singular} "${kind.label(entity)}".`,
      (draft) => {
        draft[kind.list] = [...(draft[kind.list] ?? []), { ...entity }];
        kind.onAdd?.(draft, entity.id);
      },
    );
    return c.html(out.html, out.status);
  });

  app.post("/:kind/:id", (c) => {
    const kind = kindOf(c.req.param("kind"));
    const id = c.req.param("id");
    if (!kind?.items(store.event()).some((e) => e.id === id)) return c.notFound();
    let label = id;
    const out = commit(
      c.var.csrf,
      () => `Saved ${kind.singular} "${label}".`,
      (draft) => {
        const entity = (draft[kind.list] as Draft[]).find((e) => e.id === id)!;
        kind.fill(entity, c.var.form);
        label = kind.label(entity);
      },
    );
    return c.html(out.html, out.status);
  });

  app.post("/:kind/:id/delete", (c) => {
    const kind = kindOf(c.req.param("kind"));
    const id = c.req.param("id");
    const entity = kind?.items(store.event()).find((e) => e.id === id);
    if (!kind || !entity) return c.notFound();
    const out = commit(
      c.var.csrf,
      () => `Deleted ${kind.singular} "${kind.label(entity)}".`,
      (draft) => {
        draft[kind.list] = (draft[kind.list] as Draft[]).filter((e) => e.id !== id);
        kind.onDelete?.(draft, id);
      },
    );
    // A deleted judge's links stop working with them.
    if (out.status === 200 && kind.key === "judges") store.tokens.revoke("judge", id);
    return c.html(out.html, out.status);
  });

  return app;
}
