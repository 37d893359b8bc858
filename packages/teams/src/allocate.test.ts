import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { allocateTeams } from "./allocate.js";
import { bruteForce } from "./brute-force.js";
import { prepare } from "./prepare.js";
import type { FormationProblem } from "./problem.js";
import { score, violation } from "./score.js";
import { generateProblem } from "./simulate.js";
import { solveExactly } from "./solve.js";

const SKILLS = ["clinician", "developer"];

/** Small events: ≤ 8 people, ≤ 4 pitches, random sizes, skills, tiers, avoids and pairs. */
const smallProblem: fc.Arbitrary<FormationProblem> = fc
  .record({ n: fc.integer({ min: 1, max: 8 }), m: fc.integer({ min: 1, max: 4 }) })
  .chain(({ n, m }) => {
    const person = fc.integer({ min: 0, max: n - 1 });
    const pitch = fc.record({
      pitcher: person,
      minSize: fc.integer({ min: 1, max: 3 }),
      extra: fc.integer({ min: 0, max: 2 }),
      skillsWanted: fc.subarray(SKILLS),
    });
    const choice = fc.record({
      order: fc.shuffledSubarray(
        Array.from({ length: m }, (_, j) => j),
        { minLength: 0, maxLength: m },
      ),
      ties: fc.array(fc.boolean(), { minLength: m, maxLength: m }),
      avoidRest: fc.array(fc.boolean(), { minLength: m, maxLength: m }),
      silent: fc.boolean(),
    });
    return fc.record({
      skills: fc.array(fc.subarray(SKILLS), { minLength: n, maxLength: n }),
      pitches: fc.array(pitch, { minLength: m, maxLength: m }),
      choices: fc.array(choice, { minLength: n, maxLength: n }),
      pairs: fc.shuffledSubarray(
        Array.from({ length: n }, (_, i) => i),
        { minLength: 0, maxLength: Math.min(4, n) },
      ),
    });
  })
  .map(({ skills, pitches, choices, pairs }) => {
    const people = skills.map((s, i) => ({ id: `p${i}`, skills: s }));
    const groups: string[][] = [];
    for (let g = 0; g + 1 < pairs.length; g += 2) groups.push([`p${pairs[g]}`, `p${pairs[g + 1]}`]);
    return {
      people,
      pitches: pitches.map((p, j) => ({
        id: `t${j}`,
        pitcher: `p${p.pitcher}`,
        minSize: p.minSize,
        maxSize: p.minSize + p.extra,
        skillsWanted: p.skillsWanted,
      })),
      groups,
      preferences: choices.flatMap((c, i) => {
        if (c.silent) return [];
        const ranking = c.order.map((j, k) => (k === 0 ? `t${j}` : `${c.ties[k] ? "=" : ">"}t${j}`)).join("");
        const avoid = pitches.flatMap((_, j) => (!c.order.includes(j) && c.avoidRest[j] ? [`t${j}`] : []));
        return [{ person: `p${i}`, ranking, avoid }];
      }),
    };
  });

