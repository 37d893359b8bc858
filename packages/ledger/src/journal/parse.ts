import { type AccountInfo, accountTypeOf, emptyLedger, type Ledger } from "../model.js";
import { type BalanceRow, JournalReader, type JournalReaderOptions } from "./reader.js";

/** Feeds text chunks (any split, e.g. a file stream) to a reader line by line, without holding the whole text. */
export async function feedChunks(
  reader: JournalReader,
  chunks: AsyncIterable<string | Uint8Array>,
): Promise<void> {
  const decoder = new TextDecoder("utf-8", { fatal: true });
  let carry = "";
  let first = true;
  for await (const chunk of chunks) {
    let text = carry + (typeof chunk === "string" ? chunk : decoder.decode(chunk, { stream: true }));
    if (first && text !== "") {
      text = text.replace(/^\uFEFF/, ""); // a byte-order mark is not part of the first line
      first = false;
    }
    let start = 0;
    let newline = text.indexOf("\n");
    while (newline >= 0) {
      const end = newline > start && text.charCodeAt(newline - 1) === 13 ? newline - 1 : newline;
      reader.line(text.slice(start, end));
      start = newline + 1;
      newline = text.indexOf("\n", start);
    }
    carry = text.slice(start);
  }
  carry += decoder.decode();
  if (carry !== "") reader.line(carry.endsWith("\r") ? carry.slice(0, -1) : carry);
  reader.end();
}

/** Per-account balances of a journal read as a stream: the fast path behind `hackday accounts balance`. */
export async function balanceJournalStream(
  chunks: AsyncIterable<string | Uint8Array>,
  options: Pick<JournalReaderOptions, "file"> = {},
): Promise<{ balances: BalanceRow[]; transactions: number }> {
  const reader = new JournalReader(options);
  await feedChunks(reader, chunks);
  return { balances: reader.balances(), transactions: reader.transactionCount };
}

/** Text as a one-chunk stream, for {@link balanceJournalStream} on text already in memory. */
export async function* textChunks(text: string): AsyncGenerator<string> {
  yield text;
}

/**
 * Parses an hledger/ledger journal (the common subset) into a {@link Ledger}. Throws a JournalError naming the
 * line for anything it cannot read or that does not balance.
 */
export function parseJournal(source: string, options: Pick<JournalReaderOptions, "file"> = {}): Ledger {
  const text = source.replace(/^\uFEFF/, "");
  const ledger = emptyLedger();
  const declared = new Set<string>();
  const reader = new JournalReader({
    ...options,
    onTransaction: (t) => ledger.transactions.push(t),
    onAccount: (name) => declared.add(name),
  });
  let start = 0;
  let newline = text.indexOf("\n");
  while (newline >= 0) {
    const end = newline > start && text.charCodeAt(newline - 1) === 13 ? newline - 1 : newline;
    reader.line(text.slice(start, end));
    start = newline + 1;
    newline = text.indexOf("\n", start);
  }
  if (start < text.length) reader.line(text.slice(start));
  reader.end();
  ledger.accounts = [...declared].flatMap((name): AccountInfo[] => {
    const type = accountTypeOf(name);
    return type ? [{ name, type }] : [];
  });
  return ledger;
}
