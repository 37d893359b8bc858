/**
 * Bipartite edge colouring (König's theorem: Δ colours always suffice). Judges and tables are the two sides and
 * each visit an edge; a colour is a round, so no judge is in two places and no table has two judges at once.
 * Each edge first tries its preferred round (for short walks or to keep a re-planned visit where it was);
 * otherwise it takes a free round after flipping one alternating path (Kempe chain), the classic O(E·V) method.
 * @throws `Error` when a vertex has more edges than there are colours (the palette is smaller than the maximum
 * degree).
 */
export function colourEdges(
  edges: readonly { left: number; right: number; prefer?: number }[],
  leftCount: number,
  rightCount: number,
  palette = 0,
): { colours: number[]; palette: number } {
  const degree = new Int32Array(leftCount + rightCount);
  for (const edge of edges) {
    degree[edge.left]!++;
    degree[leftCount + edge.right]!++;
  }
  let colours = palette;
  for (const d of degree) colours = Math.max(colours, d);
  for (const edge of edges) if (edge.prefer !== undefined) colours = Math.max(colours, edge.prefer + 1);
  const C = colours;
  const at = new Int32Array((leftCount + rightCount) * C).fill(-1);
  const colour = new Array<number>(edges.length).fill(-1);
  const ends = (e: number): [number, number] => [edges[e]!.left, leftCount + edges[e]!.right];
  const free = (node: number, c: number) => at[node * C + c] === -1;
  const nearestFree = (node: number, from: number) => {
    for (let d = 0; d < C; d++) {
      if (from + d < C && free(node, from + d)) return from + d;
      if (from - d >= 0 && free(node, from - d)) return from - d;
    }
    throw new Error("no free colour: degree exceeds palette");
  };
  const path: number[] = [];
  edges.forEach((edge, e) => {
    const u = edge.left;
    const v = leftCount + edge.right;
    const want = Math.min(C - 1, Math.max(0, edge.prefer ?? 0));
    if (free(u, want) && free(v, want)) {
      set(e, want);
      return;
    }
    const alpha = nearestFree(u, want);
    if (free(v, alpha)) {
      set(e, alpha);
      return;
    }
    const beta = nearestFree(v, alpha);
    // Flip the α/β path from v; it cannot reach u, so α becomes free at both ends.
    path.length = 0;
    let node = v;
    let c = alpha;
    for (;;) {
      const next = at[node * C + c]!;
      if (next === -1) break;
      path.push(next);
      const [a, b] = ends(next);
      node = a === node ? b : a;
      c = c === alpha ? beta : alpha;
    }
    for (const p of path) {
      const [a, b] = ends(p);
      at[a * C + colour[p]!] = -1;
      at[b * C + colour[p]!] = -1;
    }
    for (const p of path) set(p, colour[p] === alpha ? beta : alpha);
    set(e, alpha);
  });
  return { colours: colour, palette: C };

  function set(e: number, c: number) {
    const [a, b] = ends(e);
    colour[e] = c;
    at[a * C + c] = e;
    at[b * C + c] = e;
  }
}

/**
 * Shortens each left node's walk (the sum of |weight| steps between consecutive colours) by swapping two
 * adjacent colours along Kempe chains, which keeps the colouring proper. A swap is kept only when the total walk
 * of every left node on the chain gets shorter. Bounded passes, so it always ends quickly.
 */
export function shortenWalks(
  edges: readonly { left: number; right: number; weight: number }[],
  colours: number[],
  leftCount: number,
  rightCount: number,
  palette: number,
  passes = 4,
): void {
  const C = palette;
  if (C < 2) return;
  const at = new Int32Array((leftCount + rightCount) * C).fill(-1);
  const ends = (e: number): [number, number] => [edges[e]!.left, leftCount + edges[e]!.right];
  edges.forEach((_, e) => {
    const [a, b] = ends(e);
    at[a * C + colours[e]!] = e;
    at[b * C + colours[e]!] = e;
  });
  const walk = (u: number) => {
    let total = 0;
    let last = -1;
    for (let c = 0; c < C; c++) {
      const e = at[u * C + c]!;
      if (e === -1) continue;
      const w = edges[e]!.weight;
      if (last !== -1) total += Math.abs(w - last);
      last = w;
    }
    return total;
  };
  const chain: number[] = [];
  const mark = new Int32Array(edges.length);
  let stamp = 0;
  const collect = (start: number, a: number, b: number) => {
    // The maximal a/b-alternating path or cycle through `start`'s a-edge.
    chain.length = 0;
    stamp++;
    const first = at[start * C + a]!;
    if (first === -1) return;
    chain.push(first);
    mark[first] = stamp;
    for (const [from, c0] of [
      [start, b],
      [ends(first)[1] === start ? ends(first)[0] : ends(first)[1], b],
    ] as [number, number][]) {
      let node = from;
      let c = c0;
      for (;;) {
        const e = at[node * C + c]!;
        if (e === -1 || mark[e] === stamp) break;
        chain.push(e);
        mark[e] = stamp;
        const [x, y] = ends(e);
        node = x === node ? y : x;
        c = c === a ? b : a;
      }
    }
  };
  const swap = (a: number, b: number) => {
    for (const e of chain) {
      const [x, y] = ends(e);
      at[x * C + colours[e]!] = -1;
      at[y * C + colours[e]!] = -1;
    }
    for (const e of chain) {
      colours[e] = colours[e] === a ? b : a;
      const [x, y] = ends(e);
      at[x * C + colours[e]!] = e;
      at[y * C + colours[e]!] = e;
    }
  };
  const budget = 2_000_000;
  let work = 0;
  for (let pass = 0; pass < passes; pass++) {
    let improved = false;
    for (let u = 0; u < leftCount; u++) {
      for (let a = 0; a + 1 < C; a++) {
        const b = a + 1;
        const ea = at[u * C + a]!;
        const eb = at[u * C + b]!;
        if (ea === -1 || eb === -1 || edges[ea]!.weight <= edges[eb]!.weight) continue;
        collect(u, a, b);
        work += chain.length;
        if (work > budget) return;
        const lefts = [...new Set(chain.map((e) => edges[e]!.left))];
        const before = lefts.reduce((sum, v) => sum + walk(v), 0);
        swap(a, b);
        const after = lefts.reduce((sum, v) => sum + walk(v), 0);
        if (after < before) improved = true;
        else swap(a, b);
      }
    }
    if (!improved) break;
  }
}
