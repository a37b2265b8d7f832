"""What a client sends, checked record by record, and the site's privacy decisions:
fresh randomness, the noisy count, delta, the site's cap, the ledger on disk."""

import json
import logging

import pytest
import torch
from dp_accounting import dp_event
from dp_accounting.pld import pld_privacy_accountant
from flwr.app import ArrayRecord, ConfigRecord, Context, RecordDict
from opacus.accountants import PRVAccountant
from opacus.utils.uniform_sampler import UniformWithReplacementSampler

from client.client_app import train_round
from client.site_privacy import PrivacyRefusal, SiteSettings
from client.train import RoundPlan, train_local
from common.config import RunConfig
from common.data import load_splits, partition, read_table
from common.model import build_model, trainable_state
from common.privacy import RELEASED
from tests.conftest import CANARIES


def setup(canary_data, **overrides):
    train_file, test_file = canary_data
    values = dict(data=str(train_file), test_data=str(test_file), num_clients=2, clients_per_round=2, batch_size=32,
                  max_length=32, local_epochs=0.5, rounds=2, accountant="rdp")
    cfg = RunConfig(**{**values, **overrides})
    train, test = load_splits(cfg)
    labels = sorted(set(train.labels) | set(test.labels))
    model, _ = build_model(cfg.model, len(labels), cfg.train_mode, cfg.lora_rank, cfg.seed)
    return cfg, labels, trainable_state(model), train


def run_round(cfg, labels, weights, server_round=1, node_config=None, state=None, state_root=None):
    content = RecordDict({"arrays": ArrayRecord(weights), "config": ConfigRecord({"server-round": server_round, "labels": labels})})
    node_config = node_config or {"partition-id": 0, "num-partitions": cfg.num_clients}
    context = Context(run_id=1, node_id=7, node_config=node_config, state=state if state is not None else RecordDict(), run_config={})
    return train_round(content, context, cfg, SiteSettings.from_node_config(node_config, state_root)), context


def released_strings(reply) -> str:
    return json.dumps({k: list(v) if isinstance(v, list) else v for k, v in reply["privacy"].items()}) + json.dumps(dict(reply["metrics"]))


@pytest.mark.parametrize("mode", ["head", "lora"])
def test_reply_holds_only_trainable_arrays_and_covered_numbers(canary_data, mode, caplog, capfd, tmp_path):
    caplog.set_level(logging.DEBUG)
    cfg, labels, weights, train = setup(canary_data, train_mode=mode)
    exact = len(partition(train, cfg, 0))
    reply, _ = run_round(cfg, labels, weights, state_root=tmp_path)

    assert set(reply.keys()) == {"arrays", "metrics", "privacy"}
    assert set(reply["arrays"].to_torch_state_dict()) == set(weights)
    if mode == "lora":
        assert all("lora_" in n or n.startswith("head.") for n in weights)
    metrics = dict(reply["metrics"])
    # By key: only what the guarantee covers; no loss, no scrub counts unless the site opts in.
    assert set(metrics) == {"num-examples", "sample-rate", "noise-multiplier", "steps", "epsilon", "epsilon-budget",
                            "delta", "declined", "partition-id"}
    assert set(metrics) <= set(RELEASED)
    # By value: the count sent is the noisy one the site's ledger released, and the rest derives from it.
    ledger = json.loads((tmp_path / "client-0" / "ledger.json").read_text())
    assert list(ledger["released-counts"].values()) == [metrics["num-examples"]]
    assert metrics["sample-rate"] == pytest.approx(32 / metrics["num-examples"])
    assert metrics["steps"] == max(1, round(0.5 / metrics["sample-rate"]))
    assert [e["kind"] for e in ledger["entries"]] == ["count", "dp-sgd"]
    assert list(reply["privacy"]["ledger-steps"]) == [1, metrics["steps"]]
    local = [json.loads(line) for line in (tmp_path / "client-0" / "site-log.jsonl").read_text().splitlines()]
    assert local[-1]["local"]["examples"] == exact  # the exact count stays in the site's own log
    for canary in CANARIES + labels:
        assert canary not in released_strings(reply)
    logged = caplog.text + "".join(capfd.readouterr())
    for canary in CANARIES:
        assert canary not in logged


