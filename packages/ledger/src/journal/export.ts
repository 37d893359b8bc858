import { formatMinor } from "../amount.js";
import { toCsv } from "../csv.js";
import { accountTypeOf, type Ledger, type Posting, type Transaction } from "../model.js";

/**
 * Journals have no escape syntax: in a description `;` starts a comment and `|` splits payee from note, so they
 * are replaced by look-alikes (；¦) and newlines by spaces. {@link escapeJournalText} is exactly what changes.
 */
export function escapeJournalText(text: string): string {
  return text
    .replace(/\r?\n|\r/g, " ")
    .replaceAll(";", "；")
    .replaceAll("|", "¦")
    .replace(/\s{2,}/g, " ")
    .trim();
}

const amountText = (m: { minor: number; currency: string }) =>
  `${formatMinor(m.minor, m.currency)} ${m.currency}`;

function tagsOf(t: Transaction): [string, string][] {
  const tags = Object.entries(t.tags);
  if (t.reverses !== undefined) tags.push(["reverses", t.reverses]);
  if (t.conversion) tags.push(["conversion", "true"]);
  return tags.map(([k, v]) => [k, v.replace(/[,;\n]/g, " ").trim()]);
}

function header(t: Transaction): string {
  const status = t.status === "cleared" ? " *" : t.status === "pending" ? " !" : "";
  const code = /^[^()\s;]+$/.test(t.id) ? ` (${t.id})` : "";
  const description = escapeJournalText(t.description);
  const text = t.payee === undefined ? description : `${escapeJournalText(t.payee)} | ${description}`;
  return `${t.date}${status}${code} ${text}`.trimEnd();
}

function postingLine(p: Posting): string {
  const assertion = p.assertion ? ` = ${amountText(p.assertion)}` : "";
  const comment = p.comment ? `  ; ${escapeJournalText(p.comment)}` : "";
  // Two spaces (here four) separate the account from its amount: one space would make it part of the name.
  return `    ${p.account}    ${amountText(p.amount)}${assertion}${comment}`;
}

function journal(ledger: Ledger, dialect: "hledger" | "ledger"): string {
  const out = [
    `; Exported by hackdaykit (${dialect} format). In descriptions ";" became "；", "|" became "¦", newlines spaces.`,
    "",
  ];
  for (const t of ledger.transactions) {
    const tags = tagsOf(t);
    if (dialect === "hledger") {
      out.push(
        tags.length > 0 ? `${header(t)}  ; ${tags.map(([k, v]) => `${k}:${v}`).join(", ")}` : header(t),
      );
    } else {
      out.push(header(t));
      // ledger's metadata form, one "; key: value" per line; hledger reads these as tags too.
      for (const [k, v] of tags) out.push(`    ; ${k}: ${v}`);
    }
    if (t.comment)
      for (const line of t.comment.split("\n"))
        out.push(`    ; ${escapeJournalText(line).replaceAll(":", "∶")}`);
    for (const p of t.postings) out.push(postingLine(p));
    out.push("");
  }
  return out.join("\n");
}

/** hledger journal text: every amount explicit (ISO codes after the number), tags as `key:value`. */
export function toHledger(ledger: Ledger): string {
  return journal(ledger, "hledger");
}

/** ledger-cli journal text: like hledger's, with tags as `; key: value` metadata lines. */
export function toLedgerCli(ledger: Ledger): string {
  return journal(ledger, "ledger");
}

const BEANCOUNT_ROOTS = {
  assets: "Assets",
  liabilities: "Liabilities",
  income: "Income",
  expenses: "Expenses",
  equity: "Equity",
};

/**
 * Beancount account name: capitalised root, components starting with a capital or digit, only A-Z a-z 0-9 -.
 * @throws `Error` when the account is not under assets, liabilities, income, expenses or equity.
 */
export function beancountAccount(account: string): string {
  const type = accountTypeOf(account);
  if (type === undefined) {
    throw new Error(
      `account "${account}" is not under assets, liabilities, income, expenses or equity; beancount needs one of them`,
    );
  }
  const parts = account
    .split(":")
    .slice(1)
    .map((part) => {
      const clean =
        part
          .normalize("NFKD")
          .replace(/[^A-Za-z0-9-]+/g, "-")
          .replace(/^-+|-+$/g, "") || "X";
      return /^[A-Za-z]/.test(clean)
        ? clean[0]!.toUpperCase() + clean.slice(1)
        : /^\d/.test(clean)
          ? clean
          : `X${clean}`;
    });
  return [BEANCOUNT_ROOTS[type], ...parts].join(":");
}

const beanString = (text: string) =>
  `"${text
    .replace(/\\/g, "\\\\")
    .replace(/"/g, '\\"')
    .replace(/\r?\n|\r/g, " ")}"`;

/**
 * Beancount text: `open` directives dated at first use, metadata for tags and ids. Balance assertions are left out.
 * @throws `Error` when an account is not under assets, liabilities, income, expenses or equity (beancount needs one).
 */
export function toBeancount(ledger: Ledger): string {
  const names = new Map<string, string>();
  const taken = new Set<string>();
  const firstUse = new Map<string, string>();
  const nameOf = (account: string) => {
    let name = names.get(account);
    if (name === undefined) {
      const base = beancountAccount(account);
      name = base;
      for (let n = 2; taken.has(name); n++) name = `${base}-${n}`;
      names.set(account, name);
      taken.add(name);
    }
    return name;
  };
  const body: string[] = [];
  for (const t of ledger.transactions) {
    const flag = t.status === "pending" ? "!" : "*";
    body.push(`${t.date} ${flag} ${beanString(t.payee ?? "")} ${beanString(t.description)}`);
    body.push(`  id: ${beanString(t.id)}`);
    for (const [k, v] of tagsOf(t)) {
      const key = k.toLowerCase().replace(/[^a-z0-9_-]/g, "-");
      // beancount metadata keys: a lower-case letter, then at least one more character.
      body.push(`  ${/^[a-z][a-zA-Z0-9_-]+$/.test(key) ? key : `x-${key}`}: ${beanString(v)}`);
    }
    for (const p of t.postings) {
      const name = nameOf(p.account);
      const first = firstUse.get(name);
      if (first === undefined || t.date < first) firstUse.set(name, t.date);
      body.push(`  ${name}  ${amountText(p.amount)}`);
    }
    body.push("");
  }
  const opens = [...firstUse]
    .sort(([a, da], [b, db]) => (da < db ? -1 : da > db ? 1 : a < b ? -1 : 1))
    .map(([name, date]) => `${date} open ${name}`);
  const head = [
    "; Exported by hackdaykit (beancount format).",
    ...(ledger.currency ? [`option "operating_currency" "${ledger.currency}"`] : []),
    "",
  ];
  return [...head, ...opens, "", ...body].join("\n");
}

/** One row per posting; text cells formula-safe, the amount column a plain number. */
export function toPostingsCsv(ledger: Ledger): string {
  const rows = ledger.transactions.flatMap((t) =>
    t.postings.map((p) => [
      t.date,
      t.id,
      t.status ?? "",
      t.payee ?? "",
      t.description,
      p.account,
      formatMinor(p.amount.minor, p.amount.currency),
      p.amount.currency,
      tagsOf(t)
        .map(([k, v]) => `${k}:${v}`)
        .join(" "),
    ]),
  );
  return toCsv(
    ["date", "id", "status", "payee", "description", "account", "amount", "currency", "tags"],
    rows,
    [6],
  );
}
