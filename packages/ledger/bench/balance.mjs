// Benchmark: `hackday accounts balance` next to `ledger bal` (Debian ledger 3.3) in the same run, on generated
// journals with what real ones have (see generate-journal.mjs), at 200k and 1M transactions. Prints median wall
// and CPU time and peak RSS of each, the ratio, and checks both report the same totals to the penny; hledger's
// totals are checked on a 20k-transaction journal of the same shape (at 200k it needs ~25 s and 1.5 GB).
// Usage: npm run bench [-- SIZE...]   (default 200000 1000000)
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { compare, header, need, ratio, row, run } from "../../../bench/measure.mjs";
// The amount parser is timed on its own through the unexported dist/internal.js.
import { parseJournalAmount } from "../dist/internal.js";
import { generateJournal } from "./generate-journal.mjs";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "../../..");
const cli = join(root, "packages/cli/dist/bin.js");
const sizes = process.argv.length > 2 ? process.argv.slice(2).map(Number) : [200_000, 1_000_000];

need("ledger");
need("hledger");
if (!existsSync(cli)) {
  console.error("bench: building the CLI first");
  execFileSync("npx", ["turbo", "run", "build", "--filter=@hackdaykit/cli..."], {
    cwd: root,
    stdio: "inherit",
  });
}
const work = mkdtempSync(join(tmpdir(), "ledger-bench-"));
process.on("exit", () => rmSync(work, { recursive: true, force: true }));

const key = (account, currency) => `${account}\t${currency}`;
/** Exact minor units of an amount as a tool printed it (`£1,234.56`, `-16108130.04 EUR`). */
function minor(text) {
  const amount = parseJournalAmount(text.trim());
  if (amount.error) throw new Error(`cannot read amount "${text}": ${amount.error}`);
  return { currency: amount.currency, minor: BigInt(amount.minor) };
}

function ourTotals(stdout) {
  const totals = new Map();
  for (const r of JSON.parse(stdout).balances) {
    const m = minor(`${r.amount} ${r.currency}`);
    if (m.minor !== 0n) totals.set(key(r.account, r.currency), m.minor);
  }
  return totals;
}

/** `ledger bal --flat` prints each account with postings, sub-accounts included; one line per commodity. */
function ledgerTotals(stdout) {
  const totals = new Map();
  let account = "";
  for (const line of stdout.trim().split("\n")) {
    // A total in two commodities takes two lines; the second has no account.
    const [name, amount] = line.includes("\t") ? line.split("\t") : [account, line];
    account = name;
    const m = minor(amount);
    if (m.minor !== 0n) totals.set(key(account, m.currency), m.minor);
  }
  return totals;
}

function hledgerTotals(stdout) {
  const totals = new Map();
  for (const line of stdout.trim().split("\n").slice(1)) {
    const [account, commodity, balance] = JSON.parse(`[${line}]`);
    const m = minor(`${balance} ${commodity}`);
    if (m.minor !== 0n) totals.set(key(account, m.currency), m.minor);
  }
  return totals;
}

/** Ours rolled up the way ledger --flat shows them: an account's total includes its sub-accounts'. */
function inclusive(totals) {
  const out = new Map();
  for (const [k, v] of totals) {
    const [account, currency] = k.split("\t");
    const parts = account.split(":");
    for (let i = 1; i <= parts.length; i++) {
      const at = key(parts.slice(0, i).join(":"), currency);
      out.set(at, (out.get(at) ?? 0n) + v);
    }
  }
  for (const [k, v] of out) if (v === 0n || !totals.has(k)) out.delete(k);
  return out;
}

const same = (a, b) => a.size === b.size && [...a].every(([k, v]) => b.get(k) === v);
const ledgerArgs = (file) => [
  "-f",
  file,
  "bal",
  "--flat",
  "--no-total",
  "--balance-format",
  "%(account)\t%(display_total)\n",
];
let failed = false;

// hledger agrees with ours on the same kind of journal (checked once, small).
{
  const file = join(work, "check.journal");
  await generateJournal(file, 20_000);
  const ours = ourTotals(run("node", [cli, "accounts", "balance", file, "--json"]).stdout);
  const theirs = hledgerTotals(
    run("hledger", ["-f", file, "bal", "--flat", "-N", "-O", "csv", "--layout=bare"]).stdout,
  );
  const agree = same(ours, theirs);
  console.log(
    `hledger's totals on a 20,000-transaction journal of the same shape: ${agree ? "the same" : "DIFFERENT"}`,
  );
  failed ||= !agree;
}

for (const count of sizes) {
  const file = join(work, `${count}.journal`);
  const started = performance.now();
  await generateJournal(file, count);
  const mb = statSync(file).size / 1e6;
  const times = count > 500_000 ? 2 : 3;
  console.log(
    `\naccounts balance, ${count.toLocaleString("en-GB")} transactions (${mb.toFixed(0)} MB, generated in ${((performance.now() - started) / 1000).toFixed(1)} s), ${times} runs each, interleaved`,
  );
  const [ours, ledger] = compare(
    [
      { command: "node", args: [cli, "accounts", "balance", file, "--json"] },
      { command: "ledger", args: ledgerArgs(file) },
    ],
    times,
  );
  console.log(header);
  console.log(row("hackday accounts balance --json", ours));
  console.log(row("ledger bal (ledger 3.3)", ledger));
  console.log(ratio(ours, ledger, 5));
  const agree = same(inclusive(ourTotals(ours.stdout)), ledgerTotals(ledger.stdout));
  console.log(`  same totals as ledger, to the penny: ${agree ? "yes" : "NO"}`);
  failed ||= !agree;
  rmSync(file, { force: true });
}
if (failed) process.exit(1);
