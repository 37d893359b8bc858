/**
 * Bipartite edge colouring (König's theorem: Δ colours always suffice). Judges and tables are the two sides and
 * each visit an edge; a colour is a round, so no judge is in two places and no table has two judges at once.
 * Each edge first tries its preferred round (for short walks or to keep a re-planned visit where it was);
 * otherwise it takes a free round after flipping one alternating path (Kempe chain), the classic O(E·V) method.
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