describe("allocateTeams", () => {
  it("equals brute force and keeps every rule on small events", async () => {
    await fc.assert(
      fc.asyncProperty(smallProblem, async (problem) => {
        const allocation = await allocateTeams(problem);
        const prepared = prepare(problem);
        const best = bruteForce(prepared);
        expect(allocation.score).toEqual(best.score);
        // Every path is optimal too: the full programme (no pooling of interchangeable people), the one
        // weighted objective without the strict first solve, integer placements without the relaxation, and the
        // scarce-skill rule whole rather than split into cases.
        const order = prepared.units.map((_, u) => u);
        expect(score(prepared, await solveExactly(prepared, order, { split: false }))).toEqual(best.score);
        for (const pooled of [true, false])
          for (const strict of [true, false])
            for (const relaxed of [true, false])
              expect(
                score(prepared, await solveExactly(prepared, order, { pooled, strict, relaxed })),
              ).toEqual(best.score);

        // Everyone exactly once: on one team or listed unplaced.
        const seen = [
          ...allocation.teams.flatMap((t) => t.members),
          ...allocation.unplaced.map((u) => u.person),
        ];
        expect([...seen].sort()).toEqual(problem.people.map((p) => p.id).sort());
        const teamOf = new Map(allocation.teams.flatMap((t) => t.members.map((m) => [m, t.pitch] as const)));
        for (const team of allocation.teams) {
          expect(team.size).toBe(team.members.length);
          expect(team.size).toBeGreaterThanOrEqual(team.minSize);
          expect(team.size).toBeLessThanOrEqual(team.maxSize);
          expect(team.members).toContain(team.leader);
        }
        for (const group of problem.groups ?? []) {
          expect(new Set(group.map((id) => teamOf.get(id) ?? null)).size).toBe(1);
        }
        for (const choice of problem.preferences ?? []) {
          const team = teamOf.get(choice.person);
          if (
            team !== undefined &&
            !problem.pitches.some((p) => p.id === team && p.pitcher === choice.person)
          ) {
            expect(choice.avoid).not.toContain(team);
          }
        }
        // The reported coverage is the real one, and every wanted skill is covered wherever enough such people came.
        const skillsOf = new Map(problem.people.map((p) => [p.id, p.skills]));
        for (const team of allocation.teams)
          for (const s of team.skills)
            expect(s.covered).toBe(team.members.some((m) => skillsOf.get(m)!.includes(s.skill)));
        if (best.score.skillShortfall === 0) {
          for (const skill of SKILLS) {
            const wanting = allocation.teams.flatMap((t) => t.skills.filter((s) => s.skill === skill));
            const available = problem.people.filter((p) => p.skills.includes(skill)).length;
            expect(wanting.filter((s) => s.covered).length).toBe(Math.min(wanting.length, available));
          }
        }
        expect(allocation.envy).toEqual([]);
        expect(allocation.people.flatMap((p) => p.better).filter((b) => b.why === "envy")).toEqual([]);
      }),
      { numRuns: 120 },
    );
  });

  it("keeps every rule on mid-sized generated events (pairs, ties, avoids, scarce skills)", async () => {
    const options = fc.record({
      attendees: fc.integer({ min: 10, max: 40 }),
      pitches: fc.integer({ min: 2, max: 9 }),
      skew: fc.double({ min: 0, max: 2, noNaN: true }),
      minSize: fc.integer({ min: 1, max: 4 }),
      extra: fc.integer({ min: 0, max: 4 }),
      pairs: fc.double({ min: 0, max: 0.4, noNaN: true }),
      seed: fc.nat(1000),
    });
    await fc.assert(
      fc.asyncProperty(options, async ({ extra, ...o }) => {
        const problem = generateProblem({ ...o, maxSize: o.minSize + extra });
        const a = await allocateTeams(problem);
        // The fast path (pooled, strict first, relaxed) reaches the same optimum as the full weighted integer
        // programme.
        const prepared = prepare(problem);
        const order = prepared.units.map((_, u) => u);
        const full = await solveExactly(prepared, order, { pooled: false, strict: false, relaxed: false });
        expect(a.score).toEqual(score(prepared, full));
        const teamOf = new Map<string, string>();
        for (const team of a.teams) {
          expect(team.size).toBeGreaterThanOrEqual(team.minSize);
          expect(team.size).toBeLessThanOrEqual(team.maxSize);
          expect(team.members).toContain(team.leader);
          for (const m of team.members) {
            expect(teamOf.has(m)).toBe(false); // nobody in two teams
            teamOf.set(m, team.pitch);
          }
        }
        expect(teamOf.size + a.unplaced.length).toBe(problem.people.length);
        for (const group of problem.groups ?? [])
          expect(new Set(group.map((id) => teamOf.get(id) ?? null)).size).toBe(1);
        for (const c of problem.preferences ?? [])
          if (teamOf.has(c.person)) expect(c.avoid).not.toContain(teamOf.get(c.person));
        expect(a.envy).toEqual([]);
      }),
      { numRuns: 12 },
    );
  });

  it("the fast path (relaxed, split on scarce skills) reaches the integer programme's optimum on medium events", async () => {
    // Scarce skills (few people, many pitches wanting them) and many pairs: where the relaxation and the case
    // split do their work. The reference is the programme before them: whole, weighted, integer, unsplit.
    const options = fc.record({
      attendees: fc.integer({ min: 30, max: 70 }),
      pitches: fc.integer({ min: 5, max: 14 }),
      skew: fc.double({ min: 0, max: 2, noNaN: true }),
      minSize: fc.integer({ min: 2, max: 4 }),
      extra: fc.integer({ min: 1, max: 5 }),
      pairs: fc.double({ min: 0.1, max: 0.5, noNaN: true }),
      seed: fc.nat(10_000),
    });
    await fc.assert(
      fc.asyncProperty(options, async ({ extra, ...o }) => {
        const prepared = prepare(generateProblem({ ...o, maxSize: o.minSize + extra }));
        const order = prepared.units.map((_, u) => u);
        const fast = await solveExactly(prepared, order);
        const reference = await solveExactly(prepared, order, {
          pooled: false,
          strict: false,
          relaxed: false,
          split: false,
        });
        expect(violation(prepared, fast)).toBeUndefined();
        expect(score(prepared, fast)).toEqual(score(prepared, reference));
      }),
      { numRuns: 15 },
    );
  });
});
