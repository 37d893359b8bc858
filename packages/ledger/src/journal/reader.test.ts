import { describe, expect, it } from "vitest";
import { formatMinor } from "../amount.js";
import { parseLedgerText } from "../load.js";
import { balances } from "../reports/balance.js";
import { toLedgerYaml } from "../yaml-export.js";
import { JournalError } from "./errors.js";
import { balanceJournalStream, parseJournal, textChunks } from "./parse.js";

const JOURNAL = `; comment
# another comment
commodity £1,000.00
  format £1,000.00
account assets:bank  ; type: A
payee Fresh Fork

comment
this is ignored 2026-01-01 even with dates
end comment

2026-05-01 * (INV-7) Fresh Fork | Lunch for 140  ; event:nhs-hack-day-31, line:catering
    ; a transaction note
    expenses:catering:lunch    £1,095.00  ; posting note
    assets:bank

2026/05/02 ! Coffee
    expenses:catering:drinks   612.40 GBP
    assets:bank               -612.40 GBP = -1,707.40 GBP
    * assets:cash               0 GBP

2026.05.03 Conversion
    assets:bank    -£80
    equity:conversion    £80
    equity:conversion    -100.00 USD
    assets:usd    $100
`;

async function errorOf(text: string): Promise<string> {
  try {
    await balanceJournalStream(textChunks(text), { file: "x.journal" });
  } catch (err) {
    if (err instanceof JournalError) return `${err.file}:${err.line}: ${err.message}`;
    throw err;
  }
  throw new Error("expected an error");
}

describe("parseJournal", () => {
  it("reads the common subset: status, code, payee | note, tags, comments, elided amount, assertions", () => {
    const ledger = parseJournal(JOURNAL);
    expect(ledger.accounts).toEqual([{ name: "assets:bank", type: "assets" }]);
    expect(ledger.transactions).toHaveLength(3);
    const [lunch, coffee, fx] = ledger.transactions;
    expect(lunch).toMatchObject({
      id: "inv-7",
      date: "2026-05-01",
      status: "cleared",
      payee: "Fresh Fork",
      description: "Lunch for 140",
      tags: { event: "nhs-hack-day-31", line: "catering" },
      comment: "a transaction note",
      line: 12,
    });
    expect(lunch!.postings).toEqual([
      {
        account: "expenses:catering:lunch",
        amount: { currency: "GBP", minor: 109500 },
        comment: "posting note",
      },
      { account: "assets:bank", amount: { currency: "GBP", minor: -109500 }, elided: true },
    ]);
    expect(coffee).toMatchObject({ date: "2026-05-02", status: "pending", description: "Coffee" });
    expect(coffee!.postings[1]!.assertion).toEqual({ currency: "GBP", minor: -170740 });
    expect(fx!.conversion).toBe(true);
  });

  it("streams the same balances whatever the chunking, CRLF included", async () => {
    const whole = await balanceJournalStream(textChunks(JOURNAL));
    async function* byThrees() {
      const text = JOURNAL.replaceAll("\n", "\r\n");
      for (let i = 0; i < text.length; i += 3) yield new TextEncoder().encode(text.slice(i, i + 3));
    }
    const split = await balanceJournalStream(byThrees());
    expect(split).toEqual(whole);
    expect(whole.transactions).toBe(3);
    expect(
      whole.balances.map((b) => `${b.account} ${formatMinor(b.amount, b.currency)} ${b.currency}`),
    ).toEqual([
      "assets:bank -1787.40 GBP",
      "assets:cash 0.00 GBP",
      "assets:usd 100.00 USD",
      "equity:conversion 80.00 GBP",
      "equity:conversion -100.00 USD",
      "expenses:catering:drinks 612.40 GBP",
      "expenses:catering:lunch 1095.00 GBP",
    ]);
  });
});

