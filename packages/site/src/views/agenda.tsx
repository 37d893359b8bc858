/** @jsxImportSource hono/jsx */
import type { Agenda, AgendaItem } from "@hackdaykit/schedule";
import { daysBetween, type HackDayEvent, localParts } from "@hackdaykit/schema";
import { dayLabel } from "../format.js";
import type { SiteLinks } from "../links.js";
import { roomName } from "./names.js";
import { Scroll } from "./table.js";

/** What is on at `at` and what starts next (all sessions starting at the next start time). */
export function nowNext(items: readonly AgendaItem[], at: Date): { now: AgendaItem[]; next: AgendaItem[] } {
  const now = items.filter((s) => s.start <= at && at < s.end);
  const upcoming = items.filter((s) => s.start > at);
  const first = upcoming[0]?.start.getTime();
  const next = upcoming.filter((s) => s.start.getTime() === first);
  return { now, next };
}

/** "09:30–10:00", or "22:00–01:00 +1" when the session ends on a later local day. */
export function timeSpan(item: AgendaItem, zone: string): string {
  const days = daysBetween(item.day, localParts(item.end, zone).date);
  return `${item.startLocal}–${item.endLocal}${days > 0 ? ` +${days}` : ""}`;
}

/** The live "now / next" box (the demo refreshes it; a static page has no "now"). */
export function NowNext({ event, agenda, at }: { event: HackDayEvent; agenda: Agenda; at: Date }) {
  const { now, next } = nowNext(agenda.items, at);
  const item = (s: AgendaItem) => (
    <li>
      <strong>{s.title}</strong> <span class="muted">{timeSpan(s, event.timezone)}</span>
      {s.room && <> · {roomName(event, s.room)}</>}
    </li>
  );
  return (
    <div class="now-next" id="now-next" aria-live="polite">
      <section>
        <h2>Now</h2>
        {now.length ? <ul>{now.map(item)}</ul> : <p>Nothing on right now.</p>}
      </section>
      <section>
        <h2>Next</h2>
        {next.length ? (
          <ul>{next.map(item)}</ul>
        ) : (
          <p>{now.length ? "This is the last session." : "No more sessions."}</p>
        )}
      </section>
    </div>
  );
}

/** The feeds of an event, as paths from the event's root (the demo serves the same paths). */
export function feedPaths(event: HackDayEvent): { label: string; path: string }[] {
  const rooms = (event.venue?.rooms ?? []).filter((r) => event.sessions.some((s) => s.room === r.id));
  return [
    { label: "Subscribe to the whole agenda", path: "calendar.ics" },
    ...event.tracks.map((t) => ({
      label: `Subscribe to ${t.name} only`,
      path: `calendar/${t.id}.ics`,
    })),
    ...rooms.map((r) => ({ label: `What's on in ${r.name}`, path: `calendar/room/${r.id}.ics` })),
  ];
}

export interface AgendaViewProps {
  event: HackDayEvent;
  agenda: Agenda;
  links: SiteLinks;
  /** `webcal://` address of a feed path, where the site's address is known (one-click subscribe). */
  webcal?: (path: string) => string;
  /** Highlights what is on now (the demo's live page); leave out on a static page. */
  at?: Date;
}

function Subscribe({ event, links, webcal }: Pick<AgendaViewProps, "event" | "links" | "webcal">) {
  return (
    <ul>
      {feedPaths(event).map((feed) =>
        webcal ? (
          <li>
            <a href={webcal(feed.path)}>{feed.label}</a> (<a href={links.file(feed.path)}>download .ics</a>)
          </li>
        ) : (
          <li>
            <a href={links.file(feed.path)}>{feed.label}</a> (.ics)
          </li>
        ),
      )}
      <li>
        <a href={links.file("schedule.json")}>schedule.json</a> for schedule apps (c3voc format: Giggity,
        EventFahrplan, ConfClerk)
      </li>
    </ul>
  );
}

/** The agenda day by day in the venue's local time, with the calendar feeds to subscribe to. */
export function AgendaView({ event, agenda, links, webcal, at }: AgendaViewProps) {
  const current = at ? new Set(nowNext(agenda.items, at).now) : new Set<AgendaItem>();
  const sessions = new Map(event.sessions.map((s) => [s.id, s]));
  const tracks = new Map(event.tracks.map((t) => [t.id, t.name]));
  const people = new Map(event.people.map((p) => [p.id, p.name]));
  return (
    <>
      <h1>Agenda</h1>
      <p class="muted">
        All times are local to the venue ({event.timezone}). "+1" marks a session that ends the next day.
      </p>
      {at && <NowNext event={event} agenda={agenda} at={at} />}
      <h2 id="subscribe">Subscribe</h2>
      <Subscribe event={event} links={links} {...(webcal && { webcal })} />
      {agenda.days.length === 0 && <p>No sessions have been published yet.</p>}
      {agenda.days.map((day) => (
        <section aria-labelledby={`day-${day.date}`}>
          <h2 id={`day-${day.date}`}>{dayLabel(day.date)}</h2>
          <Scroll label={`Sessions on ${dayLabel(day.date)}`}>
            <table>
              <caption class="muted">Sessions on {dayLabel(day.date)}</caption>
              <thead>
                <tr>
                  <th scope="col">Time</th>
                  <th scope="col">Session</th>
                  <th scope="col">Where</th>
                </tr>
              </thead>
              <tbody>
                {day.items.map((s) => {
                  const description = sessions.get(s.id)?.description;
                  return (
                    <tr class={current.has(s) ? "current" : undefined} id={`session-${s.id}`}>
                      <td class="time">{timeSpan(s, event.timezone)}</td>
                      <td>
                        <strong>{s.title}</strong>
                        {s.track && (
                          <>
                            {" "}
                            <span class="tag">{tracks.get(s.track) ?? s.track}</span>
                          </>
                        )}
                        {s.speakers.length > 0 && (
                          <div class="muted">
                            with {s.speakers.map((p) => people.get(p) ?? "Participant").join(", ")}
                          </div>
                        )}
                        {description && <div>{description}</div>}
                      </td>
                      <td>{s.room ? roomName(event, s.room) : ""}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </Scroll>
        </section>
      ))}
    </>
  );
}
