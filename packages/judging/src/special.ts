// Log-gamma and digamma for positive arguments, accurate to ~1e-15 relative: shift the argument up to ≥ 10
// with the recurrences Γ(x+1) = xΓ(x), ψ(x+1) = ψ(x) + 1/x, then use the asymptotic (Stirling) series
// (Abramowitz & Stegun 6.1.41 and 6.3.18). Enough for CrowdBT's Beta-distribution divergences.

const HALF_LOG_TWO_PI = 0.5 * Math.log(2 * Math.PI);
const SHIFT_TO = 10;

/** ln Γ(x), x > 0. */
export function logGamma(x: number): number {
  let shift = 0;
  let product = 1;
  while (x < SHIFT_TO) {
    product *= x;
    x += 1;
    shift++;
  }
  const inv = 1 / x;
  const inv2 = inv * inv;
  // Bernoulli-number series: 1/12x − 1/360x³ + 1/1260x⁵ − 1/1680x⁷ + 1/1188x⁹ − 691/360360x¹¹ + 1/156x¹³
  const series =
    inv *
    (1 / 12 +
      inv2 *
        (-1 / 360 +
          inv2 * (1 / 1260 + inv2 * (-1 / 1680 + inv2 * (1 / 1188 + inv2 * (-691 / 360360 + inv2 / 156))))));
  const value = (x - 0.5) * Math.log(x) - x + HALF_LOG_TWO_PI + series;
  return shift === 0 ? value : value - Math.log(product);
}

/** ψ(x) = d/dx ln Γ(x), x > 0. */
export function digamma(x: number): number {
  let correction = 0;
  while (x < SHIFT_TO) {
    correction -= 1 / x;
    x += 1;
  }
  const inv = 1 / x;
  const inv2 = inv * inv;
  // ln x − 1/2x − 1/12x² + 1/120x⁴ − 1/252x⁶ + 1/240x⁸ − 1/132x¹⁰ + 691/32760x¹² − 1/12x¹⁴
  const series =
    inv2 *
    (-1 / 12 +
      inv2 *
        (1 / 120 +
          inv2 * (-1 / 252 + inv2 * (1 / 240 + inv2 * (-1 / 132 + inv2 * (691 / 32760 - inv2 / 12))))));
  return correction + Math.log(x) - 0.5 * inv + series;
}

/** ln B(a, b) = ln Γ(a) + ln Γ(b) − ln Γ(a + b). */
export function logBeta(a: number, b: number): number {
  return logGamma(a) + logGamma(b) - logGamma(a + b);
}

/**
 * ln Γ(x) and ψ(x) together into `out[0]`, `out[1]`: one shift, sharing ln(x+k) and the shift's product,
 * whose reciprocal sum is accumulated as one fraction (n/d) instead of a division per step.
 */
export function logGammaDigamma(x: number, out: Float64Array): void {
  let product = 1; // Π (x + i)
  let numerator = 0; // Σ 1/(x + i) = numerator / product
  while (x < SHIFT_TO) {
    numerator = numerator * x + product;
    product *= x;
    x += 1;
  }
  const inv = 1 / x;
  const inv2 = inv * inv;
  const logX = Math.log(x);
  const lgSeries =
    inv *
    (1 / 12 +
      inv2 *
        (-1 / 360 +
          inv2 * (1 / 1260 + inv2 * (-1 / 1680 + inv2 * (1 / 1188 + inv2 * (-691 / 360360 + inv2 / 156))))));
  const psiSeries =
    inv2 *
    (-1 / 12 +
      inv2 *
        (1 / 120 +
          inv2 * (-1 / 252 + inv2 * (1 / 240 + inv2 * (-1 / 132 + inv2 * (691 / 32760 - inv2 / 12))))));
  const shifted = product !== 1 || numerator !== 0;
  out[0] = (x - 0.5) * logX - x + HALF_LOG_TWO_PI + lgSeries - (shifted ? Math.log(product) : 0);
  out[1] = logX - 0.5 * inv + psiSeries - (shifted ? numerator / product : 0);
}
