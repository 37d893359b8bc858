import { byId } from "./ballots.js";
import { type PairwiseVote, unknownProjectError } from "./pairwise.js";
import { type Ranked, type RankingResult, rankByScore } from "./ranking.js";
import { digamma, logBeta, logGammaDigamma } from "./special.js";
import { type VoteLog, voteLog } from "./vote-log.js";

// CrowdBT: Chen, Bennett, Collins-Thompson, Horvitz, "Pairwise ranking aggregation in a crowdsourced
// setting", WSDM 2013. Each project i has a Gaussian belief N(μᵢ, σᵢ²) about its score sᵢ; each judge k has
// a Beta(αₖ, βₖ) belief about ηₖ, the chance they answer as the Bradley–Terry model would (else they flip).
// Votes update both by moment matching (online Bayesian updates, one vote at a time). Defaults are the
// paper's, as Gavel (HackMIT's expo judging system) uses them; the same votes in the same order give
// Gavel's numbers.

export interface CrowdBtParameters {
  /** Prior Beta(α₀, β₀) on a judge's reliability: 10 and 1 say "judges are mostly right". */
  alphaPrior: number;
  betaPrior: number;
  /** Prior N(μ₀, σ₀²) on each project's score. */
  muPrior: number;
  sigmaSqPrior: number;
  /** γ: weight of judge-reliability information against project information when choosing pairs. */
  gamma: number;
  /** κ: floor factor that keeps each variance positive after an update. */
  kappa: number;
  /** ε: chance of a random next project instead of the most informative (ε-greedy exploration). */
  epsilon: number;
}

export const CROWD_BT_DEFAULTS: Readonly<CrowdBtParameters> = Object.freeze({
  alphaPrior: 10,
  betaPrior: 1,
  muPrior: 0,
  sigmaSqPrior: 1,
  gamma: 0.1,
  kappa: 1e-4,
  epsilon: 0.25,
});

/** The model's state in typed arrays (index = position in `projects` / `judges`), updated in place. */
export interface CrowdBtModel {
  parameters: CrowdBtParameters;
  projects: string[];
  judges: string[];
  mu: Float64Array;
  sigmaSq: Float64Array;
  alpha: Float64Array;
  beta: Float64Array;
}

export function createCrowdBt(
  projects: readonly string[],
  judges: readonly string[],
  parameters: Partial<CrowdBtParameters> = {},
): CrowdBtModel {
  const p = { ...CROWD_BT_DEFAULTS, ...parameters };
  return {
    parameters: p,
    projects: [...projects],
    judges: [...judges],
    mu: new Float64Array(projects.length).fill(p.muPrior),
    sigmaSq: new Float64Array(projects.length).fill(p.sigmaSqPrior),
    alpha: new Float64Array(judges.length).fill(p.alphaPrior),
    beta: new Float64Array(judges.length).fill(p.betaPrior),
  };
}

/** One vote's posterior, all computed from the values before the vote. */
export interface CrowdBtUpdate {
  alpha: number;
  beta: number;
  muWinner: number;
  sigmaSqWinner: number;
  muLoser: number;
  sigmaSqLoser: number;
  /** Prior predictive probability of this outcome, C in the paper. */
  probability: number;
}

/**
 * The moment-matched update after "winner beat loser" (Chen et al. 2013, §4.1). With
 * eʷ = e^{μw}, eˡ = e^{μl}:
 *   judge:   C₁ = eʷ/(eʷ+eˡ) + ½(σw²+σl²)·eʷeˡ(eˡ−eʷ)/(eʷ+eˡ)³ (second-order estimate of P(w ≻ l)),
 *            C₂ = 1−C₁, C = (C₁α + C₂β)/(α+β);
 *            E[η] = (C₁(α+1)α + C₂αβ) / (C(α+β+1)(α+β)),
 *            E[η²] = (C₁(α+2)(α+1)α + C₂(α+1)αβ) / (C(α+β+2)(α+β+1)(α+β)),
 *            α' = (E[η]−E[η²])E[η]/(E[η²]−E[η]²), β' = (E[η]−E[η²])(1−E[η])/(E[η²]−E[η]²)  (Beta moment match);
 *   means:   μw' = μw + σw²·m, μl' = μl − σl²·m, m = αeʷ/(αeʷ+βeˡ) − eʷ/(eʷ+eˡ);
 *   variances: σ²' = σ²·max(1 + σ²·v, κ), v = αeʷβeˡ/(αeʷ+βeˡ)² − eʷeˡ/(eʷ+eˡ)².
 */
