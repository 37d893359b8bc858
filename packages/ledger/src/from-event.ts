import type { HackDayEvent, ValidationIssue } from "@hackdaykit/schema";
import type { Ledger, Payee, SponsorPledge } from "./model.js";

/**
 * The sponsors of an event file as ledger payees (sponsors are public) and their pledges, tagged with the
 * event's id: start an event's books from the event file instead of typing the pledges twice.
 */
export function sponsorsFromEvent(event: HackDayEvent): { payees: Payee[]; pledges: SponsorPledge[] } {
  return {
    payees: event.sponsors.map((s) => ({ id: s.id, name: s.name, kind: "sponsor", public: true })),
    pledges: event.sponsors.flatMap((s) =>
      s.pledges.map(
        (p): SponsorPledge => ({
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

const pledgeKey = (p: SponsorPledge) =>
  [p.kind, p.amount.currency, p.amount.minor, p.event ?? "", p.restrictedTo ?? ""].join("\u0000");
const sameSet = (a: readonly SponsorPledge[], b: readonly SponsorPledge[]) =>
  a.map(pledgeKey).sort().join("\n") === b.map(pledgeKey).sort().join("\n");

/**
 * The ledger read together with its event: the event's sponsors are payees (a payee the ledger declares itself
 * wins), their pledges count unless the ledger lists pledges of that sponsor (never both; a warning when they
 * differ), untagged transactions belong to the event, and a free-text payee that is exactly a sponsor's name
 * (as journals write them) is that sponsor.
 */
export function withEvent(
  ledger: Ledger,
  event: HackDayEvent,
): { ledger: Ledger; warnings: ValidationIssue[] } {
  const sponsors = sponsorsFromEvent(event);
  const declared = new Set(ledger.payees.map((p) => p.id));
  const payees = [...ledger.payees, ...sponsors.payees.filter((p) => !declared.has(p.id))];
  const byName = new Map(sponsors.payees.filter((p) => !declared.has(p.id)).map((p) => [p.name, p.id]));
  const warnings: ValidationIssue[] = [];
  const pledges = [...ledger.pledges];
  for (const sponsor of new Set(sponsors.pledges.map((p) => p.sponsor))) {
    const theirs = sponsors.pledges.filter((p) => p.sponsor === sponsor);
    const ours = ledger.pledges.filter((p) => p.sponsor === sponsor);
    if (ours.length === 0) pledges.push(...theirs);
    else if (!sameSet(ours, theirs)) {
      warnings.push({
        severity: "warning",
        path: ["pledges", ledger.pledges.findIndex((p) => p.sponsor === sponsor)],
        message: `the pledges of "${sponsor}" differ from the event file's; the ledger's are used`,
      });
    }
  }
  if (ledger.event !== undefined && ledger.event !== event.id) {
    warnings.push({
      severity: "warning",
      path: ["event"],
      message: `the ledger's default event is "${ledger.event}" but the event file is "${event.id}": untagged transactions belong to "${ledger.event}"`,
    });
  }
  const defaultEvent = ledger.event ?? event.id;
  const transactions = ledger.transactions.map((t) => {
    const sponsorId = t.payee === undefined || declared.has(t.payee) ? undefined : byName.get(t.payee);
    if (sponsorId === undefined && t.tags.event !== undefined) return t;
    return {
      ...t,
      ...(sponsorId !== undefined && { payee: sponsorId }),
      tags: t.tags.event === undefined ? { ...t.tags, event: defaultEvent } : t.tags,
    };
  });
  return { ledger: { ...ledger, event: defaultEvent, payees, pledges, transactions }, warnings };
}
