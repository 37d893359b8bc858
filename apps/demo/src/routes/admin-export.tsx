import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { toCsv } from "@hackdaykit/ledger";
import { toEventYaml } from "@hackdaykit/schema";
import { Hono } from "hono";
import type { AppDeps, AppEnv } from "../context.js";
import { calendarFeed } from "../integrations/ical.js";
import { type AccountsAction, adminAccounts, ledgerExport, recordAccounts } from "../integrations/ledger.js";
import { adminPageFor } from "../views/admin-page.js";

/** The organisers' books and downloads: accounts forms, exports and a database backup. */
export function exportRoutes(deps: AppDeps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  const { store } = deps;
  const Page = adminPageFor(store);

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

  return app;
}
