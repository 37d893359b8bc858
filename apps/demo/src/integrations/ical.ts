import { buildIcs, type FeedScope, toC3voc, toJsonLd } from "@hackdaykit/ical";
import type { HackDayEvent } from "@hackdaykit/schema";
import { memo, publicEvent } from "../context.js";
import type { Store } from "../store/index.js";
import { eventRota } from "./schedule.js";

/**
 * A calendar feed from the ical package, change-aware: the last body served for this feed is kept, so a moved
 * session comes out with SEQUENCE + 1 (and a removed one as CANCELLED) and subscribed calendars follow it.
 */
export function calendarFeed(store: Store, options: { track?: string; room?: string }): string | undefined {
  const name =
    options.track !== undefined
      ? `track:${options.track}`
      : options.room !== undefined
        ? `room:${options.room}`
        : "event";
  const scope: FeedScope =
    options.track !== undefined
      ? { kind: "track", track: options.track }
      : options.room !== undefined
        ? { kind: "room", room: options.room }
        : { kind: "event" };
  const previous = store.feeds.get(name);
  const { ics } = buildIcs(publicEvent(store), { scope, ...(previous !== undefined && { previous }) });
  if (ics !== previous) store.feeds.save(name, ics);
  return ics;
}

/** A judge's own feed: their expo rota visits (private: served only under their link). */
export function judgeFeed(store: Store, judge: string): string {
  const event = store.event();
  const built = eventRota(store);
  const rota = "rota" in built ? built.rota.slots.filter((s) => s.judge === judge) : [];
  const name = `person:${judge}`;
  const previous = store.feeds.get(name);
  const { ics } = buildIcs(event, {
    scope: { kind: "person", person: judge },
    rota,
    ...(previous !== undefined && { previous }),
  });
  if (ics !== previous) store.feeds.save(name, ics);
  return ics;
}

/** c3voc schedule.json, once per public event version. */
export const c3vocSchedule: (event: HackDayEvent) => unknown = memo((event: HackDayEvent) => toC3voc(event));

/** schema.org JSON-LD, once per public event version (every page embeds it). */
export const jsonLd: (event: HackDayEvent) => unknown = memo((event: HackDayEvent) => toJsonLd(event));
