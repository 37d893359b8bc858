// One fresh process's allocations, for bench/first-solve.mjs: loading HiGHS (with a 4-person allocation), the
// first 300 × 60 allocation of generated event SEED, then the same event again (warm). Prints JSON on stdout.
const { allocateTeams, generateProblem } = await import("../dist/index.js");

const seed = Number(process.argv[2]);
const time = async (fn) => {
  const cpu = process.cpuUsage();
  const start = process.hrtime.bigint();
  await fn();
  const used = process.cpuUsage(cpu);
  return { wall: Number(process.hrtime.bigint() - start) / 1e9, cpu: (used.user + used.system) / 1e6 };
};
const load = await time(() => allocateTeams(generateProblem({ attendees: 4, pitches: 2, seed: 1 })));
const problem = generateProblem({ attendees: 300, pitches: 60, rankingLength: 5, seed });
const first = await time(() => allocateTeams(problem));
const again = await time(() => allocateTeams(problem));
console.log(JSON.stringify({ load, first, again }));
