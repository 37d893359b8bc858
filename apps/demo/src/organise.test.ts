import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { parseEventText } from "@hackdaykit/schema";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse, stringify } from "yaml";
import { Client, visible } from "./testing/client.js";
import { adminServer, EXAMPLE, type TestServer } from "./testing/server.js";

/** Posts a multipart form with one file, as a browser's file upload does. */
async function upload(client: Client, path: string, name: string, text: string) {
  const body = new FormData();
  body.set("_csrf", client.csrf);
  body.set("file", new File([text], name, { type: "application/yaml" }));
  const res = await fetch(client.base + path, {
    method: "POST",
    headers: { cookie: [...client.cookies].map(([k, v]) => `${k}=${v}`).join("; ") },
    body,
  });
  return client.read(res);
}

describe("organisers edit the event", () => {
  let server: TestServer;
  let admin: Client;
  beforeAll(async () => {
    ({ server, admin } = await adminServer());
    await admin.get("/admin/sessions");
  });
  afterAll(() => server.dispose());

  it("moves tea into lunch's room and shows the double booking on the same page", async () => {
    const res = await admin.post("/admin/sessions/tea-sat", { start: "2026-05-16T12:45", end: "" });
    expect(res.status).toBe(200);
    const page = visible(res.text);
    expect(page).toContain('Moved "Tea break" to 2026-05-16 12:45');
    expect(page).toMatch(/Agenda conflicts \(\d+\)/);
    expect(page).toMatch(/Tea break.*Healthy lunch|Healthy lunch.*Tea break/);
    await admin.post("/admin/sessions/tea-sat", { start: "2026-05-16T15:30", end: "" });
  });

  it("adds a session from datetime-local inputs and deletes it", async () => {
    const res = await admin.post("/admin/sessions", {
      title: "Lightning talks",
      kind: "talk",
      start: "2026-05-16T14:00",
      end: "2026-05-16T14:30",
      room: "seminar-1",
      track: "",
      visibility: "public",
      description: "",
    });
    expect(res.status).toBe(200);
    expect(visible(res.text)).toContain('Added "Lightning talks"');
    expect(server.store.session("lightning-talks")).toMatchObject({
      start: "2026-05-16T14:00",
      end: "2026-05-16T14:30",
      room: "seminar-1",
    });
    expect((await new Client(server.url).get("/agenda")).text).toContain("Lightning talks");
    const gone = await admin.post("/admin/sessions/lightning-talks/delete", {});
    expect(gone.status).toBe(200);
    expect(server.store.session("lightning-talks")).toBeUndefined();
  });

  it("refuses an invalid change with the schema's issue, the field named", async () => {
    const back = await admin.post("/admin/sessions/welcome", {
      start: "2026-05-16T10:00",
      end: "2026-05-16T09:00",
    });
    expect(back.status).toBe(400);
    expect(visible(back.text)).toMatch(
      /sessions\[\d+\]\.end: session "welcome": ends \(2026-05-16T09:00\) before it starts/,
    );
    const long = await admin.post("/admin/sessions", {
      title: "x".repeat(300),
      kind: "talk",
      start: "2026-05-16T14:00",
      end: "2026-05-16T14:30",
    });
    expect(long.status).toBe(400);
    expect(visible(long.text)).toMatch(/sessions\[\d+\]\.title: Too big/);
  });

  it("asks before putting a session outside the event's days, then moves the event's last day", async () => {
    const ask = await admin.post("/admin/sessions/welcome", { start: "2026-05-18T09:30", end: "" });
    expect(ask.status).toBe(409);
    expect(visible(ask.text)).toContain("outside the event's days (2026-05-16 to 2026-05-17)");
    expect(server.store.session("welcome")!.start).toBe("2026-05-16T09:30");
    const yes = await admin.post("/admin/sessions/welcome", {
      start: "2026-05-18T09:30",
      end: "",
      confirm: "outside",
    });
    expect(yes.status).toBe(200);
    expect(server.store.event().end).toBe("2026-05-18");
    await admin.post("/admin/sessions/welcome", { start: "2026-05-16T09:30", end: "" });
  });

  it("offers the two choices for a time in the repeated hour", async () => {
    const res = await admin.post("/admin/sessions/welcome", {
      start: "2026-10-25T01:30",
      end: "",
      confirm: "outside",
    });
    expect(res.status).toBe(400);
    expect(res.text).toContain('name="start-offset" value="+01:00"');
    expect(res.text).toContain('name="start-offset" value="+00:00"');
    const picked = await admin.post("/admin/sessions/welcome", {
      start: "2026-10-25T01:30",
      "start-offset": "+00:00",
      end: "",
      confirm: "outside",
    });
    expect(picked.status).toBe(200);
    expect(server.store.session("welcome")).toMatchObject({
      start: "2026-10-25T01:30+00:00",
      end: "2026-10-25T01:45+00:00",
    });
  });

  it("adds a judge, a project, a prize and a sponsor; refuses what the schema refuses", async () => {
    await admin.get("/admin/people");
    const judge = await admin.post("/admin/people/judges", {
      name: "Ada Okafor",
      email: "ada@example.org",
      public: "on",
    });
    expect(judge.status).toBe(200);
    expect(server.store.event().judging!.panel).toContain("ada-okafor");
    expect((await admin.get("/admin/links")).text).toContain("Ada Okafor");
    const project = await admin.post("/admin/people/projects", {
      title: "Ward Whiteboard",
      summary: "Live bed state.",
      team: "",
      table: "30",
    });
    expect(project.status).toBe(200);
    expect((await new Client(server.url).get("/projects")).text).toContain("Ward Whiteboard");
    const sponsor = await admin.post("/admin/people/sponsors", {
      name: "Acme Health",
      tier: "supporter",
      url: "https://acme.example.org",
    });
    expect(sponsor.status).toBe(200);
    const badPrize = await admin.post("/admin/people/prizes", {
      name: "Best Hack",
      value: "lots",
      method: "borda",
    });
    expect(badPrize.status).toBe(400);
    expect(visible(badPrize.text)).toMatch(/prizes\[\d+\]\.value: /);
    const prize = await admin.post("/admin/people/prizes", {
      name: "Best Hack",
      value: "100.00 GBP",
      method: "borda",
      sponsor: "acme-health",
    });
    expect(prize.status).toBe(200);
    // The sponsor backs a prize now, and a project with scores cannot just vanish.
    const sponsorGone = await admin.post("/admin/people/sponsors/acme-health/delete", {});
    expect(sponsorGone.status).toBe(400);
    expect(visible(sponsorGone.text)).toMatch(/prizes\[\d+\]\.sponsor: /);
    const projectGone = await admin.post("/admin/people/projects/bedflow/delete", {});
    expect(projectGone.status).toBe(400);
    expect(visible(projectGone.text)).toMatch(/judging\.ballots\.scores\[\d+\]\.project: /);
    const renamed = await admin.post("/admin/people/judges/ada-okafor", {
      name: "Ada Okafor-Lee",
      email: "",
      public: "on",
    });
    expect(renamed.status).toBe(200);
    expect(server.store.event().people.find((p) => p.id === "ada-okafor")).toMatchObject({
      name: "Ada Okafor-Lee",
      public: true,
    });
    expect(server.store.event().people.find((p) => p.id === "ada-okafor")!.email).toBeUndefined();
  });

  it("issues every judge link at once on a printable sheet with QR codes; re-issuing revokes the old", async () => {
    const old = await admin.issueLink("judge", "greta-kaur");
    expect((await new Client(server.url).get(old)).status).toBe(200);
    await admin.get("/admin/links");
    const sheet = await admin.post("/admin/links/issue-all", {});
    expect(sheet.status).toBe(200);
    const judges = server.store.event().judging!.panel.length;
    expect(sheet.text.match(/<svg/g)?.length).toBe(judges + 0);
    const links = [...sheet.text.matchAll(/<span class="link">(https?:\/\/[^<]+)<\/span>/g)].map(
      (m) => m[1]!,
    );
    expect(links).toHaveLength(judges);
    expect(visible(sheet.text)).toContain("Greta Kaur");
    expect((await new Client(server.url).get(old)).status).toBe(403);
    const fresh = new URL(links[0]!).pathname;
    expect((await new Client(server.url).get(fresh)).status).toBe(200);
    await admin.get("/admin/links");
    const again = await admin.post("/admin/links/reissue", {
      subject: server.store.event().judging!.panel[0]!,
    });
    expect(again.text.match(/<svg/g)?.length).toBe(1);
    expect((await new Client(server.url).get(fresh)).status).toBe(403);
  });

  it("shows the judging dashboard and its JSON moves with the votes", async () => {
    const page = await admin.get("/admin/dashboard");
    expect(page.status).toBe(200);
    expect(page.text).toContain('data-poll="/admin/dashboard.json"');
    const before = (await (
      await fetch(`${server.url}/admin/dashboard.json`, {
        headers: { cookie: `hdk_admin=${admin.cookies.get("hdk_admin")}` },
      })
    ).json()) as {
      fields: Record<string, string>;
      unseen: string[];
    };
    server.store.write(() => server.store.ballots.insertVote("greta-kaur", "bedflow", "discharge-buddy"));
    const after = (await (
      await fetch(`${server.url}/admin/dashboard.json`, {
        headers: { cookie: `hdk_admin=${admin.cookies.get("hdk_admin")}` },
      })
    ).json()) as {
      fields: Record<string, string>;
    };
    expect(Number(after.fields["dash-votes"])).toBe(Number(before.fields["dash-votes"]) + 1);
    expect(after.fields["j-greta-kaur-votes"]).toBe(String(Number(before.fields["j-greta-kaur-votes"]) + 1));
    expect(after.fields["j-greta-kaur-last"]).toMatch(/min ago/);
    expect(before.unseen.length).toBeGreaterThan(0);
    expect((await fetch(`${server.url}/admin/dashboard.json`, { redirect: "manual" })).status).toBe(303);
  });
});

