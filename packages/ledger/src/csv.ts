/**
 * One CSV text cell, safe to open in a spreadsheet: a cell starting with = + - @, tab or carriage return is
 * prefixed with ' so it is never run as a formula (OWASP CSV injection), then quoted per RFC 4180 if needed.
 */
export function csvText(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** A numeric cell: written as a plain number so spreadsheets sum it (only digits, sign and point can reach here). */
export function csvNumber(decimal: string): string {
  if (!/^-?\d+(\.\d+)?$/.test(decimal)) throw new Error(`not a decimal number: ${decimal}`);
  return decimal;
}

/**
 * Rows to CSV text with CRLF line ends (RFC 4180); `numeric` names the columns that hold amounts.
 * @throws `Error` when a cell of a `numeric` column is not a decimal number.
 */
export function toCsv(
  header: readonly string[],
  rows: readonly (readonly string[])[],
  numeric: readonly number[] = [],
): string {
  const line = (row: readonly string[]) =>
    row.map((cell, i) => (numeric.includes(i) ? csvNumber(cell) : csvText(cell))).join(",");
  return `${[header.map(csvText).join(","), ...rows.map(line)].join("\r\n")}\r\n`;
}
