import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseOptions } from "./options.js";
import { startServer } from "./server.js";
import { Client } from "./testing/client.js";
import { adminServer, EXAMPLE, PASSWORD, type TestServer, testServer } from "./testing/server.js";

/** A login POST with its own CSRF pair and any extra headers (a proxy's X-Forwarded-For, say). */
async function loginWith(base: string, password: string, headers: Record<string, string> = {}) {
  const page = await fetch(`${base}/admin/login`, { headers });
  const csrf = /hdk_csrf=([^;]+)/.exec(page.headers.getSetCookie().join(";"))![1]!;
  const res = await fetch(`${base}/admin/login`, {
    method: "POST",
    headers: {
      ...headers,
      cookie: `hdk_csrf=${csrf}`,
      "content-type": "application/x-www-form-urlencoded",
    },
    body: new URLSearchParams({ password, _csrf: csrf }),
    redirect: "manual",
  });
  await res.arrayBuffer();
  return {
    status: res.status,
    cookies: res.headers.getSetCookie(),
    loginPageCookies: page.headers.getSetCookie(),
  };
}

describe("admin login limit", () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await testServer({ loginLimit: { attempts: 5, windowMs: 60_000 } });
  });
  afterAll(() => server.dispose());

  it("checks at most 5 passwords when 50 guesses arrive at once, and then refuses the right one", async () => {
    const guesses = await Promise.all(
      Array.from({ length: 50 }, (_, i) => loginWith(server.url, `guess-${i}`)),
    );
    const checked = guesses.filter((g) => g.status === 401).length;
    const refused = guesses.filter((g) => g.status === 429).length;
    expect(checked).toBe(5);
    expect(refused).toBe(45);
    expect((await loginWith(server.url, PASSWORD)).status).toBe(429);
  });
});

describe("behind a reverse proxy", () => {
  let trusting: TestServer;
  let plain: TestServer;
  beforeAll(async () => {
    const limit = { attempts: 2, windowMs: 60_000 };
    trusting = await testServer({ loginLimit: limit, trustedProxies: ["127.0.0.1", "::1"] });
    plain = await testServer({ loginLimit: limit });
  });
  afterAll(async () => {
    await trusting.dispose();
    await plain.dispose();
  });

  it("limits each client behind a trusted proxy separately", async () => {
    const mallory = { "x-forwarded-for": "203.0.113.9" };
    for (let i = 0; i < 2; i++) expect((await loginWith(trusting.url, "wrong", mallory)).status).toBe(401);
    expect((await loginWith(trusting.url, "wrong", mallory)).status).toBe(429);
    // The organiser, on another address behind the same proxy, is not locked out.
    const organiser = { "x-forwarded-for": "198.51.100.7, 203.0.113.200" };
    expect((await loginWith(trusting.url, PASSWORD, { "x-forwarded-for": "198.51.100.7" })).status).toBe(303);
    // A client cannot pick its own address by writing the header: the proxy appends the real one on the right.
    expect((await loginWith(trusting.url, "wrong", organiser)).status).toBe(401);
  });

  it("ignores X-Forwarded-For from anyone who is not a trusted proxy", async () => {
    for (let i = 0; i < 2; i++)
      expect((await loginWith(plain.url, "wrong", { "x-forwarded-for": `192.0.2.${i}` })).status).toBe(401);
    expect((await loginWith(plain.url, PASSWORD, { "x-forwarded-for": "192.0.2.99" })).status).toBe(429);
  });

  it("marks cookies Secure when a trusted proxy says the visitor used HTTPS, and only then", async () => {
    const https = { "x-forwarded-proto": "https" };
    const viaProxy = await loginWith(trusting.url, PASSWORD, { ...https, "x-forwarded-for": "198.51.100.8" });
    expect(viaProxy.loginPageCookies.join("\n")).toMatch(/hdk_csrf=.*; Secure/);
    expect(viaProxy.cookies.find((c) => c.startsWith("hdk_admin="))).toMatch(/; Secure/);
    const spoofed = await fetch(`${plain.url}/admin/login`, { headers: https });
    expect(spoofed.headers.getSetCookie().join("\n")).not.toMatch(/Secure/);
  });
});

