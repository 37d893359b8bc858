import { type AccountInfo, accountTypeOf, emptyLedger, type Ledger, type Transaction } from "../model.js";
import { type BalanceRow, JournalReader, type JournalReaderOptions } from "./reader.js";

/** Feeds every complete line of `text` to the reader (CRLF or LF); returns the unfinished tail. */
function feedLines(reader: JournalReader, text: string): string {
  let start = 0;
  let newline = text.indexOf("\n");
  while (newline >= 0) {
    const end = newline > start && text.charCodeAt(newline - 1) === 13 ? newline - 1 : newline;
    reader.lineAt(text, start, end);
    start = newline + 1;
    newline = text.indexOf("\n", start);
  }
  return text.slice(start);
}

/** The last line, which has no newline after it. */
function feedLast(reader: JournalReader, tail: string): void {
  if (tail !== "") reader.line(tail.endsWith("\r") ? tail.slice(0, -1) : tail);
  reader.end();
}

/**
 * Feeds text chunks (any split, e.g. a file stream) to a reader line by line, without holding the whole text.
 * Byte chunks are decoded up to their last newline (a newline byte never sits inside a UTF-8 character), so
 * each decoded piece is whole lines in one flat string: no string is glued to the tail of the one before.
 * @throws {@link JournalError} with the line number, when a line cannot be read or a transaction does not balance.
 */
export async function feedChunks(
  reader: JournalReader,
  chunks: AsyncIterable<string | Uint8Array>,
): Promise<void> {
  // ignoreBOM: a mark is dropped once, at the very start, not at the start of every piece.
  const decoder = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
  let carry = ""; // an unfinished last line, as text
  let carryBytes: Uint8Array | undefined; // or as bytes
  let first = true;
  const feed = (text: string) => {
    if (first && text !== "") {
      text = text.replace(/^\uFEFF/, ""); // a byte-order mark is not part of the first line
      first = false;
    }
    carry = feedLines(reader, text);
  };
  const pendingBytes = () => {
    const text = carryBytes === undefined ? "" : decoder.decode(carryBytes);
    carryBytes = undefined;
    return text;
  };
  for await (const chunk of chunks) {
    if (typeof chunk === "string") {
      feed(carry + pendingBytes() + chunk);
      continue;
    }
    const bytes = carryBytes === undefined ? chunk : concatBytes(carryBytes, chunk);
    const newline = bytes.lastIndexOf(10);
    if (newline < 0) {
      carryBytes = bytes;
      continue;
    }
    carryBytes = newline + 1 < bytes.length ? bytes.slice(newline + 1) : undefined;
    feed(carry + decoder.decode(bytes.subarray(0, newline + 1)));
  }
  feedLast(reader, carry + pendingBytes());
}

function concatBytes(a: Uint8Array, b: Uint8Array): Uint8Array {
  const joined = new Uint8Array(a.length + b.length);
  joined.set(a);
  joined.set(b, a.length);
  return joined;
}

/**
 * Per-account balances of a journal read as a stream: the fast path behind `hackday accounts balance`.
 * @throws {@link JournalError} with the line number, when a line cannot be read or a transaction does not balance.
 */
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

const slug = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");

/**
 * Journal codes and tag names are free text; our ledgers use slugs for ids and tag names. A code becomes a slug
 * id (made unique with its line if it repeats, as cheque numbers do); a transaction without one gets `line-N`.
 */
function normaliseImported(t: Transaction, ids: Set<string>): Transaction {
  let id = /^[a-z0-9][a-z0-9-]*$/.test(t.id) ? t.id : slug(t.id);
  if (id === "" || ids.has(id)) id = id === "" ? `line-${t.line}` : `${id}-line-${t.line}`;
  ids.add(id);
  const tags: Record<string, string> = {};
  for (const [key, value] of Object.entries(t.tags)) {
    const name = /^[a-z][a-z0-9-]*$/.test(key) ? key : slug(key);
    tags[/^[a-z]/.test(name) ? name : `tag-${name}`] = value.replace(/[,;\n]/g, " ").trim();
  }
  const description = t.description || t.payee || "(no description)";
  return {
    ...t,
    id,
    tags,
    description,
    ...(t.reverses !== undefined &&
      !/^[a-z0-9][a-z0-9-]*$/.test(t.reverses) && { reverses: slug(t.reverses) }),
  };
}

/**
 * Parses an hledger/ledger journal (the common subset) into a {@link Ledger}.
 * @throws {@link JournalError} with the line number, when a line cannot be read or a transaction does not balance.
 */
export function parseJournal(source: string, options: Pick<JournalReaderOptions, "file"> = {}): Ledger {
  const text = source.replace(/^\uFEFF/, "");
  const ledger = emptyLedger();
  const declared = new Set<string>();
  const ids = new Set<string>();
  const reader = new JournalReader({
    ...options,
    onTransaction: (t) => ledger.transactions.push(normaliseImported(t, ids)),
    onAccount: (name) => declared.add(name),
  });
  feedLast(reader, feedLines(reader, text));
  ledger.accounts = [...declared].flatMap((name): AccountInfo[] => {
    const type = accountTypeOf(name);
    return type ? [{ name, type }] : [];
  });
  return ledger;
}
