import { existsSync, readFileSync } from "node:fs";
import {
  type AccountInfo,
  budgetVsActual,
  emptyLedger,
  formatMinorHuman,
  type Ledger,
  openAccounts,
  openAccountsCsv,
  openAccountsMarkdown,
  openAccountsSvg,
  outstandingReimbursements,
  parseLedgerText,
  pledgesVsReceived,
  reversalOf,
  safeParseLedger,
  sponsorsFromEvent,
  toHledger,
  toLedgerFileData,
  transactionData,
} from "@hackdaykit/ledger";
import { formatIssue, type HackDayEvent } from "@hackdaykit/schema";
import { DataTable, AccountsView as OpenAccountsView, svgSize } from "@hackdaykit/site";
import type { Child } from "hono/jsx";
import type { Store } from "../store/index.js";
import { ActionButton, Csrf, DEMO_LINKS, Notice } from "../views/layout.js";

const LEDGER_KEY = "ledger";

/** `examples/x.yaml` → `examples/x.ledger.yaml`, the event's accounts if the organisers keep them beside it. */
export function ledgerFileFor(eventFile: string): string {
  return `${eventFile.replace(/\.(ya?ml|json)$/i, "")}.ledger.yaml`;
}

const STARTER_ACCOUNTS: AccountInfo[] = [
  { name: "assets:bank:current", type: "assets", nature: "cash", label: "Bank" },
  { name: "income:sponsorship", type: "income", nature: "cash", label: "Sponsorship" },
  { name: "income:in-kind", type: "income", nature: "in-kind", label: "In-kind support" },
  { name: "expenses:venue", type: "expenses", label: "Venue" },
  { name: "expenses:catering", type: "expenses", label: "Catering" },
  { name: "expenses:prizes", type: "expenses", label: "Prizes" },
  { name: "expenses:supplies", type: "expenses", label: "Supplies" },
  {
    name: "liabilities:reimbursements",
    type: "liabilities",
    nature: "reimbursements",
    label: "Owed to volunteers",
  },
];

/** A starting ledger for an event without one: the usual accounts and the sponsors' pledges, as file data. */
function starterLedger(event: HackDayEvent): Record<string, unknown> {
  return toLedgerFileData({
    ...emptyLedger(),
    currency: event.currency ?? "GBP",
    event: event.id,
    accounts: STARTER_ACCOUNTS,
    // Sponsors are payees through the event (ledgerOf reads the books with it). Their pledges are copied in, so a
    // pledge recorded here adds to them instead of replacing the event's.
    pledges: sponsorsFromEvent(event).pledges,
  });
}

/** Seeds the accounts: the ledger file beside the event file if there is one, else a starter ledger. */
export function seedLedger(store: Store, event: HackDayEvent, eventFile: string): string {
  const file = ledgerFileFor(eventFile);
  let data: Record<string, unknown> = starterLedger(event);
  let source = "a starter ledger (no ledger file beside the event)";
  if (existsSync(file)) {
    // Read with the event, so a sponsor declared only in the event file is a named payee, not a private one.
    const parsed = parseLedgerText(readFileSync(file, "utf8"), file, { event });
    if (!parsed.ok) throw new Error(parsed.issues.map(formatIssue).join("\n"));
    data = toLedgerFileData(parsed.ledger);
    source = file;
  }
  const { transactions, ...base } = data;
  store.write(() => {
    store.setMeta(LEDGER_KEY, JSON.stringify(base));
    for (const t of (transactions as unknown[]) ?? []) store.ledger.add(t);
  });
  return source;
}

/**
 * What identifies the ledger: transactions are append-only, so the newest one's number and the ledger settings.
 * Votes and scores bump the store's generation all day; they must not make every accounts page rebuild it.
 */
function ledgerKey(store: Store): string {
  return `${store.ledger.lastSeq()}\u0000${store.meta(LEDGER_KEY) ?? ""}`;
}

const cache = new WeakMap<
  Store,
  { key: string; event: HackDayEvent; result: ReturnType<typeof safeParseLedger> }
>();