describe("served over HTTPS (--secure)", () => {
  it("marks every cookie Secure", async () => {
    const server = await testServer({ secureCookies: true });
    try {
      const login = await loginWith(server.url, PASSWORD);
      expect(login.status).toBe(303);
      expect(login.loginPageCookies.join("\n")).toMatch(/hdk_csrf=.*; Secure/);
      expect(login.cookies.find((c) => c.startsWith("hdk_admin="))).toMatch(/; Secure/);
    } finally {
      await server.dispose();
    }
  });
});

describe("headers and times", () => {
  let server: TestServer;
  let admin: Client;
  beforeAll(async () => {
    ({ server, admin } = await adminServer());
  });
  afterAll(() => server.dispose());

  it("answers HEAD /healthz and keeps CSP and Referrer-Policy on HEAD of public pages", async () => {
    const health = await fetch(`${server.url}/healthz`, { method: "HEAD" });
    expect(health.status).toBe(200);
    for (const path of ["/", "/agenda", "/projects", "/results", "/accounts"]) {
      const res = await fetch(`${server.url}${path}`, { method: "HEAD" });
      expect(res.status, path).toBe(200);
      expect(res.headers.get("content-security-policy"), path).toContain("default-src 'self'");
      expect(res.headers.get("referrer-policy"), path).toBe("no-referrer");
      expect(await res.text()).toBe("");
    }
  });

  it("keeps judge, team and admin pages out of caches", async () => {
    const judge = await admin.issueLink("judge", "yusuf-vasquez");
    const team = await admin.issueLink("team", "team-bedflow");
    for (const path of [judge, team, "/admin/sessions"]) {
      const res = await (path.startsWith("/admin") ? admin : new Client(server.url)).get(path);
      expect(res.status, path).toBe(200);
      expect(res.headers.get("cache-control"), path).toBe("no-store");
    }
  });

  it("reads /agenda?at= without an offset in the event's zone, whatever the server's zone", async () => {
    const saved = process.env.TZ;
    process.env.TZ = "America/Los_Angeles";
    try {
      // 10:00 in London (BST) is 09:00Z: pitches are on.
      const local = await new Client(server.url).get("/agenda/now-next?at=2026-05-16T10:00");
      const utc = await new Client(server.url).get("/agenda/now-next?at=2026-05-16T09:00:00Z");
      expect(local.text).toMatch(/Now<\/h2><ul><li><strong>Pitches/);
      expect(local.text).toBe(utc.text);
      const agenda = await new Client(server.url).get("/agenda?at=2026-05-16T10:00");
      expect(agenda.text).toMatch(/<tr class="current" id="session-pitches">/);
    } finally {
      if (saved === undefined) delete process.env.TZ;
      else process.env.TZ = saved;
    }
  });

  it("moves a session into the autumn clock-change hour: the computed end carries its offset", async () => {
    await admin.get("/admin/sessions");
    const res = await admin.post("/admin/sessions/welcome", {
      start: "2026-10-25T01:30+01:00",
      end: "",
      confirm: "outside",
    });
    expect(res.status).toBe(200);
    expect(res.text).toContain("Moved");
    const moved = server.store.session("welcome")!;
    expect(moved.start).toBe("2026-10-25T01:30+01:00");
    // Welcome lasts 15 minutes: 01:45 in the first (BST) pass of the repeated hour.
    expect(moved.end).toBe("2026-10-25T01:45+01:00");
    const second = await admin.post("/admin/sessions/welcome", {
      start: "2026-10-25T01:50+00:00",
      end: "",
      confirm: "outside",
    });
    expect(second.status).toBe(200);
    expect(server.store.session("welcome")!.end).toBe("2026-10-25T02:05");
  });
});

