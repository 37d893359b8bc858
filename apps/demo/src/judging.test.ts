import { formatIssue, parseEventText } from "@hackdaykit/schema";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Client } from "./testing/client.js";
import { adminServer, type TestServer } from "./testing/server.js";

const JUDGES = ["yusuf-vasquez", "yara-juniper", "wilf-pemberton", "chiara-thistlewood", "greta-kaur"];

/** The hidden `v` (state version) of the judge's current pairwise forms. */
const versionOf = (html: string) => /name="v" value="(\d+)"/.exec(html)?.[1] ?? "0";
const currentOf = (html: string) => /see <strong>([^<]+)<\/strong>/.exec(html)?.[1];

describe("judging over HTTP", () => {
  let server: TestServer;
  let admin: Client;
  const links = new Map<string, string>();

  beforeAll(async () => {
    ({ server, admin } = await adminServer());
    for (const judge of JUDGES) links.set(judge, await admin.issueLink("judge", judge));
  });
  afterAll(async () => {
    await server.dispose();
  });

  it("walks a judge through pairwise judging: start, seen, vote, skip, undo", async () => {
    const judge = new Client(server.url);
    const link = links.get("wilf-pemberton")!;
    let page = await judge.get(link);
    expect(page.text).toContain("Seen 0 of ~");
    page = await judge.post(`${link}/pairwise/start`, { v: versionOf(page.text) });
    const first = currentOf(page.text);
    expect(first).toBeDefined();
    page = await judge.post(`${link}/pairwise/seen`, { v: versionOf(page.text) });
    const second = currentOf(page.text);
    expect(second).toBeDefined();
    expect(second).not.toBe(first);
    expect(page.text).toContain("was better");
    // Skip the second: a different project is offered.
    page = await judge.post(`${link}/pairwise/skip`, { v: versionOf(page.text) });
    const third = currentOf(page.text)!;
    expect(third).not.toBe(second);
    page = await judge.post(`${link}/pairwise/vote`, { v: versionOf(page.text), better: "current" });
    expect(page.text).toContain("Vote recorded");
    const votes = server.store.ballots.votes("wilf-pemberton");
    expect(votes).toHaveLength(1);
    expect(server.store.event().projects.find((p) => p.id === votes[0]!.winner)!.title).toBe(
      third.replace(/ \(table \d+\)$/, ""),
    );
    // Resubmitting the same (now stale) form changes nothing.
    const stale = await judge.post(`${link}/pairwise/vote`, { v: "0", better: "current" });
    expect(stale.text).toContain("already recorded");
    expect(server.store.ballots.votes("wilf-pemberton")).toHaveLength(1);
    // Undo: the vote is voided and the same comparison is offered again.
    page = await judge.post(`${link}/pairwise/undo`, { v: versionOf(page.text) });
    expect(page.text).toContain("withdrawn");
    expect(currentOf(page.text)).toBe(third);
    expect(server.store.ballots.votes("wilf-pemberton")[0]!.voided).not.toBeNull();
    expect(
      server.store.eventWithBallots().judging!.ballots.votes.filter((v) => v.judge === "wilf-pemberton"),
    ).toHaveLength(0);
  });

  it("never sends a judge to a conflicted or absent project", async () => {
    const judge = new Client(server.url);
    const link = links.get("yusuf-vasquez")!; // declared conflict with team-clinic-queue
    await admin.get("/admin/projects");
    await admin.post("/admin/projects/bedflow/absent", { absent: "1" });
    let page = await judge.get(link);
    page = await judge.post(`${link}/pairwise/start`, { v: versionOf(page.text) });
    page = await judge.post(`${link}/pairwise/seen`, { v: versionOf(page.text) });
    const shown: string[] = [];
    for (let i = 0; i < 20 && currentOf(page.text); i++) {
      shown.push(currentOf(page.text)!);
      page = await judge.post(`${link}/pairwise/vote`, {
        v: versionOf(page.text),
        better: i % 2 ? "current" : "previous",
      });
    }
    expect(shown.length).toBeGreaterThan(5);
    expect(shown.some((t) => t.startsWith("ClinicQueue"))).toBe(false);
    expect(shown.some((t) => t.startsWith("Bedflow"))).toBe(false);
    await admin.post("/admin/projects/bedflow/absent", { absent: "0" });
  });

  it("records every vote when judges vote at the same time", async () => {
    const judges = ["yara-juniper", "chiara-thistlewood", "greta-kaur"];
    const before = server.store.ballots.voteCount();
    const clients = await Promise.all(
      judges.map(async (id) => {
        const judge = new Client(server.url);
        const link = links.get(id)!;
        let page = await judge.get(link);
        page = await judge.post(`${link}/pairwise/start`, { v: versionOf(page.text) });
        page = await judge.post(`${link}/pairwise/seen`, { v: versionOf(page.text) });
        return { judge, link, html: page.text };
      }),
    );
    let cast = 0;
    const run = async (c: (typeof clients)[number]) => {
      for (let i = 0; i < 8 && currentOf(c.html); i++) {
        const v = versionOf(c.html);
        // A double-tap: the same form twice at once; exactly one of the pair may count.
        const [a, b] = await Promise.all([
          c.judge.post(`${c.link}/pairwise/vote`, { v, better: "current" }),
          c.judge.post(`${c.link}/pairwise/vote`, { v, better: "current" }),
        ]);
        const recorded = [a, b].filter((r) => r.text.includes("Vote recorded")).length;
        expect(recorded).toBe(1);
        cast += recorded;
        c.html = (a.text.includes("Vote recorded") ? a : b).text;
      }
    };
    await Promise.all(clients.map(run));
    expect(cast).toBeGreaterThan(15);
    expect(server.store.ballots.voteCount() - before).toBe(cast);
  });

  it("runs and publishes results: pairwise standings and a rubric prize", async () => {
    await admin.get("/admin/results");
    const run = await admin.post("/admin/results/run", { prize: "pairwise" });
    expect(run.status).toBe(200);
    // The score column is headed with the number CrowdBT ranks by, as the judging package names it.
    expect(run.text).toMatch(/<th scope="col" class="num">\s*μ\s*<\/th>/);
    expect((await new Client(server.url).get("/results")).text).toContain(
      "No results have been published yet",
    );
    // This test's handful of votes is below the default minimum: the organiser lowers it on purpose.
    await admin.post("/admin/results/minimum", { min: "1" });
    await admin.post("/admin/results/publish", { prize: "pairwise", publish: "1", acknowledge: "1" });
    // The panel finds OpenWaits is a commercial pitch: a red line rules it out before any scoring.
    await admin.get("/admin/projects");
    const flagged = await admin.post("/admin/projects/open-waits/eligibility", {
      builtThisWeekend: "yes",
      usable: "yes",
      notCommercial: "no",
    });
    expect(flagged.text).toContain("Red-line answers saved");
    expect(server.store.project("open-waits")!.eligibility).toEqual({
      builtThisWeekend: true,
      usable: true,
      notCommercial: false,
    });
    const rubric = await admin.post("/admin/results/run", { prize: "best-overall" });
    expect(rubric.status).toBe(200);
    await admin.post("/admin/results/publish", { prize: "best-overall", publish: "1", acknowledge: "1" });
    const results = await new Client(server.url).get("/results");
    expect(results.text).toContain("Expo standings (pairwise, CrowdBT)");
    expect(results.text).toContain("Best in Show");
    expect(results.text).toMatch(/Winner: |Joint winners: /);
    expect(results.text).toContain("z-score");
    expect(results.text).toMatch(/came first in \d+% of the redraws/);
    expect(results.text).toMatch(/OpenWaits: red line: Not a pitch for an existing product/);
    // A prize nobody has ballots for says so instead of inventing a result.
    const empty = await admin.post("/admin/results/run", { prize: "patient-choice" });
    expect(empty.status).toBe(400);
    expect(empty.text).toContain("no rankings for this prize yet");
  });

  it("exports every vote, with undone ones as voids, in an event file the schema accepts", async () => {
    const res = await admin.get("/admin/export/event.yaml");
    const back = parseEventText(res.text, "event.yaml");
    expect(back.ok ? [] : back.issues.map(formatIssue)).toEqual([]);
    if (!back.ok) return;
    const stored = server.store.ballots.votes();
    expect(back.event.judging!.ballots.votes).toHaveLength(stored.length);
    expect(back.event.judging!.ballots.voids.map((v) => v.vote)).toEqual(
      stored.filter((v) => v.voided !== null).map((v) => v.id),
    );
    const csv = await admin.get("/admin/export/votes.csv");
    expect(csv.text.trim().split("\n")).toHaveLength(1 + stored.filter((v) => v.voided === null).length);
  });

  it("shows a judge their expo rota with times", async () => {
    const page = await new Client(server.url).get(links.get("greta-kaur")!);
    expect(page.text).toContain("Your rota");
    expect(page.text).toMatch(/\d\d:\d\d–\d\d:\d\d/);
  });
});
