import { Hono } from "hono";
import { deleteCookie, getCookie, setCookie } from "hono/cookie";
import type { AppDeps, AppEnv } from "../context.js";
import { verifyPassword } from "../security.js";
import { adminPageFor } from "../views/admin-page.js";
import { ErrorPage } from "../views/error.js";
import { Csrf, Layout, Notice } from "../views/layout.js";
import { conflictRoutes } from "./admin-conflicts.js";
import { dashboardJson, dashboardRoutes } from "./admin-dashboard.js";
import { eventFileRoutes } from "./admin-event.js";
import { exportRoutes } from "./admin-export.js";
import { linkRoutes } from "./admin-links.js";
import { peopleRoutes } from "./admin-people.js";
import { projectRoutes } from "./admin-projects.js";
import { resultRoutes } from "./admin-results.js";
import { sessionRoutes } from "./admin-sessions.js";

export const ADMIN_COOKIE = "hdk_admin";

export function adminRoutes(deps: AppDeps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  const { store, loginLimiter } = deps;

  const Page = adminPageFor(store);

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

  app.route("/", projectRoutes(deps));
  app.route("/", linkRoutes(deps));
  app.route("/", conflictRoutes(deps));
  app.route("/", resultRoutes(deps));
  app.route("/", exportRoutes(deps));

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
