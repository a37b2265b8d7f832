"""Builds the privacy report of a finished run from its run directory alone (config.json,
metrics.json, checkpoints/) and, where `simulate --audit` injected canaries, the auditor's
canary record beside it. Every number is read from those files or recomputed from them;
nothing is read from a site's own state."""

from __future__ import annotations

import hashlib
import json
import math
import secrets
import subprocess
import time
from importlib import metadata
from pathlib import Path

from safetensors.torch import load_file

from common.config import ConfigError, RunConfig
from common.privacy import RELEASED, epsilon_of, independent_epsilon
from server.audit import empirical as emp
from server.audit.bounds import group_privacy, tpr_bound
from server.audit.checks import BUDGET_SLACK, consistency_checks
from server.audit.verdict import documented_rules, verdict

EXTRA_DELTAS = (1e-6, 1e-7)
ATTACK_FPRS = (0.01, 0.001)
GROUP_SIZES = (2, 5, 10)
VERSIONS = ("privatune", "flwr", "opacus", "presidio-analyzer", "presidio-anonymizer", "torch", "transformers", "dp-accounting")
# Keys of a reply's privacy record, by the RELEASED key they belong to.
PRIVACY_RECORD = {"accountant": "ledger", "ledger-noise": "ledger", "ledger-rate": "ledger", "ledger-steps": "ledger"}
SITE_STATEMENTS = ("unit", "adjacency", "noise-rng", "shared-outside-guarantee")


class AuditError(ValueError):
    """The directory is not a finished run; the message says what to pass instead."""


def load_run(run_dir: Path) -> tuple[RunConfig, dict]:
    config, metrics = run_dir / "config.json", run_dir / "metrics.json"
    if not run_dir.is_dir() or not config.is_file() or not metrics.is_file():
        raise AuditError(f"{run_dir} is not a run directory (no config.json and metrics.json); pass a directory that `privatune simulate` wrote")
    try:
        cfg = RunConfig.from_mapping(json.loads(config.read_text()))
        data = json.loads(metrics.read_text())
    except (json.JSONDecodeError, ConfigError):
        raise AuditError(f"{run_dir} holds an unreadable config.json or metrics.json; pass an intact run directory") from None
    if data.get("status") not in ("complete", "failed"):
        raise AuditError(f"{run_dir} is an unfinished run (status {data.get('status')!r}); audit it once it has finished")
    return cfg, data


def build_report(run_dir: Path) -> dict:
    run_dir = Path(run_dir)
    cfg, metrics = load_run(run_dir)
    from common.model import build_model

    model, tokenizer = build_model(cfg.model, len(metrics["labels"]), cfg.train_mode, cfg.lora_rank, cfg.seed)
    clients = {name: _client(cfg, metrics, name) for name in _client_names(metrics)}
    report = {
        "report": {"written": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()), "run-dir": run_dir.name},
        "run": {"name": run_dir.name, "status": metrics["status"], "rounds": cfg.rounds, "error": metrics.get("error"),
                "final-evaluation": metrics.get("final", {})},
        "reproducibility": _reproducibility(run_dir, cfg, metrics),
        "guarantee": _guarantee(cfg, metrics, clients),
        "clients": clients,
        "released": {name: _released(metrics, name) for name in clients},
        "server": _server(cfg, metrics),
        "scrubbing": _scrubbing(cfg, metrics),
    }
    initial = {k: v.clone() for k, v in _trainable(model).items()}
    report["update-norms"] = _update_norms(run_dir, cfg, initial)
    report["checks"] = consistency_checks(cfg, metrics, clients, model)
    canaries = emp.canary_record(run_dir)
    report["empirical"] = None  # opt-in: `simulate --audit`
    if canaries is not None:
        report["empirical"] = _empirical(run_dir, cfg, metrics, canaries, model, tokenizer, initial)
    report["summary"] = _summary(report)
    report["summary"]["verdict"], report["summary"]["rules-fired"] = verdict(report)
    report["verdict-rules"] = documented_rules()
    return report


def _client_names(metrics: dict) -> list[str]:
    names = set(metrics["privacy"]["clients"])
    for entry in metrics["rounds"].values():
        names |= set(entry["clients"])
    return sorted(names, key=lambda n: (len(n), n))