function fileData(store: Store, extra: unknown[] = [], base?: Record<string, unknown>) {
  const stored = base ?? (JSON.parse(store.meta(LEDGER_KEY) ?? "{}") as Record<string, unknown>);
  return { ...stored, transactions: [...store.ledger.transactions().map((r) => r.value), ...extra] };
}

/**
 * The ledger rebuilt (and checked: every transaction balances) from the database, once per ledger write, read
 * with the event so its sponsors are named payees.
 */
export function ledgerOf(store: Store): ReturnType<typeof safeParseLedger> {
  const key = ledgerKey(store);
  const event = store.event(); // the same object until the event changes: its sponsors are part of the books
  const hit = cache.get(store);
  if (hit?.key === key && hit.event === event) return hit.result;
  const result = safeParseLedger(fileData(store), { event });
  cache.set(store, { key, event, result });
  return result;
}

export interface AccountsView {
  body: Child;
  csv?: string;
  markdown?: string;
  svg?: string;
}

const money = (minor: bigint, currency: string) => formatMinorHuman(minor, currency);

/** The public open accounts (ledger package: private payees become neutral labels; no receipts or bank details). */
export function accountsView(store: Store): AccountsView {
  const built = ledgerOf(store);
  if (!built.ok) {
    return {
      body: <Notice kind="warn">The accounts could not be read; the organisers have been told.</Notice>,
    };
  }
  const event = store.event();
  const view = openAccounts(built.ledger, { event: event.id, title: `${event.name}: open accounts` });
  const svg = openAccountsSvg(view);
  const chart = svgSize(svg);
  return {
    csv: openAccountsCsv(view),
    markdown: openAccountsMarkdown(view),
    svg,
    body: <OpenAccountsView view={view} links={DEMO_LINKS} {...(chart && { chart })} />,
  };
}

