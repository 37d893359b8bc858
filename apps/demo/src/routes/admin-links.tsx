import { DataTable } from "@hackdaykit/site";
import { type Context, Hono } from "hono";
import { renderSVG } from "uqr";
import type { AppDeps, AppEnv } from "../context.js";
import { judgeIds as judgesOf } from "../integrations/judging.js";
import type { TokenKind } from "../store/index.js";
import { adminPageFor, type Flash } from "../views/admin-page.js";
import { ActionButton, Csrf } from "../views/layout.js";

/** Judges' and teams' private links: issue, re-issue (with a printable sheet) and revoke. */
export function linkRoutes(deps: AppDeps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  const { store } = deps;
  const Page = adminPageFor(store);

  const judgeIds = () => judgesOf(store.event());
  const Revoke = (props: { kind: TokenKind; subject: string; csrf: string }) => (
    <ActionButton
      action="/admin/links/revoke"
      csrf={props.csrf}
      label="Revoke"
      fields={{ kind: props.kind, subject: props.subject }}
      kind="danger"
    />
  );

  const linksPage = (c: Context<AppEnv>, flash?: Flash) => {
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
        <DataTable
          caption="Each judge's links, votes and the project they are sent to now"
          columns={[
            { label: "Judge" },
            { label: "Live links", numeric: true },
            { label: "Pairwise votes", numeric: true },
            { label: "Sent to" },
            { label: "Actions" },
          ]}
          rows={judgeIds().map((id) => [
            event.people.find((p) => p.id === id)?.name ?? id,
            live("judge", id),
            votesBy.get(id) ?? 0,
            titleOf(store.judges.state(id).current),
            <>
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
              <Revoke kind="judge" subject={id} csrf={csrf} />
            </>,
          ])}
        />
        <h2>Teams</h2>
        <DataTable
          caption="Each team's links"
          columns={[{ label: "Team" }, { label: "Live links", numeric: true }, { label: "Actions" }]}
          rows={event.teams.map((t) => [
            t.name,
            live("team", t.id),
            <>
              <ActionButton
                action="/admin/links/issue"
                csrf={csrf}
                label="Issue link"
                fields={{ kind: "team", subject: t.id }}
              />{" "}
              <Revoke kind="team" subject={t.id} csrf={csrf} />
            </>,
          ])}
        />
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

  return app;
}
