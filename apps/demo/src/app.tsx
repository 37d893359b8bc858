import { getConnInfo } from "@hono/node-server/conninfo";
import { type Context, Hono } from "hono";
import { bodyLimit } from "hono/body-limit";
import { getCookie, setCookie } from "hono/cookie";
import { secureHeaders } from "hono/secure-headers";
import { ADMIN_CSS, ADMIN_JS } from "./admin-static.js";
import type { AppDeps, AppEnv } from "./context.js";
import { adminRoutes } from "./routes/admin.js";
import { formationRoutes } from "./routes/formation.js";
import { judgeRoutes } from "./routes/judge.js";
import { publicRoutes } from "./routes/public.js";
import { teamRoutes } from "./routes/team.js";
import { clientAddress, newToken, plainAddress, sameSecret } from "./security.js";
import { APP_JS, DEMO_CSS } from "./static.js";
import { ErrorPage } from "./views/error.js";

export const CSRF_COOKIE = "hdk_csrf";
/** Forms are small; the largest is a project description. */
export const MAX_BODY_BYTES = 64 * 1024;
/** An uploaded event file (the admin's "load event file"). */
export const MAX_UPLOAD_BYTES = 4 * 1024 * 1024;

export function createApp(deps: AppDeps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  const eventName = () => {
    try {
      return deps.store.event().name;
    } catch {
      return "hackdaykit";
    }
  };

  app.onError((error, c) => {
    // Log for the operator; the visitor gets a friendly page and never a stack trace.
    console.error(
      `[demo] ${c.req.method} ${c.req.path}: ${error instanceof Error ? error.message : String(error)}`,
    );
    return c.html(
      <ErrorPage eventName={eventName()} title="Something went wrong">
        <p>Sorry, that did not work. Nothing was half-saved: try again, or go back to the home page.</p>
      </ErrorPage>,
      500,
    );
  });

  app.notFound((c) =>
    c.html(
      <ErrorPage eventName={eventName()} title="Page not found">
        <p>There is nothing at this address. If someone gave you a private link, it may have been revoked.</p>
      </ErrorPage>,
      404,
    ),
  );

  app.use(async (c, next) => {
    let peer = "unknown";
    try {
      peer = getConnInfo(c).remote.address ?? "unknown";
    } catch {
      // app.request() in tests has no socket.
    }
    const client = clientAddress(peer, c.req.header("x-forwarded-for"), deps.trustedProxies);
    const viaProxy = deps.trustedProxies.map(plainAddress).includes(plainAddress(peer));
    c.set("client", client);
    c.set(
      "secure",
      deps.secureCookies ||
        (viaProxy && c.req.header("x-forwarded-proto")?.split(",")[0]?.trim() === "https"),
    );
    await next();
  });

  app.use(
    secureHeaders({
      contentSecurityPolicy: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", "data:"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        baseUri: ["'none'"],
        objectSrc: ["'none'"],
      },
      // Private links carry their token in the path: never leak it to other sites.
      referrerPolicy: "no-referrer",
    }),
  );

  const tooLarge = (limit: string) => (c: Context<AppEnv>) =>
    c.html(
      <ErrorPage eventName={eventName()} title="Too much text">
        <p>{`That form was larger than this site accepts (${limit}). Shorten it and try again.`}</p>
      </ErrorPage>,
      413,
    );
  const formLimit = bodyLimit({ maxSize: MAX_BODY_BYTES, onError: tooLarge("64 KB") });
  // An event file is bigger than any form: the one upload route gets the schema's own limit for input files.
  const uploadLimit = bodyLimit({ maxSize: MAX_UPLOAD_BYTES, onError: tooLarge("4 MB") });
  app.use((c, next) => (c.req.path === "/admin/event/load" ? uploadLimit : formLimit)(c, next));

  // CSRF: a random per-browser token in an HttpOnly cookie, echoed by every form; POSTs without a match are
  // refused. Public pages have no forms, so they set no cookie (and stay cheap to serve and cache).
  app.use(async (c, next) => {
    let token = getCookie(c, CSRF_COOKIE) ?? "";
    const hasForms = /^\/(admin|j|t|c)(\/|$)/.test(c.req.path);
    if (hasForms && !/^[A-Za-z0-9_-]{43}$/.test(token)) {
      token = newToken();
      setCookie(c, CSRF_COOKIE, token, {
        httpOnly: true,
        sameSite: "Lax",
        secure: c.var.secure,
        path: "/",
      });
    }
    // Private pages (a judge's, a team's, the admin's) must not be kept by a shared or back-button cache.
    if (hasForms) c.header("cache-control", "no-store");
    c.set("csrf", token);
    c.set("form", {});
    c.set("files", {});
    if (c.req.method === "POST") {
      const type = c.req.header("content-type") ?? "";
      if (!type.startsWith("application/x-www-form-urlencoded") && !type.startsWith("multipart/form-data")) {
        return c.html(
          <ErrorPage eventName={eventName()} title="Unsupported form">
            <p>This site only accepts its own forms.</p>
          </ErrorPage>,
          415,
        );
      }
      let body: Awaited<ReturnType<typeof c.req.parseBody>>;
      try {
        body = await c.req.parseBody();
      } catch {
        return c.html(
          <ErrorPage eventName={eventName()} title="That form could not be read">
            <p>The form arrived garbled. Go back, reload the page and try again.</p>
          </ErrorPage>,
          400,
        );
      }
      const form: Record<string, string> = {};
      const files: Record<string, File> = {};
      for (const [key, value] of Object.entries(body)) {
        if (typeof value === "string") form[key] = value;
        else if (value instanceof File) files[key] = value;
      }
      c.set("files", files);
      const sent = form._csrf ?? "";
      const cookie = getCookie(c, CSRF_COOKIE) ?? "";
      if (!cookie || !sameSecret(sent, cookie)) {
        return c.html(
          <ErrorPage eventName={eventName()} title="Form expired">
            <p>
              This form could not be checked (it may be old, or sent from another site). Go back, reload the
              page and try again.
            </p>
          </ErrorPage>,
          403,
        );
      }
      c.set("form", form);
    }
    await next();
  });

  app.get("/static/site.css", (c) => {
    c.header("cache-control", "public, max-age=300");
    return c.body(DEMO_CSS, 200, { "content-type": "text/css; charset=utf-8" });
  });
  app.get("/static/app.js", (c) => {
    c.header("cache-control", "public, max-age=300");
    return c.body(APP_JS, 200, { "content-type": "text/javascript; charset=utf-8" });
  });
  app.get("/static/admin.css", (c) => {
    c.header("cache-control", "public, max-age=300");
    return c.body(ADMIN_CSS, 200, { "content-type": "text/css; charset=utf-8" });
  });
  app.get("/static/admin.js", (c) => {
    c.header("cache-control", "public, max-age=300");
    return c.body(ADMIN_JS, 200, { "content-type": "text/javascript; charset=utf-8" });
  });
  app.get("/healthz", (c) => c.text("ok"));

  // Team formation first: it answers /admin/teams itself (with its own admin check) and /c, /teams.
  app.route("/", formationRoutes(deps));
  app.route("/", publicRoutes(deps));
  app.route("/j", judgeRoutes(deps));
  app.route("/t", teamRoutes(deps));
  app.route("/admin", adminRoutes(deps));

  // Hono answers HEAD by running GET and copying its response, which loses the headers our middleware added
  // (and fails outright for a plain-text body under @hono/node-server): run GET ourselves and keep its headers.
  const fetchGet = app.fetch;
  app.fetch = async (request, env, ctx) => {
    if (request.method !== "HEAD") return fetchGet(request, env, ctx);
    const response = await fetchGet(
      new Request(request.url, { method: "GET", headers: request.headers }),
      env,
      ctx,
    );
    return new Response(null, { status: response.status, headers: response.headers });
  };
  return app;
}
