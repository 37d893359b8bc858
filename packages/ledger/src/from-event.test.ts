import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { type HackDayEvent, parseEvent, parseEventText } from "@hackdaykit/schema";
import { describe, expect, it } from "vitest";
import { sponsorsFromEvent, withEvent } from "./from-event.js";
import { parseJournal } from "./journal/parse.js";
import { toJsonValue } from "./json.js";
import { parseLedgerText, safeParseLedger } from "./load.js";
import { openAccounts } from "./open/open-accounts.js";
import { pledgesVsReceived } from "./reports/sponsorship.js";
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

const event: HackDayEvent = parseEvent({
  id: "spring-hack",
  name: "Spring Hack",
  timezone: "Europe/London",
  start: "2026-04-18",
  end: "2026-04-19",
  currency: "GBP",
  sponsors: [
    { id: "acme", name: "Acme Health", pledges: [{ kind: "cash", amount: "£500.00" }] },
    { id: "globex", name: "Globex", pledges: [{ kind: "in-kind", amount: "£200.00", description: "Pizza" }] },
  ],
});

/** A ledger that names the sponsors only by id: they are declared in the event file, not here. */
const ledgerText = (payee = "acme", extra = "") => `currency: GBP
accounts:
  - { name: income:sponsorship, nature: cash }
${extra}transactions:
  - id: gift
    date: 2026-04-01
    description: Sponsorship
    payee: ${payee}
    postings: ["assets:bank  £300.00", "income:sponsorship"]
  - id: shop
    date: 2026-04-02
    description: Cable ties
    payee: "Corner Shop Ltd"
    postings: ["expenses:supplies  £5.00", "assets:bank"]
`;

describe("payees resolved from the event (issue 11)", () => {
  it("without the event, a sponsor id the ledger does not declare is an error naming it", () => {
    const result = parseLedgerText(ledgerText(), "books.ledger.yaml");
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues).toEqual([
      expect.objectContaining({
        path: ["transactions", 0, "payee"],
        file: "books.ledger.yaml",
        line: 8,
        message: expect.stringContaining('unknown payee "acme"'),
      }),
    ]);
  });

  it("with the event, its sponsors are named in the open accounts and their pledges reported", () => {
    const result = parseLedgerText(ledgerText(), "books.ledger.yaml", { event });
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    expect(result.warnings).toEqual([]);
    const view = openAccounts(result.ledger);
    expect(view.income.map((r) => r.source)).toEqual(["Acme Health"]);
    expect(view.payments.map((p) => p.payee)).toEqual(["private individual"]); // free text stays neutral
    expect(
      toJsonValue(pledgesVsReceived(result.ledger)).map((r) => [r.name, r.event, r.pledged, r.received]),
    ).toEqual([
      ["Acme Health", "spring-hack", "500.00", "300.00"],
      ["Globex", "spring-hack", "200.00", "0.00"],
    ]);
    // The event's id is the default event tag when the ledger names none.
    expect(result.ledger.transactions.map((t) => t.tags.event)).toEqual(["spring-hack", "spring-hack"]);
  });

  it("with the event, a payee id that is neither declared nor a sponsor is an error naming both", () => {
    const result = parseLedgerText(ledgerText("acme-helth"), "books.ledger.yaml", { event });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.map((i) => i.message)).toEqual([
      'transaction "gift": unknown payee "acme-helth": neither a payee of the ledger nor a sponsor of event "spring-hack"',
    ]);
  });

  it("an unknown sponsor tag is an error too", () => {
    const data = {
      transactions: [
        {
          id: "t",
          date: "2026-04-01",
          description: "x",
          tags: { sponsor: "nope" },
          postings: ["assets:bank  £1.00", "income:sponsorship"],
        },
      ],
    };
    const result = safeParseLedger(data, { event });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues[0]!.message).toContain('unknown sponsor "nope"');
  });

  it("a payee the ledger declares wins over the event's sponsor of the same id", () => {
    const extra = "payees: [{ id: acme, name: Acme (private donor), kind: person }]\n";
    const result = parseLedgerText(ledgerText("acme", extra), "b.ledger.yaml", { event });
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    expect(result.ledger.payees.filter((p) => p.id === "acme")).toEqual([
      { id: "acme", name: "Acme (private donor)", kind: "person", public: false },
    ]);
    expect(openAccounts(result.ledger).income[0]!.source).toBe("private individual");
  });

  it("pledges the ledger lists for a sponsor are used instead of the event's, never both", () => {
    const same = 'pledges: [{ sponsor: acme, kind: cash, amount: "£500.00" }]\n';
    const sameResult = parseLedgerText(ledgerText("acme", same), "b.ledger.yaml", { event });
    if (!sameResult.ok) throw new Error(JSON.stringify(sameResult.issues));
    expect(sameResult.warnings).toEqual([]);
    expect(sameResult.ledger.pledges.filter((p) => p.sponsor === "acme")).toHaveLength(1);
    const raised = 'pledges: [{ sponsor: acme, kind: cash, amount: "£800.00" }]\n';
    const raisedResult = parseLedgerText(ledgerText("acme", raised), "b.ledger.yaml", { event });
    if (!raisedResult.ok) throw new Error(JSON.stringify(raisedResult.issues));
    expect(raisedResult.warnings.map((w) => w.message)).toEqual([
      `the pledges of "acme" differ from the event file's; the ledger's are used`,
    ]);
    expect(toJsonValue(pledgesVsReceived(raisedResult.ledger)).map((r) => [r.sponsor, r.pledged])).toEqual([
      ["acme", "800.00"],
      ["globex", "200.00"],
    ]);
  });
});

