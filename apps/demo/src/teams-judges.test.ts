import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Client } from "./testing/client.js";
import { adminServer, type TestServer } from "./testing/server.js";

const versionOf = (html: string) => /name="v" value="(\d+)"/.exec(html)?.[1] ?? "0";

describe("'Team not there' is a report; skip is per judge", () => {
  let server: TestServer;
  let admin: Client;
  const judges = new Map<string, { client: Client; link: string }>();

  /** Starts a judge and returns the project they are sent to first. */
  async function start(id: string): Promise<string> {
    const { client, link } = judges.get(id)!;
    const page = await client.get(link);
    await client.post(`${link}/pairwise/start`, { v: versionOf(page.text) });
    return server.store.judges.state(id).current!;
  }
  async function act(id: string, action: string) {
    const { client, link } = judges.get(id)!;
    const page = await client.get(link);
    return client.post(`${link}/pairwise/${action}`, { v: versionOf(page.text) });
  }

  beforeAll(async () => {
    ({ server, admin } = await adminServer());
    for (const id of ["wilf-pemberton", "greta-kaur", "chiara-thistlewood"]) {
      const link = await admin.issueLink("judge", id);
      judges.set(id, { client: new Client(server.url), link });
    }
  });
  afterAll(() => server.dispose());

  it("one report does not close a project for others; the organiser confirms or reopens it", async () => {
    const project = await start("wilf-pemberton");
    const reported = await act("wilf-pemberton", "absent");
    expect(reported.text).toContain("an organiser will check");
    expect(server.store.absence.absent().has(project)).toBe(false);
    expect(server.store.judges.state("wilf-pemberton").current).not.toBe(project);
    expect(server.store.absence.reportedBy("wilf-pemberton")).toEqual([project]);
    // The organiser sees the report with the judge's name and reopens it: the reporter gets it back.
    const title = server.store.project(project)!.title;
    const page = await admin.get("/admin/projects");
    expect(page.text).toMatch(new RegExp(`<td>${title}</td><td>Wilf Pemberton`));
    await admin.post(`/admin/projects/${project}/absent`, { absent: "0" });
    expect(server.store.absence.reportedBy("wilf-pemberton")).toEqual([]);
    expect(server.store.judges.state("wilf-pemberton").ignored).not.toContain(project);
  });

  it("two judges' reports close it; an organiser's confirmation closes it too", async () => {
    const project = server.store.event().projects[0]!.id;
    server.store.write(() => server.store.absence.report(project, "greta-kaur"));
    expect(server.store.absence.absent().has(project)).toBe(false);
    // Chiara is sent there, finds nobody either.
    await start("chiara-thistlewood");
    server.store.write(() =>
      server.store.judges.put({ ...server.store.judges.state("chiara-thistlewood"), current: project }),
    );
    const page = await act("chiara-thistlewood", "absent");
    expect(page.text).toContain("another judge said so too");
    expect(server.store.absence.absent().has(project)).toBe(true);
    await admin.post(`/admin/projects/${project}/absent`, { absent: "0" });
    expect(server.store.absence.absent().has(project)).toBe(false);
    await admin.post(`/admin/projects/${project}/absent`, { absent: "1" });
    expect(server.store.absence.absent().has(project)).toBe(true);
    await admin.post(`/admin/projects/${project}/absent`, { absent: "0" });
  });

  it("a skip affects only the judge who skipped", async () => {
    const project = await start("greta-kaur");
    await act("greta-kaur", "skip");
    expect(server.store.judges.state("greta-kaur").ignored).toContain(project);
    expect(server.store.absence.absent().has(project)).toBe(false);
    expect(server.store.judges.state("wilf-pemberton").ignored).not.toContain(project);
    expect(server.store.absence.reports().some((r) => r.project === project)).toBe(false);
  });
});

describe("the submission deadline", () => {
  let server: TestServer;
  let admin: Client;
  let team: Client;
  let link: string;
  // Demos start at 14:00 BST on Sunday 17 May (13:00Z): the deadline the agenda gives.
  let now = new Date("2026-05-17T12:00:00Z");

  beforeAll(async () => {
    ({ server, admin } = await adminServer({ now: () => now }));
    link = await admin.issueLink("team", "team-bedflow");
    team = new Client(server.url);
  });
  afterAll(() => server.dispose());

  it("lets teams edit before it and makes their page read-only after it", async () => {
    const before = await team.get(link);
    expect(before.text).toMatch(/Submissions close at 14:00 on Sunday,? 17 May 2026/);
    expect((await team.post(link, { title: "Bedflow Live" })).status).toBe(200);
    now = new Date("2026-05-17T13:00:00Z");
    const after = await team.get(link);
    expect(after.text).toContain("Submissions are closed: the submission deadline has passed");
    expect(after.text).not.toContain("<form");
    expect(after.text).toContain("Bedflow Live");
    expect((await team.post(link, { title: "Renamed late" }, { csrf: team.csrf })).status).toBe(403);
    expect(server.store.project("bedflow")!.title).toBe("Bedflow Live");
  });

  it("can be extended by an organiser, in the event's zone", async () => {
    await admin.get("/admin/projects");
    const res = await admin.post("/admin/projects/deadline", { at: "2026-05-17T15:00" });
    expect(res.status).toBe(200);
    expect(res.text).toMatch(/Submissions now close at 15:00 on Sunday,? 17 May 2026/);
    await team.get(link);
    expect((await team.post(link, { title: "Bedflow Final" })).status).toBe(200);
    now = new Date("2026-05-17T14:00:00Z");
    expect((await team.post(link, { title: "Too late" })).status).toBe(403);
  });

  it("offers both choices for a time that happens twice", async () => {
    await admin.get("/admin/projects");
    const ask = await admin.post("/admin/projects/deadline", { at: "2026-10-25T01:30" });
    expect(ask.status).toBe(400);
    expect(ask.text).toContain("happens twice");
    expect(ask.text).toContain('name="at-offset" value="+01:00"');
    expect(ask.text).toContain('name="at-offset" value="+00:00"');
    const pick = await admin.post("/admin/projects/deadline", {
      at: "2026-10-25T01:30",
      "at-offset": "+00:00",
    });
    expect(pick.status).toBe(200);
    expect(server.store.meta("submission-deadline")).toBe("2026-10-25T01:30:00.000Z");
  });
});
