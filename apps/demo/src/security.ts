import { createHash, randomBytes, scrypt, timingSafeEqual } from "node:crypto";

/** 256 bits from the OS CSPRNG, URL-safe: long enough that link guessing is hopeless. */
export function newToken(): string {
  return randomBytes(32).toString("base64url");
}

/** Tokens are stored as SHA-256: a leaked database does not leak working links. */
export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

const SCRYPT = { N: 16384, r: 8, p: 1, keylen: 32 } as const;

function scryptAsync(password: string, salt: Buffer, N: number, r: number, p: number, keylen: number) {
  return new Promise<Buffer>((resolve, reject) =>
    scrypt(password, salt, keylen, { N, r, p, maxmem: 64 * 1024 * 1024 }, (error, key) =>
      error ? reject(error) : resolve(key),
    ),
  );
}

/** `scrypt$N$r$p$salt$hash`, parameters kept beside the hash so they can be raised later. */
export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await scryptAsync(password, salt, SCRYPT.N, SCRYPT.r, SCRYPT.p, SCRYPT.keylen);
  return ["scrypt", SCRYPT.N, SCRYPT.r, SCRYPT.p, salt.toString("base64url"), key.toString("base64url")].join(
    "$",
  );
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, n, r, p, salt, hash] = stored.split("$");
  if (scheme !== "scrypt" || !salt || !hash) return false;
  const expected = Buffer.from(hash, "base64url");
  const key = await scryptAsync(
    password,
    Buffer.from(salt, "base64url"),
    Number(n),
    Number(r),
    Number(p),
    expected.length,
  );
  return key.length === expected.length && timingSafeEqual(key, expected);
}

/** Constant-time string comparison (for CSRF tokens). */
export function sameSecret(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/** A readable generated password: 4 groups of 5 from an unambiguous alphabet (~100 bits). */
export function newPassword(): string {
  const alphabet = "abcdefghjkmnpqrstuvwxyz23456789";
  const bytes = randomBytes(20);
  let out = "";
  for (let i = 0; i < 20; i++) {
    out += alphabet[bytes[i]! % alphabet.length];
    if (i % 5 === 4 && i < 19) out += "-";
  }
  return out;
}

/**
 * Fixed-window attempt counter per key (client address). Brute force against the admin login was seen at real
 * events. `attempt` counts a try *before* the password is checked, in one synchronous step, so guesses sent in
 * parallel cannot all slip through while the (slow, async) password check runs; a success resets the key.
 */
export class RateLimiter {
  readonly #hits = new Map<string, { count: number; resetAt: number }>();
  constructor(
    readonly limit: number,
    readonly windowMs: number,
    readonly now: () => number = Date.now,
  ) {}

  /** Records one try for `key`: 0 if it may go ahead, else the milliseconds until the window ends. */
  attempt(key: string): number {
    const now = this.now();
    let entry = this.#hits.get(key);
    if (!entry || entry.resetAt <= now) {
      entry = { count: 0, resetAt: now + this.windowMs };
      this.#hits.set(key, entry);
    }
    if (entry.count >= this.limit) return entry.resetAt - now;
    entry.count++;
    if (this.#hits.size > 10_000) {
      for (const [k, v] of this.#hits) if (v.resetAt <= now) this.#hits.delete(k);
    }
    return 0;
  }

  reset(key: string): void {
    this.#hits.delete(key);
  }
}

/** `::ffff:10.0.0.1` (an IPv4 client on a dual-stack socket) is `10.0.0.1`. */
export function plainAddress(address: string): string {
  const a = address.trim();
  return a.startsWith("::ffff:") && a.includes(".") ? a.slice(7) : a;
}

/**
 * The address a request really comes from. Only when the socket's peer is a configured trusted proxy is
 * `X-Forwarded-For` believed, read from the right (the hops our proxies added) to the first address that is not
 * one of ours; anyone else could write any address there to dodge the login limit.
 */
export function clientAddress(
  peer: string,
  forwardedFor: string | undefined,
  trusted: readonly string[],
): string {
  const trust = new Set(trusted.map(plainAddress));
  const remote = plainAddress(peer);
  if (!trust.has(remote) || !forwardedFor) return remote;
  const hops = forwardedFor.split(",").map(plainAddress).filter(Boolean);
  for (let i = hops.length - 1; i >= 0; i--) if (!trust.has(hops[i]!)) return hops[i]!;
  return hops[0] ?? remote;
}
