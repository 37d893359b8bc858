// biome-ignore-all lint/suspicious/noExplicitAny: JSON-LD output is untyped data; the tests walk it freely
import { describe, expect, it } from "vitest";
import { toJsonLd } from "./jsonld.js";
import { nhs, riverbend, tinyEvent } from "./test-events.js";

describe("toJsonLd", () => {
  it("describes a rescheduled Hackathon in its EventSeries with previousStartDate", async () => {
    const ld = toJsonLd(await riverbend()) as Record<string, any>;
    expect(ld["@context"]).toBe("https://schema.org");
    expect(ld["@type"]).toBe("Hackathon");
    expect(ld.eventStatus).toBe("https://schema.org/EventRescheduled");
    expect(ld.previousStartDate).toBe("2026-10-17");
    expect(ld.superEvent).toMatchObject({ "@type": "EventSeries", name: "Riverbend Hack Expo" });
    expect(ld.location).toMatchObject({
      "@type": "Place",
      name: "Riverbend Exhibition Centre",
      address: { "@type": "PostalAddress", addressLocality: "Bristol", postalCode: "BS1 0ZZ" },
      geo: { "@type": "GeoCoordinates", latitude: 51.4495, longitude: -2.5983 },
    });
    const overnight = ld.subEvent.find(
      (e: any) => e["@id"] === "https://expo.example.org/2026#overnight-hacking",
    );
    expect(overnight).toMatchObject({
      "@type": "Event",
      startDate: "2026-10-24T22:00:00+01:00",
      endDate: "2026-10-25T08:00:00+00:00",
      location: { "@type": "Place", name: "Expo Hall A (tables 1–110)" },
    });
    expect(ld.sponsor.length).toBeGreaterThan(0);
  });

  it("a scheduled event has EventScheduled and no previousStartDate", async () => {
    const ld = toJsonLd(await nhs()) as Record<string, any>;
    expect(ld.eventStatus).toBe("https://schema.org/EventScheduled");
    expect(ld.previousStartDate).toBeUndefined();
    expect(ld.sponsor.every((s: any) => s["@type"] === "Organization" && typeof s.name === "string")).toBe(
      true,
    );
  });

  it("publishes no email, phone, internal session or non-consenting name", async () => {
    for (const event of [tinyEvent(), await nhs(), await riverbend()]) {
      const text = JSON.stringify(toJsonLd(event));
      expect(text).not.toMatch(/[\w.+-]+@[\w-]+\.[\w.-]+/);
      for (const p of event.people) {
        if (p.phone) expect(text).not.toContain(p.phone);
        if (!p.public) expect(text).not.toContain(`"${p.name}"`);
      }
      for (const s of event.sessions.filter((x) => x.visibility === "internal"))
        expect(text).not.toContain(`#${s.id}"`);
    }
    const tiny = toJsonLd(tinyEvent()) as Record<string, any>;
    const welcome = tiny.subEvent.find((e: any) => e.name.startsWith("Welcome"));
    expect(welcome.performer).toEqual([{ "@type": "Person", name: "Ada Lovelace" }]);
  });
});
