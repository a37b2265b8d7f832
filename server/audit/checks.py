"""The report's consistency checks, each pass or fail (None: not applicable), from what
the run directory records: a check that cannot be made is never counted as passed."""

from __future__ import annotations

import math

from common.config import RunConfig
from common.privacy import cross_check

BUDGET_SLACK = 1e-9


def consistency_checks(cfg: RunConfig, metrics: dict, clients: dict, model) -> list[dict]:
    private = cfg.private
    return [
        _check("ledger-spans-rounds", "every client's released ledger holds its count release and one entry per round it trained, equal to that round's released numbers",
               _ledger_spans(cfg, metrics, clients) if private else None),
        _check("poisson-sampling", "every round sampled with Poisson rate batch-size / released count (or the fixed sample-rate) and local-epochs / rate steps, as the accountant assumes",
               _poisson(cfg, metrics) if private else None),
        _check("within-budget", "no client's epsilon after any round is above its budget",
               _within_budget(metrics) if private else None),
        _check("accountants-agree", "each client's epsilon by Opacus agrees with dp-accounting's PLD within the stated tolerance",
               all(cross_check(c["epsilon"]["run-delta"]["opacus"], c["epsilon"]["run-delta"]["independent"], c["accountant"])
                   for c in clients.values() if c["epsilon"]) and metrics["privacy"].get("cross-check") == "passed" if private else None),
        _check("no-batch-norm", "no layer mixes examples in a batch (Opacus's module validator finds no BatchNorm or other unsupported layer)",
               _module_valid(model)),
        _check("delta-below-1/n", "delta is below 1 / (released example count) for every client",
               all(cfg.delta < 1 / c["records"] for c in clients.values() if c["records"]) if private else None),
    ]


def _check(name: str, meaning: str, passed: bool | None) -> dict:
    return {"name": name, "meaning": meaning, "passed": passed}


def _rounds_of(metrics: dict, name: str) -> list[tuple[int, dict]]:
    return [(int(r), entry["clients"][name]) for r, entry in sorted(metrics["rounds"].items(), key=lambda kv: int(kv[0]))
            if name in entry["clients"]]


def _ledger_spans(cfg: RunConfig, metrics: dict, clients: dict) -> bool:
    for name, released in metrics["privacy"]["clients"].items():
        ledger = list(zip(released.get("ledger-noise", []), released.get("ledger-rate", []), released.get("ledger-steps", [])))
        trained = [(m["noise-multiplier"], m["sample-rate"], m["steps"]) for _, m in _rounds_of(metrics, name) if not m.get("declined")]
        if not ledger and not trained:  # declined before its first release: nothing spent
            continue
        counts = [e for e in ledger if e[1:] == (1.0, 1)]  # the count release: rate 1, one step
        tail = ledger[len(ledger) - len(trained):] if trained else []
        if not counts or tail != trained:
            return False
    return bool(metrics["privacy"]["clients"]) or not any(entry["clients"] for entry in metrics["rounds"].values())


def _poisson(cfg: RunConfig, metrics: dict) -> bool:
    for entry in metrics["rounds"].values():
        for m in entry["clients"].values():
            if m.get("declined"):
                continue
            rate = cfg.sample_rate or min(1.0, cfg.batch_size / m["num-examples"])
            if not (0 < m["sample-rate"] <= 1 and math.isclose(m["sample-rate"], rate, rel_tol=1e-9)
                    and m["steps"] == max(1, round(cfg.local_epochs / rate))):
                return False
    return True


def _within_budget(metrics: dict) -> bool:
    for entry in metrics["rounds"].values():
        for m in entry["clients"].values():
            eps, budget = m.get("epsilon"), m.get("epsilon-budget")
            if eps is None or (budget is not None and eps > budget * (1 + BUDGET_SLACK)):
                return False
    return True


def _module_valid(model) -> bool:
    from opacus.validators import ModuleValidator

    return not ModuleValidator.validate(model, strict=False)