export function crowdBtUpdate(
  alpha: number,
  beta: number,
  muWinner: number,
  sigmaSqWinner: number,
  muLoser: number,
  sigmaSqLoser: number,
  kappa: number,
): CrowdBtUpdate {
  whatIf(muWinner, sigmaSqWinner, muLoser, sigmaSqLoser, alpha, beta);
  const probability = applyVote(
    whatIfMu,
    whatIfSigmaSq,
    whatIfAlpha,
    whatIfBeta,
    0,
    0,
    1,
    Math.exp(muWinner),
    Math.exp(muLoser),
    kappa,
  );
  return {
    alpha: whatIfAlpha[0]!,
    beta: whatIfBeta[0]!,
    muWinner: whatIfMu[0]!,
    sigmaSqWinner: whatIfSigmaSq[0]!,
    muLoser: whatIfMu[1]!,
    sigmaSqLoser: whatIfSigmaSq[1]!,
    probability,
  };
}

/**
 * The update itself, in place on a model's arrays (judge `j`, `winner` beat `loser`), with e^{μ} of both
 * projects passed in; returns C. A replay calls it once per vote straight from its loop: one small function
 * with no scratch array is what V8 optimises soonest, and a CLI run is mostly over before that.
 */
function applyVote(
  mu: Float64Array,
  sigmaSq: Float64Array,
  alphas: Float64Array,
  betas: Float64Array,
  j: number,
  winner: number,
  loser: number,
  ew: number,
  el: number,
  kappa: number,
): number {
  const alpha = alphas[j]!;
  const beta = betas[j]!;
  const muWinner = mu[winner]!;
  const sigmaSqWinner = sigmaSq[winner]!;
  const muLoser = mu[loser]!;
  const sigmaSqLoser = sigmaSq[loser]!;
  const sum = ew + el;
  const c1 = ew / sum + 0.5 * (sigmaSqWinner + sigmaSqLoser) * ((ew * el * (el - ew)) / (sum * sum * sum));
  const c2 = 1 - c1;
  const ab = alpha + beta;
  const c = (c1 * alpha + c2 * beta) / ab;
  const expected = (c1 * (alpha + 1) * alpha + c2 * alpha * beta) / (c * (ab + 1) * ab);
  const expectedSq =
    (c1 * (alpha + 2) * (alpha + 1) * alpha + c2 * (alpha + 1) * alpha * beta) /
    (c * (ab + 2) * (ab + 1) * ab);
  const variance = expectedSq - expected * expected;
  const weighted = alpha * ew + beta * el;
  const meanStep = (alpha * ew) / weighted - ew / sum;
  const varianceStep = (alpha * ew * beta * el) / (weighted * weighted) - (ew * el) / (sum * sum);
  alphas[j] = ((expected - expectedSq) * expected) / variance;
  betas[j] = ((expected - expectedSq) * (1 - expected)) / variance;
  mu[winner] = muWinner + sigmaSqWinner * meanStep;
  sigmaSq[winner] = sigmaSqWinner * Math.max(1 + sigmaSqWinner * varianceStep, kappa);
  mu[loser] = muLoser - sigmaSqLoser * meanStep;
  sigmaSq[loser] = sigmaSqLoser * Math.max(1 + sigmaSqLoser * varianceStep, kappa);
  return c;
}

// What-if updates (crowdBtUpdate, information gain) run on this one-judge, two-project model.
const whatIfMu = new Float64Array(2);
const whatIfSigmaSq = new Float64Array(2);
const whatIfAlpha = new Float64Array(1);
const whatIfBeta = new Float64Array(1);

/** Sets the what-if model: project 0, project 1 and the judge. */
function whatIf(mu0: number, sigmaSq0: number, mu1: number, sigmaSq1: number, alpha: number, beta: number) {
  whatIfMu[0] = mu0;
  whatIfSigmaSq[0] = sigmaSq0;
  whatIfMu[1] = mu1;
  whatIfSigmaSq[1] = sigmaSq1;
  whatIfAlpha[0] = alpha;
  whatIfBeta[0] = beta;
}

/** Applies one vote to the model in place (indices into `projects` and `judges`). */
export function crowdBtVote(model: CrowdBtModel, judge: number, winner: number, loser: number): void {
  const { mu } = model;
  applyVote(
    mu,
    model.sigmaSq,
    model.alpha,
    model.beta,
    judge,
    winner,
    loser,
    Math.exp(mu[winner]!),
    Math.exp(mu[loser]!),
    model.parameters.kappa,
  );
}

/**
 * Expected information gain of comparing `previous` with each candidate, for one judge: the same value as
 * {@link expectedInformationGain}, computed without allocating, with the judge's and the previous project's
 * terms hoisted out of the loop and ln Γ / ψ of each argument sharing one shifted logarithm.
 */
