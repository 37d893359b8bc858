// A straightforward JavaScript port of Gavel's dispatch (preferred_items + choose_next in gavel/controllers/
// judge.py, expected_information_gain in crowd_bt.py), written the way the Python reads: objects per item,
// a fresh list per filter, a shuffle, then max over a key function that computes the full formula once per
// item, as Python's max(key=) does. It is the benchmark's baseline, not part of the package.
const GAMMA = 0.1;
const KAPPA = 1e-4;
const EPSILON = 0.25;
const MIN_VIEWS = 2;

export function straightforwardPort({ betaDivergence, crowdBtUpdate, gaussianDivergence }) {
  function expectedInformationGain(alpha, beta, muA, sigmaSqA, muB, sigmaSqB) {
    const one = crowdBtUpdate(alpha, beta, muA, sigmaSqA, muB, sigmaSqB, KAPPA);
    const two = crowdBtUpdate(alpha, beta, muB, sigmaSqB, muA, sigmaSqA, KAPPA);
    const c = one.probability;
    return (
      c *
        (gaussianDivergence(one.muWinner, one.sigmaSqWinner, muA, sigmaSqA) +
          gaussianDivergence(one.muLoser, one.sigmaSqLoser, muB, sigmaSqB) +
          GAMMA * betaDivergence(one.alpha, one.beta, alpha, beta)) +
      (1 - c) *
        (gaussianDivergence(two.muLoser, two.sigmaSqLoser, muA, sigmaSqA) +
          gaussianDivergence(two.muWinner, two.sigmaSqWinner, muB, sigmaSqB) +
          GAMMA * betaDivergence(two.alpha, two.beta, alpha, beta))
    );
  }

  function preferredItems(annotator, items) {
    const available = items.filter((i) => i.active && !annotator.ignore.has(i.id));
    const prioritized = available.filter((i) => i.prioritized);
    const pool = prioritized.length > 0 ? prioritized : available;
    const nonbusy = pool.filter((i) => !i.busy);
    const preferred = nonbusy.length > 0 ? nonbusy : pool;
    const lessSeen = preferred.filter((i) => i.viewed < MIN_VIEWS);
    return lessSeen.length > 0 ? lessSeen : preferred;
  }

  return function straightforwardChooseNext(annotator, items, random, shuffle) {
    const pool = shuffle(preferredItems(annotator, items), random);
    if (pool.length === 0) return undefined;
    if (random() < EPSILON) return pool[0];
    const key = (i) =>
      expectedInformationGain(
        annotator.alpha,
        annotator.beta,
        annotator.prev.mu,
        annotator.prev.sigmaSq,
        i.mu,
        i.sigmaSq,
      );
    return maxBy(pool, key);
  };
}

/** Python's `max(xs, key=f)`: f once per item, the first of equal maxima. */
function maxBy(xs, key) {
  let best = xs[0];
  let bestKey = key(best);
  for (let k = 1; k < xs.length; k++) {
    const value = key(xs[k]);
    if (value > bestKey) {
      best = xs[k];
      bestKey = value;
    }
  }
  return best;
}
