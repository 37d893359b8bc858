import { type PairwiseVote, voteParticipants } from "./pairwise.js";
import { type Ranked, type RankingResult, rankByScore } from "./ranking.js";

export interface BradleyTerryOptions {
  /**
   * Prior strength: every project is treated as if it had also won `prior` and lost `prior` games against a
   * fixed reference project of strength 1 (default 1). This keeps strengths finite when a project never lost
   * or never won, or when the comparison graph falls apart into pieces; 0 gives the plain maximum-likelihood
   * estimate (which then may not exist).
   */
  prior?: number;
  /** Stop when no log-strength moves more than this (default 1e-10). */
  tolerance?: number;
  maxIterations?: number;
  candidates?: readonly string[];
}

export interface BradleyTerryEntry extends Ranked {
  /** γ in P(i beats j) = γᵢ/(γᵢ+γⱼ); the prior's reference project has strength 1. */
  strength: number;
  wins: number;
  losses: number;
}

export interface BradleyTerryResult extends RankingResult<BradleyTerryEntry> {
  method: "bradley-terry";
  iterations: number;
  converged: boolean;
  /**
   * Groups of projects that the votes alone cannot place against each other (the strongly connected
   * components of the "beat" graph, best first), when there is more than one: Hunter's (2004) condition for
   * the maximum-likelihood estimate fails, so the order between these groups rests on the prior.
   */
  separation: string[][];
  /** Projects with no votes at all: their strength is the prior's. */
  unseen: string[];
}

/**
 * Bradley–Terry by Hunter's (2004) minorise–maximise algorithm, MAP with the pseudo-game prior above:
 *   γᵢ ← (Wᵢ + p) / (Σⱼ nᵢⱼ/(γᵢ+γⱼ) + 2p/(γᵢ+1)),
 * where Wᵢ is i's wins and nᵢⱼ the games between i and j. Updated in place, one project at a time (cyclic
 * MM, which also increases the posterior at every step).
 * @throws {@link JudgingInputError} when a vote names a project outside `candidates` (with the vote's line).
 */
export function bradleyTerry(
  votes: readonly PairwiseVote[],
  options: BradleyTerryOptions = {},
): BradleyTerryResult {
  const prior = options.prior ?? 1;
  const tolerance = options.tolerance ?? 1e-10;
  const maxIterations = options.maxIterations ?? 10_000;
  const { projects } = voteParticipants(votes, options.candidates);
  const n = projects.length;
  const index = new Map(projects.map((id, i) => [id, i]));
  const wins = new Float64Array(n);
  const losses = new Float64Array(n);
  const games = new Map<number, number>(); // key min*n+max → games between the pair
  const beat: Set<number>[] = projects.map(() => new Set());
  for (const v of votes) {
    const w = index.get(v.winner)!;
    const l = index.get(v.loser)!;
    wins[w]!++;
    losses[l]!++;
    const key = w < l ? w * n + l : l * n + w;
    games.set(key, (games.get(key) ?? 0) + 1);
    beat[w]!.add(l);
  }
  // Adjacency in compressed rows: for i, opponents[start[i]..start[i+1]) with their game counts.
  const degree = new Int32Array(n + 1);
  for (const key of games.keys()) {
    degree[Math.floor(key / n)]!++;
    degree[key % n]!++;
  }
  const start = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) start[i + 1] = start[i]! + degree[i]!;
  const fill = start.slice(0, n);
  const opponent = new Int32Array(start[n]!);
  const count = new Float64Array(start[n]!);
  for (const [key, g] of [...games.entries()].sort((a, b) => a[0] - b[0])) {
    const i = Math.floor(key / n);
    const j = key % n;
    opponent[fill[i]!] = j;
    count[fill[i]!++] = g;
    opponent[fill[j]!] = i;
    count[fill[j]!++] = g;
  }

  const gamma = new Float64Array(n).fill(1);
  let iterations = 0;
  let converged = false;
  while (iterations < maxIterations) {
    iterations++;
    let largestMove = 0;
    for (let i = 0; i < n; i++) {
      const gi = gamma[i]!;
      let denominator = prior > 0 ? (2 * prior) / (gi + 1) : 0;
      for (let k = start[i]!; k < start[i + 1]!; k++) denominator += count[k]! / (gi + gamma[opponent[k]!]!);
      if (denominator === 0) continue; // no games and no prior: leave at 1
      const next = (wins[i]! + prior) / denominator;
      const move = Math.abs(Math.log(next / gi));
      if (!(move <= largestMove)) largestMove = move;
      gamma[i] = next;
    }
    if (largestMove < tolerance) {
      converged = true;
      break;
    }
  }
  const { ranking, ties } = rankByScore(
    projects,
    (i) => Math.log(gamma[i]!),
    (i) => ({ strength: gamma[i]!, wins: wins[i]!, losses: losses[i]! }),
    1e-8,
  );
  const components = stronglyConnected(n, beat);
  const position = new Map(ranking.map((r, k) => [r.id, k]));
  const separation =
    components.length > 1
      ? components
          .map((c) => c.map((i) => projects[i]!).sort((a, b) => position.get(a)! - position.get(b)!))
          .sort((a, b) => position.get(a[0]!)! - position.get(b[0]!)!)
      : [];
  const unseen = projects.filter((_, i) => wins[i] === 0 && losses[i] === 0);
  return { method: "bradley-terry", ranking, ties, iterations, converged, separation, unseen };
}

/** Tarjan's strongly connected components, iterative (no recursion limits on big events). */
function stronglyConnected(n: number, edges: readonly Set<number>[]): number[][] {
  const adjacency = edges.map((s) => [...s]);
  const order = new Int32Array(n).fill(-1);
  const low = new Int32Array(n);
  const onStack = new Uint8Array(n);
  const stack: number[] = [];
  const components: number[][] = [];
  let counter = 0;
  for (let root = 0; root < n; root++) {
    if (order[root] !== -1) continue;
    const work: [number, number][] = [[root, 0]];
    order[root] = low[root] = counter++;
    stack.push(root);
    onStack[root] = 1;
    while (work.length > 0) {
      const top = work[work.length - 1]!;
      const [v, next] = top;
      const out = adjacency[v]!;
      if (next < out.length) {
        top[1]++;
        const w = out[next]!;
        if (order[w] === -1) {
          order[w] = low[w] = counter++;
          stack.push(w);
          onStack[w] = 1;
          work.push([w, 0]);
        } else if (onStack[w]) low[v] = Math.min(low[v]!, order[w]!);
        continue;
      }
      work.pop();
      const parent = work[work.length - 1];
      if (parent) low[parent[0]] = Math.min(low[parent[0]]!, low[v]!);
      if (low[v] === order[v]) {
        const component: number[] = [];
        let w: number;
        do {
          w = stack.pop()!;
          onStack[w] = 0;
          component.push(w);
        } while (w !== v);
        components.push(component);
      }
    }
  }
  return components;
}
