// Benchmarks for @hackdaykit/schedule, run from the built package: `npm run bench` (after `npm run build`).
import { performance } from "node:perf_hooks";
import { parseEvent } from "@hackdaykit/schema";
import { buildAgenda, buildRota, detectConflicts } from "../dist/index.js";
// The solver is timed on its own through the unexported dist/internal.js.
import { assignJudges } from "../dist/internal.js";

/** Deterministic xorshift so every run measures the same instance. */
function rng(seed) {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return (s >>> 0) / 4294967296;
  };
}

function time(label, runs, fn) {
  const times = [];
  let result;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    result = fn();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)];
  console.log(
    `${label.padEnd(58)} median ${median.toFixed(0).padStart(6)} ms  (min ${times[0].toFixed(0)}, ${runs} runs)`,
  );
  return result;
}

// Rota: 2,000 projects, 300 judges, k = 3, 5% conflicts, three prizes with their own judges.
{
  const random = rng(2026);
  const judges = Array.from({ length: 300 }, (_, j) => ({ id: `judge-${j}` }));
  const prizes = ["hardware", "civic", "health"];
  const projects = Array.from({ length: 2000 }, (_, p) => ({
    id: `project-${p}`,
    table: p + 1,
    prizes: random() < 0.1 ? [prizes[Math.floor(random() * 3)]] : [],
  }));
  const conflicts = [];
  for (const judge of judges)
    for (const project of projects)
      if (random() < 0.05) conflicts.push({ judge: judge.id, project: project.id, reason: "bench" });
  const prizeJudges = Object.fromEntries(
    prizes.map((prize, i) => [prize, judges.slice(i * 5, i * 5 + 5).map((j) => j.id)]),
  );
  const problem = { judges, projects, conflicts, prizeJudges, views: 3 };
  const start = new Date("2026-10-25T11:30:00Z");
  const timing = {
    start,
    end: new Date(start.getTime() + 180 * 60_000),
    zone: "Europe/London",
    minutes: 4,
    changeover: 1,
  };
  console.log(
    `rota: ${projects.length} projects, ${judges.length} judges, k=3, ${conflicts.length} conflicts (5%)`,
  );
  const assigned = time("  assignment only (min-cost flow + pair variety)", 3, () =>
    assignJudges({ ...problem, rounds: 36 }),
  );
  console.log(
    `  → flow solver: ${assigned.solver.phases} shortest-path phases, ${assigned.solver.blockingFlows} blocking flows`,
  );
  const rota = time("  full rota (assign + König rounds + walks + times)", 3, () =>
    buildRota(problem, timing),
  );
  const loads = Object.values(rota.loads);
  console.log(
    `  → ${rota.slots.length} visits, ${rota.rounds} rounds, shortfall ${rota.shortfall.length}, loads ${Math.min(...loads)}–${Math.max(...loads)}, repeated pairs ${rota.repeatedPairs}, prize gaps ${rota.prizeGaps.length}, walk ${rota.walking.tables} tables (bound ${rota.walking.lowerBound})`,
  );
}

// Agenda check: 2,000 sessions over three days in 40 rooms with 600 speakers.
{
  const random = rng(7);
  const pad = (n) => String(n).padStart(2, "0");
  const people = Array.from({ length: 600 }, (_, i) => ({ id: `person-${i}`, name: `Person ${i}` }));
  const rooms = Array.from({ length: 40 }, (_, i) => ({
    id: `room-${i}`,
    name: `Room ${i}`,
    ...(i % 4 === 0 && { bookings: [{ start: "2026-05-15T08:00", end: "2026-05-17T18:00" }] }),
  }));
  const sessions = Array.from({ length: 2000 }, (_, i) => {
    const day = 15 + Math.floor(random() * 3);
    const minute = 8 * 60 + Math.floor(random() * 12 * 4) * 15;
    const length = 15 * (1 + Math.floor(random() * 6));
    const end = minute + length;
    return {
      id: `session-${i}`,
      title: `Session ${i}`,
      kind: "talk",
      start: `2026-05-${day}T${pad(Math.floor(minute / 60))}:${pad(minute % 60)}`,
      end: `2026-05-${day}T${pad(Math.floor(end / 60))}:${pad(end % 60)}`,
      room: `room-${Math.floor(random() * 40)}`,
      speakers: [`person-${Math.floor(random() * 600)}`],
    };
  });
  const event = parseEvent({
    id: "bench",
    name: "Bench",
    timezone: "Europe/London",
    start: "2026-05-15",
    end: "2026-05-17",
    venue: {
      id: "v",
      name: "V",
      rooms,
      openingHours: ["15", "16", "17"].map((d) => ({
        date: `2026-05-${d}`,
        opens: "08:00",
        closes: "21:00",
      })),
    },
    people,
    sessions,
  });
  console.log(`agenda: ${sessions.length} sessions, ${rooms.length} rooms, ${people.length} speakers`);
  const found = time("  buildAgenda + detectConflicts (sweep lines)", 5, () =>
    detectConflicts(event, buildAgenda(event)),
  );
  console.log(`  → ${found.length} conflicts found`);
  // Peer figure: the naive all-pairs overlap check for rooms and people, on the same agenda.
  const agenda = buildAgenda(event);
  const naive = time("  naive all-pairs room/person overlap check (peer)", 5, () => {
    let count = 0;
    const items = agenda.items;
    for (let i = 0; i < items.length; i++)
      for (let j = i + 1; j < items.length; j++) {
        const a = items[i];
        const b = items[j];
        if (a.start < b.end && b.start < a.end) {
          if (a.room === b.room) count++;
          for (const p of a.speakers) if (b.speakers.includes(p)) count++;
        }
      }
    return count;
  });
  const sweep = found.filter(
    (c) => c.kind === "room-double-booked" || c.kind === "person-double-booked",
  ).length;
  console.log(`  → overlaps: sweep ${sweep}, naive ${naive} (must agree)`);
  if (sweep !== naive) process.exitCode = 1;
}
