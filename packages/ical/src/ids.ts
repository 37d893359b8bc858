import { createHash } from "node:crypto";

/**
 * The calendar UID of a session: event id + session id (+ occurrence). `/` cannot appear in an id, so the parts
 * never run together ("a-b"+"c" and "a"+"b-c" stay distinct), and the same file always gives the same UID, which
 * is what lets a subscribed calendar update an entry instead of duplicating it.
 */
export function sessionUid(eventId: string, sessionId: string, occurrence?: string | number): string {
  const suffix = occurrence === undefined ? "" : `/${occurrence}`;
  return `${eventId}/${sessionId}${suffix}@hackdaykit`;
}

/** RFC 4122 name-based UUID (version 5, SHA-1) in the URL namespace: stable guids for c3voc and JSON-LD. */
export function uuidV5(name: string): string {
  // 6ba7b811-9dad-11d1-80b4-00c04fd430c8 is the RFC 4122 URL namespace.
  const namespace = Buffer.from("6ba7b8119dad11d180b400c04fd430c8", "hex");
  const bytes = createHash("sha1").update(namespace).update(name, "utf8").digest().subarray(0, 16);
  bytes[6] = (bytes[6]! & 0x0f) | 0x50;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = bytes.toString("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
