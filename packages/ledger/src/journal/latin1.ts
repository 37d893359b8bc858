// UTF-8 bytes read as latin1 text: one character per byte, so the journal's structure (digits, spaces, tabs,
// `;`, `=`, newlines: all ASCII, and no byte of a multi-byte UTF-8 character is ASCII) reads the same as in
// the decoded text, while turning bytes into such a string is a copy rather than a UTF-8 decode into
// two-byte characters. Anything read out as a value (an account name, a commodity, a description) goes
// through latin1ToUtf8 first.

const utf8 = new TextDecoder("utf-8", { fatal: true });

/** The text `s` spells when its characters are taken as UTF-8 bytes. */
export function latin1ToUtf8(s: string): string {
  let k = 0;
  while (k < s.length && s.charCodeAt(k) < 0x80) k++;
  if (k === s.length) return s;
  const bytes = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) bytes[i] = s.charCodeAt(i);
  return utf8.decode(bytes);
}

/**
 * How many characters of latin1 text `s` (UTF-8 bytes) the white space character ending at `end` takes, or
 * 0 if the character there is not white space: white space as String.prototype.trim sees it.
 */
export function whiteWidthBefore(s: string, end: number): number {
  const c = s.charCodeAt(end - 1);
  if (c === 32 || (c >= 9 && c <= 13)) return 1;
  if (c < 0x80) return 0;
  const b = s.charCodeAt(end - 2);
  if (b === 0xc2) return c === 0xa0 ? 2 : 0; // U+00A0
  const a = s.charCodeAt(end - 3);
  if (a === 0xe1) return b === 0x9a && c === 0x80 ? 3 : 0; // U+1680
  if (a === 0xe2 && b === 0x80) return c <= 0x8a || c === 0xa8 || c === 0xa9 || c === 0xaf ? 3 : 0; // U+2000–200A, 2028, 2029, 202F
  if (a === 0xe2 && b === 0x81) return c === 0x9f ? 3 : 0; // U+205F
  if (a === 0xe3 && b === 0x80) return c === 0x80 ? 3 : 0; // U+3000
  if (a === 0xef && b === 0xbb) return c === 0xbf ? 3 : 0; // U+FEFF
  return 0;
}

/** What turns bytes into latin1 text fast and checks they are UTF-8: Node's Buffer, where there is one. */
export interface ByteText {
  latin1(bytes: Uint8Array): string;
  isUtf8(bytes: Uint8Array): boolean;
}

interface NodeBuffer {
  Buffer: {
    from(buffer: ArrayBufferLike, offset: number, length: number): { latin1Slice(): string };
  };
  isUtf8(bytes: Uint8Array): boolean;
}

/** Node's Buffer helpers, or undefined elsewhere (a browser): callers then decode with TextDecoder. */
export function nodeByteText(): ByteText | undefined {
  const get = (globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }).process
    ?.getBuiltinModule;
  const buffer = get?.("node:buffer") as NodeBuffer | undefined;
  if (typeof buffer?.isUtf8 !== "function") return undefined;
  return {
    latin1: (bytes) => buffer.Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).latin1Slice(),
    isUtf8: (bytes) => buffer.isUtf8(bytes),
  };
}

/**
 * A copy of `s` that does not keep alive the (1 MB) chunk it may have been sliced from: V8 makes a slice of a
 * long string a view into it. For strings kept for the whole run, such as account names.
 */
export const detach = (s: string): string => JSON.parse(JSON.stringify(s)) as string;
