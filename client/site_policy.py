"""The site's privacy policy: a TOML file the site writes and reads itself, never taken
from the server. Every run is checked against it inside the ClientApp before anything
trains; the server's run config can only make things stricter.

    # site.toml (every key optional; kebab-case)
    dp-required = true                  # refuse runs without DP-SGD (default true)
    max-epsilon = 4.0                   # the site's total budget over every run; noise is calibrated to it
    max-epsilon-per-round = 1.0         # refuse a round that would spend more than this alone
    min-noise-multiplier = 0.8          # refuse a round with less noise than this
    max-delta = 1e-5                    # refuse a larger delta (delta < 1/n is always required)
    max-grad-norm = 1.0                 # refuse a larger clipping norm
    scrub-required = true               # refuse runs that do not scrub personal data (default true)
    scrub-entities = ["PERSON", "EMAIL_ADDRESS"]  # what scrubbing must cover (default: every supported type)
    allowed-models = ["all-MiniLM-L6-v2"]         # default: any
    allowed-train-modes = ["head"]                 # default: head, lora, full
    max-rounds = 50                     # refuse runs with more rounds
    share-metrics = []                  # optional values outside the guarantee the site sends: train-loss, scrub-counts
    state-dir = "/var/lib/privatune"    # the site's ledger and local log (relative: to this file)
    require-csprng = false              # refuse unless torchcsprng draws the noise
"""

from __future__ import annotations

import math
import tomllib
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

OPTIONAL_METRICS = ("train-loss", "scrub-counts")


class PolicyError(ValueError):
    """The policy file is wrong; the message names the key and what is allowed."""


def _kebab(name: str) -> str:
    return name.replace("_", "-")


