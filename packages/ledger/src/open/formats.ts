import { formatMinor, formatMinorHuman } from "../amount.js";
import { toCsv } from "../csv.js";
import { toJsonValue } from "../json.js";
import type { OpenAccounts } from "./open-accounts.js";

/** JSON text: amounts as exact decimal strings. */
export function openAccountsJson(view: OpenAccounts): string {
  return `${JSON.stringify(toJsonValue(view), null, 2)}\n`;
}

const md = (text: string) => text.replace(/[\\|*_`[\]<>#]/g, (c) => `\\${c}`).replace(/\r?\n/g, " ");

function mdTable(header: string[], rows: string[][], right: number[]): string {
  const align = header.map((_, i) => (right.includes(i) ? "---:" : "---"));
  return [header, align, ...rows].map((r) => `| ${r.join(" | ")} |`).join("\n");
}

/** Markdown for a web page or README: income by source, spending by category, totals. */
export function openAccountsMarkdown(view: OpenAccounts): string {
  const money = (amount: bigint, currency: string) => formatMinorHuman(amount, currency);
  const out = [`# ${md(view.title)}`, ""];
  out.push("## Income", "");
  out.push(
    mdTable(
      ["Source", "Kind", "Amount"],
      view.income.map((r) => [
        md(r.source),
        r.kind === "restricted" && r.restrictedTo ? `restricted (${md(r.restrictedTo)})` : r.kind,
        money(r.amount, r.currency),
      ]),
      [2],
    ),
    "",
    "## Spending",
    "",
    mdTable(
      ["Category", "Kind", "Amount"],
      view.expenses.map((r) => [md(r.category), r.kind, money(r.amount, r.currency)]),
      [2],
    ),
    "",
    "## Totals",
    "",
    mdTable(
      [
        "Currency",
        "Cash income",
        "Cash spending",
        "Net",
        "In-kind support",
        "Balance carried",
        "Owed to volunteers",
      ],
      view.totals.map((t) => [
        t.currency,
        money(t.income, t.currency),
        money(t.expenses, t.currency),
        money(t.net, t.currency),
        money(t.inKind, t.currency),
        money(t.balanceCarried, t.currency),
        money(t.owedToVolunteers, t.currency),
      ]),
      [1, 2, 3, 4, 5, 6],
    ),
    "",
    "In-kind support is valued and shown as both income and spending; it is never counted as cash.",
    "",
  );
  return out.join("\n");
}

/** CSV, one row per figure; text cells are formula-safe and the amount column is a plain number. */
export function openAccountsCsv(view: OpenAccounts): string {
  const rows: string[][] = [
    ...view.income.map((r) => [
      "income",
      r.source,
      r.kind,
      r.restrictedTo ?? "",
      r.currency,
      formatMinor(r.amount, r.currency),
    ]),
    ...view.expenses.map((r) => [
      "expense",
      r.category,
      r.kind,
      "",
      r.currency,
      formatMinor(r.amount, r.currency),
    ]),
    ...view.totals.flatMap((t) =>
      (["income", "expenses", "net", "inKind", "balanceCarried", "owedToVolunteers"] as const).map((k) => [
        "total",
        k,
        "",
        "",
        t.currency,
        formatMinor(t[k], t.currency),
      ]),
    ),
  ];
  return toCsv(["section", "name", "kind", "restricted_to", "currency", "amount"], rows, [5]);
}

const xml = (text: string) =>
  text.replace(
    /[<>&"']/g,
    (c) => ({ "<": "&lt;", ">": "&gt;", "&": "&amp;", '"': "&quot;", "'": "&apos;" })[c]!,
  );

/**
 * A self-contained SVG bar chart: income by source and spending by category, one bar each, in the first
 * currency (the chart cannot add pounds to euros). Hand-written: a bar chart needs no chart library.
 */
export function openAccountsSvg(view: OpenAccounts, currency = view.totals[0]?.currency ?? "GBP"): string {
  const groups = [
    {
      heading: "Income",
      bars: view.income
        .filter((r) => r.currency === currency)
        .map((r) => ({
          income: true,
          label: r.kind === "restricted" && r.restrictedTo ? `${r.source} (for ${r.restrictedTo})` : r.source,
          kind: r.kind,
          amount: r.amount,
        })),
    },
    {
      heading: "Spending",
      bars: view.expenses
        .filter((r) => r.currency === currency)
        .map((r) => ({ income: false, label: r.category, kind: r.kind, amount: r.amount })),
    },
  ];
  const width = 720;
  const labelWidth = 240;
  const barHeight = 22;
  const gap = 6;
  const headingHeight = 28;
  let max = 1n; // bigint: Math.max cannot compare these
  for (const group of groups) for (const b of group.bars) if (b.amount > max) max = b.amount;
  const span = width - labelWidth - 130;
  const rows: string[] = [];
  let y = 40;
  for (const group of groups) {
    rows.push(`  <text x="8" y="${y + 18}" font-weight="bold">${xml(group.heading)}</text>`);
    y += headingHeight;
    for (const b of group.bars) {
      const w = Math.max(Number((b.amount * BigInt(span)) / max), 1);
      const value = formatMinorHuman(b.amount, currency);
      const label = b.kind === "in-kind" ? `${b.label} (in kind)` : b.label;
      const fill = b.kind === "in-kind" ? "#9e9e9e" : b.income ? "#2e7d32" : "#c62828";
      rows.push(
        `  <text x="${labelWidth - 8}" y="${y + 15}" text-anchor="end">${xml(label)}</text>`,
        `  <rect x="${labelWidth}" y="${y}" width="${w}" height="${barHeight}" fill="${fill}"><title>${xml(`${group.heading}: ${label} ${value}`)}</title></rect>`,
        `  <text x="${labelWidth + w + 6}" y="${y + 15}">${xml(value)}</text>`,
      );
      y += barHeight + gap;
    }
  }
  const legendY = y + 24;
  const height = legendY + 12;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="sans-serif" font-size="13" role="img" aria-labelledby="title">
  <title id="title">${xml(`${view.title}: income and spending (${currency})`)}</title>
  <text x="8" y="24" font-size="16" font-weight="bold">${xml(view.title)}</text>
${rows.join("\n")}
  <rect x="8" y="${legendY - 10}" width="12" height="12" fill="#2e7d32"/><text x="24" y="${legendY}">income</text>
  <rect x="100" y="${legendY - 10}" width="12" height="12" fill="#c62828"/><text x="116" y="${legendY}">spending</text>
  <rect x="200" y="${legendY - 10}" width="12" height="12" fill="#9e9e9e"/><text x="216" y="${legendY}">in kind (a value, not cash)</text>
</svg>
`;
}
