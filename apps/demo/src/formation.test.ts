import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Client } from "./testing/client.js";
import { adminServer, type TestServer } from "./testing/server.js";

describe("choose your team over HTTP", () => {
  let server: TestServer;
  let admin: Client;

  beforeAll(async () => {
    ({ server, admin } = await adminServer());
  });
  afterAll(async () => {
    await server?.dispose();
  });

  it("keeps the organiser pages to organisers and refuses unknown personal links", async () => {
    const stranger = new Client(server.url);
    expect((await stranger.get("/admin/teams")).status).toBe(303);
    expect([303, 403]).toContain((await stranger.post("/admin/teams/allocate", {})).status);
    expect((await admin.get("/admin/teams")).text).not.toMatch(/teams kept/);
    expect((await stranger.get("/c/not-a-real-token-at-all-000000000000000000000")).status).toBe(403);
  });

  it("saves a ranking with ties and avoids, and counts it; nothing is public before publishing", async () => {
    await admin.get("/admin/teams");
    await admin.post("/admin/teams/open", {});
    const links = await admin.post("/admin/teams/links", {});
    const url = /https?:\/\/\S+?\/c\/([A-Za-z0-9_-]{43})/.exec(links.text)!;
    const attendee = new Client(server.url);
    const page = await attendee.get(`/c/${url[1]}`);
    expect(page.status).toBe(200);
    const saved = await attendee.post(`/c/${url[1]}`, {
      "rank-rota-swap": "1",
      "rank-clinic-queue": "2",
      "rank-open-waits": "2",
      "rank-sharps-count": "avoid",
      "rank-asthma-plan": "9",
    });
    expect(saved.text).toContain("Saved");
    const board = await attendee.get("/teams/interest");
    expect(board.text).toMatch(/RotaSwap<\/td><td class="num">1<\/td>/);
    expect(board.text).toMatch(/OpenWaits<\/td><td class="num">0<\/td><td class="num">1<\/td>/);
    expect((await attendee.get("/teams")).text).toContain("not published yet");
  });
});
