import { type AccountInfo, accountTypeOf, emptyLedger, type Ledger, type Transaction } from "../model.js";
import { type BalanceRow, JournalReader, type JournalReaderOptions } from "./reader.js";
import { checkUtf8, copyBytes } from "./utf8.js";

const encoder = new TextEncoder();

/**
 * Feeds chunks of a journal (any split, e.g. a file stream; UTF-8 bytes or text) to a reader line by line,
 * without holding the whole journal. Chunks are read up to their last newline (a newline byte never sits inside
 * a UTF-8 character), so each piece is whole lines; only an unfinished last line is copied and carried over.
 * Each piece is checked to be UTF-8.
 * @throws {@link JournalError} with the line number, when a line cannot be read or a transaction does not balance.
 * @throws TypeError (as TextDecoder's) when the bytes are not UTF-8.
 */
export async function feedChunks(
  reader: JournalReader,
  chunks: AsyncIterable<string | Uint8Array>,
): Promise<void> {
  let carry: Uint8Array | undefined; // an unfinished last line
  let first = true;
  let highSurrogate = ""; // a text chunk's last character, when it is the first half of a pair
  const feedWholeLines = (piece: Uint8Array) => {
    // A plain Uint8Array whatever the chunks were (Node Buffers, say), so the reader sees one kind of array.
    let bytes = new Uint8Array(piece.buffer, piece.byteOffset, piece.byteLength);
    if (first) {
      if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) bytes = bytes.subarray(3); // the BOM
      first = false;
    }
    checkUtf8(bytes);
    reader.bytes(bytes);
  };
  const encode = (chunk: string) => {
    let text = highSurrogate + chunk;
    highSurrogate = "";
    const last = text.charCodeAt(text.length - 1);
    if (last >= 0xd800 && last <= 0xdbff) {
      highSurrogate = text.slice(-1);
      text = text.slice(0, -1);
    }
    return encoder.encode(text);
  };
  for await (const chunk of chunks) {
    let bytes = typeof chunk === "string" ? encode(chunk) : chunk;
    if (carry !== undefined) {
      const newline = bytes.indexOf(10);
      if (newline < 0) {
        carry = concatBytes(carry, bytes);
        continue;
      }
      feedWholeLines(concatBytes(carry, bytes.subarray(0, newline + 1)));
      carry = undefined;
      bytes = bytes.subarray(newline + 1);
    }
    const newline = bytes.lastIndexOf(10);
    if (newline >= 0) feedWholeLines(bytes.subarray(0, newline + 1));
    // A copy: the stream may reuse the chunk's memory for the next one.
    if (newline + 1 < bytes.length) carry = copyBytes(bytes, newline + 1);
  }
  if (highSurrogate !== "") carry = concatBytes(carry ?? new Uint8Array(0), encoder.encode(highSurrogate));
  if (carry !== undefined) feedWholeLines(carry);
  reader.end();
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
  reader.bytes(encoder.encode(text));
  reader.end();
  ledger.accounts = [...declared].flatMap((name): AccountInfo[] => {
    const type = accountTypeOf(name);
    return type ? [{ name, type }] : [];
  });
  return ledger;
}
