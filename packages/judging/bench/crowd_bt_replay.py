"""The benchmark's peer: a straightforward pure-Python CrowdBT replay, written the way Gavel's crowd_bt.py
reads (Chen et al., WSDM 2013, section 4.1; same priors), with the math module only and dicts keyed by id.
Reads a judge,winner,loser CSV in casting order; prints the ranking (best first) and the judges as JSON.

Usage: python3 bench/crowd_bt_replay.py votes.csv > out.json
"""

import csv
import json
import sys
from math import exp

ALPHA_PRIOR = 10.0
BETA_PRIOR = 1.0
MU_PRIOR = 0.0
SIGMA_SQ_PRIOR = 1.0
KAPPA = 0.0001


def update(alpha, beta, mu_winner, sigma_sq_winner, mu_loser, sigma_sq_loser):
    """Posterior after "winner beat loser": the judge's Beta(alpha, beta) and both projects' N(mu, sigma_sq)."""
    e_winner, e_loser = exp(mu_winner), exp(mu_loser)
    total = e_winner + e_loser
    # The judge: moment-match a Beta to the posterior of their reliability.
    c_1 = e_winner / total + 0.5 * (sigma_sq_winner + sigma_sq_loser) * \
        (e_winner * e_loser * (e_loser - e_winner)) / total ** 3
    c_2 = 1 - c_1
    c = (c_1 * alpha + c_2 * beta) / (alpha + beta)
    expt = (c_1 * (alpha + 1) * alpha + c_2 * alpha * beta) / \
        (c * (alpha + beta + 1) * (alpha + beta))
    expt_sq = (c_1 * (alpha + 2) * (alpha + 1) * alpha + c_2 * (alpha + 1) * alpha * beta) / \
        (c * (alpha + beta + 2) * (alpha + beta + 1) * (alpha + beta))
    variance = expt_sq - expt ** 2
    updated_alpha = (expt - expt_sq) * expt / variance
    updated_beta = (expt - expt_sq) * (1 - expt) / variance
    # The projects: means move apart, variances shrink (never below KAPPA of what they were).
    weighted = alpha * e_winner + beta * e_loser
    mean_step = alpha * e_winner / weighted - e_winner / total
    variance_step = alpha * e_winner * beta * e_loser / weighted ** 2 - e_winner * e_loser / total ** 2
    return (updated_alpha, updated_beta,
            mu_winner + sigma_sq_winner * mean_step,
            sigma_sq_winner * max(1 + sigma_sq_winner * variance_step, KAPPA),
            mu_loser - sigma_sq_loser * mean_step,
            sigma_sq_loser * max(1 + sigma_sq_loser * variance_step, KAPPA))


def main(path):
    mu, sigma_sq, alpha, beta = {}, {}, {}, {}
    with open(path, newline="", encoding="utf-8") as f:
        rows = csv.reader(f)
        header = [name.strip().lower() for name in next(rows)]
        j, w, l = header.index("judge"), header.index("winner"), header.index("loser")
        for row in rows:
            judge, winner, loser = row[j].strip(), row[w].strip(), row[l].strip()
            if winner not in mu:
                mu[winner], sigma_sq[winner] = MU_PRIOR, SIGMA_SQ_PRIOR
            if loser not in mu:
                mu[loser], sigma_sq[loser] = MU_PRIOR, SIGMA_SQ_PRIOR
            if judge not in alpha:
                alpha[judge], beta[judge] = ALPHA_PRIOR, BETA_PRIOR
            (alpha[judge], beta[judge], mu[winner], sigma_sq[winner], mu[loser],
             sigma_sq[loser]) = update(alpha[judge], beta[judge], mu[winner], sigma_sq[winner],
                                       mu[loser], sigma_sq[loser])
    ranking = sorted(mu, key=lambda p: (-mu[p], p))
    json.dump({
        "method": "crowd-bt",
        "ranking": [{"id": p, "mu": mu[p], "sigmaSq": sigma_sq[p]} for p in ranking],
        "judges": [{"id": j, "alpha": alpha[j], "beta": beta[j]} for j in sorted(alpha)],
    }, sys.stdout, indent=2)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main(sys.argv[1])
