import type { Child } from "hono/jsx";

export interface Column {
  label: string;
  /** Right-aligned figures. */
  numeric?: boolean;
}

/** A plain data table: column headers with scope, figures right-aligned, one row per entry. */
export function DataTable({ columns, rows }: { columns: Column[]; rows: Child[][] }) {
  const align = (i: number) => (columns[i]?.numeric ? "num" : undefined);
  return (
    <table>
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
  );
}
