// Writes a deterministic pairwise vote log shaped like a real expo: readable ids as organisers type them
// (`judge-174,project-484,project-726`), judges voting in turns, better projects winning more often.
// Usage: node bench/votes.mjs OUT.csv [VOTES] [PROJECTS] [JUDGES]
import { writeFileSync } from "node:fs";

/** mulberry32: small, fast, deterministic. */
export function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The CSV text: header, then one `judge,winner,loser` row per vote in casting order. */
export function voteCsv({ votes = 300_000, projects = 1000, judges = 200, seed = 42 } = {}) {
  const next = random(seed);
  const quality = Array.from({ length: projects }, () => next());
  const rows = ["judge,winner,loser"];
  for (let v = 0; v < votes; v++) {
    const a = Math.floor(next() * projects);
    let b = Math.floor(next() * (projects - 1));
    if (b >= a) b++;
    const aWins = quality[a] + 0.3 * next() > quality[b] + 0.3 * next();
    const judge = 1 + Math.floor(next() * judges);
    rows.push(`judge-${judge},project-${1 + (aWins ? a : b)},project-${1 + (aWins ? b : a)}`);
  }
  return `${rows.join("\n")}\n`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [file, votes, projects, judges] = process.argv.slice(2);
  if (!file) {
    console.error("usage: node bench/votes.mjs OUT.csv [VOTES] [PROJECTS] [JUDGES]");
    process.exit(2);
  }
  const n = (text, fallback) => (text === undefined ? fallback : Number(text));
  writeFileSync(
    file,
    voteCsv({ votes: n(votes, 300_000), projects: n(projects, 1000), judges: n(judges, 200) }),
  );
}
