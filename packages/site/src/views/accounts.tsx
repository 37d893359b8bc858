/** @jsxImportSource hono/jsx */
import { formatMinorHuman, type OpenAccounts } from "@hackdaykit/ledger";
import type { SiteLinks } from "../links.js";
import { DataTable } from "./table.js";

const money = (minor: bigint, currency: string) => formatMinorHuman(minor, currency);

/** Width and height of an SVG from its viewBox, so the <img> reserves its space and scales down on a phone. */
export function svgSize(svg: string): { width: number; height: number } | undefined {
  const box = /viewBox="\s*[-\d.]+[\s,]+[-\d.]+[\s,]+([\d.]+)[\s,]+([\d.]+)\s*"/.exec(svg);
  return box ? { width: Number(box[1]), height: Number(box[2]) } : undefined;
}

export interface AccountsViewProps {
  /** The ledger package's publishable view (`openAccounts`); undefined when no accounts are published. */
  view: OpenAccounts | undefined;
  links: SiteLinks;
  /** Size of the SVG chart served at `accounts.svg` (see `svgSize`). */
  chart?: { width: number; height: number };
}

/** The open accounts: totals, the chart, income, spending and payments; private payees are neutral labels. */
export function AccountsView({ view, links, chart }: AccountsViewProps) {
  if (!view) return <p>The accounts for this event have not been published yet.</p>;
  return (
    <>
      <p>
        Every penny of sponsorship and every cost, published. People who have not agreed to be named appear as
        a neutral label.
      </p>
      <h2>Totals</h2>
      <DataTable
        caption="Totals per currency"
        columns={[
          { label: "Currency" },
          { label: "Income", numeric: true },
          { label: "Spent", numeric: true },
          { label: "Balance carried", numeric: true },
          { label: "In-kind support", numeric: true },
          { label: "Owed to volunteers", numeric: true },
        ]}
        rows={view.totals.map((t) => [
          t.currency,
          money(t.income, t.currency),
          money(t.expenses, t.currency),
          money(t.balanceCarried, t.currency),
          money(t.inKind, t.currency),
          money(t.owedToVolunteers, t.currency),
        ])}
      />
      {chart && (
        <figure class="chart">
          <img
            src={links.file("accounts.svg")}
            alt="Bar chart of income by source and spending by category; the tables below hold the same figures."
            width={chart.width}
            height={chart.height}
          />
        </figure>
      )}
      <h2>Income</h2>
      <DataTable
        caption="Income by source"
        columns={[{ label: "From" }, { label: "Kind" }, { label: "Amount", numeric: true }]}
        rows={view.income.map((r) => [
          r.source,
          r.kind === "restricted" ? `restricted to ${r.restrictedTo ?? "a purpose"}` : r.kind,
          money(r.amount, r.currency),
        ])}
      />
      <h2>Spending</h2>
      <DataTable
        caption="Spending by category"
        columns={[{ label: "Category" }, { label: "Kind" }, { label: "Amount", numeric: true }]}
        rows={view.expenses.map((r) => [r.category, r.kind, money(r.amount, r.currency)])}
      />
      <h2>Payments</h2>
      <DataTable
        caption="Every payment"
        columns={[
          { label: "Date" },
          { label: "Category" },
          { label: "Paid to" },
          { label: "Amount", numeric: true },
        ]}
        rows={view.payments.map((r) => [r.date, r.category, r.payee, money(r.amount, r.currency)])}
      />
      <p>
        Download: <a href={links.file("accounts.csv")}>CSV</a> ·{" "}
        <a href={links.file("accounts.md")}>Markdown</a> ·{" "}
        <a href={links.file("accounts.svg")}>chart (SVG)</a>
      </p>
    </>
  );
}
