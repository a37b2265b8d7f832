"""The ClientApp: scrub local text, fine-tune the global model under DP-SGD, reply
with only the trained weights and the numbers the privacy guarantee covers.

Where the data comes from (node config):
- simulation: `partition-id` / `num-partitions`, set by Flower's simulation engine;
- deployment: `data-path`, a CSV/TSV/JSONL file on the site's disk.
The site's own privacy policy (`policy-path`, client/site_policy.py) and every privacy
decision live in client/site_privacy.py.
"""

from __future__ import annotations

import traceback
from functools import lru_cache
from pathlib import Path

import torch
from flwr.app import ArrayRecord, Context, Message, MetricRecord, RecordDict
from flwr.clientapp import ClientApp

from client.scrub import ScrubSummary, scrub_texts, site_hash_key
from client.site_privacy import PrivacyRefusal, SitePrivacy, SiteSettings, digest, fingerprint
from client.train import is_probe_round, release_prototypes, train_local, training_inputs
from common.config import ConfigError, RunConfig
from common.data import DataError, Split, encode_labels, load_splits, partition, read_table
from common.model import build_model, load_trainable, pick_device, public_centre, trainable_state

# Errors whose messages this project writes without data values; any other error
# crosses the wire as its type only, with the details in the site's own log.
SAFE_ERRORS = (PrivacyRefusal, DataError, ConfigError)


def build_client_app(config: RunConfig | None = None, state_root: Path | None = None,
                     audit_data: Path | None = None) -> ClientApp:
    """`config=None` reads the run config Flower passes (`flwr run`); the simulate
    command binds its own resolved config and a state directory for its clients, and
    with `--audit` a folder of canaries to add to each simulated client's data."""
    app = ClientApp()

    @app.train()
    def train(msg: Message, context: Context) -> Message:
        cfg = config or RunConfig.from_mapping(context.run_config)
        settings = SiteSettings.from_node_config(context.node_config, state_root)
        return Message(content=train_round(msg.content, context, cfg, settings, audit_data), reply_to=msg)

    return app


app = build_client_app()


def train_round(content: RecordDict, context: Context, cfg: RunConfig, settings: SiteSettings | None = None,
                audit_data: Path | None = None) -> RecordDict:
    settings = settings or SiteSettings.from_node_config(context.node_config)
    site = SitePrivacy(cfg, settings, context)
    server_round = int(content["config"]["server-round"])
    try:
        return _train_round(content, context, cfg, site, server_round, audit_data)
    except SAFE_ERRORS as err:
        site.log({"round": server_round, "refused": str(err)})
        raise
    except Exception as err:
        site.log({"round": server_round, "error": "".join(traceback.format_exception(err))})
        raise RuntimeError(f"the client failed with {type(err).__name__}; the details are in the site's own log") from None