/** The organisers' view: budget vs actual, pledges vs received, money owed to volunteers, and forms to record. */
export function adminAccounts(store: Store, csrf: string): Child {
  const built = ledgerOf(store);
  if (!built.ok) {
    return (
      <Notice kind="warn">
        <ul>
          {built.issues.map((i) => (
            <li>{formatIssue(i)}</li>
          ))}
        </ul>
      </Notice>
    );
  }
  const ledger = built.ledger;
  const event = store.event();
  const budget = budgetVsActual(ledger, { event: event.id });
  const pledges = pledgesVsReceived(ledger, { event: event.id });
  const owed = outstandingReimbursements(ledger);
  const accounts = [
    ...new Set([
      ...ledger.accounts.map((a) => a.name),
      ...ledger.transactions.flatMap((t) => t.postings.map((p) => p.account)),
    ]),
  ].sort();
  const reversed = new Set(ledger.transactions.flatMap((t) => (t.reverses ? [t.reverses] : [])));
  return (
    <>
      <h2>Budget vs actual</h2>
      <DataTable
        caption="Each budget line: planned, spent and what is left"
        columns={[
          { label: "Line" },
          { label: "Budget", numeric: true },
          { label: "Actual", numeric: true },
          { label: "Variance", numeric: true },
          { label: "Used", numeric: true },
        ]}
        rows={budget.map((r) => [
          r.line,
          money(r.budget, r.currency),
          money(r.actual, r.currency),
          money(r.variance, r.currency),
          r.percentUsed === null ? "" : `${r.percentUsed}%`,
        ])}
      />
      <h2>Pledges vs received</h2>
      <DataTable
        caption="Each pledge and how much has come in"
        columns={[
          { label: "Sponsor" },
          { label: "Kind" },
          { label: "Pledged", numeric: true },
          { label: "Received", numeric: true },
          { label: "Outstanding", numeric: true },
        ]}
        rows={pledges.map((r) => [
          r.name,
          r.kind,
          money(r.pledged, r.currency),
          money(r.received, r.currency),
          money(r.outstanding, r.currency),
        ])}
      />
      <h2>Owed to volunteers</h2>
      {owed.length === 0 ? (
        <p>Nobody is owed anything.</p>
      ) : (
        <ul>
          {owed.map((r) => (
            <li>{`${r.payee ?? r.account}: ${money(r.owed, r.currency)} since ${r.since}`}</li>
          ))}
        </ul>
      )}
      <h2>Record a transaction</h2>
      <p>The books are append-only: to correct a mistake, reverse it below and record it again.</p>
      <datalist id="accounts">
        {accounts.map((a) => (
          <option value={a} />
        ))}
      </datalist>
      <form method="post" action="/admin/accounts/transaction" class="stack">
        <Csrf token={csrf} />
        <label for="tx-date">Date</label>
        <input id="tx-date" name="date" type="date" required value={new Date().toISOString().slice(0, 10)} />
        <label for="tx-description">Description</label>
        <input id="tx-description" name="description" type="text" required maxlength={200} />
        <label for="tx-payee">Payee</label>
        <select id="tx-payee" name="payee">
          <option value="">(none)</option>
          {ledger.payees.map((p) => (
            <option value={p.id}>{p.name}</option>
          ))}
        </select>
        <label for="tx-to">Account the money goes to (e.g. expenses:catering, assets:bank:current)</label>
        <input id="tx-to" name="to" type="text" list="accounts" required />
        <label for="tx-from">Account it comes from (e.g. assets:bank:current, income:sponsorship:…)</label>
        <input id="tx-from" name="from" type="text" list="accounts" required />
        <label for="tx-amount">{`Amount (e.g. 125.50, default currency ${ledger.currency ?? "GBP"})`}</label>
        <input id="tx-amount" name="amount" type="text" required inputmode="decimal" />
        <label for="tx-line">Budget line (optional)</label>
        <input id="tx-line" name="line" type="text" />
        <div class="actions">
          <button type="submit" class="primary">
            Record
          </button>
        </div>
      </form>
      <h2>Record a pledge</h2>
      <form method="post" action="/admin/accounts/pledge" class="stack">
        <Csrf token={csrf} />
        <label for="pl-sponsor">Sponsor</label>
        <select id="pl-sponsor" name="sponsor" required>
          {ledger.payees
            .filter((p) => p.kind === "sponsor")
            .map((p) => (
              <option value={p.id}>{p.name}</option>
            ))}
        </select>
        <label for="pl-kind">Kind</label>
        <select id="pl-kind" name="kind">
          <option value="cash">cash</option>
          <option value="in-kind">in-kind</option>
        </select>
        <label for="pl-amount">Amount</label>
        <input id="pl-amount" name="amount" type="text" required />
        <label for="pl-description">What it is for</label>
        <input id="pl-description" name="description" type="text" maxlength={200} />
        <div class="actions">
          <button type="submit" class="primary">
            Record pledge
          </button>
        </div>
      </form>
      <h2>Set a budget line</h2>
      <form method="post" action="/admin/accounts/budget" class="stack">
        <Csrf token={csrf} />
        <label for="bl-line">Line (e.g. catering)</label>
        <input id="bl-line" name="line" type="text" required pattern="[a-z0-9][a-z0-9-]*" />
        <label for="bl-account">Account it counts</label>
        <input id="bl-account" name="account" type="text" list="accounts" required />
        <label for="bl-amount">Budget</label>
        <input id="bl-amount" name="amount" type="text" required />
        <div class="actions">
          <button type="submit" class="primary">
            Save budget line
          </button>
        </div>
      </form>
      <h2>Transactions</h2>
      <DataTable
        caption="Every transaction, newest first"
        columns={[{ label: "Date" }, { label: "Description" }, { label: "Postings" }, { label: "Correct" }]}
        rows={[...ledger.transactions]
          .reverse()
          .map((t) => [
            t.date,
            t.description,
            t.postings
              .map((p) => `${p.account} ${formatMinorHuman(p.amount.minor, p.amount.currency)}`)
              .join("; "),
            t.reverses ? (
              `reverses ${t.reverses}`
            ) : reversed.has(t.id) ? (
              "reversed"
            ) : (
              <ActionButton
                action="/admin/accounts/reverse"
                csrf={csrf}
                label="Reverse"
                fields={{ id: t.id }}
              />
            ),
          ])}
      />
    </>
  );
}

export type AccountsAction = "transaction" | "pledge" | "budget" | "reverse";

