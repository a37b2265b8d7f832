"""The mathematics of the audit, as pure functions: the one-run lower bound on epsilon
(Steinke, Nasr, Jagielski 2023), Clopper-Pearson intervals, what an (epsilon, delta)
guarantee bounds for an attacker, and group privacy."""

from __future__ import annotations

import math

from scipy.stats import beta as beta_dist
from scipy.stats import binom

CONFIDENCE = 0.95


def one_run_p_value(m: int, r: int, v: int, epsilon: float, delta: float) -> float:
    """The paper's test (Theorem 5.2, its Algorithm 2 code): for an (epsilon, delta)-DP
    training run with m canaries, each included with probability 1/2, the probability that
    at least v of r guesses are right is at most P[Binom(r, p) >= v] + 2 m delta alpha,
    with p = e^eps / (1 + e^eps) and alpha = max_i P[v > Binom(r, p) >= v - i] / i."""
    if not 0 <= v <= r <= m:
        raise ValueError("need 0 <= correct <= guesses <= canaries")
    p = 1 / (1 + math.exp(-epsilon))
    tail = float(binom.sf(v - 1, r, p))  # P[Binom(r, p) >= v]
    alpha = running = 0.0
    for i in range(1, v + 1):
        running += float(binom.pmf(v - i, r, p))
        alpha = max(alpha, running / i)
    return min(1.0, tail + 2 * m * delta * alpha)


def one_run_lower_bound(m: int, r: int, v: int, delta: float, confidence: float = CONFIDENCE) -> float:
    """The largest epsilon rejected at the given confidence: with that confidence the run
    is not (epsilon, delta)-DP for any smaller epsilon. 0 when nothing is rejected."""
    level = 1 - confidence
    if one_run_p_value(m, r, v, 0.0, delta) >= level:
        return 0.0
    low, high = 0.0, 1.0
    while one_run_p_value(m, r, v, high, delta) < level:
        low, high = high, high + 1
    for _ in range(40):  # bisection: p-value(low) < level <= p-value(high)
        middle = (low + high) / 2
        low, high = (middle, high) if one_run_p_value(m, r, v, middle, delta) < level else (low, middle)
    return low


def one_run_ceiling(m: int, r: int, delta: float, confidence: float = CONFIDENCE) -> float:
    """The most this audit can show: every guess right."""
    return one_run_lower_bound(m, r, r, delta, confidence)


def clopper_pearson(successes: int, trials: int, confidence: float = CONFIDENCE) -> tuple[float, float]:
    """Two-sided exact binomial confidence interval."""
    if trials == 0:
        return 0.0, 1.0
    tail = (1 - confidence) / 2
    low = 0.0 if successes == 0 else float(beta_dist.ppf(tail, successes, trials - successes + 1))
    high = 1.0 if successes == trials else float(beta_dist.ppf(1 - tail, successes + 1, trials - successes))
    return low, high


def upper_bound_none_seen(trials: int, confidence: float = CONFIDENCE) -> float:
    """One-sided upper confidence bound on a rate when 0 of `trials` happened: 1 - (1-c)^(1/n)."""
    return 1.0 if trials == 0 else 1 - (1 - confidence) ** (1 / trials)


def one_sided_upper(successes: int, trials: int, confidence: float = CONFIDENCE) -> float:
    """One-sided Clopper-Pearson upper bound on a rate."""
    if trials == 0 or successes >= trials:
        return 1.0
    return float(beta_dist.ppf(confidence, successes + 1, trials - successes))


def tpr_bound(epsilon: float | None, delta: float, fpr: float) -> float:
    """What (epsilon, delta)-DP allows any membership test: TPR <= e^eps FPR + delta."""
    if epsilon is None or math.isinf(epsilon):
        return 1.0
    return min(1.0, math.exp(epsilon) * fpr + delta)


def group_privacy(epsilon: float | None, delta: float, k: int) -> tuple[float | None, float | None]:
    """A person with k records: (k eps, k e^((k-1) eps) delta)-DP (the standard group bound)."""
    if epsilon is None or math.isinf(epsilon):
        return None, None
    exponent = (k - 1) * epsilon
    return k * epsilon, (min(1.0, k * math.exp(exponent) * delta) if exponent < 700 else 1.0)
