import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { Client } from "./testing/client.js";
import { EXAMPLE, PASSWORD, testServer } from "./testing/server.js";

const LEDGER = resolve(EXAMPLE, "../nhs-hack-day-31.ledger.yaml");
const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

/** The example event in a fresh folder, with the ledger beside it edited (or none at all). */
function eventWithLedger(edit?: (ledger: string) => string): string {
  const dir = mkdtempSync(join(tmpdir(), "hackdaykit-demo-sponsors-"));
  dirs.push(dir);
  const event = join(dir, "nhs-hack-day-31.yaml");
  copyFileSync(EXAMPLE, event);
  if (edit) writeFileSync(join(dir, "nhs-hack-day-31.ledger.yaml"), edit(readFileSync(LEDGER, "utf8")));
  return event;
}

describe("sponsors come from the event file (issue 11)", () => {
  it("a sponsor declared only in the event is named on /accounts, and its pledge is tracked", async () => {
    // Lumen Labs is left out of the ledger's payees and pledges: the event file still declares it.
    const eventFile = eventWithLedger((text) =>
      text
        .split("\n")
        .filter((line) => !/^\s+- \{ (id|sponsor): lumen-labs,/.test(line))
        .join("\n"),
    );
    expect(readFileSync(eventFile.replace(".yaml", ".ledger.yaml"), "utf8")).not.toMatch(
      /id: lumen-labs|sponsor: lumen-labs,/,
    );
    const server = await testServer({ eventFile });
    try {
      const csv = await new Client(server.url).get("/accounts.csv");
      expect(csv.status).toBe(200);
      expect(csv.text).toMatch(/^[^\n]*Lumen Labs[^\n]*500\.00/m); // its £500 is income from Lumen Labs, by name
      const admin = new Client(server.url);
      expect(await admin.login(PASSWORD)).toBe(303);
      const accounts = await admin.get("/admin/accounts");
      expect(accounts.text).toMatch(/Lumen Labs[\s\S]*?£750\.00[\s\S]*?£500\.00[\s\S]*?£250\.00/);
    } finally {
      await server.dispose();
    }
  });

  it("an event without a ledger starts with its sponsors and their pledges", async () => {
    const server = await testServer({ eventFile: eventWithLedger() });
    try {
      const admin = new Client(server.url);
      expect(await admin.login(PASSWORD)).toBe(303);
      const accounts = await admin.get("/admin/accounts");
      expect(accounts.text).toMatch(/Northgate Health Data[\s\S]*?£3,000\.00/);
      expect(accounts.text).toMatch(/Lumen Labs[\s\S]*?£750\.00/);
      // Recording a pledge adds to the event's pledges of that sponsor rather than replacing them.
      const pledge = await admin.post("/admin/accounts/pledge", {
        sponsor: "lumen-labs",
        kind: "cash",
        amount: "250.00",
      });
      expect(pledge.text).toContain("Pledge recorded");
      expect(pledge.text).toMatch(/Lumen Labs[\s\S]*?£1,000\.00/);
    } finally {
      await server.dispose();
    }
  });

  it("a payee that is neither in the ledger nor a sponsor stops the demo with its name", async () => {
    const eventFile = eventWithLedger((text) => text.replace("payee: fresh-fork", "payee: fresh-frok"));
    await expect(testServer({ eventFile })).rejects.toThrow(/unknown payee "fresh-frok"/);
  });
});
