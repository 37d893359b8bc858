import { describe, expect, it } from "vitest";
import { prepare } from "./prepare.js";
import { buildProgramme, type Pool, poolOf } from "./programme.js";
import { score } from "./score.js";
import { generateProblem } from "./simulate.js";
import { handOut, run, solveExactly, splits, whole } from "./solve.js";

describe("handOut", () => {
  // Unit 0 may sit on pitch 1 or 0 (it tries 1 first); unit 1 on 0 or 1; unit 2 only on pitch 1.
  const pool: Pool = [
    new Map([
      [1, "1:"],
      [0, "1:"],
    ]),
    new Map([
      [0, "1:"],
      [1, "1:"],
    ]),
    new Map([[1, "1:"]]),
  ];
  const seats = (a: number, b: number) => [new Map([["1:", a]]), new Map([["1:", b]])];

  it("moves an earlier unit along an augmenting path to seat everyone", () => {
    // Unit 0 takes pitch 1 first; unit 2 needs it, so unit 0 moves to pitch 0.
    expect(handOut(pool, [0, 2], seats(1, 1))).toEqual([0, 1]);
    expect(handOut(pool, [0, 1, 2], seats(2, 1))).toEqual([0, 0, 1]);
  });

  it("returns null when the seats cannot be handed out (the pooled relaxation was too loose)", () => {
    // Two seats on pitch 0, none on 1: unit 2 cannot take either.
    expect(handOut(pool, [0, 2], seats(2, 0))).toBeNull();
    // A seat of another class does not fit.
    expect(handOut(pool, [0], [new Map([["1:0", 1]]), new Map()])).toBeNull();
  });
});

describe("solveExactly, relaxed", () => {
  // Found by search: with everyone who comes alone placed continuously, this event's optimum is fractional.
  const problem = generateProblem({
    attendees: 9,
    pitches: 5,
    minSize: 1,
    maxSize: 3,
    pairs: 0.0928,
    skew: 1.47,
    seed: 1653,
    rankingLength: 1,
  });

  it("falls back to the integer programme when the relaxed optimum is not whole", async () => {
    const prepared = prepare(problem);
    const order = prepared.units.map((_, u) => u);
    const { programme, columns } = buildProgramme(prepared, order, poolOf(prepared), {
      strict: true,
      relaxed: true,
    });
    const solved = await run(programme);
    expect(solved).not.toBeNull();
    expect(whole(columns, solved!.value)).toBe(false);
    const integer = await solveExactly(prepared, order, { relaxed: false });
    expect(score(prepared, await solveExactly(prepared, order))).toEqual(score(prepared, integer));
  });

  it("whole: every placement, pooled or not, must come back whole", () => {
    const columns = {
      x: [new Map([[0, 0]]), new Map([[0, 1]])],
      g: [undefined, 2],
      f: [new Map([["1:", 3]])],
    };
    expect(whole(columns, [1, 0, 0, 1])).toBe(true);
    expect(whole(columns, [1 - 1e-9, 0, 0, 1])).toBe(true);
    expect(whole(columns, [0.5, 0.5, 0, 1])).toBe(false);
    expect(whole(columns, [1, 0, 0, 0.5])).toBe(false);
  });
});

describe("splits", () => {
  it("splits on each scarce skill, every kept pitch covered first; none without scarce skills", () => {
    const event = (clinicians: number) =>
      prepare({
        people: Array.from({ length: 6 }, (_, i) => ({
          id: `p${i}`,
          skills: i < clinicians ? ["clinician"] : [],
        })),
        pitches: [0, 1, 2].map((j) => ({
          id: `t${j}`,
          pitcher: `p${j + 3}`,
          minSize: 1,
          maxSize: 3,
          skillsWanted: ["clinician"],
        })),
      });
    expect(splits(event(3))).toEqual([undefined]);
    expect(splits(event(0))).toEqual([undefined]);
    expect(splits(event(2))).toEqual([new Map([[0, false]]), new Map([[0, true]])]);
  });
});
