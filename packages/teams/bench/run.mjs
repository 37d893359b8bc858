// Benchmark for @hackdaykit/teams, run from the built package (npm run build first; turbo does it).
// Prints figures; asserts nothing about time (machines differ). The optimality guarantee holds in every run:
// the solver proves a zero gap and the library re-scores its answer exactly.
const { allocateTeams, generateProblem } = await import("../dist/index.js");

const ms = (t) => `${t.toFixed(0)} ms`;
const time = async (fn) => {
  const cpu = process.cpuUsage();
  const start = process.hrtime.bigint();
  const value = await fn();
  const used = process.cpuUsage(cpu);
  return { value, ms: Number(process.hrtime.bigint() - start) / 1e6, cpu: (used.user + used.system) / 1000 };
};

const warm = await time(() => allocateTeams(generateProblem({ attendees: 4, pitches: 2, seed: 1 })));
console.log(`load HiGHS (WebAssembly) and first solve: ${ms(warm.ms)} (cpu ${ms(warm.cpu)})`);

for (const [attendees, pitches] of [
  [120, 25],
  [300, 60],
]) {
  for (const seed of [1, 2, 3]) {
    const problem = generateProblem({ attendees, pitches, rankingLength: 5, seed });
    const run = await time(() => allocateTeams(problem));
    const a = run.value;
    const top3 = ((100 * a.summary.topThree) / attendees).toFixed(0);
    console.log(
      `${attendees} attendees, ${pitches} pitches, rankings of 5 (seed ${seed}): ${ms(run.ms)} (cpu ${ms(run.cpu)}); ` +
        `kept ${a.summary.kept}, top-3 ${top3}%, unplaced ${a.unplaced.length}, envy ${a.envy.length}`,
    );
  }
}