describe("withEvent", () => {
  it("warns when the ledger's default event is another event", () => {
    const result = parseLedgerText(`event: autumn-hack\n${ledgerText()}`, "b.ledger.yaml", { event });
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    expect(result.warnings.map((w) => w.message)).toEqual([
      `the ledger's default event is "autumn-hack" but the event file is "spring-hack": untagged transactions belong to "autumn-hack"`,
    ]);
  });

  it("a journal payee written as a sponsor's name is that sponsor; other text stays a neutral label", () => {
    const journal = parseJournal(
      [
        "2026-04-01 Acme Health | Sponsorship",
        "    assets:bank          £300.00",
        "    income:sponsorship",
        "",
        "2026-04-02 Corner Shop | Cable ties",
        "    expenses:supplies    £5.00",
        "    assets:bank",
        "",
      ].join("\n"),
      { file: "books.journal" },
    );
    const { ledger, warnings } = withEvent(journal, event);
    expect(warnings).toEqual([]);
    expect(ledger.transactions.map((t) => t.payee)).toEqual(["acme", "Corner Shop"]);
    const view = openAccounts(ledger, { event: "spring-hack" });
    expect(view.income.map((r) => r.source)).toEqual(["Acme Health"]);
    expect(view.payments.map((r) => r.payee)).toEqual(["private individual"]);
    expect(pledgesVsReceived(ledger).map((r) => [r.sponsor, r.received])).toEqual([
      ["acme", 30000n],
      ["globex", 0n],
    ]);
  });
});

describe("an empty ledger file is an error (issue 11)", () => {
  it.each([
    ["empty", ""],
    ["blank lines", "\n  \n"],
    ["only comments", "# the accounts of Spring Hack\n# (nothing yet)\n"],
  ])("%s", (_, text) => {
    const result = parseLedgerText(text, "books.ledger.yaml");
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.issues).toEqual([
        expect.objectContaining({ file: "books.ledger.yaml", message: expect.stringContaining("is empty") }),
      ]);
    }
  });

  it("a ledger with no transactions yet, but written down, is valid", () => {
    expect(parseLedgerText("currency: GBP\ntransactions: []\n").ok).toBe(true);
  });
});