def test_a_site_can_opt_in_to_share_loss_and_scrub_counts(canary_data):
    cfg, labels, weights, _ = setup(canary_data, noise_multiplier=1.0)
    reply, _ = run_round(cfg, labels, weights, node_config={"partition-id": 0, "num-partitions": 2,
                                                             "share-metrics": "train-loss,scrub-counts"})
    metrics = dict(reply["metrics"])
    assert metrics["train-loss"] > 0 and metrics["scrub-PERSON"] > 0
    assert list(reply["privacy"]["shared-outside-guarantee"]) == ["scrub-counts", "train-loss"]


def test_noisy_count_differs_between_fresh_sites_with_the_same_seed(canary_data):
    cfg, labels, weights, train = setup(canary_data, noise_multiplier=1.0, scrub=False)
    exact = len(partition(train, cfg, 0))
    counts = [dict(run_round(cfg, labels, weights)[0]["metrics"])["num-examples"] for _ in range(4)]
    assert len(set(counts)) > 1 and counts != [exact] * 4
    assert all(abs(c - exact) < 60 for c in counts)


def spy_on_poisson_masks(monkeypatch) -> list:
    """Records each batch the real sampler draws (the sampler itself still runs)."""
    drawn, original = [], UniformWithReplacementSampler.__iter__

    def recording(self):
        for batch in original(self):
            drawn.append(tuple(batch))
            yield batch

    monkeypatch.setattr(UniformWithReplacementSampler, "__iter__", recording)
    return drawn


def test_same_seed_same_data_draws_different_noise_and_masks(monkeypatch):
    drawn = spy_on_poisson_masks(monkeypatch)
    torch.manual_seed(0)
    features, targets = torch.nn.functional.normalize(torch.randn(200, 16), dim=-1), torch.randint(0, 4, (200,))
    cfg = RunConfig(batch_size=20, learning_rate=1.0, max_grad_norm=1.0)
    plan = RoundPlan(sample_rate=0.1, steps=10, expected_batch_size=20)

    def one_client_round():
        torch.manual_seed(cfg.seed)  # what a seeded client would do; DP randomness must not follow it
        model = type("M", (), {})()
        model.head = torch.nn.Linear(16, 4)
        train_local(model, (features,), targets, cfg, plan, 1.0, torch.device("cpu"))
        return torch.cat([p.detach().flatten() for p in model.head.parameters()])

    first, second = one_client_round(), one_client_round()
    assert not torch.allclose(first, second)  # different noise
    assert len(drawn) == 20 and drawn[:10] != drawn[10:]  # different Poisson masks, round to round
    assert len(set(drawn)) > 15  # and step to step


def test_private_rounds_differ_while_non_private_rounds_repeat(canary_data):
    cfg, labels, weights, _ = setup(canary_data, noise_multiplier=1.0, scrub=False)
    a, _ = run_round(cfg, labels, weights)
    b, _ = run_round(cfg, labels, weights)
    weights_of = lambda reply: reply["arrays"].to_torch_state_dict()  # noqa: E731
    assert any(not torch.equal(weights_of(a)[k], weights_of(b)[k]) for k in weights)
    plain = cfg.model_copy(update={"private": False})
    c, _ = run_round(plain, labels, weights)
    d, _ = run_round(plain, labels, weights)
    assert all(torch.equal(weights_of(c)[k], weights_of(d)[k]) for k in weights)


def test_epsilon_equals_an_independent_recomputation_from_the_test_parameters(canary_data, tmp_path):
    # Every privacy parameter fixed here: noise 1.3, sampling rate 0.1, 1 local epoch -> 10 steps,
    # count noise 10 (one release), two rounds.
    cfg, labels, weights, _ = setup(canary_data, noise_multiplier=1.3, sample_rate=0.1, local_epochs=1.0,
                                    count_noise=10.0, accountant="prv", scrub=False)
    state = RecordDict()
    for server_round in (1, 2):
        reply, _ = run_round(cfg, labels, weights, server_round=server_round, state=state, state_root=tmp_path)
    reported = reply["metrics"]["epsilon"]
    prv = PRVAccountant()
    prv.history = [(10.0, 1.0, 1), (1.3, 0.1, 10), (1.3, 0.1, 10)]
    assert reported == pytest.approx(prv.get_epsilon(cfg.delta), rel=1e-6)
    pld = pld_privacy_accountant.PLDAccountant(value_discretization_interval=1e-3)
    pld.compose(dp_event.GaussianDpEvent(10.0))
    pld.compose(dp_event.PoissonSampledDpEvent(0.1, dp_event.GaussianDpEvent(1.3)), 20)
    assert reported == pytest.approx(pld.get_epsilon(cfg.delta), rel=0.03)


