"""The run directory: everything a later audit report needs.

    <output-dir>/<run-name>/
        config.json             the resolved RunConfig
        metrics.json            status, labels, the privacy guarantee (unit, adjacency,
                                what each released key is, every client's ledger and
                                its epsilon by Opacus and by dp-accounting), per round:
                                every client's released numbers (noisy example count,
                                epsilon, noise, sampling, steps, declines) and the global
                                evaluation; loss and scrub counts only where a site opted in
        checkpoints/round-N.safetensors   the global trainable weights after round N
        model/                  the final model (Hugging Face directory)

`metrics.json` says `"status": "running"` until the run ends, then `complete` or
`failed`, so a crashed run is never mistaken for a finished one.
"""

from __future__ import annotations

import json
import math
import os
import time
from pathlib import Path

from common.config import RunConfig
from common.privacy import ADJACENCY, CROSS_CHECK_TOLERANCE, RELEASED, UNIT, cross_check, independent_epsilon


class RunRecord:
    def __init__(self, cfg: RunConfig, labels: list[str], resume_round: int | None = None):
        self.dir = cfg.run_dir
        self._round_started = time.time()
        if resume_round is not None:  # continue the record: rounds after the checkpoint are dropped
            self.metrics = json.loads((self.dir / "metrics.json").read_text())
            self.metrics["rounds"] = {k: v for k, v in self.metrics["rounds"].items() if int(k) <= resume_round}
            self.metrics["status"] = "running"
            self.metrics.pop("error", None)
            self.metrics.setdefault("resumed", []).append({"after-round": resume_round, "at": _now()})
            self.save()
            return
        if self.dir.exists() and any(self.dir.iterdir()):
            raise ValueError(f"run directory {self.dir} already exists; choose another run-name or output-dir")
        (self.dir / "checkpoints").mkdir(parents=True, exist_ok=True)
        _write_json(self.dir / "config.json", cfg.model_dump(mode="json", by_alias=True))
        self.metrics = {
            "status": "running", "labels": labels, "started": _now(),
            "privacy": {"private": cfg.private, "unit": UNIT, "adjacency": ADJACENCY, "delta": cfg.delta,
                        "released": RELEASED, "clients": {}},
            "rounds": {}, "scrub": {},
            "key": {
                "config.json": "the resolved run configuration (kebab-case keys, as in TOML and CLI flags)",
                "rounds.N.clients": "what each client released in round N (privacy.released says what each key is)",
                "rounds.N.evaluation": "the global model on the server's test set after round N",
                "checkpoints/round-N.safetensors": "the global trainable weights after round N (momentum-N.safetensors: the server momentum then)",
                "model/": "the final model (see README: load it with transformers)",
            },
        }
        self.save()

    def _round(self, server_round: int) -> dict:
        return self.metrics["rounds"].setdefault(str(server_round), {"clients": {}, "failures": []})

    def client_reply(self, server_round: int, node_id: int, metrics: dict, privacy: dict | None = None) -> None:
        pid = int(metrics.get("partition-id", -1))
        name = f"client-{pid}" if pid >= 0 else f"node-{node_id}"
        scrub = {k.removeprefix("scrub-"): v for k, v in metrics.items() if k.startswith("scrub-")}
        if scrub:  # only where the site opted in to share them; the same every round
            documents = scrub.pop("documents", 0)
            self.metrics["scrub"][name] = {"documents": documents, "counts": {k: v for k, v in scrub.items() if v}}
        kept = {k: v for k, v in metrics.items() if not k.startswith("scrub-")}
        self._round(server_round)["clients"][name] = {"node-id": node_id, **kept}
        if privacy:  # the client's whole ledger as released, for the end-of-run cross-check
            self.metrics["privacy"]["clients"][name] = {
                k: (list(v) if isinstance(v, (list, tuple)) else v) for k, v in privacy.items()
            } | {"epsilon": kept.get("epsilon")}

    def privacy_check(self, delta: float) -> bool:
        """Recomputes every client's epsilon from its released ledger with dp-accounting
        (PLD), independent of Opacus, and records both; False if any disagree."""
        passed = True
        for client in self.metrics["privacy"]["clients"].values():
            history = list(zip(client.get("ledger-noise", []), client.get("ledger-rate", []), client.get("ledger-steps", [])))
            reported = client.get("epsilon")
            if reported is None or not history:
                continue
            independent = independent_epsilon(history, delta)
            agree = cross_check(reported, independent, client.get("accountant", "prv"))
            client.update({"independent-epsilon": independent, "independent-accountant": "dp-accounting PLD",
                           "cross-check": "passed" if agree else "failed"})
            passed &= agree
        self.metrics["privacy"]["cross-check"] = "passed" if passed else "failed"
        self.metrics["privacy"]["cross-check-tolerance"] = CROSS_CHECK_TOLERANCE
        self.save()
        return passed

    def client_failed(self, server_round: int, node_id: int, reason: str) -> None:
        # A site's policy refusal (client/site_privacy.PrivacyRefusal) says why, with no data values.
        self._round(server_round)["failures"].append({"node-id": node_id, "reason": reason, "refused": "PrivacyRefusal" in reason})

    def evaluation(self, server_round: int, results: dict) -> None:
        if server_round == 0:
            self.metrics["initial-evaluation"] = results
        else:
            entry = self._round(server_round)
            entry["evaluation"] = results
            entry["duration-seconds"] = round(time.time() - self._round_started, 3)
            entry["finished"] = _now()
        self._round_started = time.time()
        self.save()

    def finish(self, status: str, error: str | None = None) -> None:
        self.metrics["status"] = status
        self.metrics["finished"] = _now()
        if error:
            self.metrics["error"] = error
        self.save()

    def save(self) -> None:
        _write_json(self.dir / "metrics.json", self.metrics)


def _now() -> str:
    """ISO-8601 local time with its UTC offset."""
    return time.strftime("%Y-%m-%dT%H:%M:%S%z")


def _finite(value):
    """JSON has no infinity: a non-private run's epsilon is recorded as null."""
    if isinstance(value, float) and not math.isfinite(value):
        return None
    if isinstance(value, dict):
        return {k: _finite(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_finite(v) for v in value]
    return value


def _write_json(path: Path, data) -> None:
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps(_finite(data), indent=2, sort_keys=False))
    os.replace(tmp, path)  # readers never see a half-written file
