/**
 * Minimum-cost maximum flow by the primal–dual method: Dijkstra on reduced costs (Johnson potentials) finds the
 * current shortest path length, then Dinic's blocking flows push every unit that can travel at that length
 * before the next Dijkstra. Exact for integer costs; fast when costs take few distinct values, as a rota's do
 * (Ahuja, Magnanti & Orlin, "Network Flows", §9.8).
 */
export class FlowNetwork {
  // Growable typed arrays: rota networks have ~10⁶ arcs, and plain arrays of that size cost GC time.
  private from: Int32Array;
  private to: Int32Array;
  private cap: Float64Array;
  private cost: Float64Array;
  private arcs = 0;
  private nodes = 0;

  /** `arcHint`: expected number of arcs × 2, to allocate once. */
  constructor(arcHint = 1024) {
    const size = Math.max(16, arcHint);
    this.from = new Int32Array(size);
    this.to = new Int32Array(size);
    this.cap = new Float64Array(size);
    this.cost = new Float64Array(size);
  }

  /** Adds a node and returns its index. */
  addNode(): number {
    return this.nodes++;
  }

  /** Adds an arc u→v and returns its index (its residual twin is `index ^ 1`). Zero-capacity arcs are kept. */
  addArc(u: number, v: number, capacity: number, cost: number): number {
    if (this.arcs + 2 > this.from.length) this.grow();
    const index = this.arcs;
    this.from[index] = u;
    this.from[index + 1] = v;
    this.to[index] = v;
    this.to[index + 1] = u;
    this.cap[index] = capacity;
    this.cap[index + 1] = 0;
    this.cost[index] = cost;
    this.cost[index + 1] = -cost;
    this.arcs += 2;
    return index;
  }

  private grow() {
    const size = this.from.length * 2;
    const from = new Int32Array(size);
    from.set(this.from);
    const to = new Int32Array(size);
    to.set(this.to);
    const cap = new Float64Array(size);
    cap.set(this.cap);
    const cost = new Float64Array(size);
    cost.set(this.cost);
    this.from = from;
    this.to = to;
    this.cap = cap;
    this.cost = cost;
  }

  /** Flow on an arc returned by {@link addArc}. */
  flowOn(arc: number): number {
    return this.cap[arc ^ 1]!;
  }