export function informationGains(
  model: CrowdBtModel,
  judge: number,
  previous: number,
  candidates: ArrayLike<number>,
  out: Float64Array,
): void {
  const alpha = model.alpha[judge]!;
  const beta = model.beta[judge]!;
  const muA = model.mu[previous]!;
  const sigmaSqA = model.sigmaSq[previous]!;
  const ea = Math.exp(muA);
  const { gamma, kappa } = model.parameters;
  const logBetaPrior = logBeta(alpha, beta);
  for (let k = 0; k < candidates.length; k++) {
    const b = candidates[k]!;
    const muB = model.mu[b]!;
    const sigmaSqB = model.sigmaSq[b]!;
    const eb = Math.exp(muB);
    // The previous project a is project 0 of the what-if model, the candidate b project 1. First: a wins.
    whatIf(muA, sigmaSqA, muB, sigmaSqB, alpha, beta);
    const p = applyVote(whatIfMu, whatIfSigmaSq, whatIfAlpha, whatIfBeta, 0, 0, 1, ea, eb, kappa);
    // Gaussian KLs: Σ (Δμ)²/2σ² + (r − 1 − ln r)/2, with the two logs of each outcome merged into one.
    const rA1 = whatIfSigmaSq[0]! / sigmaSqA;
    const rB1 = whatIfSigmaSq[1]! / sigmaSqB;
    const dA1 = whatIfMu[0]! - muA;
    const dB1 = whatIfMu[1]! - muB;
    const gauss1 =
      (dA1 * dA1) / (2 * sigmaSqA) + (dB1 * dB1) / (2 * sigmaSqB) + (rA1 + rB1 - 2 - Math.log(rA1 * rB1)) / 2;
    const beta1 = fastBetaDivergence(whatIfAlpha[0]!, whatIfBeta[0]!, alpha, beta, logBetaPrior);
    // Then: b wins.
    whatIf(muA, sigmaSqA, muB, sigmaSqB, alpha, beta);
    applyVote(whatIfMu, whatIfSigmaSq, whatIfAlpha, whatIfBeta, 0, 1, 0, eb, ea, kappa);
    const rA2 = whatIfSigmaSq[0]! / sigmaSqA;
    const rB2 = whatIfSigmaSq[1]! / sigmaSqB;
    const dA2 = whatIfMu[0]! - muA;
    const dB2 = whatIfMu[1]! - muB;
    const gauss2 =
      (dA2 * dA2) / (2 * sigmaSqA) + (dB2 * dB2) / (2 * sigmaSqB) + (rA2 + rB2 - 2 - Math.log(rA2 * rB2)) / 2;
    const beta2 = fastBetaDivergence(whatIfAlpha[0]!, whatIfBeta[0]!, alpha, beta, logBetaPrior);
    out[k] = p * (gauss1 + gamma * beta1) + (1 - p) * (gauss2 + gamma * beta2);
  }
}

const lgPsi = new Float64Array(2);

function fastBetaDivergence(
  alpha1: number,
  beta1: number,
  alpha2: number,
  beta2: number,
  logBetaPrior: number,
): number {
  logGammaDigamma(alpha1, lgPsi);
  const lgA = lgPsi[0]!;
  const psiA = lgPsi[1]!;
  logGammaDigamma(beta1, lgPsi);
  const lgB = lgPsi[0]!;
  const psiB = lgPsi[1]!;
  logGammaDigamma(alpha1 + beta1, lgPsi);
  return (
    logBetaPrior -
    (lgA + lgB - lgPsi[0]!) +
    (alpha1 - alpha2) * psiA +
    (beta1 - beta2) * psiB +
    (alpha2 - alpha1 + beta2 - beta1) * lgPsi[1]!
  );
}

/** KL(N(μ₁,σ₁²) ‖ N(μ₂,σ₂²)) = (μ₁−μ₂)²/2σ₂² + (r − 1 − ln r)/2 with r = σ₁²/σ₂². */
export function gaussianDivergence(mu1: number, sigmaSq1: number, mu2: number, sigmaSq2: number): number {
  const ratio = sigmaSq1 / sigmaSq2;
  const diff = mu1 - mu2;
  return (diff * diff) / (2 * sigmaSq2) + (ratio - 1 - Math.log(ratio)) / 2;
}

/**
 * KL(Beta(α₁,β₁) ‖ Beta(α₂,β₂)) = ln B(α₂,β₂) − ln B(α₁,β₁) + (α₁−α₂)ψ(α₁) + (β₁−β₂)ψ(β₁)
 * + (α₂−α₁+β₂−β₁)ψ(α₁+β₁). `logBetaPrior` = ln B(α₂,β₂) may be passed in when it is reused.
 */
