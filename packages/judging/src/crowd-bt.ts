import { type Vote, voteParticipants } from "./pairwise.js";
import { type Ranked, type RankingResult, rankByScore } from "./ranking.js";
import { digamma, logBeta } from "./special.js";

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
  const ew = Math.exp(muWinner);
  const el = Math.exp(muLoser);
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
  return {
    alpha: ((expected - expectedSq) * expected) / variance,
    beta: ((expected - expectedSq) * (1 - expected)) / variance,
    muWinner: muWinner + sigmaSqWinner * meanStep,
    sigmaSqWinner: sigmaSqWinner * Math.max(1 + sigmaSqWinner * varianceStep, kappa),
    muLoser: muLoser - sigmaSqLoser * meanStep,
    sigmaSqLoser: sigmaSqLoser * Math.max(1 + sigmaSqLoser * varianceStep, kappa),
    probability: c,
  };
}

/** Applies one vote to the model in place (indices into `projects` and `judges`). */
export function crowdBtVote(model: CrowdBtModel, judge: number, winner: number, loser: number): void {
  const u = crowdBtUpdate(
    model.alpha[judge]!,
    model.beta[judge]!,
    model.mu[winner]!,
    model.sigmaSq[winner]!,
    model.mu[loser]!,
    model.sigmaSq[loser]!,
    model.parameters.kappa,
  );
  model.alpha[judge] = u.alpha;
  model.beta[judge] = u.beta;
  model.mu[winner] = u.muWinner;
  model.sigmaSq[winner] = u.sigmaSqWinner;
  model.mu[loser] = u.muLoser;
  model.sigmaSq[loser] = u.sigmaSqLoser;
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
  judges: { id: string; alpha: number; beta: number }[];
  votes: number;
}

/** Replays votes in casting order from the priors; ranks by μ (ties: equal μ, e.g. projects never compared). */
export function crowdBt(
  votes: readonly Vote[],
  options: { parameters?: Partial<CrowdBtParameters>; candidates?: readonly string[] } = {},
): CrowdBtResult {
  const { projects, judges } = voteParticipants(votes, options.candidates);
  const model = createCrowdBt(projects, judges, options.parameters);
  const projectIndex = new Map(projects.map((id, i) => [id, i]));
  const judgeIndex = new Map(judges.map((id, i) => [id, i]));
  for (const v of votes)
    crowdBtVote(model, judgeIndex.get(v.judge)!, projectIndex.get(v.winner)!, projectIndex.get(v.loser)!);
  return crowdBtResult(model, votes.length);
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