def _client(cfg: RunConfig, metrics: dict, name: str) -> dict:
    rounds = [(int(r), e["clients"][name]) for r, e in sorted(metrics["rounds"].items(), key=lambda kv: int(kv[0])) if name in e["clients"]]
    trained = [(r, m) for r, m in rounds if not m.get("declined")]
    last = rounds[-1][1] if rounds else {}
    released = metrics["privacy"]["clients"].get(name, {})
    history = list(zip(released.get("ledger-noise", []), released.get("ledger-rate", []), released.get("ledger-steps", [])))
    accountant = released.get("accountant", cfg.accountant)
    epsilon = None
    if cfg.private and history:
        epsilon = {"run-delta": {"delta": cfg.delta, "opacus": epsilon_of(history, cfg.delta, accountant),
                                 "independent": independent_epsilon(history, cfg.delta)}}
        for delta in EXTRA_DELTAS:
            epsilon[f"{delta:g}"] = {"delta": delta, "opacus": epsilon_of(history, delta, accountant),
                                     "independent": independent_epsilon(history, delta)}
    worst = epsilon["run-delta"]["opacus"] if epsilon else None
    budget = last.get("epsilon-budget")
    return {
        "records": next((m["num-examples"] for _, m in reversed(rounds) if m.get("num-examples") is not None), None),
        "records-kind": "noisy: the count plus Gaussian noise of std count-noise, released once" if cfg.private else "declared exactly (DP off)",
        "sampling": "Poisson (Opacus DPDataLoader): each example joins each step independently",
        "sample-rate": trained[-1][1].get("sample-rate") if trained else None,
        "noise-multiplier": trained[-1][1].get("noise-multiplier") if trained else None,
        "max-grad-norm": cfg.max_grad_norm,
        "steps-per-round": {str(r): m.get("steps") for r, m in trained},
        "rounds-joined": [r for r, _ in trained],
        "rounds-declined": [r for r, m in rounds if m.get("declined")],
        "accountant": accountant,
        "noise-rng": released.get("noise-rng"),
        "budget": budget,
        "reported-epsilon": released.get("epsilon", last.get("epsilon")),
        "epsilon": epsilon,
        "epsilon-per-round": {str(r): m.get("epsilon") for r, m in rounds},
        "over-budget": bool(cfg.private and worst is not None and budget is not None and worst > budget * (1 + BUDGET_SLACK)),
        "tpr-bound": [{"fpr": fpr, "tpr": tpr_bound(worst, cfg.delta, fpr)} for fpr in ATTACK_FPRS] if cfg.private else
                     [{"fpr": fpr, "tpr": 1.0} for fpr in ATTACK_FPRS],
    }


def _reproducibility(run_dir: Path, cfg: RunConfig, metrics: dict) -> dict:
    versions = {}
    for package in VERSIONS:
        try:
            versions[package] = metadata.version(package)
        except metadata.PackageNotFoundError:
            versions[package] = None
    config = json.loads((run_dir / "config.json").read_text())
    rngs = sorted({c.get("noise-rng") for c in metrics["privacy"]["clients"].values() if c.get("noise-rng")})
    return {"versions": versions, "commit": _commit(), "model": cfg.model, "train-mode": cfg.train_mode,
            "config-sha256": hashlib.sha256(json.dumps(config, sort_keys=True, separators=(",", ":")).encode()).hexdigest(),
            "seed": cfg.seed, "seed-use": "reproducible choices only (head initialisation, demo corpus, client split), never DP noise or sampling",
            "noise-generator": rngs}


def _commit() -> str | None:
    root = Path(__file__).resolve().parents[2]
    try:
        done = subprocess.run(["git", "-C", str(root), "rev-parse", "HEAD"], capture_output=True, text=True, timeout=10)
    except (OSError, subprocess.SubprocessError):
        return None
    return done.stdout.strip() if done.returncode == 0 else None


def _guarantee(cfg: RunConfig, metrics: dict, clients: dict) -> dict:
    privacy = metrics["privacy"]
    worst = _worst(clients)
    return {
        "private": cfg.private, "unit": privacy["unit"], "adjacency": privacy["adjacency"], "delta": cfg.delta,
        "where": "DP-SGD runs on each client, before anything leaves it, so the guarantee holds against the server, the other clients and everyone downstream of the run",
        "worst-client": worst[0], "worst-epsilon": worst[1],
        "group-privacy": [{"k": k, "epsilon": e, "delta": d} for k in GROUP_SIZES for e, d in [group_privacy(worst[1], cfg.delta, k)]],
    }


def _worst(clients: dict) -> tuple[str | None, float | None]:
    values = [(c["epsilon"]["run-delta"]["opacus"], name) for name, c in clients.items() if c["epsilon"]]
    if not values:
        return None, None
    eps, name = max(values)
    return name, eps


def _released(metrics: dict, name: str) -> dict:
    keys = set()
    for entry in metrics["rounds"].values():
        reply = entry["clients"].get(name)
        if reply is not None:
            keys |= set(reply) - {"node-id"}
            if not reply.get("declined"):
                keys.add("arrays")
    if name in metrics.get("scrub", {}):
        keys.add("scrub-counts")
    privacy = metrics["privacy"]["clients"].get(name, {})
    keys |= {PRIVACY_RECORD[k] for k in privacy if k in PRIVACY_RECORD}
    rows = [{"key": key, "covered": not RELEASED.get(key, "NOT covered").startswith("NOT"),
             "meaning": RELEASED.get(key, "NOT covered: not in the list of released keys")} for key in sorted(keys)]
    rows += [{"key": key, "covered": True, "meaning": "public: the site's statement of its settings"}
             for key in SITE_STATEMENTS if key in privacy]
    return {"keys": rows, "outside-guarantee": [r["key"] for r in rows if not r["covered"]],
            "opted-in": list(privacy.get("shared-outside-guarantee", []))}


