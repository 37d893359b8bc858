import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { loadEvent, parseEvent } from "./load.js";
import { publicView } from "./public-view.js";

const small = new URL("../../../examples/nhs-hack-day-31.yaml", import.meta.url).pathname;

/** Events with people who did and did not consent, contact details, and emails hidden in free text. */
const eventArbitrary = fc
  .uniqueArray(
    fc.record({
      token: fc.stringMatching(/^[a-z]{8}$/),
      isPublic: fc.boolean(),
      phone: fc.option(fc.stringMatching(/^\+44 7\d{3} \d{6}$/), { nil: undefined }),
      inText: fc.boolean(),
    }),
    { minLength: 1, maxLength: 12, selector: (p) => p.token },
  )
  .map((specs) => {
    const people = specs.map((s) => ({
      id: `p-${s.token}`,
      name: `Name${s.token}`,
      email: `${s.token}@mail.example.org`,
      ...(s.phone && { phone: s.phone }),
      affiliations: [`Org${s.token}`],
      public: s.isPublic,
      roles: ["attendee" as const],
    }));
    const leaky = specs.filter((s) => s.inText).map((s) => `${s.token}@mail.example.org`);
    return {
      specs,
      event: parseEvent({
        id: "gen",
        name: "Generated",
        timezone: "Europe/London",
        start: "2026-05-16",
        end: "2026-05-17",
        description: `Questions? Write to ${leaky.join(", ") || "nobody"}`,
        people,
        sessions: people.map((p, i) => ({
          id: `s-${i}`,
          title: `Talk ${i}`,
          kind: "talk",
          start: "2026-05-16T10:00",
          duration: 30,
          speakers: [p.id],
          visibility: i % 3 === 0 ? "internal" : "public",
          description: `Contact ${p.email}`,
        })),
        teams: [{ id: "t", name: "Team", members: people.map((p) => p.id) }],
        projects: [{ id: "proj", title: "Project", team: "t", pitchedBy: people[0]!.id }],
      }),
    };
  });

describe("publicView", () => {
  it("never publishes an email, a phone, or the name, slug or affiliation of someone who did not consent", () => {
    fc.assert(
      fc.property(eventArbitrary, ({ specs, event }) => {
        const published = JSON.stringify(publicView(event));
        expect(published).not.toMatch(/@mail\.example\.org/);
        for (const s of specs) {
          if (s.phone) expect(published).not.toContain(s.phone);
          if (!s.isPublic) {
            expect(published).not.toContain(`Name${s.token}`);
            expect(published).not.toContain(`p-${s.token}`);
            expect(published).not.toContain(`Org${s.token}`);
          } else {
            expect(published).toContain(`Name${s.token}`);
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it("keeps references consistent and drops internal sessions and ballots", async () => {
    const event = await loadEvent(small);
    const view = publicView(event);
    const ids = new Set(view.people.map((p) => p.id));
    for (const team of view.teams) for (const member of team.members) expect(ids.has(member)).toBe(true);
    expect(view.sessions.some((s) => s.visibility === "internal")).toBe(false);
    expect(view.sessions.length).toBeLessThan(event.sessions.length);
    expect(view.judging?.ballots.scores).toEqual([]);
    expect(view.judging?.conflicts).toEqual([]);
    for (const id of view.judging?.panel ?? []) expect(ids.has(id)).toBe(true);
    const privateCount = event.people.filter((p) => !p.public).length;
    expect(view.people.filter((p) => p.name === "Participant")).toHaveLength(privateCount);
    // The same person gets the same opaque id every time the event is published.
    expect(publicView(event).people.map((p) => p.id)).toEqual(view.people.map((p) => p.id));
  });
});
