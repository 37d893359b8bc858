import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { request } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { formatIssue, loadEvent, parseEventText } from "@hackdaykit/schema";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Client } from "./testing/client.js";
import { adminServer, EXAMPLE, PASSWORD, type TestServer, testServer } from "./testing/server.js";

function rawPost(base: string, path: string, body: string, headers: Record<string, string>): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request(
      `${base}${path}`,
      {
        method: "POST",
        agent: false,
        headers: {
          ...headers,
          "content-type": "application/x-www-form-urlencoded",
          "content-length": Buffer.byteLength(body),
        },
      },
      (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      },
    );
    req.on("error", reject);
    req.end(body);
  });
}

const PUBLIC_PAGES = [
  "/",
  "/agenda",
  "/projects",
  "/projects/bedflow",
  "/results",
  "/accounts",
  "/agenda/now-next",
];

describe("demo app over HTTP (real server, real SQLite file)", () => {
  let server: TestServer;
  let admin: Client;

  beforeAll(async () => {
    ({ server, admin } = await adminServer({ loginLimit: { attempts: 3, windowMs: 60_000 } }));
  });
  afterAll(async () => {
    await server.dispose();
  });

  it("serves every public page with the event on it", async () => {
    const visitor = new Client(server.url);
    for (const path of PUBLIC_PAGES) {
      const res = await visitor.get(path);
      expect(res.status, path).toBe(200);
    }
    const home = await visitor.get("/");
    expect(home.text).toContain("NHS Hack Day 31: London");
    expect(home.text).toContain("openstreetmap.org");
    expect(home.text).toContain("Northgate Health Data");
    expect(home.text.startsWith("<!DOCTYPE html>")).toBe(true);
    const agenda = await visitor.get("/agenda?at=2026-05-16T09:35:00Z");
    expect(agenda.text).toContain("Pitches: 25 ideas in one minute each");
    expect(agenda.text).not.toContain("Crew briefing"); // internal session
  });

  it("shows now and next for a given moment", async () => {
    const res = await new Client(server.url).get("/agenda/now-next?at=2026-05-16T08:40:00Z");
    // 09:40 BST: the welcome talk is on; pitches are next.
    expect(res.text).toMatch(/Now<\/h2><ul><li><strong>Welcome and how the weekend works/);
    expect(res.text).toMatch(/Next<\/h2><ul><li><strong>Pitches/);
  });

  it("sets HttpOnly SameSite cookies and security headers", async () => {
    const res = await fetch(`${server.url}/admin/login`);
    const cookie = res.headers.getSetCookie().join("\n");
    expect(cookie).toMatch(/hdk_csrf=[^;]+;.*HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    expect(res.headers.get("content-security-policy")).toContain("script-src 'self'");
    expect(res.headers.get("referrer-policy")).toBe("no-referrer");
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    // Public pages have no forms and set no cookie at all.
    expect((await fetch(`${server.url}/agenda`)).headers.getSetCookie()).toEqual([]);

    const login = new Client(server.url);
    await login.get("/admin/login");
    const body = new URLSearchParams({ password: PASSWORD, _csrf: login.csrf });
    const posted = await fetch(`${server.url}/admin/login`, {
      method: "POST",
      headers: {
        cookie: [...login.cookies].map(([k, v]) => `${k}=${v}`).join("; "),
        "content-type": "application/x-www-form-urlencoded",
      },
      body,
      redirect: "manual",
    });
    const adminCookie = posted.headers.getSetCookie().find((c) => c.startsWith("hdk_admin="))!;
    expect(adminCookie).toMatch(/HttpOnly/);
    expect(adminCookie).toMatch(/SameSite=Strict/);
  });

  it("renders a project called <script>alert(1)</script> as text", async () => {
    const link = await admin.issueLink("team", "team-bedflow");
    const team = new Client(server.url);
    expect((await team.get(link)).status).toBe(200);
    const saved = await team.post(link, {
      title: "<script>alert(1)</script>",
      summary: '"><img src=x onerror=alert(2)>',
      "link-code": "https://example.org/code",
    });
    expect(saved.status).toBe(200);
    const page = await new Client(server.url).get("/projects");
    expect(page.text).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(page.text).not.toContain("<script>alert(1)");
    expect(page.text).not.toContain("<img src=x");
    // Put the title back for the other tests.
    await team.post(link, { title: "Bedflow", "link-code": "https://git.example.org/nhshd31/bedflow" });
  });

  it("refuses javascript: links and empty titles from teams", async () => {
    const link = await admin.issueLink("team", "team-discharge-buddy");
    const team = new Client(server.url);
    await team.get(link);
    const bad = await team.post(link, { title: "Discharge Buddy", "link-demo": "javascript:alert(1)" });
    expect(bad.status).toBe(400);
    const empty = await team.post(link, { title: "" });
    expect(empty.status).toBe(400);
  });

  it("rejects POSTs without the right CSRF token", async () => {
    const link = await admin.issueLink("team", "team-clinic-queue");
    const team = new Client(server.url);
    await team.get(link);
    expect((await team.post(link, { title: "Hijacked" }, { csrf: null })).status).toBe(403);
    expect((await team.post(link, { title: "Hijacked" }, { csrf: "x".repeat(43) })).status).toBe(403);
    // A cross-site form: the attacker knows no cookie of the victim.
    const stranger = new Client(server.url);
    expect((await stranger.post("/admin/login", { password: PASSWORD }, { csrf: "forged" })).status).toBe(
      403,
    );
    const projects = await new Client(server.url).get("/projects");
    expect(projects.text).not.toContain("Hijacked");
  });

  it("refuses non-form bodies and oversized bodies", async () => {
    const client = new Client(server.url);
    await client.get("/");
    const json = await fetch(`${server.url}/admin/login`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: "{}",
    });
    expect(json.status).toBe(415);
    // On its own connection: the server answers 413 without reading the rest, then drops that socket.
    const big = await rawPost(
      server.url,
      "/admin/login",
      `password=${"x".repeat(100_000)}&_csrf=${client.csrf}`,
      {
        cookie: `hdk_csrf=${client.cookies.get("hdk_csrf")}`,
      },
    );
    expect(big).toBe(413);
  });

  it("never shows a stack trace", async () => {
    const res = await fetch(`${server.url}/admin/login`, {
      method: "POST",
      headers: { "content-type": "multipart/form-data; boundary=zzz" },
      body: "not multipart at all",
    });
    const text = await res.text();
    expect(res.status).toBe(400);
    expect(text).not.toMatch(/at .*\.(js|ts):\d+/);
    expect(text).toContain("<h1>");
    const missing = await fetch(`${server.url}/no/such/page`);
    expect(missing.status).toBe(404);
    expect(await missing.text()).toContain("Page not found");
  });

  it("keeps admin pages behind the login", async () => {
    const visitor = new Client(server.url);
    const res = await visitor.get("/admin/links");
    expect(res.status).toBe(303);
    expect(res.headers.get("location")).toBe("/admin/login");
    await visitor.get("/admin/login");
    expect(
      (await visitor.post("/admin/links/issue", { kind: "judge", subject: "yusuf-vasquez" })).status,
    ).toBe(401);
    expect((await visitor.get("/admin/backup.sqlite")).status).toBe(303);
  });

  it("refuses a revoked judge or team link", async () => {
    const judgeLink = await admin.issueLink("judge", "wilf-pemberton");
    const judge = new Client(server.url);
    expect((await judge.get(judgeLink)).status).toBe(200);
    await admin.get("/admin/links");
    await admin.post("/admin/links/revoke", { kind: "judge", subject: "wilf-pemberton" });
    expect((await judge.get(judgeLink)).status).toBe(403);
    expect((await judge.post(`${judgeLink}/score/bedflow`, { "c-impact": "3" })).status).toBe(403);
    expect((await judge.get(`/j/${"A".repeat(43)}`)).status).toBe(403);

    const teamLink = await admin.issueLink("team", "team-rota-swap");
    const team = new Client(server.url);
    expect((await team.get(teamLink)).status).toBe(200);
    await admin.post("/admin/links/revoke", { kind: "team", subject: "team-rota-swap" });
    expect((await team.get(teamLink)).status).toBe(403);
  });

  it("lets a judge score with the rubric, hiding conflicted projects", async () => {
    const link = await admin.issueLink("judge", "yusuf-vasquez");
    const judge = new Client(server.url);
    const home = await judge.get(link);
    expect(home.text).toContain("Hello, Yusuf Vasquez");
    // Declared conflict: team-clinic-queue.
    expect(home.text).not.toContain("/score/clinic-queue");
    expect((await judge.get(`${link}/score/clinic-queue`)).status).toBe(404);
    await judge.get(`${link}/score/open-waits`);
    const saved = await judge.post(`${link}/score/open-waits`, {
      "c-impact": "5",
      "c-feasibility": "4",
      "c-openness": "5",
      "c-presentation": "3",
    });
    expect(saved.status).toBe(200);
    expect(saved.text).toContain("Saved your scores for OpenWaits");
    const outOfScale = await judge.post(`${link}/score/open-waits`, {
      "c-impact": "9",
      "c-feasibility": "4",
      "c-openness": "5",
      "c-presentation": "3",
    });
    expect(outOfScale.status).toBe(400);
    const csv = await admin.get("/admin/export/scores.csv");
    expect(csv.text).toContain("yusuf-vasquez,open-waits,impact,5");
  });

  it("moves a session: the agenda shows the new time", async () => {
    await admin.get("/admin/sessions");
    const moved = await admin.post("/admin/sessions/open-data-clinic", {
      start: "2026-05-16T15:00",
      end: "",
    });
    expect(moved.status).toBe(200);
    expect(moved.text).toContain("Moved");
    const agenda = await new Client(server.url).get("/agenda");
    expect(agenda.text).toContain("15:00–15:45");
    const stored = server.store.session("open-data-clinic")!;
    expect(stored.updated).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    const gap = await admin.post("/admin/sessions/open-data-clinic", {
      start: "2026-05-16T16:00",
      end: "2026-05-16T15:00",
    });
    expect(gap.status).toBe(400);
  });

  it("exports the event as YAML that the schema loads again", async () => {
    const res = await admin.get("/admin/export/event.yaml");
    expect(res.status).toBe(200);
    expect(res.text).toContain("id: nhs-hack-day-31");
    // Fetched before the slow parsing below: an idle keep-alive socket the server closes after 5 s would reset it.
    const backup = await fetch(`${server.url}/admin/backup.sqlite`, {
      headers: { cookie: [...admin.cookies].map(([k, v]) => `${k}=${v}`).join("; ") },
    });
    expect(backup.status).toBe(200);
    const bytes = Buffer.from(await backup.arrayBuffer());
    expect(bytes.subarray(0, 15).toString()).toBe("SQLite format 3");
    const back = parseEventText(res.text, "event.yaml");
    expect(back.ok ? [] : back.issues.map(formatIssue)).toEqual([]);
    if (back.ok) {
      const original = await loadEvent(EXAMPLE);
      expect(back.event.sponsors).toEqual(original.sponsors);
      expect(back.event.projects.length).toBe(original.projects.length);
      expect(back.event.judging!.ballots.scores.length).toBeGreaterThanOrEqual(
        original.judging!.ballots.scores.length,
      );
    }
  });

  it("rate-limits failed admin logins per address", async () => {
    const attacker = new Client(server.url);
    await attacker.get("/admin/login");
    for (let i = 0; i < 3; i++)
      expect((await attacker.post("/admin/login", { password: `guess${i}` })).status).toBe(401);
    const blocked = await attacker.post("/admin/login", { password: PASSWORD });
    expect(blocked.status).toBe(429);
    expect(Number(blocked.headers.get("retry-after"))).toBeGreaterThan(0);
  });

  it("never publishes an email, a phone number or a private person's name", async () => {
    const event = await loadEvent(EXAMPLE);
    const publicNames = new Set(event.people.filter((p) => p.public).map((p) => p.name));
    const secrets = [
      ...event.people.flatMap((p) => [p.email, p.phone]).filter((x): x is string => Boolean(x)),
      ...event.people.filter((p) => !p.public && !publicNames.has(p.name)).map((p) => p.name),
    ];
    expect(secrets.length).toBeGreaterThan(10);
    const visitor = new Client(server.url);
    const paths = [
      ...PUBLIC_PAGES,
      "/calendar.ics",
      "/schedule.json",
      "/event.jsonld",
      "/accounts.csv",
      "/accounts.md",
    ];
    for (const path of paths) {
      const res = await visitor.get(path);
      if (res.status === 404) continue;
      for (const secret of secrets) expect(res.text, `${path} leaks ${secret}`).not.toContain(secret);
      expect(res.text, path).not.toMatch(/[\w.+-]+@[\w-]+\.[\w.]+/);
    }
  });
});

