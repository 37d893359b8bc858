import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Client, visible } from "./testing/client.js";
import { adminServer, type TestServer } from "./testing/server.js";

const notice = (html: string) => /<div class="notice[^>]*>(.*?)<\/div>/.exec(html)?.[1] ?? "";

describe("publishing results", () => {
  let server: TestServer;
  let admin: Client;
  beforeAll(async () => {
    ({ server, admin } = await adminServer());
    await admin.get("/admin/results");
  });
  afterAll(() => server.dispose());

  it("flags a too-close result and publishes it only once the organiser acknowledges it", async () => {
    const run = await admin.post("/admin/results/run", { prize: "best-overall" });
    expect(run.status).toBe(200);
    expect(notice(run.text)).toContain("too close to call");
    const stored = JSON.parse(server.store.results.list().find((r) => r.prize === "best-overall")!.json);
    expect(stored.confidence.samples).toBe(400);
    expect(stored.confidence.tooClose).toBe(true);
    expect(stored.confidence.ahead.share).toBeLessThan(0.95);

    const refused = await admin.post("/admin/results/publish", { prize: "best-overall", publish: "1" });
    expect(refused.status).toBe(400);
    expect(notice(refused.text)).toContain("too close to call");
    expect((await new Client(server.url).get("/results")).text).not.toContain("Best in Show");

    const published = await admin.post("/admin/results/publish", {
      prize: "best-overall",
      publish: "1",
      acknowledge: "1",
    });
    expect(published.status).toBe(200);
    const page = visible((await new Client(server.url).get("/results")).text);
    expect(page).toContain("Best in Show");
    expect(page).toContain("Too close to call.");
    expect(page).toMatch(/came first in \d+% of the redraws/);
    // Winners only: no full order, no raw scores, and never an internal id.
    expect(page).not.toContain("Full order for Best in Show");
    expect(page).not.toMatch(/-\d+\.\d+/);
    expect(page).not.toContain("best-overall");
  });

  it("publishes the full order when the organiser chooses, with names", async () => {
    await admin.post("/admin/results/run", { prize: "accessibility-award" });
    const row = server.store.results.list().find((r) => r.prize === "accessibility-award")!;
    const confidence = JSON.parse(row.json).confidence;
    const res = await admin.post("/admin/results/publish", {
      prize: "accessibility-award",
      publish: "1",
      fullOrder: "1",
      ...(confidence.tooClose && { acknowledge: "1" }),
    });
    expect(res.status).toBe(200);
    const page = visible((await new Client(server.url).get("/results")).text);
    expect(page).toContain("Full order for Accessibility Award");
    expect(page).toContain("First in");
    for (const entry of JSON.parse(row.json).ranking) expect(page).toContain(entry.title);
    // The winner's own page says what it won, from the result published here (not only the event file's).
    const [winner] = JSON.parse(row.json).winners as string[];
    const project = visible((await new Client(server.url).get(`/projects/${winner}`)).text);
    expect(project).toContain("Accessibility Award (1st)");
  });

  it("refuses to publish a prize with fewer ballots than the minimum", async () => {
    // Five votes from one judge: the "expo standings" that once named a winner.
    server.store.write(() => {
      for (let i = 0; i < 5; i++) server.store.ballots.insertVote("greta-kaur", "bedflow", "discharge-buddy");
    });
    const run = await admin.post("/admin/results/run", { prize: "pairwise" });
    expect(run.status).toBe(200);
    expect(visible(run.text)).toContain("5 of 10 ballots");
    const refused = await admin.post("/admin/results/publish", {
      prize: "pairwise",
      publish: "1",
      acknowledge: "1",
    });
    expect(refused.status).toBe(400);
    expect(notice(refused.text)).toContain("has 5 ballots and needs at least 10");
    // The organiser may lower the bar, deliberately.
    await admin.post("/admin/results/minimum", { min: "5" });
    const ok = await admin.post("/admin/results/publish", {
      prize: "pairwise",
      publish: "1",
      acknowledge: "1",
    });
    expect(ok.status).toBe(200);
    await admin.post("/admin/results/minimum", { min: "10" });
  });

  it("closes team pages once results are published, so a winner cannot be renamed", async () => {
    const link = await admin.issueLink("team", "team-bedflow");
    const team = new Client(server.url);
    const page = await team.get(link);
    expect(page.text).toContain("Submissions are closed: results have been published");
    expect((await team.post(link, { title: "Renamed winner" })).status).toBe(403);
    expect(server.store.project("bedflow")!.title).toBe("Bedflow");
  });

  it("unpublishes", async () => {
    await admin.get("/admin/results");
    await admin.post("/admin/results/publish", { prize: "best-overall", publish: "0" });
    expect(visible((await new Client(server.url).get("/results")).text)).not.toContain("Best in Show");
  });
});
