import { type HackDayEvent, isoInZone, publicView, resolveSessionTimes } from "@hackdaykit/schema";

type Node = Record<string, unknown>;

const STATUS = {
  scheduled: "https://schema.org/EventScheduled",
  rescheduled: "https://schema.org/EventRescheduled",
  cancelled: "https://schema.org/EventCancelled",
} as const;

function place(event: HackDayEvent): Node | undefined {
  const venue = event.venue;
  if (!venue) return undefined;
  const a = venue.address;
  return {
    "@type": "Place",
    name: venue.name,
    ...(a && {
      address: {
        "@type": "PostalAddress",
        ...(a.street !== undefined && { streetAddress: a.street }),
        ...(a.locality !== undefined && { addressLocality: a.locality }),
        ...(a.region !== undefined && { addressRegion: a.region }),
        ...(a.postalCode !== undefined && { postalCode: a.postalCode }),
        ...(a.country !== undefined && { addressCountry: a.country }),
      },
    }),
    ...(venue.geo && {
      geo: { "@type": "GeoCoordinates", latitude: venue.geo.lat, longitude: venue.geo.lon },
    }),
    ...(venue.url !== undefined && { url: venue.url }),
  };
}

/**
 * The event as schema.org JSON-LD for a community's web page: a `Hackathon` that is part of its `EventSeries`,
 * sessions as `subEvent`, the venue as a `Place`, sponsors, `eventStatus` and `previousStartDate`. Built from
 * `publicView` (from `@hackdaykit/schema`): no contact details, no internal sessions, only consenting people named.
 */
export function toJsonLd(event: HackDayEvent): Node {
  const view = publicView(event);
  const zone = view.timezone;
  const venue = place(view);
  const id = (fragment: string) => (view.url ? `${view.url}#${fragment}` : undefined);
  const people = new Map(view.people.map((p) => [p.id, p]));
  const subEvent = view.sessions.flatMap((session): Node[] => {
    const times = resolveSessionTimes(session, zone);
    if (!times.ok) return [];
    const room = view.venue?.rooms.find((r) => r.id === session.room);
    const performers = session.speakers.flatMap((speakerId) => {
      const person = people.get(speakerId);
      return person?.public ? [{ "@type": "Person", name: person.name }] : [];
    });
    return [
      {
        "@type": "Event",
        ...(id(session.id) !== undefined && { "@id": id(session.id) }),
        name: session.title,
        startDate: isoInZone(times.start, zone),
        endDate: isoInZone(times.end, zone),
        ...(session.description !== undefined && { description: session.description }),
        ...(venue && {
          location: room
            ? { "@type": "Place", name: room.name, containedInPlace: { "@type": "Place", name: venue.name } }
            : { "@type": "Place", name: venue.name },
        }),
        ...(performers.length > 0 && { performer: performers }),
      },
    ];
  });
  const series = view.series && {
    "@type": "EventSeries",
    ...(view.series.url !== undefined && { "@id": view.series.url }),
    name: view.series.name,
    ...(view.series.url !== undefined && { url: view.series.url }),
  };
  return {
    "@context": "https://schema.org",
    "@type": "Hackathon",
    ...(id("event") !== undefined && { "@id": id("event") }),
    name: view.name,
    ...(view.description !== undefined && { description: view.description }),
    ...(view.url !== undefined && { url: view.url }),
    startDate: view.start,
    endDate: view.end,
    eventStatus: STATUS[view.status],
    ...(view.previousStartDate !== undefined && { previousStartDate: view.previousStartDate }),
    eventAttendanceMode: "https://schema.org/OfflineEventAttendanceMode",
    ...(venue && { location: venue }),
    ...(series && { superEvent: series, organizer: { "@type": "Organization", name: series.name } }),
    ...(view.sponsors.length > 0 && {
      sponsor: view.sponsors.map((s) => ({
        "@type": "Organization",
        name: s.name,
        ...(s.url !== undefined && { url: s.url }),
        ...(s.logo !== undefined && { logo: s.logo }),
      })),
    }),
    ...(subEvent.length > 0 && { subEvent }),
  };
}
