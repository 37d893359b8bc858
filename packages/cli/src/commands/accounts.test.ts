import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { run } from "../program.js";
import { builtBin, captureIo, hackday, repoRoot, scratchDir } from "../test-io.js";

const LEDGER = join(repoRoot, "examples/nhs-hack-day-31.ledger.yaml");
const scratch = scratchDir("accounts");
const tmp = () => mkdtempSync(join(scratch, "case-"));

describe("hackday accounts balance", () => {
  it("prints every account with postings, and totals that are zero per currency", async () => {
    const r = await hackday("accounts", "balance", LEDGER);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^assets:bank:current\s+2115\.25\s+GBP$/m);
    expect(r.stdout).toMatch(/^total\s+0\.00\s+GBP$/m);
    expect(r.stdout).toMatch(/^total\s+0\.00\s+USD$/m);
  });

  it("--json follows the contract: amounts as decimal strings", async () => {
    const r = await hackday("accounts", "balance", LEDGER, "--json");
    const json = JSON.parse(r.stdout);
    expect(Object.keys(json)).toEqual(["balances"]);
    expect(json.balances).toContainEqual({
      account: "liabilities:reimbursements:kaia-ellsworth",
      currency: "GBP",
      amount: "-24.99",
    });
    for (const row of json.balances) expect(Object.keys(row)).toEqual(["account", "currency", "amount"]);
  });

  it("reads a journal by its extension, through the streaming path, with the same balances", async () => {
    const dir = tmp();
    const journal = join(dir, "accounts.journal");
    const exported = await hackday("accounts", "export", LEDGER, "--format", "hledger", "-o", journal);
    expect(exported.code).toBe(0);
    const fromYaml = JSON.parse((await hackday("accounts", "balance", LEDGER, "--json")).stdout);
    const fromJournal = JSON.parse((await hackday("accounts", "balance", journal, "--json")).stdout);
    expect(fromJournal).toEqual(fromYaml);
    for (const extension of [".ledger", ".hledger"]) {
      const copy = join(dir, `accounts${extension}`);
      writeFileSync(copy, readFileSync(journal));
      expect(JSON.parse((await hackday("accounts", "balance", copy, "--json")).stdout)).toEqual(fromYaml);
    }
  });
});

describe("bad input: line-numbered error, exit 1, nothing written", () => {
  const cases: [string, string, RegExp][] = [
    [
      "unbalanced",
      "2026-01-01 Lunch\n    expenses:food  £10.00\n    assets:bank  -£9.00\n",
      /bad\.journal:1: transaction "Lunch" \(2026-01-01, line 1\) does not balance: postings sum to 1\.00 GBP/,
    ],
    [
      "unknown currency",
      "2026-01-01 x\n    expenses:food  10 XYZ\n    assets:bank\n",
      /bad\.journal:2: unknown currency "XYZ"/,
    ],
    [
      "bad date",
      "2026-02-30 x\n    expenses:food  £1\n    assets:bank\n",
      /bad\.journal:1: "2026-02-30" is not a real date/,
    ],
    [
      "two elided",
      "2026-01-01 x\n    expenses:food\n    assets:bank\n",
      /bad\.journal:3: .*two postings leave out the amount/,
    ],
    [
      "1.2.3",
      "2026-01-01 x\n    expenses:food  £1.2.3\n    assets:bank\n",
      /bad\.journal:2: "£1\.2\.3" is not a number/,
    ],
    [
      "beyond the safe bound",
      "2026-01-01 x\n    expenses:food  £90071992547409.92\n    assets:bank\n",
      /bad\.journal:2: .*beyond the largest supported amount/,
    ],
    [
      "unsupported syntax",
      "2026-01-01 x\n    a  £1\n    b\n\nP 2026-01-01 EUR £0.86\n",
      /bad\.journal:5: unsupported journal syntax "P"/,
    ],
  ];

  it.each(cases)("%s (journal)", async (_name, text, message) => {
    const dir = tmp();
    const file = join(dir, "bad.journal");
    writeFileSync(file, text);
    for (const args of [
      ["accounts", "balance", file, "-o", join(dir, "out.txt")],
      ["accounts", "export", file, "--format", "beancount", "-o", join(dir, "out.txt")],
      ["accounts", "open", file, "--format", "csv", "-o", join(dir, "out.txt")],
    ]) {
      const r = await hackday(...args);
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(message);
      expect(r.stderr).toMatch(/nothing was written/);
      expect(r.stderr).not.toMatch(/\n\s+at /); // no stack trace
      expect(existsSync(join(dir, "out.txt"))).toBe(false);
    }
  });

  it("the same mistakes in our YAML format are reported with file:line:column", async () => {
    const dir = tmp();
    const file = join(dir, "bad.ledger.yaml");
    writeFileSync(
      file,
      'currency: GBP\ntransactions:\n  - id: lunch\n    date: 2026-05-16\n    description: Lunch\n    postings:\n      - { account: expenses:food, amount: "10.00" }\n      - { account: assets:bank, amount: "-9.99" }\n',
    );
    const r = await hackday("accounts", "report", "trial-balance", file, "-o", join(dir, "out.txt"));
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(
      `${file}:3:5: transactions[0]: transaction "lunch" (2026-05-16 Lunch) does not balance`,
    );
    expect(existsSync(join(dir, "out.txt"))).toBe(false);
  });

  it("a CSV given where a ledger belongs points at import", async () => {
    const r = await hackday("accounts", "balance", "statement.csv");
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(
      /statement\.csv: a bank statement CSV is imported first: hackday accounts import/,
    );
  });

  it("a missing file and an unknown report are clear", async () => {
    expect((await hackday("accounts", "balance", "/nonexistent.journal")).stderr).toMatch(
      /\/nonexistent\.journal: no such file/,
    );
    const r = await hackday("accounts", "report", "profit", LEDGER);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/unknown report "profit"/);
  });
});

