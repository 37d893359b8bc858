import { describe, expect, it } from "vitest";
import type { Pool } from "./programme.js";
import { handOut } from "./solve.js";

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
