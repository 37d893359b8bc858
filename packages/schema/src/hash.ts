/**
 * FNV-1a, 32 bits: a short, stable, deterministic hash for ids and version strings (not for security). Another
 * `offset` basis gives an independent second hash of the same text (two make a 64-bit fingerprint).
 */
export function fnv1a(text: string, offset = 0x811c9dc5): number {
  let hash = offset;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}
