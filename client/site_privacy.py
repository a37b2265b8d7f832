"""The site's privacy decisions, in one place: its settings, its ledger on disk, its
budget, the one noisy release of its example count, the round's plan and noise
calibration, and every refusal.

Where the ledger lives:
- a state directory (`state-dir` in the node config; default `$PRIVATUNE_STATE_DIR` or
  ~/.privatune/site for any client not in a simulation; the simulate command gives each
  simulated client one beside the run directory): `ledger.json`, written atomically with
  fsync. A ledger that is corrupt, or missing where one existed, makes the client refuse:
  it never starts again from zero.
- a simulated client given no state directory keeps it in Flower's node state.

What the site releases, and whether the guarantee covers it: `common.privacy.RELEASED`.
"""

from __future__ import annotations

import hashlib
import json
import math
import os
import time
from dataclasses import dataclass
from pathlib import Path

from flwr.app import ConfigRecord, Context
from safetensors import safe_open
from safetensors.torch import save_file

from client.scrub import SUPPORTED_ENTITIES, ScrubSummary
from client.site_policy import OPTIONAL_METRICS, PolicyError, SitePolicy  # noqa: F401  (OPTIONAL_METRICS re-exported)
from client.train import RoundPlan, noise_rng, plan_round
from common.config import RunConfig
from common.privacy import ADJACENCY, UNIT, LedgerEntry, PrivacyLedger, calibrate_noise, noisy_count

LEDGER_STATE_KEY = "privacy-ledger"
PLAN_STATE_KEY = "privacy-plan"
# Without a policy file, any policy key may come in the node config instead (the site sets both).
NODE_POLICY_KEYS = tuple(name.replace("_", "-") for name in SitePolicy.model_fields)


class PrivacyRefusal(ValueError):
    """The site will not train; the message says why, with no data values."""


@dataclass(frozen=True)
class SiteSettings:
    """What the site decides, never the server: its policy (client/site_policy.py), read
    from the file the node config's `policy-path` names. Without one, a deployed site gets
    the default (strict) policy and a simulated one follows the run; policy keys in the
    node config (state-dir, max-epsilon, share-metrics, scrub-required, ...) then apply."""

    policy: SitePolicy
    state_dir: Path | None
    partition_id: int = -1  # the simulation's index of this client (-1: a real site)

    @property
    def max_epsilon(self) -> float | None:
        return self.policy.max_epsilon

    @property
    def share(self) -> frozenset[str]:
        return frozenset(self.policy.share_metrics)

    @property
    def require_csprng(self) -> bool:
        return self.policy.require_csprng

    @classmethod
    def from_node_config(cls, node_config, state_root: Path | None = None) -> "SiteSettings":
        simulated = "partition-id" in node_config
        keys = {k: node_config[k] for k in NODE_POLICY_KEYS if k in node_config}
        try:
            if "policy-path" in node_config:
                if keys:
                    raise PrivacyRefusal(f"node config sets {', '.join(sorted(keys))} beside policy-path; set them in the policy file only")
                policy = SitePolicy.load(str(node_config["policy-path"]))
            else:
                base = SitePolicy.simulated() if simulated else SitePolicy()
                policy = SitePolicy.from_mapping({**base.model_dump(by_alias=True), **keys}, "node config")
        except PolicyError as err:
            raise PrivacyRefusal(str(err)) from None
        if policy.state_dir is not None:
            state_dir = Path(policy.state_dir).expanduser()
        elif simulated:  # simulated: the simulate command decides
            state_dir = state_root / f"client-{int(node_config['partition-id'])}" if state_root else None
        else:
            state_dir = Path(os.environ.get("PRIVATUNE_STATE_DIR", Path.home() / ".privatune" / "site"))
        return cls(policy, state_dir, int(node_config.get("partition-id", -1)))


@dataclass(frozen=True)
class RoundDecision:
    plan: RoundPlan | None  # None: the site declines this round
    noise: float | None  # None: not private
    entry: LedgerEntry | None
    metrics: dict  # what the site releases about this decision


