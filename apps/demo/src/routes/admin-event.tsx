import { readFile } from "node:fs/promises";
import {
  type DiffKind,
  diffEvents,
  type EventDiff,
  formatIssue,
  type HackDayEvent,
  isEmptyDiff,
  parseEventText,
  safeParseEvent,
  toEventFileData,
} from "@hackdaykit/schema";
import { Hono } from "hono";
import type { AppDeps, AppEnv } from "../context.js";
import { agendaConflicts, type Draft, issueLines } from "../editor.js";
import { newToken } from "../security.js";
import { adminPageFor, type Flash } from "../views/admin-page.js";
import { Csrf } from "../views/layout.js";

const PENDING_KEY = "pending-event";
const SHOWN: [DiffKind, string][] = [
  ["sessions", "Sessions"],
  ["projects", "Projects"],
  ["people", "People"],
  ["prizes", "Prizes"],
  ["sponsors", "Sponsors"],
  ["teams", "Teams"],
];

function DiffView({ diff }: { diff: EventDiff }) {
  return (
    <div class="diff grid-2">
      {SHOWN.map(([kind, label]) => {
        const d = diff[kind];
        const n = d.added.length + d.changed.length + d.removed.length;
        if (n === 0) return null;
        return (
          <section aria-labelledby={`diff-${kind}`}>
            <h3
              id={`diff-${kind}`}
            >{`${label}: ${d.added.length} added, ${d.changed.length} changed, ${d.removed.length} removed`}</h3>
            <ul>
              {d.added.map((e) => (
                <li class="added">{`+ ${e.label}`}</li>
              ))}
              {d.changed.map((e) => (
                <li>{`~ ${e.label} (${e.fields!.join(", ")})`}</li>
              ))}
              {d.removed.map((e) => (
                <li class="removed">{`− ${e.label}`}</li>
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}

/** "Load event file": upload (or re-read the --event file), see what would change, then apply it. */
export function eventFileRoutes(deps: AppDeps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  const { store } = deps;
  const Page = adminPageFor(store);

  const page = (
    csrf: string,
    opts: { flash?: Flash; issues?: string[]; diff?: EventDiff; pending?: string } = {},
  ) => {
    const source = store.meta("source");
    return (
      <Page title="Event file" csrf={csrf} path="/admin/event" flash={opts.flash} issues={opts.issues}>
        {opts.diff && opts.pending && (
          <section aria-labelledby="review">
            <h2 id="review">Review the changes</h2>
            <DiffView diff={opts.diff} />
            <form method="post" action="/admin/event/apply" class="stack">
              <Csrf token={csrf} />
              <input type="hidden" name="pending" value={opts.pending} />
              <p>Votes, scores, links and accounts in the database stay as they are.</p>
              <div class="actions">
                <button type="submit" class="primary">
                  Apply these changes
                </button>
                <a class="button secondary" href="/admin/event">
                  Cancel
                </a>
              </div>
            </form>
          </section>
        )}
        <h2>Load an event file</h2>
        <p>
          The database was seeded from the event file once; later edits of the file are not read by
          themselves. Load it again (or another one) here: you see what would change before anything does.
        </p>
        <form method="post" action="/admin/event/load" enctype="multipart/form-data" class="stack">
          <Csrf token={csrf} />
          <label for="event-file">Event file (YAML or JSON)</label>
          <input id="event-file" name="file" type="file" accept=".yaml,.yml,.json" required />
          <div class="actions">
            <button type="submit" class="secondary">
              Check this file
            </button>
          </div>
        </form>
        {source && (
          <form method="post" action="/admin/event/load" class="stack">
            <Csrf token={csrf} />
            <input type="hidden" name="from" value="source" />
            <p>{`Or read the file this event came from again: ${source}`}</p>
            <button type="submit" class="secondary">
              Re-read the event file
            </button>
          </form>
        )}
        <h2>Export</h2>
        <p>
          <a href="/admin/export/event.yaml">Download event.yaml</a> — everything, including private data and
          ballots; <code>hackday validate</code> accepts it and other YAML tools read it.
        </p>
      </Page>
    );
  };

  /** The new file's structure with the database's ballots, validated as one event (a removed project with votes fails). */
  const withBallots = (incoming: HackDayEvent) => {
    const current = store.exportEvent();
    const draft = toEventFileData(incoming) as Draft;
    if (draft.judging && current.judging)
      draft.judging.ballots = (toEventFileData(current) as Draft).judging.ballots;
    return safeParseEvent(draft);
  };

  app.get("/", (c) => c.html(page(c.var.csrf)));

  app.post("/load", async (c) => {
    let text: string;
    let name: string;
    const upload = c.var.files.file;
    if (c.var.form.from === "source") {
      name = store.meta("source") ?? "";
      try {
        text = await readFile(name, "utf8");
      } catch (error) {
        const why = error instanceof Error && "code" in error ? String(error.code) : "unreadable";
        return c.html(
          page(c.var.csrf, { flash: { kind: "warn", text: `Could not read ${name} (${why}).` } }),
          400,
        );
      }
    } else if (upload) {
      name = upload.name || "upload";
      text = await upload.text();
    } else {
      return c.html(page(c.var.csrf, { flash: { kind: "warn", text: "Choose a file first." } }), 400);
    }
    const parsed = parseEventText(text, name);
    if (!parsed.ok) {
      return c.html(
        page(c.var.csrf, {
          flash: { kind: "warn", text: `${name} is not a valid event file; nothing changed.` },
          issues: parsed.issues.filter((i) => i.severity === "error").map(formatIssue),
        }),
        400,
      );
    }
    const combined = withBallots(parsed.event);
    if (!combined.ok) {
      return c.html(
        page(c.var.csrf, {
          flash: {
            kind: "warn",
            text: `${name} does not fit the votes and scores already recorded; nothing changed.`,
          },
          issues: issueLines(combined.issues),
        }),
        400,
      );
    }
    const diff = diffEvents(store.event(), parsed.event);
    const id = newToken();
    store.setMeta(PENDING_KEY, JSON.stringify({ id, name, event: parsed.event }));
    const summary = isEmptyDiff(diff)
      ? `${name} is valid and changes no session, project, person, prize, sponsor or team (other details may differ).`
      : `${name} is valid. Review the changes below.`;
    return c.html(page(c.var.csrf, { flash: { kind: "ok", text: summary }, diff, pending: id }));
  });

  app.post("/apply", (c) => {
    const pending = JSON.parse(store.meta(PENDING_KEY) ?? "null") as {
      id: string;
      name: string;
      event: HackDayEvent;
    } | null;
    if (!pending || pending.id !== c.var.form.pending) {
      return c.html(
        page(c.var.csrf, {
          flash: { kind: "warn", text: "That review is out of date: load the file again." },
        }),
        409,
      );
    }
    const combined = withBallots(pending.event);
    if (!combined.ok)
      return c.html(
        page(c.var.csrf, {
          flash: { kind: "warn", text: "Not applied." },
          issues: issueLines(combined.issues),
        }),
        400,
      );
    store.replaceStructure(combined.event);
    store.setMeta(PENDING_KEY, "null");
    const conflicts = agendaConflicts(store.event());
    return c.html(
      page(c.var.csrf, {
        flash: {
          kind: conflicts.length ? "warn" : "ok",
          text: `Loaded ${pending.name}.${conflicts.length ? ` The agenda has ${conflicts.length} conflict(s): see Sessions.` : ""}`,
        },
      }),
    );
  });

  return app;
}
