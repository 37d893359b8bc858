import type { HackDayEvent } from "@hackdaykit/schema";
import { publicView } from "@hackdaykit/schema";
import type { Allocator } from "./allocator.js";
import type { RateLimiter } from "./security.js";
import type { Store } from "./store/index.js";

export interface AppDeps {
  store: Store;
  /** Runs team allocations in a worker thread. */
  allocator: Allocator;
  loginLimiter: RateLimiter;
  /** Set Secure on cookies (the site is served over HTTPS). */
  secureCookies: boolean;
  /**
   * Addresses of reverse proxies in front of the app. Only requests from them have `X-Forwarded-For` (the
   * client's address, for the login limit) and `X-Forwarded-Proto: https` (Secure cookies) believed.
   */
  trustedProxies: readonly string[];
  /** The clock (tests move it past the submission deadline). */
  now: () => Date;
}

export type AppEnv = {
  Variables: {
    csrf: string;
    form: Record<string, string>;
    /** Files of a multipart form (the event file upload). */
    files: Record<string, File>;
    /** The client's address (through trusted proxies only). */
    client: string;
    /** Whether cookies get `Secure`: configured, or a trusted proxy says the visitor used HTTPS. */
    secure: boolean;
  };
};

const publicCache = new WeakMap<Store, { generation: number; event: HackDayEvent }>();

/**
 * The publishable view of the live event. publicView drops every ballot, so it is recomputed only when the
 * event's structure changes, not on each vote; the object stays the same so page caches can key on it.
 */
export function publicEvent(store: Store): HackDayEvent {
  const hit = publicCache.get(store);
  if (hit && hit.generation === store.structureGeneration) return hit.event;
  const event = publicView(store.event());
  publicCache.set(store, { generation: store.structureGeneration, event });
  return event;
}

/** `fn(key)` computed once per key object (an event, a project list…) and kept while the object lives. */
export function memo<K extends object, V>(fn: (key: K) => V): (key: K) => V {
  const cache = new WeakMap<K, V>();
  return (key) => {
    if (cache.has(key)) return cache.get(key)!;
    const value = fn(key);
    cache.set(key, value);
    return value;
  };
}
