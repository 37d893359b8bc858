// The journal reader works on UTF-8 bytes: the journal's structure (digits, spaces, tabs, `;`, `=`, newlines)
// is all ASCII, and no byte of a multi-byte UTF-8 character is ASCII, so it reads the same in the bytes as in
// the decoded text. Only what is read out as a value (an account name, a commodity, a description) is decoded.

// ignoreBOM keeps a U+FEFF that starts a piece: it is part of the value (the file's own mark is dropped apart).
const decoder = new TextDecoder("utf-8", { ignoreBOM: true });

/** The text of UTF-8 bytes `bytes[start, end)`. */
export const decodeUtf8 = (bytes: Uint8Array, start: number, end: number): string =>
  decoder.decode(bytes.subarray(start, end));

/** Whether `bytes[start, end)` is `word`, compared from the end (names share their beginnings). */
export function sameBytes(bytes: Uint8Array, start: number, end: number, word: Uint8Array): boolean {
  if (end - start !== word.length) return false;
  for (let k = word.length - 1; k >= 0; k--) if (bytes[start + k] !== word[k]) return false;
  return true;
}

const strict = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });

/**
 * Throws the TypeError TextDecoder gives unless `bytes` are UTF-8: checked by Node's native isUtf8 where there
 * is one (no string is built), by decoding elsewhere (a browser).
 */
export function checkUtf8(bytes: Uint8Array): void {
  if (nodeIsUtf8 === undefined || !nodeIsUtf8(bytes)) strict.decode(bytes);
}

const nodeIsUtf8 = (() => {
  const get = (globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }).process
    ?.getBuiltinModule;
  const buffer = get?.("node:buffer") as { isUtf8?: (bytes: Uint8Array) => boolean } | undefined;
  return typeof buffer?.isUtf8 === "function" ? buffer.isUtf8 : undefined;
})();

/** A copy of `bytes[start, end)` (a Node Buffer's `slice` is a view into the same memory, not a copy). */
export const copyBytes = (bytes: Uint8Array, start = 0, end = bytes.length): Uint8Array =>
  new Uint8Array(bytes.subarray(start, end));