describe("the ways lines come in", () => {
  const CRLF =
    "2026-01-01 x\r\n    a  £1  ; note\r\n    \t \r\n    b \u00a0\r\n\r\n2026-01-02 y\r\n    b  -£1\r\n    a\r\n";

  it("reads CRLF lines, white-space-only lines in a transaction, and names ending in any white space", async () => {
    const { balances } = await balanceJournalStream(textChunks(CRLF));
    expect(balances.map((b) => `${b.account} ${b.amount}`)).toEqual(["a 200", "b -200"]);
    const ledger = parseJournal(CRLF);
    expect(ledger.transactions[0]!.postings).toEqual([
      { account: "a", amount: { currency: "GBP", minor: 100 }, comment: "note" },
      { account: "b", amount: { currency: "GBP", minor: -100 }, elided: true },
    ]);
  });

  it("reads lines fed one at a time (line and lineAt) as it reads the whole text", async () => {
    const whole = await balanceJournalStream(textChunks(JOURNAL));
    const { JournalReader } = await import("./reader.js");
    const byLine = new JournalReader();
    const byLineAt = new JournalReader();
    let start = 0;
    for (const line of JOURNAL.split("\n")) {
      byLine.line(line);
      byLineAt.lineAt(JOURNAL, start, start + line.length);
      start += line.length + 1;
    }
    for (const reader of [byLine, byLineAt]) {
      reader.end();
      expect({ balances: reader.balances(), transactions: reader.transactionCount }).toEqual(whole);
    }
  });

  it("joins a character split between two text chunks (a surrogate pair)", async () => {
    const text = "2026-01-01 x\n    expenses:🎉  £1\n    b\n";
    const cut = text.indexOf("🎉") + 1; // between the two halves of the pair
    async function* halves() {
      yield text.slice(0, cut);
      yield text.slice(cut);
    }
    expect(await balanceJournalStream(halves())).toEqual(await balanceJournalStream(textChunks(text)));
    expect((await balanceJournalStream(halves())).balances[1]!.account).toBe("expenses:🎉");
  });
});

describe("journals into our own format", () => {
  it("turns codes and tag names into slugs, keeps ids unique, and the YAML reads back to the same balances", () => {
    const text = `${JOURNAL}
2026-05-04 (INV-7) | 
    ; Client:ACME Ltd
    expenses:misc  £1
    assets:bank
`;
    const ledger = parseJournal(text);
    const last = ledger.transactions.at(-1)!;
    expect(last.id).toBe("inv-7-line-28");
    expect(last.description).toBe("(no description)");
    expect(last.tags).toEqual({ client: "ACME Ltd" });
    const back = parseLedgerText(toLedgerYaml(ledger));
    if (!back.ok) throw new Error(JSON.stringify(back.issues));
    expect(balances(back.ledger)).toEqual(balances(ledger));
  });
});

describe("exact sums", () => {
  it("adds postings near 2^53 without losing a penny (bigint totals)", async () => {
    const lines = [];
    let reference = 0n;
    for (let i = 0; i < 2000; i++) {
      const pence = 9007199254740991 - i * 7919;
      lines.push(`2026-01-01 t${i}\n    expenses:big  ${formatMinor(pence, "GBP")} GBP\n    assets:bank\n`);
      reference += BigInt(pence);
    }
    const { balances } = await balanceJournalStream(textChunks(lines.join("\n")));
    expect(balances).toEqual([
      { account: "assets:bank", currency: "GBP", amount: -reference },
      { account: "expenses:big", currency: "GBP", amount: reference },
    ]);
    expect(formatMinor(reference, "GBP")).toBe(
      `${reference / 100n}.${String(reference % 100n).padStart(2, "0")}`,
    );
  });

  it("asserts per currency, without inventing a balance in the asserted one", async () => {
    const { balances } = await balanceJournalStream(textChunks("2026-01-01 x\n    a  £5 = €0\n    b\n"));
    expect(balances.map((b) => `${b.account} ${b.currency}`)).toEqual(["a GBP", "b GBP"]);
  });

  it("ignores a byte-order mark", async () => {
    const text = "\uFEFF; exported\n2026-01-01 x\n    a  £1\n    b\n";
    expect((await balanceJournalStream(textChunks(text))).transactions).toBe(1);
    expect(parseJournal(text).transactions).toHaveLength(1);
  });
});

