import { wallTextFor } from "@hackdaykit/schedule";
import { cleanText, resolveSessionTimes, SESSION_KINDS, type Session, TEXT_LIMITS } from "@hackdaykit/schema";
import { DataTable } from "@hackdaykit/site";
import { Hono } from "hono";
import type { AppDeps, AppEnv } from "../context.js";
import { agendaConflicts, checkChange, type Draft, issueLines } from "../editor.js";
import { clock } from "../format.js";
import { slugify, uniqueId } from "../slug.js";
import { adminPageFor, ConflictList, type Flash } from "../views/admin-page.js";
import { ActionButton, Csrf } from "../views/layout.js";
import { LocalTimeField, readLocalInput } from "../views/local-time.js";

type Form = Record<string, string>;

/** Add, edit, move and delete sessions; every change validated by the schema, conflicts shown at once. */
export function sessionRoutes(deps: AppDeps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  const { store } = deps;
  const Page = adminPageFor(store);

  const SessionFields = ({ session, prefix, form }: { session?: Session; prefix: string; form?: Form }) => {
    const event = store.event();
    const value = (key: keyof Session) => form?.[key] ?? (session?.[key] as string | undefined) ?? "";
    const wall = (key: "start" | "end") =>
      form?.[key]
        ? `${form[key]}${form[`${key}-offset`] ?? ""}`
        : key === "end" && session
          ? endWall(session)
          : session?.[key];
    return (
      <>
        <label for={`${prefix}-title`}>Title</label>
        <input
          id={`${prefix}-title`}
          name="title"
          type="text"
          required
          maxlength={TEXT_LIMITS.name}
          value={value("title")}
        />
        <label for={`${prefix}-kind`}>Kind</label>
        <select id={`${prefix}-kind`} name="kind">
          {SESSION_KINDS.map((k) => (
            <option value={k} selected={value("kind") === k}>
              {k}
            </option>
          ))}
        </select>
        <LocalTimeField
          id={`${prefix}-start`}
          name="start"
          label="Starts"
          wall={wall("start")}
          zone={event.timezone}
          required
        />
        <LocalTimeField
          id={`${prefix}-end`}
          name="end"
          label="Ends"
          wall={wall("end")}
          zone={event.timezone}
          required={!session}
        />
        <label for={`${prefix}-room`}>Room</label>
        <select id={`${prefix}-room`} name="room">
          <option value="">(none)</option>
          {(event.venue?.rooms ?? []).map((r) => (
            <option value={r.id} selected={value("room") === r.id}>
              {r.name}
            </option>
          ))}
        </select>
        <label for={`${prefix}-track`}>Track</label>
        <select id={`${prefix}-track`} name="track">
          <option value="">(none)</option>
          {event.tracks.map((t) => (
            <option value={t.id} selected={value("track") === t.id}>
              {t.name}
            </option>
          ))}
        </select>
        <label for={`${prefix}-visibility`}>Who sees it</label>
        <select id={`${prefix}-visibility`} name="visibility">
          <option value="public" selected={value("visibility") !== "internal"}>
            everyone (public agenda)
          </option>
          <option value="internal" selected={value("visibility") === "internal"}>
            crew only (internal)
          </option>
        </select>
        <label for={`${prefix}-description`}>Description</label>
        <textarea
          id={`${prefix}-description`}
          name="description"
          rows={3}
          maxlength={TEXT_LIMITS.description}
        >
          {value("description")}
        </textarea>
      </>
    );
  };

  /** A session's end as a wall time, whether it was written as an end or a duration. */
  const endWall = (session: Session): string | undefined => {
    if (session.end) return session.end;
    const times = resolveSessionTimes(session, store.event().timezone);
    return times.ok ? wallTextFor(times.end, store.event().timezone) : undefined;
  };

  const listPage = (csrf: string, flash?: Flash, issues?: string[], form?: Form) => {
    const event = store.event();
    const room = (id?: string) => event.venue?.rooms.find((r) => r.id === id)?.name ?? "";
    return (
      <Page title="Sessions" csrf={csrf} path="/admin/sessions" flash={flash} issues={issues}>
        <ConflictList conflicts={agendaConflicts(event)} />
        <h2>Agenda</h2>
        <p class="muted">{`Times are local to the venue (${event.timezone}). Changes are public at once; calendar subscribers see them too.`}</p>
        <DataTable
          caption="Every session in time order"
          columns={[{ label: "When" }, { label: "Session" }, { label: "Room" }, { label: "Actions" }]}
          rows={event.sessions.map((s) => [
            `${s.start.slice(0, 10)} ${clock(s.start)}–${clock(endWall(s) ?? s.start)}`,
            <>
              {s.title}
              {s.visibility === "internal" && <span class="tag">internal</span>}
            </>,
            room(s.room),
            <>
              <a href={`/admin/sessions/${s.id}`}>Edit or move</a>{" "}
              <ActionButton
                action={`/admin/sessions/${s.id}/delete`}
                csrf={csrf}
                label="Delete"
                kind="danger"
              />
            </>,
          ])}
        />
        <h2 id="add">Add a session</h2>
        <form method="post" action="/admin/sessions" class="stack">
          <Csrf token={csrf} />
          <SessionFields prefix="new" {...(form && { form })} />
          <div class="actions">
            <button type="submit" class="primary">
              Add session
            </button>
          </div>
        </form>
      </Page>
    );
  };

  const editPage = (
    csrf: string,
    session: Session,
    flash?: Flash,
    issues?: string[],
    form?: Form,
    confirm?: string,
  ) => {
    const event = store.event();
    return (
      <Page
        title={`Edit: ${session.title}`}
        csrf={csrf}
        path="/admin/sessions/"
        flash={flash}
        issues={issues}
      >
        <p>
          <a href="/admin/sessions">← All sessions</a>
        </p>
        <ConflictList conflicts={agendaConflicts(event)} />
        <form method="post" action={`/admin/sessions/${session.id}`} class="stack">
          <Csrf token={csrf} />
          {confirm && (
            <div class="notice warn" role="alert">
              <p>{confirm}</p>
              <label class="plain">
                <input type="checkbox" name="confirm" value="outside" required /> Yes, change the event's days
                and publish it
              </label>
            </div>
          )}
          <SessionFields session={session} prefix="edit" {...(form && { form })} />
          <p class="muted">
            Leave "Ends" as it is and change only "Starts" to move the session and keep its length.
          </p>
          <div class="actions">
            <button type="submit" class="primary">
              Save
            </button>
          </div>
        </form>
      </Page>
    );
  };

  /**
   * The form as a session, or the problems with it. `keepLengthOf` is the session being moved: when only its
   * start changed, the end follows so the length stays (written with its offset in the hour that happens twice).
   */
  const fromForm = (form: Form, id: string, before?: Session): { session: Draft } | { issues: string[] } => {
    const zone = store.event().timezone;
    const issues: string[] = [];
    const time = (key: "start" | "end") => {
      const raw = form[key] ?? "";
      const input = readLocalInput(raw, form[`${key}-offset`] ?? (raw.slice(16) || undefined), zone);
      if (!input.ok) issues.push(`${key === "start" ? "Starts" : "Ends"}: ${input.message}`);
      return input.ok ? input : undefined;
    };
    const start = time("start");
    const endGiven = (form.end ?? "").trim() !== "";
    const session: Draft = {
      ...(before ?? {}),
      id,
      title: cleanText(form.title ?? before?.title ?? ""),
      kind: form.kind ?? before?.kind ?? "talk",
      ...(start && { start: start.wall }),
    };
    const beforeEnd = before && endWall(before);
    const endUnchanged = before && (!endGiven || (form.end ?? "").slice(0, 16) === beforeEnd?.slice(0, 16));
    if (before && endUnchanged && start && start.wall !== before.start) {
      const times = resolveSessionTimes(before, zone);
      if (times.ok) {
        session.end = wallTextFor(
          new Date(start.instant.getTime() + times.end.getTime() - times.start.getTime()),
          zone,
        );
        delete session.duration;
      }
    } else if (endGiven) {
      const end = time("end");
      if (end) {
        session.end = end.wall;
        delete session.duration;
      }
    } else if (!before) issues.push("Ends: required");
    for (const key of ["room", "track"] as const) {
      const v = form[key];
      if (v === undefined) continue;
      if (v) session[key] = v;
      else delete session[key];
    }
    if (form.visibility === "internal" || form.visibility === "public") session.visibility = form.visibility;
    if (form.description !== undefined) {
      const text = cleanText(form.description, { multiline: true });
      if (text) session.description = text;
      else delete session.description;
    }
    delete session.updated;
    return issues.length ? { issues } : { session };
  };

  /** Validates the whole event with the session in place; a day outside the event needs `confirmed`. */
  const apply = (session: Draft, confirmed: boolean) => {
    const event = store.event();
    const day = String(session.start ?? "").slice(0, 10);
    const outside = day !== "" && (day < event.start || day > event.end);
    if (outside && !confirmed) {
      return {
        confirm: `This puts "${session.title}" on ${day}, outside the event's days (${event.start} to ${event.end}). Saving it moves the event's ${day < event.start ? "first" : "last"} day to ${day}, which is public at once.`,
      };
    }
    const checked = checkChange(store, (draft) => {
      const sessions = draft.sessions as Draft[];
      const i = sessions.findIndex((s) => s.id === session.id);
      if (i >= 0) sessions[i] = session;
      else sessions.push(session);
      if (outside) {
        if (day < draft.start) draft.start = day;
        if (day > draft.end) draft.end = day;
      }
    });
    if (!checked.ok) return { issues: issueLines(checked.issues) };
    store.replaceStructure(checked.event);
    return { ok: true as const };
  };

  app.get("/", (c) => c.html(listPage(c.var.csrf)));

  app.post("/", (c) => {
    const form = c.var.form;
    const event = store.event();
    const id = uniqueId(
      slugify(cleanText(form.title ?? "")) || "session",
      new Set(event.sessions.map((s) => s.id)),
    );
    const built = fromForm(form, id);
    if ("issues" in built)
      return c.html(listPage(c.var.csrf, { kind: "warn", text: "Not added." }, built.issues, form), 400);
    const outcome = apply(built.session, true);
    if ("issues" in outcome)
      return c.html(listPage(c.var.csrf, { kind: "warn", text: "Not added." }, outcome.issues, form), 400);
    const conflicts = agendaConflicts(store.event());
    return c.html(
      listPage(c.var.csrf, {
        kind: conflicts.length ? "warn" : "ok",
        text: `Added "${built.session.title}".${conflicts.length ? ` The agenda now has ${conflicts.length} conflict(s): see below.` : ""}`,
      }),
    );
  });

  app.get("/:id", (c) => {
    const session = store.session(c.req.param("id"));
    return session ? c.html(editPage(c.var.csrf, session)) : c.notFound();
  });

  app.post("/:id", (c) => {
    const session = store.session(c.req.param("id"));
    if (!session) return c.notFound();
    const form = c.var.form;
    const built = fromForm(form, session.id, session);
    if ("issues" in built)
      return c.html(
        editPage(c.var.csrf, session, { kind: "warn", text: "Not saved." }, built.issues, form),
        400,
      );
    const outcome = apply(built.session, form.confirm === "outside");
    if ("confirm" in outcome)
      return c.html(editPage(c.var.csrf, session, undefined, undefined, form, outcome.confirm), 409);
    if ("issues" in outcome)
      return c.html(
        editPage(c.var.csrf, session, { kind: "warn", text: "Not saved." }, outcome.issues, form),
        400,
      );
    const saved = store.session(session.id)!;
    const conflicts = agendaConflicts(store.event());
    return c.html(
      editPage(c.var.csrf, saved, {
        kind: conflicts.length ? "warn" : "ok",
        text: `Moved "${saved.title}" to ${saved.start.slice(0, 10)} ${clock(saved.start)}.${conflicts.length ? ` The agenda now has ${conflicts.length} conflict(s), listed here.` : ""}`,
      }),
    );
  });

  app.post("/:id/delete", (c) => {
    const session = store.session(c.req.param("id"));
    if (!session) return c.notFound();
    const checked = checkChange(store, (draft) => {
      draft.sessions = (draft.sessions as Draft[]).filter((s) => s.id !== session.id);
    });
    if (!checked.ok)
      return c.html(
        listPage(c.var.csrf, { kind: "warn", text: "Not deleted." }, issueLines(checked.issues)),
        400,
      );
    store.replaceStructure(checked.event);
    return c.html(listPage(c.var.csrf, { kind: "ok", text: `Deleted "${session.title}".` }));
  });

  return app;
}
