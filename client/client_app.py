"""The ClientApp: scrub local text, fine-tune the global model under DP-SGD, reply
with only the trained weights and numeric metrics.

Where the data comes from (node config):
- simulation: `partition-id` / `num-partitions`, set by Flower's simulation engine;
- deployment: `data-path`, a CSV/TSV/JSONL file on the site's disk.
Optional site policy (node config): `max-epsilon` caps this site's budget below the
run's, and `ledger-path` keeps the privacy ledger on the site's disk across restarts.
"""

from __future__ import annotations

import math
from functools import lru_cache
from pathlib import Path

import torch
from flwr.app import ArrayRecord, ConfigRecord, Context, Message, MetricRecord, RecordDict
from flwr.clientapp import ClientApp

from client.scrub import SUPPORTED_ENTITIES, ScrubSummary, scrub_texts, site_hash_key
from client.train import plan_round, train_local, training_inputs
from common.config import RunConfig
from common.data import Split, encode_labels, load_splits, partition, read_table
from common.model import build_model, load_trainable, pick_device, trainable_state
from common.privacy import LedgerEntry, PrivacyLedger, calibrate_noise

LEDGER_STATE_KEY = "privacy-ledger"
PLAN_STATE_KEY = "privacy-plan"


def build_client_app(config: RunConfig | None = None) -> ClientApp:
    """`config=None` reads the run config Flower passes (`flwr run`); the simulate
    command binds its own resolved config instead."""
    app = ClientApp()

    @app.train()
    def train(msg: Message, context: Context) -> Message:
        cfg = config or RunConfig.from_mapping(context.run_config)
        return Message(content=train_round(msg.content, context, cfg), reply_to=msg)

    return app


app = build_client_app()


def train_round(content: RecordDict, context: Context, cfg: RunConfig) -> RecordDict:
    partitions = context.node_config.get("num-partitions")
    if partitions is not None and int(partitions) != cfg.num_clients:
        raise ValueError(f"num-clients is {cfg.num_clients} but the federation has {partitions} simulated SuperNodes; make them equal")
    instructions = content["config"]
    server_round = int(instructions["server-round"])
    labels = list(instructions["labels"])
    local = _local_data(cfg, _data_key(context.node_config))
    texts, summary = _scrubbed(cfg, _data_key(context.node_config))
    targets = torch.tensor(encode_labels(local.labels, labels, "client data"))

    plan = plan_round(len(texts), cfg)
    ledger = _load_ledger(context, cfg)
    budget = _budget(cfg, context.node_config)
    metrics = {
        "num-examples": len(texts),
        "partition-id": int(context.node_config.get("partition-id", -1)),
        "delta": cfg.delta,
        "epsilon-budget": budget,
    }

    noise = None
    if cfg.private:
        noise = _planned_noise(context, cfg, plan)
        entry = LedgerEntry(server_round, noise, plan.sample_rate, plan.steps)
        spent, projected = ledger.epsilon(cfg.delta), ledger.epsilon(cfg.delta, entry)
        if projected > budget * (1 + 1e-9):
            # Decline: no weights, only the numbers that say why.
            metrics.update({"declined": 1, "epsilon": spent, "epsilon-next": projected})
            return RecordDict({"metrics": MetricRecord(metrics)})

    model, tokenizer = _base_model(cfg.model, len(labels), cfg.train_mode, cfg.lora_rank, cfg.seed)
    load_trainable(model, content["arrays"].to_torch_state_dict())
    device = pick_device(cfg.device)
    inputs = _inputs(cfg, _data_key(context.node_config), model, tokenizer, texts, device)
    result = train_local(model, inputs, targets, cfg, plan, noise, device)

    if cfg.private:
        ledger.record(LedgerEntry(server_round, noise, plan.sample_rate, result.steps))
        _save_ledger(context, ledger)
    metrics.update({
        "declined": 0,
        "train-loss": result.loss,
        "steps": result.steps,
        "noise-multiplier": noise if noise is not None else 0.0,
        "sample-rate": plan.sample_rate,
        "epsilon": ledger.epsilon(cfg.delta) if cfg.private else math.inf,
        "scrub-documents": summary.documents,
        **{f"scrub-{entity}": summary.counts.get(entity, 0) for entity in SUPPORTED_ENTITIES},
    })
    return RecordDict({
        "arrays": ArrayRecord(trainable_state(model)),
        "metrics": MetricRecord(metrics),
    })