def _train_round(content: RecordDict, context: Context, cfg: RunConfig, site: SitePrivacy, server_round: int,
                 audit_data: Path | None = None) -> RecordDict:
    # Policy: the site's own, checked before any data is read (the run can only be stricter).
    site.check_run(server_round)

    # Data: the site's own file or simulated partition, scrubbed before anything reads it.
    key = _data_key(context.node_config, cfg)
    if audit_data is not None and key[0] == "partition":  # issue 10: simulate --audit's canaries join the partition
        key = ("partition+audit", key[1], str(audit_data))
    labels = list(content["config"]["labels"])
    local = _local_data(cfg, key)
    texts, summary = _scrubbed(cfg, key)
    targets = torch.tensor(encode_labels(local.labels, labels, "client data"))

    # Plan: a round asked again gets the reply already sent (nothing is released twice);
    # otherwise the site decides (budget, noisy count, noise) or declines.
    start = content["arrays"].to_torch_state_dict()
    asked = (cfg.run_name or str(context.run_id), server_round, digest(start))
    sent = site.replay(*asked)
    if sent is not None:
        return _reply(site, *sent)
    decision = site.decide(server_round, len(texts), fingerprint(local.texts, local.labels))
    if decision.plan is None:
        return _reply(site, None, decision.metrics)

    # Train: DP-SGD with the plan's sampling rate and noise (or, in a prototype round, one
    # Gaussian release of per-class embedding sums).
    model, tokenizer = _base_model(cfg.model, len(labels), cfg.train_mode, cfg.lora_rank, cfg.seed)
    load_trainable(model, start)
    device = pick_device(cfg.device)
    probe = is_probe_round(cfg, server_round)  # LP-FT: only the head trains this round
    inputs = _inputs(cfg, key, model, tokenizer, texts, device, probe)
    if decision.plan.mechanism == "prototypes":
        result = release_prototypes(model, inputs[0], targets, decision.noise or 0.0, decision.metrics["num-examples"],
                                    cfg.prototype_scale, public_centre(model, tokenizer, cfg.max_length, device))
    else:
        result = train_local(model, inputs, targets, cfg, decision.plan, decision.noise, device, probe=probe)

    # Reply: the weights and the numbers the guarantee covers (plus what the site opted in to share).
    arrays = trainable_state(model)
    released = site.trained(decision, result.steps, result.loss, summary, len(texts), arrays)
    site.keep(*asked, arrays, released)
    return _reply(site, arrays, released)


def _reply(site: SitePrivacy, arrays: dict | None, metrics: dict) -> RecordDict:
    reply = RecordDict({"metrics": MetricRecord(metrics), "privacy": site.privacy_record()})
    if arrays is not None:
        reply["arrays"] = ArrayRecord(arrays)
    return reply


# -- per-process caches: data, scrubbed text, model and features load once ----------

def _data_key(node_config, cfg: RunConfig) -> tuple[str, int]:
    partitions = node_config.get("num-partitions")
    if partitions is not None and int(partitions) != cfg.num_clients:
        raise ConfigError(f"num-clients is {cfg.num_clients} but the federation has {partitions} simulated SuperNodes; make them equal")
    if "data-path" in node_config:  # the site describes its own file's columns, or takes the run's
        return ("path", str(node_config["data-path"]), str(node_config.get("text-column", cfg.text_column)),
                str(node_config.get("label-column", cfg.label_column)))
    if "partition-id" in node_config:
        return ("partition", int(node_config["partition-id"]))
    raise ConfigError("node config has neither data-path nor partition-id; start the SuperNode with --node-config \"data-path='FILE'\"")


# Unbounded on purpose: one simulation actor serves many clients in turn, and an
# evicted entry would mean scrubbing and embedding that client's data again.
@lru_cache(maxsize=None)
def _local_data(cfg: RunConfig, key: tuple) -> Split:
    kind, value = key[:2]
    if kind == "path":
        return read_table(value, *key[2:])
    local = partition(_federation_train_split(cfg), cfg, value)
    if kind == "partition+audit":  # issue 10: added after the split, so the split never depends on them
        path = Path(key[2]) / f"client-{value}.csv"
        if path.is_file():
            canaries = read_table(path, "text", "label")
            local = Split(local.texts + canaries.texts, local.labels + canaries.labels)
    return local


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


def _inputs(cfg, key, model, tokenizer, texts, device, probe: bool = False) -> tuple[torch.Tensor, ...]:
    # Computed once per process: head mode's embeddings (its encoder never changes) and the
    # other modes' token ids (they do not depend on the weights). A probe round's embeddings
    # come from the encoder the server sent (adapters included): once per encoder state.
    cache_key = (cfg.model, cfg.max_length, cfg.train_mode, cfg.scrub, cfg.scrub_operator, key)
    if probe:
        encoder = {name: p for name, p in model.named_parameters() if p.requires_grad and not name.startswith("head.")}
        cache_key += ("probe", digest(encoder))
    if cache_key not in _FEATURES:
        _FEATURES[cache_key] = training_inputs(model, tokenizer, texts, cfg, device, probe)
    return _FEATURES[cache_key]
