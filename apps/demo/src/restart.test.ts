import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { startServer } from "./server.js";
import { MIGRATIONS } from "./store/index.js";
import { Client } from "./testing/client.js";
import { EVENT_MORNING, EXAMPLE, PASSWORD } from "./testing/server.js";

describe("the database file", () => {
  const dir = mkdtempSync(join(tmpdir(), "hackdaykit-restart-"));
  const dbFile = join(dir, "event.sqlite");
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("is seeded once, keeps every write across restarts, and prints a password only on first run", async () => {
    const lines: string[] = [];
    const first = await startServer({
      dbFile,
      eventFile: EXAMPLE,
      port: 0,
      now: EVENT_MORNING,
      log: (l) => lines.push(l),
    });
    expect(first.generatedPassword).toMatch(/^[a-z2-9]{5}(-[a-z2-9]{5}){3}$/);
    expect(lines.join("\n")).toContain("Seeded");
    expect(first.store.db.pragma("journal_mode", { simple: true })).toBe("wal");
    expect(first.store.db.pragma("user_version", { simple: true })).toBe(MIGRATIONS.length);
    const admin = new Client(first.url);
    expect(await admin.login(first.generatedPassword!)).toBe(303);
    const link = await admin.issueLink("team", "team-bedflow");
    const team = new Client(first.url);
    await team.get(link);
    await team.post(link, { title: "Bedflow Two" });
    await first.close();

    const again: string[] = [];
    const second = await startServer({ dbFile, eventFile: EXAMPLE, port: 0, log: (l) => again.push(l) });
    try {
      expect(second.generatedPassword).toBeUndefined();
      expect(again.join("\n")).not.toContain("Seeded");
      // The team's edit makes the site differ from the file: the file is offered for review, not applied.
      expect(again.join("\n")).toContain("differs from the site's event: review and load it at /admin/event");
      expect((await new Client(second.url).get("/projects")).text).toContain("Bedflow Two");
      // The link issued before the restart still works; the old password too.
      expect((await new Client(second.url).get(link)).status).toBe(200);
      expect(await new Client(second.url).login(first.generatedPassword!)).toBe(303);
      expect(await new Client(second.url).login(PASSWORD)).toBe(401);
    } finally {
      await second.close();
    }
  });

  it("refuses a database newer than the app", async () => {
    const newer = join(dir, "newer.sqlite");
    const s = await startServer({
      dbFile: newer,
      eventFile: EXAMPLE,
      port: 0,
      adminPassword: PASSWORD,
      log: () => {},
    });
    s.store.db.pragma(`user_version = ${MIGRATIONS.length + 1}`);
    await s.close();
    await expect(startServer({ dbFile: newer, eventFile: EXAMPLE, port: 0, log: () => {} })).rejects.toThrow(
      /newer app/,
    );
  });
});