describe("progress on a terminal", () => {
  it("shows a progress bar on stderr for a big journal, and none when stderr is not a terminal", async () => {
    const dir = tmp();
    const file = join(dir, "big.journal");
    const one =
      "2026-01-01 * Tea and biscuits for the volunteers\n    expenses:catering:tea  £12.34\n    assets:bank:current\n\n";
    const count = Math.ceil((9 * 1024 * 1024) / one.length);
    writeFileSync(file, one.repeat(count));
    const pence = count * 1234;
    const tty = captureIo({ tty: true });
    expect(await run(["accounts", "balance", file], tty.io)).toBe(0);
    expect(tty.stderr).toMatch(/\[#{20}\] 100% of 9 MB/);
    const plain = await hackday("accounts", "balance", file);
    expect(plain.stderr).toBe("");
    const total = `${Math.floor(pence / 100)}.${String(pence % 100).padStart(2, "0")}`;
    expect(plain.stdout).toMatch(
      new RegExp(`^expenses:catering:tea\\s+${total.replace(".", "\\.")}\\s+GBP$`, "m"),
    );
  });
});

describe("hackday accounts report", () => {
  it.each([
    ["budget", /catering\s+2400\.00 GBP\s+2656\.25 GBP\s+-256\.25 GBP\s+110\.7%/],
    ["pledges", /Lumen Labs\s+cash\s+750\.00 GBP\s+500\.00 GBP\s+250\.00 GBP/],
    ["reimbursements", /kaia-ellsworth\s+2026-05-16\s+24\.99 GBP/],
    ["income-statement", /Net \(GBP\)\s+2170\.26 GBP/],
    ["balance-sheet", /Liabilities \+ equity \(GBP\)\s+2115\.25 GBP/],
    ["trial-balance", /total \(GBP\)\s+9774\.99 GBP\s+9774\.99 GBP/],
    ["register", /badges-reversal/],
  ])("%s", async (kind, expected) => {
    const r = await hackday("accounts", "report", kind, LEDGER);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(expected);
    const json = await hackday("accounts", "report", kind, LEDGER, "--json");
    expect(() => JSON.parse(json.stdout)).not.toThrow();
  });
});

describe("hackday accounts open", () => {
  it("publishes in every format without private names", async () => {
    for (const format of ["json", "markdown", "csv", "svg"]) {
      const r = await hackday("accounts", "open", LEDGER, "--format", format, "--event", "nhs-hack-day-31");
      expect(r.code).toBe(0);
      expect(r.stdout).toContain("Northgate Health Data");
      expect(r.stdout).not.toMatch(/Kaia|kaia|receipts\/|Sort code/);
    }
  });
});

describe("hackday accounts open --format svg --currency", () => {
  it("charts the chosen currency", async () => {
    const usd = await hackday("accounts", "open", LEDGER, "--format", "svg", "--currency", "usd");
    expect(usd.stdout).toContain("income and spending (USD)");
    expect(usd.stdout).toContain("$100.00");
    expect(usd.stdout).not.toContain("£");
  });
});

describe("hackday accounts export", () => {
  it("writes hledger, ledger and beancount files the real tools accept", async () => {
    const dir = tmp();
    for (const [format, command, args] of [
      ["hledger", "hledger", ["check", "-f"]],
      ["ledger", "ledger", ["bal", "-f"]],
      ["beancount", "bean-check", []],
    ] as const) {
      const file = join(dir, `out.${format}`);
      expect((await hackday("accounts", "export", LEDGER, "--format", format, "-o", file)).code).toBe(0);
      const checked = spawnSync(command, [...args, file], { encoding: "utf8" });
      if (checked.error) throw new Error(`${command} is not installed (${checked.error.message})`);
      expect(checked.status, checked.stderr).toBe(0);
    }
  });

  it("round-trips through YAML", async () => {
    const dir = tmp();
    const yaml = join(dir, "copy.ledger.yaml");
    expect((await hackday("accounts", "export", LEDGER, "--format", "yaml", "-o", yaml)).code).toBe(0);
    const a = await hackday("accounts", "balance", LEDGER, "--json");
    const b = await hackday("accounts", "balance", yaml, "--json");
    expect(b.stdout).toBe(a.stdout);
  });
});

describe("hackday accounts import", () => {
  it("appends a bank statement to a ledger once, however often it is imported", async () => {
    const dir = tmp();
    const ledger = join(dir, "accounts.ledger.yaml");
    writeFileSync(ledger, "# our books\ncurrency: GBP\ntransactions: []\n");
    const mapping = join(dir, "bank.yaml");
    writeFileSync(
      mapping,
      "account: assets:bank\ncurrency: GBP\ndateFormat: DD/MM/YYYY\ncolumns: { date: Date, description: Description, amount: Amount }\nrules:\n  - { match: coffee, account: 'expenses:catering' }\n",
    );
    const csv = join(dir, "statement.csv");
    writeFileSync(
      csv,
      "Date,Description,Amount\n01/05/2026,Sponsor gift,500.00\n02/05/2026,Coffee beans,-42.10\n",
    );
    const first = await hackday(
      "accounts",
      "import",
      csv,
      "--mapping",
      mapping,
      "--into",
      ledger,
      "--append",
    );
    expect(first.code).toBe(0);
    expect(first.stderr).toMatch(/2 new transaction\(s\), 0 already present/);
    const second = await hackday(
      "accounts",
      "import",
      csv,
      "--mapping",
      mapping,
      "--into",
      ledger,
      "--append",
    );
    expect(second.stderr).toMatch(/0 new transaction\(s\), 2 already present/);
    const text = readFileSync(ledger, "utf8");
    expect(text.startsWith("# our books\n")).toBe(true);
    const balance = JSON.parse((await hackday("accounts", "balance", ledger, "--json")).stdout);
    expect(balance.balances).toEqual([
      { account: "assets:bank", currency: "GBP", amount: "457.90" },
      { account: "expenses:catering", currency: "GBP", amount: "42.10" },
      { account: "income:uncategorised", currency: "GBP", amount: "-500.00" },
    ]);
  });

  it("refuses to append when transactions are not the end of the file, and leaves it untouched", async () => {
    const dir = tmp();
    const ledger = join(dir, "accounts.ledger.yaml");
    const original = "currency: GBP\ntransactions: []\npayees: []\n";
    writeFileSync(ledger, original);
    const mapping = join(dir, "bank.yaml");
    writeFileSync(
      mapping,
      "account: assets:bank\ncurrency: GBP\ncolumns: { date: Date, description: D, amount: A }\n",
    );
    writeFileSync(join(dir, "s.csv"), "Date,D,A\n2026-01-01,x,1.00\n");
    const r = await hackday(
      "accounts",
      "import",
      join(dir, "s.csv"),
      "--mapping",
      mapping,
      "--into",
      ledger,
      "--append",
    );
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/"transactions:" must be the last top-level key/);
    expect(readFileSync(ledger, "utf8")).toBe(original);
  });

  it("a bad mapping names the line in the mapping file", async () => {
    const dir = tmp();
    const mapping = join(dir, "bank.yaml");
    writeFileSync(
      mapping,
      "account: assets:bank\ncurrency: GBP\ncolumns: { date: Date, description: D, amount: A }\nextra: 1\n",
    );
    writeFileSync(join(dir, "s.csv"), "Date,D,A\n");
    const r = await hackday("accounts", "import", join(dir, "s.csv"), "--mapping", mapping);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`${mapping}:4:8: extra: unknown key "extra"`);
  });
});