describe("the event file", () => {
  let server: TestServer;
  let admin: Client;
  beforeAll(async () => {
    ({ server, admin } = await adminServer());
    await admin.get("/admin/event");
  });
  afterAll(() => server.dispose());

  it("shows what a changed file would change, then applies it", async () => {
    const original = readFileSync(EXAMPLE, "utf8");
    const changed = original
      .replace(
        "    start: 2026-05-16T09:30\n    end: 2026-05-16T09:45",
        "    start: 2026-05-16T09:35\n    end: 2026-05-16T09:50",
      )
      .replace("projects:\n", "projects:\n  - id: late-entry\n    title: Late Entry\n");
    const res = await upload(admin, "/admin/event/load", "changed.yaml", changed);
    expect(res.status).toBe(200);
    const page = visible(res.text);
    expect(page).toContain("Sessions: 0 added, 1 changed, 0 removed");
    expect(page).toContain("~ Welcome and how the weekend works (end, start)");
    expect(page).toContain("Projects: 1 added, 0 changed, 0 removed");
    expect(server.store.project("late-entry")).toBeUndefined();
    const pending = /name="pending" value="([^"]+)"/.exec(res.text)![1]!;
    const applied = await admin.post("/admin/event/apply", { pending });
    expect(applied.status).toBe(200);
    expect(server.store.project("late-entry")!.title).toBe("Late Entry");
    expect(server.store.session("welcome")!.start).toBe("2026-05-16T09:35");
    // The same review cannot be applied twice.
    expect((await admin.post("/admin/event/apply", { pending })).status).toBe(409);
  });

  it("refuses a broken file with every issue located, and a file that drops a project with votes", async () => {
    const broken = await upload(
      admin,
      "/admin/event/load",
      "broken.yaml",
      "id: x\nname: X\ntimezone: Mars/Base\nstart: 2026-05-16\n",
    );
    expect(broken.status).toBe(400);
    expect(visible(broken.text)).toMatch(/broken\.yaml:\d+:\d+: timezone: /);
    expect(visible(broken.text)).toMatch(/end: required/);
    // A file without Bedflow and without the file's own ballots for it: valid alone, but the site has a vote for it.
    server.store.write(() => server.store.ballots.insertVote("greta-kaur", "bedflow", "discharge-buddy"));
    const data = parse(readFileSync(EXAMPLE, "utf8"));
    data.projects = data.projects.filter((p: { id: string }) => p.id !== "bedflow");
    data.judging.ballots = { scores: [], rankings: [], votes: [] };
    const alone = parseEventText(stringify(data), "dropped.yaml");
    expect(alone.ok ? [] : alone.issues).toEqual([]);
    const dropped = await upload(admin, "/admin/event/load", "dropped.yaml", stringify(data));
    expect(dropped.status).toBe(400);
    expect(visible(dropped.text)).toContain("does not fit the votes and scores already recorded");
  });

  it("exports plain YAML that round-trips and that PyYAML reads (U+2028 escaped)", async () => {
    const event = structuredClone(server.store.event());
    event.sessions[1]!.description = "Line one\u2028line two";
    server.store.replaceStructure(event);
    const res = await admin.get("/admin/export/event.yaml");
    expect(res.text).not.toMatch(/[\u2028\u2029\u0085]/);
    expect(res.text).toContain("\\L");
    const back = parseEventText(res.text, "event.yaml");
    expect(back.ok).toBe(true);
    expect(back.ok && back.event.sessions[1]!.description).toBe("Line one\u2028line two");
    const python = spawnSync(
      "python3",
      [
        "-c",
        "import sys, yaml, json; d = yaml.safe_load(sys.stdin); print(json.dumps(d['sessions'][1]['description']))",
      ],
      { input: res.text, encoding: "utf8" },
    );
    expect(python.stderr).toBe("");
    expect(JSON.parse(python.stdout)).toBe("Line one\u2028line two");
  });
});
