import type { Event } from "@hackdaykit/schema";
import type { Payee, Pledge } from "./model.js";

/**
 * The sponsors of an event file as ledger payees (sponsors are public) and their pledges, tagged with the
 * event's id: start an event's books from the event file instead of typing the pledges twice.
 */
export function sponsorsFromEvent(event: Event): { payees: Payee[]; pledges: Pledge[] } {
  return {
    payees: event.sponsors.map((s) => ({ id: s.id, name: s.name, kind: "sponsor", public: true })),
    pledges: event.sponsors.flatMap((s) =>
      s.pledges.map(
        (p): Pledge => ({
          sponsor: s.id,
          event: event.id,
          kind: p.kind,
          amount: p.amount,
          ...(p.restrictedTo !== undefined && { restrictedTo: p.restrictedTo }),
          ...(p.description !== undefined && { description: p.description }),
        }),
      ),
    ),
  };
}