describe("hackday accounts import (journal), check and schema", () => {
  it("converts a journal to our YAML, which reads back to the same balances", async () => {
    const dir = tmp();
    const journal = join(dir, "old.journal");
    writeFileSync(
      journal,
      "2026-01-01 * (INV 7) Shop | Milk  ; Client:ACME\n    expenses:food  £4.20\n    assets:cash\n\n2026-01-02 Gift\n    assets:cash  GBP 10\n    income:gifts\n",
    );
    const yaml = join(dir, "books.ledger.yaml");
    const r = await hackday("accounts", "import", journal, "-o", yaml);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/2 new transaction\(s\), 0 already present/);
    const a = JSON.parse((await hackday("accounts", "balance", journal, "--json")).stdout);
    const b = JSON.parse((await hackday("accounts", "balance", yaml, "--json")).stdout);
    expect(b).toEqual(a);
    expect(readFileSync(yaml, "utf8")).toContain("id: inv-7");
  });

  it("names the line of a journal account our format cannot type", async () => {
    const dir = tmp();
    const journal = join(dir, "old.journal");
    writeFileSync(
      journal,
      "2026-01-01 x\n    expenses:food  £1\n    assets:bank\n\n2026-01-02 y\n    Bank  £2\n    Income:Gifts\n",
    );
    const r = await hackday("accounts", "import", journal, "-o", join(dir, "out.yaml"));
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(
      `${journal}:5: account "Bank" is not under assets, liabilities, income, expenses or equity`,
    );
    expect(existsSync(join(dir, "out.yaml"))).toBe(false);
  });

  it("check --previous rejects an edited transaction, naming it", async () => {
    const dir = tmp();
    const edited = join(dir, "edited.ledger.yaml");
    writeFileSync(
      edited,
      readFileSync(LEDGER, "utf8").replace("Tea, coffee and pastries, both days", "Coffee"),
    );
    expect((await hackday("accounts", "check", LEDGER, "--previous", LEDGER)).code).toBe(0);
    const r = await hackday("accounts", "check", edited, "--previous", LEDGER);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(
      /edited\.ledger\.yaml:\d+: transactions\[11\]: transaction "coffee" was edited in place/,
    );
  });

  it("schema prints the ledger file's JSON Schema", async () => {
    const r = await hackday("accounts", "schema");
    expect(JSON.parse(r.stdout).$ref).toBe("#/$defs/LedgerFile");
  });
});

