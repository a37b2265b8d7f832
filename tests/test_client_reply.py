"""What a client sends: only arrays named like trainable parameters, numeric metrics."""

import logging

import pytest
from flwr.app import ArrayRecord, ConfigRecord, Context, RecordDict

from client.client_app import train_round
from common.config import RunConfig
from common.data import load_splits
from common.model import build_model, trainable_state
from tests.conftest import CANARIES


@pytest.mark.parametrize("mode", ["head", "lora"])
def test_reply_holds_only_trainable_arrays_and_numbers(canary_data, mode, caplog, capfd):
    caplog.set_level(logging.DEBUG)
    train_file, test_file = canary_data
    cfg = RunConfig(data=str(train_file), test_data=str(test_file), num_clients=2, clients_per_round=2,
                    train_mode=mode, batch_size=32, max_length=32, local_epochs=0.5, rounds=2)
    train, test = load_splits(cfg)
    labels = sorted(set(train.labels) | set(test.labels))
    model, _ = build_model(cfg.model, len(labels), mode, cfg.lora_rank, cfg.seed)
    content = RecordDict({
        "arrays": ArrayRecord(trainable_state(model)),
        "config": ConfigRecord({"server-round": 1, "labels": labels}),
    })
    context = Context(run_id=1, node_id=7, node_config={"partition-id": 0, "num-partitions": 2},
                      state=RecordDict(), run_config={})

    reply = train_round(content, context, cfg)

    assert set(reply.keys()) == {"arrays", "metrics"}
    sent = reply["arrays"].to_torch_state_dict()
    trainable = {n for n, p in model.named_parameters() if p.requires_grad}
    assert set(sent) == trainable
    if mode == "lora":
        assert all("lora_" in n or n.startswith("head.") for n in sent)
    for key, value in reply["metrics"].items():
        assert isinstance(value, (int, float)), key
    assert reply["metrics"]["epsilon"] > 0 and reply["metrics"]["declined"] == 0
    # The ledger lives in the node's state so the next round composes with this one.
    assert "privacy-ledger" in context.state
    logged = caplog.text + "".join(capfd.readouterr())
    for canary in CANARIES:
        assert canary not in logged
        assert canary.encode() not in b"".join(a.numpy().tobytes() for a in sent.values())


def test_site_ledger_on_disk_survives_a_restart_and_site_budget_caps(canary_data, tmp_path):
    train_file, test_file = canary_data
    cfg = RunConfig(data=str(train_file), test_data=str(test_file), num_clients=1, clients_per_round=1,
                    batch_size=64, max_length=32, local_epochs=1, rounds=3, scrub=False)
    train, test = load_splits(cfg)
    labels = sorted(set(train.labels) | set(test.labels))
    model, _ = build_model(cfg.model, len(labels), "head", seed=cfg.seed)
    ledger = tmp_path / "ledger.json"

    def one_round(server_round, node_config):
        content = RecordDict({"arrays": ArrayRecord(trainable_state(model)),
                              "config": ConfigRecord({"server-round": server_round, "labels": labels})})
        # A fresh Context each time: the node process restarted and lost its state.
        context = Context(run_id=1, node_id=1, node_config=node_config, state=RecordDict(), run_config={})
        return train_round(content, context, cfg)["metrics"]

    site = {"data-path": str(train_file), "ledger-path": str(ledger)}
    first = one_round(1, site)
    second = one_round(2, site)
    assert ledger.is_file() and second["epsilon"] > first["epsilon"] > 0
    capped = one_round(3, {**site, "max-epsilon": second["epsilon"]})
    assert capped["declined"] == 1 and capped["epsilon"] == second["epsilon"]
