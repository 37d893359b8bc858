import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parseEventText } from "@hackdaykit/schema";
import { describe, expect, it } from "vitest";
import { sponsorsFromEvent } from "./from-event.js";
import { exampleLedger } from "./test-helpers.js";

describe("sponsorsFromEvent", () => {
  it("gives the same sponsors and pledges as the example ledger records for NHS Hack Day 31", () => {
    const path = fileURLToPath(new URL("../../../examples/nhs-hack-day-31.yaml", import.meta.url));
    const event = parseEventText(readFileSync(path, "utf8"), path);
    if (!event.ok) throw new Error(JSON.stringify(event.issues));
    const fromEvent = sponsorsFromEvent(event.event);
    const ledger = exampleLedger();
    expect(fromEvent.pledges).toEqual(ledger.pledges);
    expect(fromEvent.payees).toEqual(ledger.payees.filter((p) => p.kind === "sponsor"));
  });
});