describe("the built binary", () => {
  it("runs `hackday accounts balance` end to end", () => {
    if (!existsSync(builtBin)) execFileSync("npx", ["tsup"], { cwd: join(repoRoot, "packages/cli") });
    const out = execFileSync(process.execPath, [builtBin, "accounts", "balance", LEDGER, "--json"], {
      encoding: "utf8",
    });
    expect(JSON.parse(out).balances).toContainEqual({
      account: "assets:bank:current",
      currency: "GBP",
      amount: "2115.25",
    });
    const bad = spawnSync(process.execPath, [builtBin, "accounts", "balance", "/nonexistent.journal"], {
      encoding: "utf8",
    });
    expect(bad.status).toBe(1);
    expect(bad.stderr).toMatch(/no such file/);
  });
});

describe("issue 11: sponsors from the event, empty files, rounding", () => {
  const EVENT = [
    "id: spring-hack",
    "name: Spring Hack",
    "timezone: Europe/London",
    "start: 2026-04-18",
    "end: 2026-04-19",
    "sponsors:",
    "  - id: acme",
    "    name: Acme Health",
    "    pledges: [{ kind: cash, amount: £500.00 }]",
    "",
  ].join("\n");
  const BOOKS = [
    "currency: GBP",
    "accounts: [{ name: income:sponsorship, nature: cash }]",
    "budgets: [{ event: spring-hack, lines: [{ line: supplies, account: expenses:supplies, amount: £3.00 }] }]",
    "transactions:",
    "  - { id: gift, date: 2026-04-01, description: Gift, payee: acme, postings: [assets:bank £300.00, income:sponsorship] }",
    "  - { id: ties, date: 2026-04-02, description: Ties, postings: [expenses:supplies £2.00, assets:bank] }",
    "",
  ].join("\n");
  const files = () => {
    const dir = tmp();
    writeFileSync(join(dir, "event.yaml"), EVENT);
    writeFileSync(join(dir, "books.ledger.yaml"), BOOKS);
    return { dir, event: join(dir, "event.yaml"), books: join(dir, "books.ledger.yaml") };
  };

  it("accounts open --event event.yaml names a sponsor declared only in the event file", async () => {
    const { event, books } = files();
    const r = await hackday("accounts", "open", books, "--event", event, "--format", "csv");
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("Acme Health");
    expect(r.stdout).not.toContain("private individual");
  });

  it("without the event, the unknown payee is an error naming it, and nothing is written", async () => {
    const { dir, books } = files();
    const out = join(dir, "open.md");
    const r = await hackday("accounts", "open", books, "-o", out);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`${books}:5:`);
    expect(r.stderr).toMatch(/unknown payee "acme"/);
    expect(existsSync(out)).toBe(false);
  });

  it("accounts report pledges works with the event's sponsors", async () => {
    const { event, books } = files();
    const r = await hackday("accounts", "report", "pledges", books, "--event", event, "--json");
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).pledges).toEqual([
      expect.objectContaining({
        sponsor: "acme",
        name: "Acme Health",
        pledged: "500.00",
        received: "300.00",
      }),
    ]);
    const human = await hackday("accounts", "report", "pledges", books, "--event", event);
    expect(human.stdout).toMatch(/Acme Health\s+cash\s+500\.00 GBP\s+300\.00 GBP\s+200\.00 GBP/);
  });

  it("accounts check and export take the event file too", async () => {
    const { event, books } = files();
    expect((await hackday("accounts", "check", books, "--event", event)).code).toBe(0);
    const exported = await hackday("accounts", "export", books, "--event", event, "--format", "yaml");
    expect(exported.code).toBe(0);
    expect(exported.stdout).toMatch(/id: acme[\s\S]*name: Acme Health/);
    expect((await hackday("accounts", "check", books, "--event", "spring-hack")).code).toBe(2);
  });

  it("accounts import --append into a ledger that names the event's sponsors needs --event too", async () => {
    const { dir, event, books } = files();
    const journal = join(dir, "bank.journal");
    writeFileSync(journal, "2026-04-03 (snacks) Snacks\n    expenses:supplies  £1.00\n    assets:bank\n");
    const without = await hackday("accounts", "import", journal, "--into", books, "--append");
    expect(without.code).toBe(1);
    expect(without.stderr).toMatch(/unknown payee "acme"/);
    const before = readFileSync(books, "utf8");
    expect(before).toBe(BOOKS);
    const withEvent = await hackday(
      "accounts",
      "import",
      journal,
      "--into",
      books,
      "--append",
      "--event",
      event,
    );
    expect(withEvent.code).toBe(0);
    expect(readFileSync(books, "utf8")).toContain("Snacks");
  });

  it("budget used is rounded half-even to one decimal: 2.00 of 3.00 is 66.7%", async () => {
    const { event, books } = files();
    const r = await hackday("accounts", "report", "budget", books, "--event", event);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/supplies\s+3\.00 GBP\s+2\.00 GBP\s+1\.00 GBP\s+66\.7%/);
  });

  it.each([
    ["empty.ledger.yaml", ""],
    ["comments.ledger.yaml", "# nothing yet\n"],
    ["empty.journal", "\n\n"],
  ])(
    "an empty ledger (%s) is an error for every accounts command and validate; no file is written",
    async (name, text) => {
      const dir = tmp();
      const file = join(dir, name);
      writeFileSync(file, text);
      const out = join(dir, "out.txt");
      writeFileSync(out, "last month's accounts\n");
      for (const args of [
        ["accounts", "balance", file, "-o", out],
        ["accounts", "balance", file, "--json", "--account", "assets", "-o", out],
        ["accounts", "report", "budget", file, "-o", out],
        ["accounts", "open", file, "-o", out],
        ["accounts", "export", file, "--format", "hledger", "-o", out],
        ["accounts", "check", file],
        ["accounts", "import", LEDGER, "--into", file, "-o", out],
      ]) {
        const r = await hackday(...args);
        expect(r.code, args.join(" ")).toBe(1);
        expect(r.stderr, args.join(" ")).toMatch(/is empty/);
        expect(readFileSync(out, "utf8")).toBe("last month's accounts\n");
      }
      if (name.endsWith(".ledger.yaml")) {
        const r = await hackday("validate", file);
        expect(r.code).toBe(1);
        expect(`${r.stdout}${r.stderr}`).toMatch(/is empty/);
      }
    },
  );
});
