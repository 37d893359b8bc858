import type { Event } from "@hackdaykit/schema";
import { publicView } from "@hackdaykit/schema";
import type { RateLimiter } from "./security.js";
import type { Store } from "./store.js";

export interface AppDeps {
  store: Store;
  loginLimiter: RateLimiter;
  /** Set Secure on cookies (behind HTTPS). */
  secureCookies: boolean;
}

export type AppEnv = {
  Variables: {
    csrf: string;
    form: Record<string, string>;
  };
};

const publicCache = new WeakMap<Store, { generation: number; event: Event }>();

/** The publishable view of the live event, recomputed only after a write. */
export function publicEvent(store: Store): Event {
  const hit = publicCache.get(store);
  if (hit && hit.generation === store.generation) return hit.event;
  const event = publicView(store.event());
  publicCache.set(store, { generation: store.generation, event });
  return event;
}
