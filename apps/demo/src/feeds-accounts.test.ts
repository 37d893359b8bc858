import { spawnSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { Client } from "./testing/client.js";
import { adminServer, EXAMPLE, type TestServer } from "./testing/server.js";

/** The VEVENT block of one session in an .ics body (unfolded). */
function vevent(ics: string, sessionId: string): string {
  const unfolded = ics.replace(/\r\n[ \t]/g, "");
  const blocks = unfolded.split("BEGIN:VEVENT").slice(1);
  const hit = blocks.find((b) => new RegExp(`^UID:[^\\r\\n]*${sessionId}`, "m").test(b));
  if (!hit) throw new Error(`no VEVENT for ${sessionId}`);
  return hit;
}

describe("calendar feeds, exports and open accounts over HTTP", () => {
  let server: TestServer;
  let admin: Client;

  beforeAll(async () => {
    ({ server, admin } = await adminServer());
  });
  afterAll(async () => {
    await server.dispose();
  });

  it("serves the agenda as .ics; moving a session bumps its SEQUENCE", async () => {
    const visitor = new Client(server.url);
    const before = await visitor.get("/calendar.ics");
    expect(before.status).toBe(200);
    expect(before.headers.get("content-type")).toContain("text/calendar");
    expect(before.text).toContain("BEGIN:VTIMEZONE");
    expect(vevent(before.text, "open-data-clinic")).toMatch(/SEQUENCE:0/);
    expect(before.text).not.toContain("Crew briefing");
    // Unchanged agenda: byte-identical feed.
    expect((await visitor.get("/calendar.ics")).text).toBe(before.text);

    await admin.get("/admin/sessions");
    const moved = await admin.post("/admin/sessions/open-data-clinic", {
      start: "2026-05-16T16:00",
      end: "2026-05-16T16:45",
    });
    expect(moved.status).toBe(200);
    const after = await visitor.get("/calendar.ics");
    const entry = vevent(after.text, "open-data-clinic");
    expect(entry).toMatch(/SEQUENCE:1/);
    expect(entry).toMatch(/DTSTART;TZID=Europe\/London:20260516T160000/);
    // Other sessions keep their SEQUENCE.
    expect(vevent(after.text, "welcome")).toMatch(/SEQUENCE:0/);
  });

  it("serves a per-track feed, c3voc schedule.json and JSON-LD in the page", async () => {
    const visitor = new Client(server.url);
    const track = await visitor.get("/calendar/workshops.ics");
    expect(track.status).toBe(200);
    expect(track.text).toContain("Open data clinic");
    expect(track.text).not.toContain("SUMMARY:Pitches");
    expect((await visitor.get("/calendar/no-such-track.ics")).status).toBe(404);
    const room = await visitor.get("/calendar/room/seminar-1.ics");
    expect(room.status).toBe(200);
    expect(room.text).toContain("Open data clinic");
    expect(room.text).not.toContain("SUMMARY:Pitches");
    expect((await visitor.get("/calendar/room/nowhere.ics")).status).toBe(404);
    const c3voc = JSON.parse((await visitor.get("/schedule.json")).text) as {
      schedule: { conference: { title: string } };
    };
    expect(c3voc.schedule.conference.title).toBe("NHS Hack Day 31: London");
    const agenda = await visitor.get("/agenda");
    const ld = /<script type="application\/ld\+json">([^<]*)<\/script>/.exec(agenda.text);
    expect(ld).not.toBeNull();
    const data = JSON.parse(ld![1]!) as { "@type": string | string[] };
    expect(JSON.stringify(data["@type"])).toContain("Hackathon");
    expect(agenda.text).toContain("webcal://");
  });

  it("publishes open accounts with chart, CSV and Markdown, hiding private payees", async () => {
    const visitor = new Client(server.url);
    const page = await visitor.get("/accounts");
    expect(page.text).toContain("Northgate Health Data");
    expect(page.text).toContain("£3,000.00");
    const ledger = parse(readFileSync(resolve(EXAMPLE, "../nhs-hack-day-31.ledger.yaml"), "utf8")) as {
      payees: { name: string; public?: boolean; kind: string; bank?: string }[];
    };
    const privateOnes = ledger.payees.filter((p) => p.kind === "person" && !p.public);
    expect(privateOnes.length).toBeGreaterThan(0);
    for (const path of ["/accounts", "/accounts.csv", "/accounts.md", "/accounts.svg"]) {
      const res = await visitor.get(path);
      expect(res.status, path).toBe(200);
      for (const p of privateOnes) {
        expect(res.text, path).not.toContain(p.name);
        if (p.bank) expect(res.text, path).not.toContain(p.bank);
      }
    }
    const svg = await visitor.get("/accounts.svg");
    expect(svg.headers.get("content-type")).toContain("image/svg+xml");
    expect(svg.text).toContain("<svg");
  });

  it("records an expense, rejects a bad one, and reverses instead of editing", async () => {
    await admin.get("/admin/accounts");
    // After the example's last balance assertion (31 May), as hledger checks assertions in date order.
    const ok = await admin.post("/admin/accounts/transaction", {
      date: "2026-06-01",
      description: "Extension leads",
      payee: "",
      to: "expenses:supplies",
      from: "assets:bank:current",
      amount: "42.50",
      line: "supplies",
    });
    expect(ok.status).toBe(200);
    expect(ok.text).toContain("Recorded");
    expect((await new Client(server.url).get("/accounts")).text).toContain("£209.49"); // 166.99 + 42.50

    const bad = await admin.post("/admin/accounts/transaction", {
      date: "2026-05-17",
      description: "Nonsense",
      to: "expenses:supplies",
      from: "assets:bank:current",
      amount: "1.2.3",
    });
    expect(bad.status).toBe(400);
    expect(bad.text).toContain("Not recorded");

    const id = /name="id" value="(web-\d+)"/.exec(ok.text)?.[1];
    expect(id).toBeDefined();
    const reversed = await admin.post("/admin/accounts/reverse", { id: id! });
    expect(reversed.text).toContain("Reversed");
    expect((await new Client(server.url).get("/accounts")).text).toContain("£166.99");
    const journal = await admin.get("/admin/export/ledger.journal");
    expect(journal.text).toContain("Extension leads");
    // The real hledger (Debian package; CI installs it) accepts the export of what was recorded on the web.
    const file = join(server.dir, "accounts.journal");
    writeFileSync(file, journal.text);
    const checked = spawnSync("hledger", ["-f", file, "check"], { encoding: "utf8" });
    if (checked.error)
      throw new Error(`hledger is needed for this test (apt-get install hledger): ${checked.error.message}`);
    expect(checked.stderr).toBe("");
    expect(checked.status).toBe(0);
    const balance = spawnSync("hledger", ["-f", file, "bal", "expenses:supplies", "-N", "--depth", "2"], {
      encoding: "utf8",
    });
    // The example's 166.99 + 42.50 − 42.50 (reversed), the same figure the open accounts page shows.
    expect(balance.stdout).toMatch(/166\.99 GBP/);
  });

  it("records a pledge and a budget line", async () => {
    const pledge = await admin.post("/admin/accounts/pledge", {
      sponsor: "lumen-labs",
      kind: "cash",
      amount: "250.00",
      description: "Stickers",
    });
    expect(pledge.text).toContain("Pledge recorded");
    const budget = await admin.post("/admin/accounts/budget", {
      line: "supplies",
      account: "expenses:supplies",
      amount: "400.00",
    });
    expect(budget.text).toContain("saved");
    expect(budget.text).toContain("£400.00");
  });
});