class SitePrivacy:
    def __init__(self, cfg: RunConfig, settings: SiteSettings, context: Context):
        self.cfg, self.settings, self.context = cfg, settings, context
        self.ledger = self._load()
        self.budget = settings.policy.budget(cfg.target_epsilon)

    # -- the round ----------------------------------------------------------------

    def check_run(self, server_round: int) -> None:
        """Logs what the server asked; refuses a run that breaks the site's policy, before
        any data is read."""
        cfg = self.cfg
        self.log({"round": server_round, "asked": {
            "private": cfg.private, "target-epsilon": cfg.target_epsilon, "noise-multiplier": cfg.noise_multiplier,
            "delta": cfg.delta, "max-grad-norm": cfg.max_grad_norm, "rounds": cfg.rounds, "model": cfg.model,
            "train-mode": cfg.train_mode, "scrub": cfg.scrub, "scrub-entities": list(cfg.scrub_entities),
            "local-epochs": cfg.local_epochs, "batch-size": cfg.batch_size, "sample-rate": cfg.sample_rate}})
        reasons = self.settings.policy.violations(cfg)
        if self.settings.require_csprng and cfg.private and not noise_rng().startswith("torchcsprng"):
            reasons.append("the site requires a CSPRNG for DP noise (require-csprng) and torchcsprng is not installed here")
        if reasons:
            raise PrivacyRefusal("the site's privacy policy refuses this run: " + "; ".join(reasons))

    def decide(self, server_round: int, examples: int, fingerprint: str) -> RoundDecision:
        cfg = self.cfg
        base = {"delta": cfg.delta, "epsilon-budget": self.budget, "partition-id": self.settings.partition_id}
        if not cfg.private:  # no guarantee: baselines only, the exact count is the weight
            plan = (RoundPlan(1.0, 1, examples, "prototypes") if cfg.head_init == "dp-prototypes" and server_round == 1
                    else self._plan(examples))
            return RoundDecision(plan, None, None, {**base, "num-examples": examples})
        if cfg.delta >= 1 / examples:
            raise PrivacyRefusal("delta must be below 1/n for this site's n examples; lower delta (1e-5 suits sites up to 100,000 examples)")
        count = self._released_count(server_round, fingerprint, examples)
        if count is None:
            return self._decline(base, LedgerEntry(server_round, cfg.count_noise, 1.0, 1, "count"))
        if cfg.head_init == "dp-prototypes" and server_round == 1:
            # One Gaussian release of per-class sums of unit vectors: sensitivity 1, so one
            # ledger entry (sigma, 1.0, 1), calibrated to its share of the budget alone.
            noise = calibrate_noise(cfg.prototype_epsilon_share * self.budget, cfg.delta, self.ledger.history(), 1.0, 1, self.ledger.accountant)
            plan = RoundPlan(sample_rate=1.0, steps=1, expected_batch_size=count, mechanism="prototypes")
        else:
            plan = self._plan(count)
            noise = self._noise(server_round, plan)
        entry = LedgerEntry(server_round, noise, plan.sample_rate, plan.steps, plan.mechanism)
        reasons = self.settings.policy.round_violations(noise, PrivacyLedger(accountant=self.ledger.accountant).epsilon(cfg.delta, entry))
        if reasons:
            raise PrivacyRefusal("the site's privacy policy refuses this round: " + "; ".join(reasons))
        if self.ledger.epsilon(cfg.delta, entry) > self.budget * (1 + 1e-9):
            return self._decline(base, entry)
        return RoundDecision(plan, noise, entry, {
            **base, "num-examples": count, "sample-rate": plan.sample_rate, "noise-multiplier": noise,
        })

    def trained(self, decision: RoundDecision, steps: int, loss: float, scrubbed: ScrubSummary, examples: int,
                arrays: dict) -> dict:
        """Records what ran; returns the numbers the site releases about it: those the
        guarantee covers, plus the optional ones the site opted in to share."""
        metrics = {**decision.metrics, "declined": 0, "steps": steps}
        if decision.noise is None:
            metrics.update({"epsilon": math.inf, "noise-multiplier": 0.0})
        else:
            self.ledger.record(LedgerEntry(decision.entry.round, decision.noise, decision.plan.sample_rate, steps, decision.plan.mechanism))
            self._save()
            metrics["epsilon"] = self.ledger.epsilon(self.cfg.delta)
        if "train-loss" in self.settings.share:
            metrics["train-loss"] = loss
        if "scrub-counts" in self.settings.share:
            metrics.update({"scrub-documents": scrubbed.documents,
                            **{f"scrub-{entity}": scrubbed.counts.get(entity, 0) for entity in SUPPORTED_ENTITIES}})
        self.log({"round": decision.entry.round if decision.entry else None,
                  "sent": {"metrics": sorted(metrics), "arrays": {k: list(v.shape) for k, v in arrays.items()},
                           "bytes": sum(v.numel() * v.element_size() for v in arrays.values())},
                  "local": {"examples": examples, "train-loss": loss, "scrub-counts": dict(scrubbed.counts)}})
        return metrics

    def privacy_record(self) -> ConfigRecord:
        """What every reply says about the guarantee: the ledger as released ((noise, rate,
        steps) of every mechanism, no fingerprints), the unit and adjacency, the noise
        generator, and what the site shares outside the guarantee."""
        history = self.ledger.history()
        return ConfigRecord({
            "accountant": self.ledger.accountant, "unit": UNIT, "adjacency": ADJACENCY, "noise-rng": noise_rng(),
            "ledger-noise": [h[0] for h in history], "ledger-rate": [h[1] for h in history],
            "ledger-steps": [h[2] for h in history], "shared-outside-guarantee": sorted(self.settings.share),
        })

    # -- a round asked again (a resumed run) gets the same reply: nothing is released twice --

    def replay(self, run: str, server_round: int, global_digest: str) -> tuple[dict, dict] | None:
        """The reply this site already sent for this run, round and global model, if any."""
        path = self._reply_file()
        if path is None or not path.is_file():
            return None
        with safe_open(str(path), framework="pt") as handle:
            meta = handle.metadata() or {}
            if meta.get("key") != f"{run}|{server_round}|{global_digest}":
                return None
            arrays = {name: handle.get_tensor(name) for name in handle.keys()}
        self.log({"round": server_round, "replayed": "the reply already sent for this round"})
        return arrays, json.loads(meta["metrics"])

    def keep(self, run: str, server_round: int, global_digest: str, arrays: dict, metrics: dict) -> None:
        """Kept after the ledger recorded the round: a crash in between spends twice (safe),
        never sends an update the ledger does not count."""
        path = self._reply_file()
        if path is not None:
            tmp = path.with_name(path.name + ".tmp")
            save_file({k: v.contiguous() for k, v in arrays.items()}, str(tmp),
                      metadata={"key": f"{run}|{server_round}|{global_digest}", "metrics": json.dumps(metrics)})
            os.replace(tmp, path)

    def _reply_file(self) -> Path | None:
        return self.settings.state_dir / "last-reply.safetensors" if self.settings.state_dir else None

    def log(self, event: dict) -> None:
        """The site's own log (JSON lines in its state directory): never sent."""
        if self.settings.state_dir is None:
            return
        self.settings.state_dir.mkdir(parents=True, exist_ok=True)
        with (self.settings.state_dir / "site-log.jsonl").open("a", encoding="utf-8") as handle:
            handle.write(json.dumps({"time": time.strftime("%Y-%m-%dT%H:%M:%S%z"), **event}, default=str) + "\n")

    # -- decisions ----------------------------------------------------------------

    def _plan(self, count: int) -> RoundPlan:
        if self.cfg.sample_rate is None and count < self.cfg.batch_size:
            raise PrivacyRefusal(f"this site holds fewer examples than one batch (batch-size {self.cfg.batch_size}); lower batch-size")
        return plan_round(count, self.cfg)

    def _released_count(self, server_round: int, fingerprint: str, examples: int) -> int | None:
        """The noisy example count, released once per dataset; None when its cost does
        not fit the budget."""
        if fingerprint not in self.ledger.released_counts:
            entry = LedgerEntry(server_round, self.cfg.count_noise, 1.0, 1, "count")
            if self.ledger.epsilon(self.cfg.delta, entry) > self.budget:
                return None
            self.ledger.record(entry)
            self.ledger.released_counts[fingerprint] = noisy_count(examples, self.cfg.count_noise)
            self._save()
        return self.ledger.released_counts[fingerprint]

    def _noise(self, server_round: int, plan: RoundPlan) -> float:
        """Fixed by the run, or calibrated once per run (kept in the node's state) so that
        what is spent plus every remaining round of this run meets the budget."""
        cfg = self.cfg
        floor = self.settings.policy.min_noise_multiplier or 0.0  # the site never adds less noise
        if cfg.noise_multiplier is not None:
            return max(cfg.noise_multiplier, floor)
        if PLAN_STATE_KEY not in self.context.state:
            remaining = cfg.rounds - server_round + 1
            if remaining < 1:
                raise PrivacyRefusal("the run asked for a round past its last one; check rounds")
            noise = calibrate_noise(self.budget, cfg.delta, self.ledger.history(), plan.sample_rate,
                                    plan.steps * remaining, self.ledger.accountant)
            self.context.state[PLAN_STATE_KEY] = ConfigRecord({"noise-multiplier": noise})
        return max(float(self.context.state[PLAN_STATE_KEY]["noise-multiplier"]), floor)

    def _decline(self, base: dict, entry: LedgerEntry) -> RoundDecision:
        metrics = {**base, "declined": 1, "epsilon": self.ledger.epsilon(self.cfg.delta),
                   "epsilon-next": self.ledger.epsilon(self.cfg.delta, entry)}
        self.log({"round": entry.round, "declined": metrics})
        return RoundDecision(None, None, entry, metrics)

    # -- the ledger's storage ----------------------------------------------------------

    def _load(self) -> PrivacyLedger:
        state_dir = self.settings.state_dir
        if state_dir is None:
            if LEDGER_STATE_KEY in self.context.state:
                return PrivacyLedger.from_json(str(self.context.state[LEDGER_STATE_KEY]["json"]))
            return PrivacyLedger(accountant=self.cfg.accountant)
        ledger, marker = state_dir / "ledger.json", state_dir / "site.json"
        if ledger.is_file():
            try:
                return PrivacyLedger.from_json(ledger.read_text(encoding="utf-8"))
            except (ValueError, KeyError, TypeError):
                raise PrivacyRefusal(f"the privacy ledger {ledger} is corrupt; restore it from a backup (the site refuses to train rather than reset it)") from None
        if marker.is_file():
            raise PrivacyRefusal(f"the privacy ledger {ledger} is missing but this site has trained before; restore it (the site refuses to train rather than reset it)")
        return PrivacyLedger(accountant=self.cfg.accountant)

    def _save(self) -> None:
        state_dir = self.settings.state_dir
        if state_dir is None:
            self.context.state[LEDGER_STATE_KEY] = ConfigRecord({"json": self.ledger.to_json()})
            return
        state_dir.mkdir(parents=True, exist_ok=True)
        _write_durably(state_dir / "ledger.json", self.ledger.to_json())
        if not (state_dir / "site.json").is_file():
            _write_durably(state_dir / "site.json", json.dumps({"ledger": "ledger.json", "created": time.strftime("%Y-%m-%dT%H:%M:%S%z")}))


def digest(state: dict) -> str:
    """Identifies a global model (the weights a round starts from)."""
    hasher = hashlib.sha256()
    for name in sorted(state):
        hasher.update(name.encode() + state[name].detach().cpu().contiguous().numpy().tobytes())
    return hasher.hexdigest()


def fingerprint(texts: list[str], labels: list[str]) -> str:
    """Identifies a local dataset on the site (never sent): a changed dataset releases a new count."""
    digest = hashlib.sha256()
    for text, label in zip(texts, labels):
        digest.update(text.encode("utf-8", "surrogatepass") + b"\x00" + label.encode("utf-8", "surrogatepass") + b"\x01")
    return digest.hexdigest()


def _write_durably(path: Path, text: str) -> None:
    """Atomic and on disk before it counts: write a temporary file, fsync, rename, fsync the folder."""
    tmp = path.with_name(path.name + ".tmp")
    with tmp.open("w", encoding="utf-8") as handle:
        handle.write(text)
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(tmp, path)
    folder = os.open(path.parent, os.O_RDONLY)
    try:
        os.fsync(folder)
    finally:
        os.close(folder)
