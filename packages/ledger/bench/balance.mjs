// Benchmark: `hackday accounts balance` on a generated 1,000,000-transaction journal, side by side with
// `ledger bal` and `hledger bal` in the same run. Prints wall time and peak RSS (GNU time -v) and checks that
// all three report the same totals. Usage: npm run bench [-- COUNT]
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseJournalAmount } from "../dist/index.js";
import { generateJournal } from "./generate-journal.mjs";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "../../..");
const cli = join(root, "packages/cli/dist/bin.js");
const count = Number(process.argv[2] ?? 1_000_000);

function need(tool, hint) {
  if (spawnSync("sh", ["-c", `command -v ${tool}`]).status !== 0) {
    console.error(`bench: "${tool}" is not installed: ${hint}`);
    process.exit(1);
  }
}
need("ledger", "apt-get install -y ledger");
need("hledger", "apt-get install -y hledger");
if (!existsSync("/usr/bin/time")) {
  console.error("bench: GNU time (/usr/bin/time) is not installed: apt-get install -y time");
  process.exit(1);
}
if (!existsSync(cli)) {
  console.error("bench: building the CLI first");
  execFileSync("npx", ["turbo", "run", "build", "--filter=@hackdaykit/cli..."], {
    cwd: root,
    stdio: "inherit",
  });
}

const file = join(tmpdir(), `hackdaykit-bench-${count}.journal`);
const started = performance.now();
await generateJournal(file, count);
const size = spawnSync("stat", ["-c", "%s", file], { encoding: "utf8" }).stdout.trim();
console.log(
  `journal: ${count.toLocaleString("en-GB")} transactions, ${(Number(size) / 1e6).toFixed(1)} MB, generated in ${((performance.now() - started) / 1000).toFixed(1)} s`,
);

/** Runs a command under GNU time; returns stdout, wall seconds and peak RSS in MB. */
function measure(command, args) {
  const run = spawnSync("/usr/bin/time", ["-v", command, ...args], { encoding: "utf8", maxBuffer: 1 << 28 });
  if (run.status !== 0) throw new Error(`${command} failed (${run.status}):\n${run.stderr.slice(-2000)}`);
  const wall = /Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (?:(\d+):)?(\d+):([\d.]+)/.exec(run.stderr);
  const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(run.stderr);
  const seconds = Number(wall[1] ?? 0) * 3600 + Number(wall[2]) * 60 + Number(wall[3]);
  return { stdout: run.stdout, seconds, rssMb: Number(rss[1]) / 1024 };
}

const key = (account, currency) => `${account}\t${currency}`;
function toMap(entries) {
  const map = new Map();
  for (const [account, text] of entries) {
    const amount = parseJournalAmount(text.trim());
    if (amount.error) throw new Error(`cannot read amount "${text}" for ${account}: ${amount.error}`);
    if (amount.minor !== 0) map.set(key(account, amount.currency), BigInt(amount.minor));
  }
  return map;
}

const ours = measure("node", [cli, "accounts", "balance", file, "--json"]);
const ourTotals = new Map();
for (const row of JSON.parse(ours.stdout).balances) {
  const minor = parseJournalAmount(`${row.amount} ${row.currency}`);
  if (minor.minor !== 0) ourTotals.set(key(row.account, row.currency), BigInt(minor.minor));
}

const ledger = measure("ledger", [
  "-f",
  file,
  "bal",
  "--flat",
  "--no-total",
  "--balance-format",
  "%(account)\t%(display_total)\n",
]);
const ledgerTotals = toMap(
  ledger.stdout
    .trim()
    .split("\n")
    .map((line) => line.split("\t")),
);

const hledger = measure("hledger", ["-f", file, "bal", "--flat", "-N", "-O", "csv", "--layout=bare"]);
const hledgerTotals = toMap(
  hledger.stdout
    .trim()
    .split("\n")
    .slice(1)
    .map((line) => {
      const [account, commodity, balance] = JSON.parse(`[${line}]`);
      return [account, `${balance} ${commodity}`];
    }),
);

/** ledger's --flat shows each account's total including its sub-accounts: roll ours up the same way. */
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
  // ledger --flat lists only accounts that have postings of their own.
  for (const [k, v] of out) if (v === 0n || !totals.has(k)) out.delete(k);
  return out;
}

const same = (a, b) => a.size === b.size && [...a].every(([k, v]) => b.get(k) === v);
const rows = [
  ["hackday accounts balance", ours],
  ["ledger -f FILE bal", ledger],
  ["hledger -f FILE bal", hledger],
];
console.log("");
console.log("tool                          wall (s)   peak RSS (MB)   vs ledger");
for (const [name, r] of rows) {
  console.log(
    `${name.padEnd(28)}  ${r.seconds.toFixed(2).padStart(8)}   ${r.rssMb.toFixed(0).padStart(13)}   ${(ledger.seconds / r.seconds).toFixed(1).padStart(8)}x`,
  );
}
console.log("");
console.log(
  `accounts with a balance: ours ${ourTotals.size}, hledger ${hledgerTotals.size} (ledger, parents included: ${ledgerTotals.size})`,
);
const agree = same(inclusive(ourTotals), ledgerTotals) && same(ourTotals, hledgerTotals);
console.log(`same totals as ledger and hledger: ${agree ? "yes" : "NO"}`);
rmSync(file, { force: true });
if (!agree) process.exit(1);
