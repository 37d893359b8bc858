/** @jsxImportSource hono/jsx */
import { formatMoney, type HackDayEvent } from "@hackdaykit/schema";
import { dateRange, dayLabel, mapLink } from "../format.js";
import type { SiteLinks } from "../links.js";
import { Notice } from "./layout.js";

/** The event's home page body: when, where, what to read next, prizes and sponsors. */
export function HomeView({ event, links }: { event: HackDayEvent; links: SiteLinks }) {
  const venue = event.venue;
  const tiers = [...new Set(event.sponsors.map((s) => s.tier ?? "supporter"))];
  return (
    <>
      <h1>{event.name}</h1>
      {event.status !== "scheduled" && (
        <Notice kind="warn">
          This event is {event.status}
          {event.previousStartDate && ` (it was due to start on ${dayLabel(event.previousStartDate)})`}.
        </Notice>
      )}
      <p class="lead">
        <strong>{dateRange(event)}</strong>
      </p>
      {event.description && <p>{event.description}</p>}
      {venue && (
        <section aria-labelledby="venue">
          <h2 id="venue">Venue</h2>
          <p>
            <strong>{venue.url ? <a href={venue.url}>{venue.name}</a> : venue.name}</strong>
            {venue.address && (
              <>
                <br />
                {[venue.address.street, venue.address.locality, venue.address.postalCode]
                  .filter(Boolean)
                  .join(", ")}
              </>
            )}
          </p>
          {venue.geo && (
            <p>
              <a href={mapLink(venue.geo)}>Map of {venue.name} (OpenStreetMap)</a>
            </p>
          )}
          {venue.directions && <p>{venue.directions}</p>}
        </section>
      )}
      <section aria-labelledby="links">
        <h2 id="links">Find your way around</h2>
        <ul>
          <li>
            <a href={links.agenda}>Agenda</a> — what happens when
          </li>
          <li>
            <a href={links.projects}>Projects</a> — what the teams are building
          </li>
          <li>
            <a href={links.results}>Results</a> — winners once the judges have decided
          </li>
          <li>
            <a href={links.accounts}>Open accounts</a> — where the sponsorship money goes
          </li>
          {event.codeOfConduct && (
            <li>
              <a href={event.codeOfConduct}>Code of conduct</a>
            </li>
          )}
        </ul>
      </section>
      {event.prizes.length > 0 && (
        <section aria-labelledby="prizes">
          <h2 id="prizes">Prizes</h2>
          <ul>
            {event.prizes.map((prize) => {
              const sponsor = event.sponsors.find((s) => s.id === prize.sponsor);
              return (
                <li>
                  <strong>{prize.name}</strong>
                  {sponsor && ` (from ${sponsor.name})`}
                  {prize.value && `: ${formatMoney(prize.value)}`}
                  {prize.description && <> — {prize.description}</>}
                </li>
              );
            })}
          </ul>
        </section>
      )}
      {event.sponsors.length > 0 && (
        <section aria-labelledby="sponsors">
          <h2 id="sponsors">Thank you to our sponsors</h2>
          {tiers.map((tier) => (
            <>
              <h3>{tier.charAt(0).toUpperCase() + tier.slice(1)}</h3>
              <ul class="cards">
                {event.sponsors
                  .filter((s) => (s.tier ?? "supporter") === tier)
                  .map((s) => (
                    <li class="card">
                      <strong>{s.url ? <a href={s.url}>{s.name}</a> : s.name}</strong>
                      {s.description && <p>{s.description}</p>}
                    </li>
                  ))}
              </ul>
            </>
          ))}
        </section>
      )}
    </>
  );
}