# -- per-process caches: data, scrubbed text, model and features load once ----------

def _data_key(node_config) -> tuple[str, int]:
    if "data-path" in node_config:
        return ("path", str(node_config["data-path"]))
    if "partition-id" in node_config:
        return ("partition", int(node_config["partition-id"]))
    raise ValueError("node config has neither data-path nor partition-id; start the SuperNode with --node-config \"data-path='FILE'\"")


# Unbounded on purpose: one simulation actor serves many clients in turn, and an
# evicted entry would mean scrubbing and embedding that client's data again.
@lru_cache(maxsize=None)
def _local_data(cfg: RunConfig, key: tuple) -> Split:
    kind, value = key
    if kind == "path":
        return read_table(value, cfg.text_column, cfg.label_column)
    return partition(_federation_train_split(cfg), cfg, value)


@lru_cache(maxsize=2)
def _federation_train_split(cfg: RunConfig) -> Split:
    return load_splits(cfg)[0]


@lru_cache(maxsize=None)
def _scrubbed(cfg: RunConfig, key: tuple) -> tuple[list[str], ScrubSummary]:
    texts = _local_data(cfg, key).texts
    if not cfg.scrub:
        return list(texts), ScrubSummary(documents=len(texts), counts={})
    return scrub_texts(texts, entities=cfg.scrub_entities or None, operator=cfg.scrub_operator, hash_key=_site_key())


def _site_key() -> bytes | None:
    """The keyed-hash secret stays on the site: read from its environment, never sent."""
    return site_hash_key()


@lru_cache(maxsize=2)
def _base_model(name: str, num_labels: int, mode: str, rank: int, seed: int):
    return build_model(name, num_labels, mode, rank, seed)


_FEATURES: dict[tuple, tuple[torch.Tensor, ...]] = {}


def _inputs(cfg, key, model, tokenizer, texts, device) -> tuple[torch.Tensor, ...]:
    # Head mode: the encoder never changes, so its embeddings are computed once per process.
    cache_key = (cfg.model, cfg.max_length, cfg.train_mode, cfg.scrub, cfg.scrub_operator, key)
    if cfg.train_mode != "head":
        return training_inputs(model, tokenizer, texts, cfg, device)
    if cache_key not in _FEATURES:
        _FEATURES[cache_key] = training_inputs(model, tokenizer, texts, cfg, device)
    return _FEATURES[cache_key]


# -- the privacy ledger: in the node's state, and on the site's disk when configured --

def _load_ledger(context: Context, cfg: RunConfig) -> PrivacyLedger:
    path = context.node_config.get("ledger-path")
    if path and Path(str(path)).is_file():
        return PrivacyLedger.from_json(Path(str(path)).read_text())
    if LEDGER_STATE_KEY in context.state:
        return PrivacyLedger.from_json(str(context.state[LEDGER_STATE_KEY]["json"]))
    return PrivacyLedger(accountant=cfg.accountant)


def _save_ledger(context: Context, ledger: PrivacyLedger) -> None:
    context.state[LEDGER_STATE_KEY] = ConfigRecord({"json": ledger.to_json()})
    path = context.node_config.get("ledger-path")
    if path:
        target = Path(str(path))
        tmp = target.with_suffix(target.suffix + ".tmp")
        tmp.write_text(ledger.to_json())
        tmp.replace(target)  # atomic: a crash never leaves a half-written ledger


def _planned_noise(context: Context, cfg: RunConfig, plan) -> float:
    """Calibrated once, at the client's first round, for every round of the run (as if
    it joined them all), then kept in the node's state."""
    if cfg.noise_multiplier is not None:
        return cfg.noise_multiplier
    if PLAN_STATE_KEY not in context.state:
        noise = calibrate_noise(cfg.target_epsilon, cfg.delta, plan.sample_rate, plan.steps * cfg.rounds, cfg.accountant)
        context.state[PLAN_STATE_KEY] = ConfigRecord({"noise-multiplier": noise})
    return float(context.state[PLAN_STATE_KEY]["noise-multiplier"])


def _budget(cfg: RunConfig, node_config) -> float:
    budget = cfg.target_epsilon if cfg.target_epsilon is not None else math.inf
    if "max-epsilon" in node_config:
        budget = min(budget, float(node_config["max-epsilon"]))
    return budget
