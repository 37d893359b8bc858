import { describe, expect, it } from "vitest";
import { EventSchema } from "./event.js";
import { salvage } from "./salvage.js";

describe("salvage", () => {
  it("keeps the parts of a broken event that parse, through lists with defaults (sponsors, prizes, people)", () => {
    const event = {
      id: "x",
      name: "X",
      timezone: "UTC",
      start: "2026-01-01",
      end: "2026-01-02",
      people: [{ id: "ada", name: "Ada" }, { id: "Not A Slug" }],
      sponsors: [
        { id: "acme", name: "Acme", pledges: [{ kind: "cash", amount: "10 GBP" }, { amount: "ten" }] },
      ],
      prizes: [{ id: "best", name: "Best" }, { name: "no id" }],
    };
    expect(EventSchema.safeParse(event).success).toBe(false);
    // Broken items are salvaged field by field: the id that failed is left out, what parsed stays.
    const kept = salvage(EventSchema, event) as Record<string, Record<string, unknown>[]>;
    expect(kept.people!.map((p) => p.id)).toEqual(["ada", undefined]);
    const [sponsor] = kept.sponsors!;
    expect(sponsor).toMatchObject({ id: "acme", name: "Acme" });
    expect(sponsor!.pledges).toEqual([
      expect.objectContaining({ kind: "cash", amount: { minor: 1000, currency: "GBP" } }),
      expect.not.objectContaining({ amount: expect.anything() }),
    ]);
    expect(kept.prizes!.map((p) => [p.id, p.name])).toEqual([
      ["best", "Best"],
      [undefined, "no id"],
    ]);
    expect(kept.tracks).toEqual([]);
  });
});