def test_delta_of_at_least_one_over_n_is_refused(canary_data, tmp_path):
    cfg, labels, weights, train = setup(canary_data, delta=0.05, scrub=False)
    with pytest.raises(PrivacyRefusal, match="delta must be below 1/n") as refused:
        run_round(cfg, labels, weights, state_root=tmp_path)
    assert str(len(partition(train, cfg, 0))) not in str(refused.value)  # no count in the message
    assert not (tmp_path / "client-0" / "ledger.json").exists()  # nothing spent


def test_a_capped_site_calibrates_to_its_cap_and_trains_every_round(canary_data, tmp_path):
    cfg, labels, weights, _ = setup(canary_data, target_epsilon=8.0, rounds=3, scrub=False)
    site = {"data-path": str(canary_data[0]), "state-dir": str(tmp_path / "site"), "scrub-required": False, "max-epsilon": 2.0}
    state = RecordDict()
    replies = [dict(run_round(cfg, labels, weights, r, node_config=site, state=state)[0]["metrics"]) for r in (1, 2, 3)]
    assert all(m["declined"] == 0 for m in replies)
    assert replies[0]["epsilon"] < replies[1]["epsilon"] < replies[2]["epsilon"] <= 2.0
    assert replies[2]["epsilon"] > 1.9  # the whole cap, not the run's smaller noise spent early
    assert replies[0]["epsilon-budget"] == 2.0


def test_the_ledger_survives_a_restart_and_a_corrupt_or_missing_one_refuses(canary_data, tmp_path):
    cfg, labels, weights, _ = setup(canary_data, noise_multiplier=1.5, scrub=False, rounds=3)
    site = {"data-path": str(canary_data[0]), "state-dir": str(tmp_path / "site"), "scrub-required": False}
    # A fresh Context (RecordDict) each round: the node process restarted and lost its memory.
    first = run_round(cfg, labels, weights, 1, node_config=site)[0]["metrics"]
    second = run_round(cfg, labels, weights, 2, node_config=site)[0]["metrics"]
    assert 0 < first["epsilon"] < second["epsilon"]
    assert first["num-examples"] == second["num-examples"]  # the count is released once, then reused
    ledger = tmp_path / "site" / "ledger.json"
    assert len(json.loads(ledger.read_text())["entries"]) == 3  # count + two rounds

    good = ledger.read_text()
    ledger.write_text(good[: len(good) // 2])
    with pytest.raises(PrivacyRefusal, match="corrupt"):
        run_round(cfg, labels, weights, 3, node_config=site)
    ledger.unlink()
    with pytest.raises(PrivacyRefusal, match="missing"):
        run_round(cfg, labels, weights, 3, node_config=site)
    ledger.write_text(good)
    third = run_round(cfg, labels, weights, 3, node_config=site)[0]["metrics"]
    assert third["epsilon"] > second["epsilon"]


def test_a_site_declines_when_its_budget_is_spent(canary_data, tmp_path):
    cfg, labels, weights, _ = setup(canary_data, noise_multiplier=1.5, target_epsilon=100.0, scrub=False)
    site = {"data-path": str(canary_data[0]), "state-dir": str(tmp_path / "site"), "scrub-required": False}
    spent = run_round(cfg, labels, weights, 1, node_config=site)[0]["metrics"]["epsilon"]
    reply, _ = run_round(cfg, labels, weights, 2, node_config={**site, "max-epsilon": spent})
    assert "arrays" not in reply
    assert reply["metrics"]["declined"] == 1 and reply["metrics"]["epsilon"] == pytest.approx(spent)
    assert reply["metrics"]["epsilon-next"] > spent


def test_errors_that_cross_the_wire_carry_no_data_values(canary_data, tmp_path):
    cfg, labels, weights, _ = setup(canary_data, scrub=False, noise_multiplier=1.0)
    train = read_table(canary_data[0], "text", "label")
    site = {"data-path": str(canary_data[0]), "state-dir": str(tmp_path / "site"), "scrub-required": False}
    with pytest.raises(Exception, match="1 label") as failed:
        run_round(cfg, labels[:-1], weights, node_config=site)  # one of the site's labels is not in the run's set
    assert labels[-1] not in str(failed.value)
    assert not any(text in str(failed.value) for text in CANARIES + train.texts)
    assert "1 label" in (tmp_path / "site" / "site-log.jsonl").read_text()  # the refusal, in the site's log
