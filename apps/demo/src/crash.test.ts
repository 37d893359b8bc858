import { type ChildProcess, spawn } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import Database from "better-sqlite3";
import { afterAll, describe, expect, it } from "vitest";
import { Store } from "./store/index.js";
import { Client } from "./testing/client.js";
import { EXAMPLE, PASSWORD } from "./testing/server.js";

const MAIN = resolve(import.meta.dirname, "../dist/main.js");

/** The built app as a separate process, so it can be killed with SIGKILL mid-write. */
function startApp(dataDir: string): Promise<{ child: ChildProcess; url: string }> {
  if (!existsSync(MAIN)) throw new Error(`${MAIN} is missing: run \`npm run build\` in apps/demo first`);
  const child = spawn(process.execPath, [MAIN, "--event", EXAMPLE, "--data", dataDir, "--port", "0"], {
    env: { ...process.env, HACKDAY_ADMIN_PASSWORD: PASSWORD, INIT_CWD: "" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  return new Promise((ok, fail) => {
    let out = "";
    child.stdout!.on("data", (chunk) => {
      out += String(chunk);
      const url = /hackdaykit demo: (http:\/\/\S+)/.exec(out)?.[1];
      if (url) ok({ child, url });
    });
    child.on("exit", (code) => fail(new Error(`app exited with ${code}: ${out}`)));
  });
}

const versionOf = (html: string) => /name="v" value="(\d+)"/.exec(html)?.[1] ?? "0";

describe("kill -9 in the middle of voting", () => {
  const dir = mkdtempSync(join(tmpdir(), "hackdaykit-crash-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("loses no vote that was acknowledged, and the database stays intact", async () => {
    const { child, url } = await startApp(dir);
    const admin = new Client(url);
    expect(await admin.login(PASSWORD)).toBe(303);
    const judges = ["yusuf-vasquez", "yara-juniper", "wilf-pemberton", "chiara-thistlewood", "greta-kaur"];
    const sessions = await Promise.all(
      judges.map(async (id) => {
        const link = await admin.issueLink("judge", id);
        const c = new Client(url);
        let page = await c.get(link);
        page = await c.post(`${link}/pairwise/start`, { v: versionOf(page.text) });
        page = await c.post(`${link}/pairwise/seen`, { v: versionOf(page.text) });
        return { c, link, html: page.text };
      }),
    );
    let acknowledged = 0;
    let killed = false;
    const voting = sessions.map(async (s) => {
      while (!killed && s.html.includes('class="choice"')) {
        try {
          const res = await s.c.post(`${s.link}/pairwise/vote`, { v: versionOf(s.html), better: "current" });
          if (res.text.includes("Vote recorded")) acknowledged++;
          s.html = res.text;
        } catch {
          return; // the server died under us: this request may or may not have been committed
        }
      }
    });
    // Kill the server once votes are flowing, with requests still in flight.
    let stopped = false;
    void Promise.all(voting).then(() => {
      stopped = true;
    });
    while (acknowledged < 12 && !stopped) await new Promise((r) => setTimeout(r, 5));
    expect(acknowledged).toBeGreaterThanOrEqual(12);
    const exited = new Promise((r) => child.once("exit", r));
    child.kill("SIGKILL");
    killed = true;
    await Promise.all(voting);
    await exited;

    const db = new Database(join(dir, "nhs-hack-day-31.sqlite"), { readonly: true });
    try {
      expect(db.pragma("integrity_check", { simple: true })).toBe("ok");
      const stored = new Store(db).ballots.voteCount();
      expect(stored).toBeGreaterThanOrEqual(acknowledged);
      // At most one unacknowledged (in-flight) vote per judge may have made it in.
      expect(stored).toBeLessThanOrEqual(acknowledged + judges.length);
    } finally {
      db.close();
    }
    // And the app comes back up on the same file.
    const again = await startApp(dir);
    try {
      expect((await new Client(again.url).get("/agenda")).status).toBe(200);
    } finally {
      again.child.kill("SIGTERM");
    }
  });
});