function nextId(ledger: Ledger, prefix: string): string {
  const ids = new Set(ledger.transactions.map((t) => t.id));
  let n = ledger.transactions.length + 1;
  while (ids.has(`${prefix}-${n}`)) n++;
  return `${prefix}-${n}`;
}

/** Records a transaction, pledge, budget line or reversal; the whole ledger is re-checked before anything is saved. */
export function recordAccounts(
  store: Store,
  what: AccountsAction,
  form: Record<string, string>,
): { ok: boolean; message: string } {
  const built = ledgerOf(store);
  if (!built.ok) return { ok: false, message: "The stored ledger is invalid; fix it first." };
  const ledger = built.ledger;
  const field = (name: string) => (form[name] ?? "").trim();
  const base = JSON.parse(store.meta(LEDGER_KEY) ?? "{}") as Record<string, unknown> & {
    pledges?: unknown[];
    budgets?: { event: string; lines: { line: string; account: string; amount: string }[] }[];
  };
  const check = (extra: unknown[], nextBase = base) => {
    const result = safeParseLedger(fileData(store, extra, nextBase), { event: store.event() });
    return result.ok ? undefined : result.issues.map((i) => i.message).join("; ");
  };
  switch (what) {
    case "transaction": {
      const amount = field("amount");
      const tx = {
        id: nextId(ledger, "web"),
        date: field("date"),
        description: field("description"),
        ...(field("payee") && { payee: field("payee") }),
        ...(field("line") && { tags: { line: field("line") } }),
        postings: [{ account: field("to"), amount }, { account: field("from") }],
      };
      const problem = check([tx]);
      if (problem) return { ok: false, message: `Not recorded: ${problem}` };
      store.ledger.add(tx);
      return { ok: true, message: `Recorded "${tx.description}".` };
    }
    case "reverse": {
      const original = ledger.transactions.find((t) => t.id === field("id"));
      if (!original) return { ok: false, message: "No such transaction." };
      if (ledger.transactions.some((t) => t.reverses === original.id))
        return { ok: false, message: "Already reversed." };
      // Dated today, but never before the transaction it reverses.
      const today = new Date().toISOString().slice(0, 10);
      const reversal = transactionData(
        reversalOf(original, nextId(ledger, "reversal"), [today, original.date].sort().at(-1)!),
        ledger.event,
      );
      const problem = check([reversal]);
      if (problem) return { ok: false, message: `Not reversed: ${problem}` };
      store.ledger.add(reversal);
      return { ok: true, message: `Reversed "${original.description}".` };
    }
    case "pledge": {
      const pledge = {
        sponsor: field("sponsor"),
        kind: field("kind") === "in-kind" ? "in-kind" : "cash",
        amount: field("amount"),
        ...(field("description") && { description: field("description") }),
      };
      const next = { ...base, pledges: [...(base.pledges ?? []), pledge] };
      const problem = check([], next);
      if (problem) return { ok: false, message: `Not recorded: ${problem}` };
      store.setMeta(LEDGER_KEY, JSON.stringify(next));
      return { ok: true, message: "Pledge recorded." };
    }
    case "budget": {
      const eventId = store.event().id;
      const line = { line: field("line"), account: field("account"), amount: field("amount") };
      const budgets = structuredClone(base.budgets ?? []);
      let budget = budgets.find((b) => b.event === eventId);
      if (!budget) {
        budget = { event: eventId, lines: [] };
        budgets.push(budget);
      }
      budget.lines = [...budget.lines.filter((l) => l.line !== line.line), line];
      const next = { ...base, budgets };
      const problem = check([], next);
      if (problem) return { ok: false, message: `Not saved: ${problem}` };
      store.setMeta(LEDGER_KEY, JSON.stringify(next));
      return { ok: true, message: `Budget line "${line.line}" saved.` };
    }
  }
}

/** The ledger as an hledger journal (checked by hledger/ledger/beancount in the ledger package's tests). */
export function ledgerExport(store: Store): string | undefined {
  const built = ledgerOf(store);
  return built.ok ? toHledger(built.ledger) : undefined;
}
