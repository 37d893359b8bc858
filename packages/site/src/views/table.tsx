/** @jsxImportSource hono/jsx */
import type { Child } from "hono/jsx";

export interface Column {
  label: string;
  /** Right-aligned figures. */
  numeric?: boolean;
}

/** A plain data table: column headers with scope, figures right-aligned; scrolls sideways on a narrow phone. */
export function DataTable({
  columns,
  rows,
  caption,
}: {
  columns: Column[];
  rows: Child[][];
  caption: string;
}) {
  const align = (i: number) => (columns[i]?.numeric ? "num" : undefined);
  return (
    <Scroll label={caption}>
      <table>
        <caption class="muted">{caption}</caption>
        <thead>
          <tr>
            {columns.map((column, i) => (
              <th scope="col" class={align(i)}>
                {column.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr>
              {row.map((cell, i) => (
                <td class={align(i)}>{cell}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </Scroll>
  );
}

/** A wide table's box: scrolls sideways on a phone; focusable and named so keyboard users can scroll it too. */
export function Scroll({ label, children }: { label: string; children?: Child }) {
  return (
    <section class="scroll" aria-label={label} tabindex={0}>
      {children}
    </section>
  );
}