describe("hostile text in the event file", () => {
  let server: TestServer;
  const dir = mkdtempSync(join(tmpdir(), "hackdaykit-hostile-"));

  beforeAll(async () => {
    // A session title that tries to close the JSON-LD script element and open its own.
    const text = readFileSync(EXAMPLE, "utf8").replace(
      'title: "Pitches: 25 ideas in one minute each"',
      'title: "Pitches </script><script>alert(1)</script>"',
    );
    const file = join(dir, "hostile.yaml");
    writeFileSync(file, text);
    server = await testServer({ eventFile: file });
  });
  afterAll(async () => {
    await server.dispose();
    rmSync(dir, { recursive: true, force: true });
  });

  it("cannot break out of the JSON-LD block or the page", async () => {
    const page = await new Client(server.url).get("/agenda");
    expect(page.text).not.toContain("<script>alert(1)");
    expect(page.text).toContain("Pitches &lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;");
    const ld = /<script type="application\/ld\+json">([^<]*)<\/script>/.exec(page.text);
    expect(ld).not.toBeNull();
    expect(JSON.stringify(JSON.parse(ld![1]!))).toContain("Pitches </script><script>alert(1)</script>");
    const ics = await new Client(server.url).get("/calendar.ics");
    expect(ics.text).toContain("Pitches </script>");
  });
});