  /** Pushes as much flow as possible from s to t at least total cost. */
  minCostMaxFlow(
    s: number,
    t: number,
  ): { flow: number; cost: number; phases: number; blockingFlows: number } {
    const n = this.nodes;
    const m = this.arcs;
    const { from, to, cap, cost } = this;
    // Compressed adjacency (arcs grouped by tail) for cache-friendly scans.
    const start = new Int32Array(n + 1);
    for (let e = 0; e < m; e++) start[from[e]! + 1]!++;
    for (let v = 0; v < n; v++) start[v + 1]! += start[v]!;
    const adj = new Int32Array(m);
    const fill = start.slice(0, n);
    for (let e = 0; e < m; e++) adj[fill[from[e]!]!++] = e;

    // Initial potentials: shortest distances by Bellman–Ford (queue-based), since costs may be negative.
    const INF = Number.POSITIVE_INFINITY;
    const pot = new Float64Array(n).fill(INF);
    pot[s] = 0;
    const inQueue = new Uint8Array(n);
    const queue: number[] = [s];
    inQueue[s] = 1;
    for (let head = 0; head < queue.length; head++) {
      const u = queue[head]!;
      inQueue[u] = 0;
      for (let i = start[u]!; i < start[u + 1]!; i++) {
        const e = adj[i]!;
        if (cap[e]! <= 0) continue;
        const v = to[e]!;
        const d = pot[u]! + cost[e]!;
        if (d < pot[v]!) {
          pot[v] = d;
          if (!inQueue[v]) {
            inQueue[v] = 1;
            queue.push(v);
          }
        }
      }
    }
    let reach = 0;
    for (let v = 0; v < n; v++) if (pot[v] !== INF) reach = Math.max(reach, pot[v]!);
    for (let v = 0; v < n; v++) if (pot[v] === INF) pot[v] = reach;

    const dist = new Float64Array(n);
    const done = new Uint8Array(n);
    const heap = new MinHeap(n);
    const level = new Int32Array(n);
    const iter = new Int32Array(n);
    const bfs = new Int32Array(n);
    const pathArcs = new Int32Array(n);
    let flow = 0;
    let total = 0;
    let phases = 0;
    let blockingFlows = 0;

    const admissible = (e: number) => cap[e]! > 0 && cost[e]! + pot[from[e]!]! - pot[to[e]!]! === 0;

    for (;;) {
      // Dijkstra on reduced costs, stopped once t is settled.
      dist.fill(INF);
      done.fill(0);
      dist[s] = 0;
      heap.push(s, 0);
      while (heap.size > 0) {
        const u = heap.pop();
        if (done[u]) continue;
        done[u] = 1;
        if (u === t) break;
        const du = dist[u]!;
        for (let i = start[u]!; i < start[u + 1]!; i++) {
          const e = adj[i]!;
          if (cap[e]! <= 0) continue;
          const v = to[e]!;
          if (done[v]) continue;
          const d = du + cost[e]! + pot[u]! - pot[v]!;
          if (d < dist[v]!) {
            dist[v] = d;
            heap.push(v, d);
          }
        }
      }
      heap.clear();
      if (!done[t]) break;
      phases++;
      const dt = dist[t]!;
      // Unsettled nodes are at least dt away: capping at dt keeps every reduced cost non-negative.
      for (let v = 0; v < n; v++) pot[v]! += done[v] ? dist[v]! : dt;

      // Dinic on the arcs of reduced cost 0.
      for (;;) {
        level.fill(-1);
        level[s] = 0;
        let qh = 0;
        let qt = 0;
        bfs[qt++] = s;
        while (qh < qt) {
          const u = bfs[qh++]!;
          for (let i = start[u]!; i < start[u + 1]!; i++) {
            const e = adj[i]!;
            const v = to[e]!;
            if (level[v] === -1 && admissible(e)) {
              level[v] = level[u]! + 1;
              bfs[qt++] = v;
            }
          }
        }
        if (level[t] === -1) break;
        blockingFlows++;
        for (let v = 0; v < n; v++) iter[v] = start[v]!;
        // Iterative depth-first search for augmenting paths along the level graph.
        let depth = 0;
        let u = s;
        for (;;) {
          if (u === t) {
            let push = INF;
            for (let i = 0; i < depth; i++) push = Math.min(push, cap[pathArcs[i]!]!);
            for (let i = 0; i < depth; i++) {
              const e = pathArcs[i]!;
              cap[e]! -= push;
              cap[e ^ 1]! += push;
              total += push * cost[e]!;
            }
            flow += push;
            depth = 0;
            u = s;
            continue;
          }
          let advanced = false;
          for (; iter[u]! < start[u + 1]!; iter[u]!++) {
            const e = adj[iter[u]!]!;
            const v = to[e]!;
            if (level[v] === level[u]! + 1 && admissible(e)) {
              pathArcs[depth++] = e;
              u = v;
              advanced = true;
              break;
            }
          }
          if (advanced) continue;
          level[u] = -1; // dead end: never visit again in this phase
          if (u === s) break;
          const back = pathArcs[--depth]!;
          u = from[back]!;
          iter[u]!++;
        }
      }
    }
    return { flow, cost: total, phases, blockingFlows };
  }
}

/** Binary min-heap of (node, key) with lazy deletion. */
class MinHeap {
  private nodes: Int32Array;
  private keys: Float64Array;
  size = 0;
  constructor(capacity: number) {
    this.nodes = new Int32Array(Math.max(16, capacity));
    this.keys = new Float64Array(Math.max(16, capacity));
  }
  clear() {
    this.size = 0;
  }
  push(node: number, key: number) {
    if (this.size === this.nodes.length) {
      const nodes = new Int32Array(this.size * 2);
      nodes.set(this.nodes);
      const keys = new Float64Array(this.size * 2);
      keys.set(this.keys);
      this.nodes = nodes;
      this.keys = keys;
    }
    let i = this.size++;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (this.keys[parent]! <= key) break;
      this.nodes[i] = this.nodes[parent]!;
      this.keys[i] = this.keys[parent]!;
      i = parent;
    }
    this.nodes[i] = node;
    this.keys[i] = key;
  }
  pop(): number {
    const top = this.nodes[0]!;
    const lastNode = this.nodes[--this.size]!;
    const lastKey = this.keys[this.size]!;
    let i = 0;
    for (;;) {
      let child = 2 * i + 1;
      if (child >= this.size) break;
      if (child + 1 < this.size && this.keys[child + 1]! < this.keys[child]!) child++;
      if (this.keys[child]! >= lastKey) break;
      this.nodes[i] = this.nodes[child]!;
      this.keys[i] = this.keys[child]!;
      i = child;
    }
    this.nodes[i] = lastNode;
    this.keys[i] = lastKey;
    return top;
  }
}