def _server(cfg: RunConfig, metrics: dict) -> dict:
    rounds = []
    for r, entry in sorted(metrics["rounds"].items(), key=lambda kv: int(kv[0])):
        clients = entry["clients"]
        rounds.append({"round": int(r), "replied": len(clients), "trained": sum(1 for m in clients.values() if not m.get("declined")),
                       "declined": sum(1 for m in clients.values() if m.get("declined")), "failures": len(entry.get("failures", [])),
                       "accuracy": entry.get("evaluation", {}).get("accuracy")})
    aggregation = (f"FedAvgM (server momentum {cfg.server_momentum:g}, server learning rate {cfg.server_learning_rate:g})"
                   if cfg.server_momentum else f"FedAvg (server learning rate {cfg.server_learning_rate:g})")
    return {"total-clients": cfg.num_clients, "clients-per-round": cfg.clients_per_round,
            "aggregation": aggregation + ", weighted by each client's released example count", "rounds": rounds}


def _scrubbing(cfg: RunConfig, metrics: dict) -> dict:
    from client.scrub import DEFAULT_ENTITIES

    # An empty list runs the default policy (client_app.py), not every type.
    return {"enabled": cfg.scrub, "operator": cfg.scrub_operator,
            "entities": list(cfg.scrub_entities) or list(DEFAULT_ENTITIES),
            "shared-counts": metrics.get("scrub", {}),
            "note": "Counts appear only for sites that opted in to share them (outside the guarantee); identifier values never"}


def _trainable(model) -> dict:
    return {name: p.detach().cpu() for name, p in model.named_parameters() if p.requires_grad}


def _update_norms(run_dir: Path, cfg: RunConfig, initial: dict) -> list[dict]:
    """The L2 norm of each round's change of the global trainable weights."""
    norms, previous = [], initial
    for r in range(1, cfg.rounds + 1):
        path = run_dir / "checkpoints" / f"round-{r}.safetensors"
        if not path.is_file():
            continue
        state = load_file(str(path))
        delta = sum(float((state[k].float() - previous[k].float()).pow(2).sum()) for k in state)
        norms.append({"round": r, "norm": math.sqrt(delta)})
        previous = state
    return norms


def _empirical(run_dir: Path, cfg: RunConfig, metrics: dict, canaries: dict, model, tokenizer, initial: dict) -> dict:
    """Scores every membership canary under the initial and the final global model."""
    from client.scrub import scrub_texts
    from common.model import load_trainable, pick_device

    device = pick_device(cfg.device)
    labels = metrics["labels"]
    load_trainable(model, initial)
    before = emp.loss_function(model, tokenizer, labels, cfg, device)
    texts = [c["text"] for c in canaries["membership"]]
    names = [c["label"] for c in canaries["membership"]]
    initial_loss = before(texts, names)
    final = sorted(run_dir.glob("checkpoints/round-*.safetensors"), key=lambda p: int(p.stem.split("-")[1]))
    if final:
        load_trainable(model, load_file(str(final[-1])))
    final_loss = emp.loss_function(model, tokenizer, labels, cfg, device)(texts, names)

    def scrub(items: list[str]) -> list[str]:
        if not cfg.scrub:
            return items
        # The clients' scrubber with their settings; a throwaway key where they hash (what
        # matters here is what is detected, not the site's secret).
        key = secrets.token_bytes(32) if cfg.scrub_operator == "hash" else None
        return scrub_texts(items, entities=cfg.scrub_entities or None, operator=cfg.scrub_operator, hash_key=key)[0]

    return emp.empirical_audit(canaries, initial_loss, final_loss, cfg.delta, scrub)


def _summary(report: dict) -> dict:
    guarantee = report["guarantee"]
    empirical = report.get("empirical")
    scrub = report["scrubbing"]
    return {
        "worst-client": guarantee["worst-client"], "worst-epsilon": guarantee["worst-epsilon"], "delta": guarantee["delta"],
        "empirical-lower-bound": empirical["one-run"]["lower-bound"] if empirical else None,
        "empirical-ceiling": empirical["one-run"]["ceiling"] if empirical else None,
        "scrubbing": {"enabled": scrub["enabled"], "operator": scrub["operator"],
                      "identifier-canaries": empirical["identifiers"]["injected"] if empirical else None,
                      "identifier-canaries-survived": empirical["identifiers"]["survived"] if empirical else None,
                      "sites-sharing-counts": len(scrub["shared-counts"])},
    }