export function betaDivergence(
  alpha1: number,
  beta1: number,
  alpha2: number,
  beta2: number,
  logBetaPrior = logBeta(alpha2, beta2),
): number {
  return (
    logBetaPrior -
    logBeta(alpha1, beta1) +
    (alpha1 - alpha2) * digamma(alpha1) +
    (beta1 - beta2) * digamma(beta1) +
    (alpha2 - alpha1 + beta2 - beta1) * digamma(alpha1 + beta1)
  );
}

/**
 * Expected information gain of asking a judge (α, β) to compare a with b (Chen et al. 2013, §5): over the two
 * outcomes, weighted by their predictive probability C, the KL divergence of each posterior from the current
 * belief — both projects' Gaussians plus γ times the judge's Beta.
 */
export function expectedInformationGain(
  alpha: number,
  beta: number,
  muA: number,
  sigmaSqA: number,
  muB: number,
  sigmaSqB: number,
  gamma: number = CROWD_BT_DEFAULTS.gamma,
  kappa: number = CROWD_BT_DEFAULTS.kappa,
  logBetaPrior = logBeta(alpha, beta),
): number {
  const aWins = crowdBtUpdate(alpha, beta, muA, sigmaSqA, muB, sigmaSqB, kappa);
  const bWins = crowdBtUpdate(alpha, beta, muB, sigmaSqB, muA, sigmaSqA, kappa);
  const pA = aWins.probability;
  return (
    pA *
      (gaussianDivergence(aWins.muWinner, aWins.sigmaSqWinner, muA, sigmaSqA) +
        gaussianDivergence(aWins.muLoser, aWins.sigmaSqLoser, muB, sigmaSqB) +
        gamma * betaDivergence(aWins.alpha, aWins.beta, alpha, beta, logBetaPrior)) +
    (1 - pA) *
      (gaussianDivergence(bWins.muLoser, bWins.sigmaSqLoser, muA, sigmaSqA) +
        gaussianDivergence(bWins.muWinner, bWins.sigmaSqWinner, muB, sigmaSqB) +
        gamma * betaDivergence(bWins.alpha, bWins.beta, alpha, beta, logBetaPrior))
  );
}

export interface CrowdBtEntry extends Ranked {
  mu: number;
  sigmaSq: number;
}

export interface CrowdBtResult extends RankingResult<CrowdBtEntry> {
  method: "crowd-bt";
  judges: { id: string; alpha: number; beta: number }[];
  votes: number;
}

/**
 * Replays votes in casting order from the priors; ranks by μ (ties: equal μ, e.g. projects never compared).
 * @throws {@link JudgingInputError} when a vote names a project outside `candidates` (with the vote's line).
 */
export function crowdBt(
  votes: readonly PairwiseVote[] | VoteLog,
  options: { parameters?: Partial<CrowdBtParameters>; candidates?: readonly string[] } = {},
): CrowdBtResult {
  const log =
    "judge" in votes && votes.judge instanceof Int32Array
      ? (votes as VoteLog)
      : voteLog(votes as PairwiseVote[], options.candidates);
  if (options.candidates) {
    const known = new Set(options.candidates);
    const stray = log.projects.findIndex((id) => !known.has(id));
    if (stray >= 0) {
      const k = log.winner.findIndex((w, i) => w === stray || log.loser[i] === stray);
      throw unknownProjectError(log.projects[stray]!, log.line[k], options.candidates);
    }
  }
  const projects = options.candidates?.some((c) => !log.projects.includes(c))
    ? [...new Set([...log.projects, ...options.candidates])].sort(byId)
    : log.projects;
  const remap =
    projects === log.projects ? undefined : Int32Array.from(log.projects, (id) => projects.indexOf(id));
  const model = createCrowdBt(projects, log.judges, options.parameters);
  const { mu, sigmaSq, alpha, beta } = model;
  const { kappa } = model.parameters;
  const { judge, winner, loser } = log;
  for (let k = 0; k < judge.length; k++) {
    const w = remap ? remap[winner[k]!]! : winner[k]!;
    const l = remap ? remap[loser[k]!]! : loser[k]!;
    applyVote(mu, sigmaSq, alpha, beta, judge[k]!, w, l, Math.exp(mu[w]!), Math.exp(mu[l]!), kappa);
  }
  return crowdBtResult(model, judge.length);
}

/** The model's current ranking. */
export function crowdBtResult(model: CrowdBtModel, votes = 0): CrowdBtResult {
  const { ranking, ties } = rankByScore(
    model.projects,
    (i) => model.mu[i]!,
    (i) => ({ mu: model.mu[i]!, sigmaSq: model.sigmaSq[i]! }),
    0,
  );
  const judges = model.judges.map((id, k) => ({ id, alpha: model.alpha[k]!, beta: model.beta[k]! }));
  return { method: "crowd-bt", ranking, ties, judges, votes };
}