class SitePolicy(BaseModel):
    model_config = ConfigDict(extra="forbid", alias_generator=_kebab, populate_by_name=True, frozen=True)

    dp_required: bool = True
    max_epsilon: float | None = Field(None, gt=0)
    max_epsilon_per_round: float | None = Field(None, gt=0)
    min_noise_multiplier: float | None = Field(None, ge=0)
    max_delta: float | None = Field(None, gt=0, lt=1)
    max_grad_norm: float | None = Field(None, gt=0)
    scrub_required: bool = True
    scrub_entities: tuple[str, ...] | None = None  # None: every supported entity type
    allowed_models: tuple[str, ...] | None = None  # None: any
    allowed_train_modes: tuple[Literal["head", "lora", "full"], ...] = ("head", "lora", "full")
    max_rounds: int | None = Field(None, ge=1)
    share_metrics: tuple[Literal["train-loss", "scrub-counts"], ...] = ()
    state_dir: str | None = None
    require_csprng: bool = False

    @field_validator("scrub_entities", "allowed_models", "share_metrics", "allowed_train_modes", mode="before")
    @classmethod
    def _split(cls, value):
        if isinstance(value, str):  # node config values are strings: comma-separated
            return tuple(part.strip() for part in value.split(",") if part.strip())
        return value

    @field_validator("scrub_entities")
    @classmethod
    def _known_entities(cls, value):
        if value is not None:
            from client.scrub import SUPPORTED_ENTITIES

            unknown = sorted(set(value) - set(SUPPORTED_ENTITIES))
            if unknown:
                raise ValueError(f"unknown entity type(s) {', '.join(unknown)}; supported: {', '.join(SUPPORTED_ENTITIES)}")
        return value

    @classmethod
    def simulated(cls) -> "SitePolicy":
        """Simulated sites hold the coordinator's own data: they follow the run (no-DP and
        no-scrub baselines run), with the same checks as any site for what the run sets."""
        return cls(dp_required=False, scrub_required=False)

    @classmethod
    def from_mapping(cls, values, where: str = "site policy") -> "SitePolicy":
        try:
            return cls.model_validate(dict(values))
        except ValidationError as err:
            raise PolicyError(f"{where}: {_describe(err)}") from None

    @classmethod
    def load(cls, path: str | Path) -> "SitePolicy":
        path = Path(path).expanduser()
        if not path.is_file():
            raise PolicyError(f"site policy not found: {path}; write one (README, 'Run a site') and pass it with --policy")
        try:
            values = tomllib.loads(path.read_text(encoding="utf-8"))
        except (tomllib.TOMLDecodeError, UnicodeDecodeError) as err:
            raise PolicyError(f"site policy {path} is not valid TOML: {err}") from None
        policy = cls.from_mapping(values, f"site policy {path}")
        if policy.state_dir is not None and not Path(policy.state_dir).expanduser().is_absolute():
            # Relative to the policy file, whatever folder the SuperNode runs in.
            policy = policy.model_copy(update={"state_dir": str(path.resolve().parent / policy.state_dir)})
        return policy

    # -- the checks ------------------------------------------------------------------

    def violations(self, cfg) -> list[str]:
        """What in the run (a RunConfig) breaks this policy, before any data is read.
        Reasons name settings, never data values."""
        reasons = []
        if self.dp_required and not cfg.private:
            reasons.append("the run trains without DP (private = false) and the site's policy requires DP")
        if self.max_delta is not None and cfg.private and cfg.delta > self.max_delta:
            reasons.append(f"the run's delta {cfg.delta:g} is above the site's max-delta {self.max_delta:g}")
        if self.max_grad_norm is not None and cfg.private and cfg.max_grad_norm > self.max_grad_norm:
            reasons.append(f"the run's clipping norm {cfg.max_grad_norm:g} is above the site's max-grad-norm {self.max_grad_norm:g}")
        if self.min_noise_multiplier is not None and cfg.private and cfg.noise_multiplier is not None \
                and cfg.noise_multiplier < self.min_noise_multiplier:
            reasons.append(f"the run's noise multiplier {cfg.noise_multiplier:g} is below the site's min-noise-multiplier {self.min_noise_multiplier:g}")
        if self.scrub_required and not cfg.scrub:
            reasons.append("the run does not scrub personal data (scrub = false) and the site's policy requires scrubbing")
        if self.scrub_required and cfg.scrub and cfg.scrub_entities:
            from client.scrub import SUPPORTED_ENTITIES

            missing = sorted(set(self.scrub_entities or SUPPORTED_ENTITIES) - set(cfg.scrub_entities))
            if missing:
                reasons.append(f"the run's scrubbing leaves out entity type(s) the site requires: {', '.join(missing)}")
        if self.allowed_models is not None and cfg.model not in self.allowed_models:
            reasons.append(f"the run's model '{cfg.model}' is not in the site's allowed-models")
        if cfg.train_mode not in self.allowed_train_modes:
            reasons.append(f"the run's train mode '{cfg.train_mode}' is not in the site's allowed-train-modes ({', '.join(self.allowed_train_modes)})")
        if self.max_rounds is not None and cfg.rounds > self.max_rounds:
            reasons.append(f"the run has {cfg.rounds} rounds, more than the site's max-rounds {self.max_rounds}")
        return reasons

    def round_violations(self, noise: float, round_epsilon: float) -> list[str]:
        """What in this round's plan breaks the policy (noise, epsilon of the round alone)."""
        reasons = []
        if self.min_noise_multiplier is not None and noise < self.min_noise_multiplier:
            reasons.append(f"this round's noise multiplier {noise:.3g} is below the site's min-noise-multiplier {self.min_noise_multiplier:g}")
        if self.max_epsilon_per_round is not None and round_epsilon > self.max_epsilon_per_round * (1 + 1e-9):
            reasons.append(f"this round alone would spend epsilon {round_epsilon:.3g}, above the site's max-epsilon-per-round {self.max_epsilon_per_round:g}")
        return reasons

    def budget(self, run_target: float | None) -> float:
        """The smaller of the run's target and the site's cap: the run can only lower it."""
        cap = self.max_epsilon if self.max_epsilon is not None else math.inf
        return min(run_target if run_target is not None else math.inf, cap)


def _describe(err: ValidationError) -> str:
    lines = []
    for problem in err.errors():
        key = ".".join(str(part) for part in problem["loc"]) or "policy"
        if problem["type"] == "extra_forbidden":
            allowed = ", ".join(sorted(_kebab(n) for n in SitePolicy.model_fields))
            lines.append(f"unknown key '{key}'; allowed keys: {allowed}")
        else:
            lines.append(f"key '{key}': {problem['msg']} (got {problem.get('input')!r})")
    return "; ".join(lines)
