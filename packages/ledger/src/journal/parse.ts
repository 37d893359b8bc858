import { type AccountInfo, accountTypeOf, emptyLedger, type Ledger, type Transaction } from "../model.js";
import { type ByteText, nodeByteText } from "./latin1.js";
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

const NEWLINE = new Uint8Array([10]);

/**
 * Feeds text chunks (any split, e.g. a file stream) to a reader line by line, without holding the whole text.
 * Byte chunks are read up to their last newline (a newline byte never sits inside a UTF-8 character), so each
 * piece is whole lines in one flat string: no string is glued to the tail of the one before. On Node, a piece
 * is checked to be UTF-8 and read as latin1 text (a copy; see latin1.ts) rather than decoded; elsewhere it is
 * decoded with TextDecoder.
 * @throws {@link JournalError} with the line number, when a line cannot be read or a transaction does not balance.
 */
export async function feedChunks(
  reader: JournalReader,
  chunks: AsyncIterable<string | Uint8Array>,
): Promise<void> {
  const byteText = nodeByteText();
  // ignoreBOM: a mark is dropped once, at the very start, not at the start of every piece.
  const decoder = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
  let carry = ""; // an unfinished last line, as text
  let carryBytes: Uint8Array | undefined; // or as bytes
  let first = true;
  const feedText = (text: string) => {
    if (first && text !== "") {
      text = text.replace(/^\uFEFF/, ""); // a byte-order mark is not part of the first line
      first = false;
    }
    carry = feedLines(reader, text);
  };
  /** Whole lines of bytes, read as latin1 text. */
  const feedBytes = (fast: ByteText, bytes: Uint8Array) => {
    if (first) {
      if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) bytes = bytes.subarray(3);
      first = false;
    }
    if (!fast.isUtf8(bytes)) decoder.decode(bytes); // throws the TypeError TextDecoder gives
    if (bytes.length > 0) reader.latin1Lines(fast.latin1(bytes));
  };
  /**
   * Feeds the whole lines of `carried` bytes followed by `chunk`; returns what is left of an unfinished last
   * line. The carried line is finished apart, so the chunk itself is never copied.
   */
  const feedWholeLines = (fast: ByteText, carried: Uint8Array | undefined, chunk: Uint8Array) => {
    let rest = chunk;
    if (carried !== undefined) {
      const newline = chunk.indexOf(10);
      if (newline < 0) return concatBytes(carried, chunk);
      feedBytes(fast, concatBytes(carried, chunk.subarray(0, newline + 1)));
      rest = chunk.subarray(newline + 1);
    }
    const newline = rest.lastIndexOf(10);
    if (newline >= 0) feedBytes(fast, rest.subarray(0, newline + 1));
    // A copy: the stream may reuse the chunk's memory for the next one.
    return newline + 1 < rest.length ? copyBytes(rest.subarray(newline + 1)) : undefined;
  };
  const pendingBytes = () => {
    const text = carryBytes === undefined ? "" : decoder.decode(carryBytes);
    carryBytes = undefined;
    return text;
  };
  for await (const chunk of chunks) {
    if (typeof chunk === "string") {
      feedText(carry + pendingBytes() + chunk);
      continue;
    }
    if (byteText) {
      if (carry !== "") {
        // The unfinished line came as text: go on with it as bytes.
        carryBytes = concatBytes(new TextEncoder().encode(carry), carryBytes ?? new Uint8Array(0));
        carry = "";
      }
      carryBytes = feedWholeLines(byteText, carryBytes, chunk);
      continue;
    }
    const bytes = carryBytes === undefined ? chunk : concatBytes(carryBytes, chunk);
    const newline = bytes.lastIndexOf(10);
    if (newline < 0) {
      carryBytes = bytes;
      continue;
    }
    carryBytes = newline + 1 < bytes.length ? copyBytes(bytes.subarray(newline + 1)) : undefined;
    const lines = bytes.subarray(0, newline + 1);
    feedText(carry + decoder.decode(lines));
  }
  if (byteText && carryBytes !== undefined) {
    feedBytes(byteText, concatBytes(carryBytes, NEWLINE));
    carryBytes = undefined;
  }
  feedLast(reader, carry + pendingBytes());
}

/** A copy of `bytes` (a Node Buffer's `slice` is a view, not a copy). */
const copyBytes = (bytes: Uint8Array) => new Uint8Array(bytes);

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