describe("text from teams", () => {
  let server: TestServer;
  let link: string;
  let team: Client;
  beforeAll(async () => {
    server = await testServer();
    const admin = new Client(server.url);
    await admin.login(PASSWORD);
    link = await admin.issueLink("team", "team-bedflow");
    team = new Client(server.url);
    await team.get(link);
  });
  afterAll(() => server.dispose());

  it("refuses a 60,000-character title, naming the field and the limit", async () => {
    const res = await team.post(link, { title: "x".repeat(60_000) });
    expect(res.status).toBe(400);
    expect(res.text).toContain("Project title: at most 120 characters");
    expect(server.store.project("bedflow")!.title).toBe("Bedflow");
  });

  it("strips control characters and refuses text that renders empty", async () => {
    const ok = await team.post(link, {
      title: "Bed\u0007flow\u0000 Two\u202e",
      summary: "Line one\r\nLine\u0001 two",
    });
    expect(ok.status).toBe(200);
    const saved = server.store.project("bedflow")!;
    expect(saved.title).toBe("Bedflow Two\u202e");
    // biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
    expect(saved.title).not.toMatch(/[\u0000-\u001f]/);
    expect(saved.summary).toBe("Line one\nLine two");
    const blank = await team.post(link, { title: "\u200b \u00a0\u0007" });
    expect(blank.status).toBe(400);
    expect(blank.text).toContain("Project title: must not be empty");
  });
});

describe("configuration", () => {
  const root = "/srv/hackdaykit";
  it("takes the data folder from HACKDAY_DATA_DIR or --data (the flag wins)", () => {
    const env = { HACKDAY_DATA_DIR: "/var/lib/hackday" };
    const fromEnv = parseOptions([], env, "/home/o", root);
    expect(fromEnv.kind === "run" && fromEnv.options.dbFile).toBe("/var/lib/hackday/nhs-hack-day-31.sqlite");
    const fromFlag = parseOptions(["--data", "here"], env, "/home/o", root);
    expect(fromFlag.kind === "run" && fromFlag.options.dbFile).toBe(
      resolve("/home/o/here/nhs-hack-day-31.sqlite"),
    );
    const none = parseOptions([], {}, "/home/o", root);
    expect(none.kind === "run" && none.options.dbFile).toBe(
      "/srv/hackdaykit/apps/demo/data/nhs-hack-day-31.sqlite",
    );
  });

  it("reads --secure, --trust-proxy and their environment variables", () => {
    const parsed = parseOptions(
      [],
      { HACKDAY_SECURE_COOKIES: "1", HACKDAY_TRUST_PROXY: "10.0.0.2, ::1" },
      "/",
      root,
    );
    expect(parsed.kind === "run" && parsed.options.secureCookies).toBe(true);
    expect(parsed.kind === "run" && parsed.options.trustedProxies).toEqual(["10.0.0.2", "::1"]);
    const flags = parseOptions(["--secure", "--trust-proxy", "127.0.0.1"], {}, "/", root);
    expect(flags.kind === "run" && flags.options.secureCookies).toBe(true);
    expect(parseOptions(["--port", "http"], {}, "/", root).kind).toBe("error");
    expect(parseOptions(["--nope"], {}, "/", root).kind).toBe("error");
  });

  it("keeps organisers logged in across a restart with the same password", async () => {
    const dir = mkdtempSync(join(tmpdir(), "hackdaykit-session-"));
    try {
      const options = {
        dbFile: join(dir, "e.sqlite"),
        eventFile: EXAMPLE,
        port: 0,
        adminPassword: PASSWORD,
        log: () => {},
      };
      const first = await startServer(options);
      const admin = new Client(first.url);
      expect(await admin.login(PASSWORD)).toBe(303);
      await first.close();
      const second = await startServer(options);
      try {
        const again = new Client(second.url);
        for (const [k, v] of admin.cookies) again.cookies.set(k, v);
        expect((await again.get("/admin")).status).toBe(200);
      } finally {
        await second.close();
      }
      // A changed password does end the session.
      const third = await startServer({ ...options, adminPassword: "a new password" });
      try {
        const again = new Client(third.url);
        for (const [k, v] of admin.cookies) again.cookies.set(k, v);
        expect((await again.get("/admin")).status).toBe(303);
      } finally {
        await third.close();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