describe("bad journals: an error naming the line", () => {
  it.each([
    [
      "2026-01-01 x\n    a  £1\n    b  £-0.99\n",
      'x.journal:1: transaction "x" (2026-01-01, line 1) does not balance: postings sum to 0.01 GBP, expected 0',
    ],
    [
      "2026-01-01 x\n    a  1 XYZ\n    b\n",
      'x.journal:2: unknown currency "XYZ" in "1 XYZ" (expected an ISO 4217 code such as GBP, or £ € $ ¥)',
    ],
    [
      "2026-02-30 x\n    a  £1\n    b\n",
      'x.journal:1: "2026-02-30" is not a real date (expected YYYY-MM-DD)',
    ],
    ["2026-13-01 x\n", 'x.journal:1: "2026-13-01" is not a real date (expected YYYY-MM-DD)'],
    ["01/02 x\n", 'x.journal:1: "01/02" is not a date (expected YYYY-MM-DD)'],
    [
      "2026-01-01 x\n    a\n    b\n    c  £1\n",
      'x.journal:3: transaction "x" (2026-01-01, line 1): two postings leave out the amount; only one may',
    ],
    [
      "2026-01-01 x\n    a  £1.2.3\n    b\n",
      'x.journal:2: "£1.2.3" is not a number: more than one decimal point',
    ],
    [
      "2026-01-01 x\n    a  £90071992547409.92\n    b\n",
      'x.journal:2: "£90071992547409.92" is beyond the largest supported amount (2^53 - 1 minor units)',
    ],
    [
      "\n\nP 2026-01-01 EUR £0.86\n",
      'x.journal:3: unsupported journal syntax "P" (market price directive); hackdaykit reads dated transactions, comments and the commodity, account, payee and tag directives',
    ],
    ["include other.journal\n", /x\.journal:1: unsupported journal syntax "include" \(include directive\)/],
    ["~ monthly\n", /x\.journal:1: unsupported journal syntax "~" \(periodic transaction directive\)/],
    [
      "2026-01-01 x\n    a  10 EUR @ £0.86\n    b\n",
      "x.journal:2: prices (@ or @@) are not supported: record currency exchange as an explicit conversion transaction",
    ],
    [
      "2026-01-01 x\n    (a)  £1\n",
      "x.journal:2: virtual postings ( ) and [ ] are not supported: every posting must balance",
    ],
    [
      "2026-01-01 x\n    a  = £5\n",
      "x.journal:2: balance assignments (a posting with only = AMOUNT) are not supported",
    ],
    [
      "2026-01-01 x\n    a  £5 = £4\n    b\n",
      "x.journal:2: balance assertion failed: a is 5.00 GBP after this posting, the journal asserts 4.00 GBP",
    ],
    [
      "    a  £5\n",
      "x.journal:1: indented line outside a transaction (a posting needs a transaction date line above it)",
    ],
    [
      "2026-01-01 x\n    a  12.00\n    b\n",
      'x.journal:2: "12.00" has no currency: write "£12.50" or "12.50 GBP"',
    ],
    [
      "2026-01-01 (INV-1 Lunch\n    a  £1\n    b\n2026-01-02 (INV-2) Tea\n",
      "x.journal:1: unclosed ( in the transaction code",
    ],
    [
      "2026-01-01 x\n    café;  £1\n    b\n",
      'x.journal:2: "café;": a comment needs two spaces or a tab before the ;',
    ],
    [
      "\u00a0alias a=b\n",
      'x.journal:1: unsupported journal syntax "alias" (account alias directive); hackdaykit reads dated transactions, comments and the commodity, account, payee and tag directives',
    ],
    [
      "2026-01-01 Café ☕ | Tëa\r\n    a  £1\r\n    b  £-0.99\r\n",
      'x.journal:1: transaction "Tëa" (2026-01-01, line 1) does not balance: postings sum to 0.01 GBP, expected 0',
    ],
  ])("%j", async (text, expected) => {
    const message = await errorOf(text);
    if (typeof expected === "string") expect(message).toBe(expected);
    else expect(message).toMatch(expected);
  });
});
