import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { clientAddress, RateLimiter } from "./security.js";
import { readLocalInput } from "./views/local-time.js";

describe("RateLimiter", () => {
  it("lets at most `limit` tries through per key and window, whatever the order of keys", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 8 }),
        fc.array(fc.constantFrom("a", "b", "c"), { maxLength: 60 }),
        (limit, keys) => {
          const limiter = new RateLimiter(limit, 60_000, () => 0);
          const allowed = new Map<string, number>();
          for (const key of keys)
            if (limiter.attempt(key) === 0) allowed.set(key, (allowed.get(key) ?? 0) + 1);
          for (const [key, n] of allowed)
            expect(n, key).toBe(Math.min(limit, keys.filter((k) => k === key).length));
        },
      ),
    );
  });

  it("opens again when the window ends, and a success resets the count", () => {
    let now = 0;
    const limiter = new RateLimiter(2, 1000, () => now);
    expect([limiter.attempt("x"), limiter.attempt("x"), limiter.attempt("x")]).toEqual([0, 0, 1000]);
    now = 1000;
    expect(limiter.attempt("x")).toBe(0);
    limiter.reset("x");
    expect([limiter.attempt("x"), limiter.attempt("x")]).toEqual([0, 0]);
  });
});

describe("clientAddress", () => {
  const proxies = ["127.0.0.1", "10.0.0.2"];
  it("believes X-Forwarded-For only from a trusted proxy, reading from the right", () => {
    expect(clientAddress("203.0.113.5", "198.51.100.1", proxies)).toBe("203.0.113.5");
    expect(clientAddress("127.0.0.1", "198.51.100.1", proxies)).toBe("198.51.100.1");
    expect(clientAddress("::ffff:127.0.0.1", "6.6.6.6, 198.51.100.1, 10.0.0.2", proxies)).toBe(
      "198.51.100.1",
    );
    expect(clientAddress("127.0.0.1", undefined, proxies)).toBe("127.0.0.1");
    expect(clientAddress("127.0.0.1", "10.0.0.2", proxies)).toBe("10.0.0.2");
  });
});

describe("readLocalInput", () => {
  const zone = "Europe/London";
  it("reads a datetime-local value in the event's zone", () => {
    const r = readLocalInput("2026-05-16T10:00", undefined, zone);
    expect(r.ok && r.instant.toISOString()).toBe("2026-05-16T09:00:00.000Z");
  });
  it("asks which one in the repeated hour, and takes the choice", () => {
    const ask = readLocalInput("2026-10-25T01:30", undefined, zone);
    expect(!ask.ok && ask.choices).toEqual(["+01:00", "+00:00"]);
    const picked = readLocalInput("2026-10-25T01:30", "+00:00", zone);
    expect(picked.ok && [picked.wall, picked.instant.toISOString()]).toEqual([
      "2026-10-25T01:30+00:00",
      "2026-10-25T01:30:00.000Z",
    ]);
  });
  it("refuses a time the clocks skip, and text that is no time", () => {
    const gap = readLocalInput("2026-03-29T01:30", undefined, zone);
    expect(!gap.ok && gap.message).toContain("does not exist");
    expect(readLocalInput("soon", undefined, zone).ok).toBe(false);
  });
});
