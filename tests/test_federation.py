"""Real federations: Flower's simulation engine, Presidio, Opacus; nothing mocked."""

import json
import subprocess
import sys

import pytest
from dp_accounting import dp_event
from dp_accounting.pld import pld_privacy_accountant
from opacus.accountants import PRVAccountant

from tests.conftest import CANARIES, one_actor

SMALL = ["--num-clients", "3", "--clients-per-round", "3", "--rounds", "2", "--batch-size", "32",
         "--max-length", "32", "--local-epochs", "5", *one_actor()]
# For runs whose checks are about budgets and rounds, not text: each simulated client would
# otherwise build its own Presidio/spaCy engines (the slowest part of a small run's setup).
# Scrubbing in a real federation is checked on `private_run` (scrub counts, canaries).
NO_SCRUB = ["--scrub", "false"]


def simulate(args, tmp_path, name):
    command = [sys.executable, "-m", "simulations.cli", "simulate", *args,
               "--output-dir", str(tmp_path), "--run-name", name, "--verbose"]
    done = subprocess.run(command, capture_output=True, text=True, timeout=900)
    assert done.returncode == 0, done.stderr[-3000:]
    run_dir = tmp_path / name
    return run_dir, json.loads((run_dir / "metrics.json").read_text()), done.stdout + done.stderr


# Every privacy parameter is fixed by the test: noise 1.5, Poisson rate 0.5, four local
# epochs (8 steps), two rounds, count noise 10. The budget (8) is a cap only.
# The noise is fresh OS entropy, so accuracy varies from run to run: over six runs of this
# setting the final accuracy was 0.63-0.70 (chance 0.125); noise 0.8 at rate 0.15 for one
# epoch ranged 0.30-0.61 and failed the threshold below once in CI.
NOISE, RATE, EPOCHS, STEPS, COUNT_NOISE = 1.5, 0.5, 4, 8, 10.0


@pytest.fixture(scope="module")
def private_run(canary_data, tmp_path_factory):
    train, test = canary_data
    return simulate([*SMALL, "--data", str(train), "--test-data", str(test), "--target-epsilon", "8",
                     "--noise-multiplier", str(NOISE), "--sample-rate", str(RATE), "--local-epochs", str(EPOCHS)],
                    tmp_path_factory.mktemp("runs"), "private")


def test_dp_federation_beats_chance_by_far(private_run):
    run_dir, metrics, _ = private_run
    assert metrics["status"] == "complete"
    chance = 1 / len(metrics["labels"])
    assert metrics["final"]["accuracy"] > chance + 0.35
    assert metrics["rounds"]["2"]["evaluation"]["accuracy"] == metrics["final"]["accuracy"]
    assert (run_dir / "checkpoints" / "round-1.safetensors").is_file()
    assert (run_dir / "checkpoints" / "round-2.safetensors").is_file()
    assert json.loads((run_dir / "config.json").read_text())["target-epsilon"] == 8.0


def test_epsilon_equals_an_independent_recomputation_from_the_configured_parameters(private_run):
    _, metrics, _ = private_run
    after = {}
    for server_round in ("1", "2"):
        history = [(COUNT_NOISE, 1.0, 1)] + [(NOISE, RATE, STEPS)] * int(server_round)
        reference = PRVAccountant()
        reference.history = history
        after[server_round] = reference.get_epsilon(delta=1e-5)
        pld = pld_privacy_accountant.PLDAccountant(value_discretization_interval=1e-3)
        pld.compose(dp_event.GaussianDpEvent(COUNT_NOISE))
        pld.compose(dp_event.PoissonSampledDpEvent(RATE, dp_event.GaussianDpEvent(NOISE)), STEPS * int(server_round))
        for client in metrics["rounds"][server_round]["clients"].values():
            assert client["epsilon"] == pytest.approx(after[server_round], rel=1e-6)
            assert client["epsilon"] == pytest.approx(pld.get_epsilon(1e-5), rel=0.03)
    assert 0 < after["1"] < after["2"] <= 8.0
    privacy = metrics["privacy"]
    assert privacy["cross-check"] == "passed" and privacy["adjacency"] == "add/remove one example"
    for client in privacy["clients"].values():
        assert client["independent-epsilon"] == pytest.approx(after["2"], rel=0.03)


def test_nothing_outside_the_guarantee_leaves_a_site_by_default(private_run):
    run_dir, metrics, output = private_run
    sites = run_dir.parent / f"{run_dir.name}.sites"
    exact, released = [], []
    for name, client in metrics["rounds"]["1"]["clients"].items():
        assert set(client) <= set(metrics["privacy"]["released"]) | {"node-id"}, name
        assert "train-loss" not in client and not any(key.startswith("scrub-") for key in client)
        ledger = json.loads((sites / name / "ledger.json").read_text())
        assert list(ledger["released-counts"].values()) == [client["num-examples"]]  # the noisy count, by value
        log = [json.loads(line) for line in (sites / name / "site-log.jsonl").read_text().splitlines()]
        assert "asked" in log[0]  # each round's log opens with what the server asked
        log = [entry for entry in log if "local" in entry]
        exact.append(log[0]["local"]["examples"])
        released.append(client["num-examples"])
        assert log[0]["local"]["scrub-counts"].get("PERSON", 0) > 0  # the scrub counts stay on the site
    assert metrics["scrub"] == {}
    assert released != exact  # noisy: three clients all drawing zero noise is a 1-in-10,000 event
    assert "train loss" not in output


def test_final_model_loads_with_plain_transformers_and_predicts(private_run, capfd):
    from transformers import AutoModelForSequenceClassification, AutoTokenizer

    from common.model import resolve_model
    from simulations.cli import main

    run_dir, metrics, _ = private_run
    model = AutoModelForSequenceClassification.from_pretrained(run_dir / "model", trust_remote_code=True)
    text = "I lost my card yesterday, please block it"
    exported = AutoTokenizer.from_pretrained(run_dir / "model", trust_remote_code=True)(text)["input_ids"]
    assert exported == AutoTokenizer.from_pretrained(resolve_model("all-MiniLM-L6-v2"))(text)["input_ids"]
    assert sorted(model.config.id2label.values()) == metrics["labels"]
    # `privatune predict` in this process (torch and transformers are loaded already; the
    # `python -m simulations.cli` entry is run by `simulate` above); capfd takes its whole stdout.
    capfd.readouterr()
    code = main(["predict", str(run_dir), "I lost my card yesterday, please block it"])
    out, err = capfd.readouterr()
    assert code == 0, err[-2000:]
    answer = json.loads(out)
    assert answer["label"] in metrics["labels"] and 0 < answer["probability"] <= 1


def test_canaries_never_leave_the_client(private_run):
    run_dir, _, output = private_run
    for canary in CANARIES:
        assert canary not in output
    for path in run_dir.rglob("*"):
        if path.is_file():
            content = path.read_bytes()
            for canary in CANARIES:
                assert canary.encode() not in content, f"{canary!r} found in {path}"


def test_a_client_declines_once_its_budget_is_spent(canary_data, tmp_path):
    train, test = canary_data
    # Noise fixed, budget tight: every client fits round 1 but not all rounds.
    run_dir, metrics, output = simulate(
        [*SMALL, "--rounds", "3", "--data", str(train), "--test-data", str(test),
         "--noise-multiplier", "1.5", "--target-epsilon", "5.0", *NO_SCRUB], tmp_path, "budget")
    assert metrics["status"] == "complete"
    declines = trained = 0
    for server_round in ("1", "2", "3"):
        for client in metrics["rounds"][server_round]["clients"].values():
            if client["declined"]:
                declines += 1
                assert client["epsilon-next"] > client["epsilon-budget"] == 5.0
                assert client["epsilon"] <= 5.0
            else:
                trained += 1
                assert client["epsilon"] <= 5.0
    assert declines > 0 and trained > 0
    assert "declined: its next round would reach epsilon" in output
    assert (run_dir / "model" / "modeling_privatune.py").is_file()


def test_run_completes_when_every_client_declines(canary_data, tmp_path):
    train, test = canary_data
    run_dir, metrics, output = simulate(
        [*SMALL, "--rounds", "1", "--data", str(train), "--test-data", str(test),
         "--noise-multiplier", "1.5", "--target-epsilon", "0.01", *NO_SCRUB], tmp_path, "nobody")
    clients = metrics["rounds"]["1"]["clients"].values()
    assert metrics["status"] == "complete" and all(c["declined"] for c in clients)
    assert metrics["final"]["accuracy"] == metrics["initial-evaluation"]["accuracy"]
    assert (run_dir / "model" / "modeling_privatune.py").is_file()


def test_dp_prototypes_release_round_one_then_dp_sgd_within_the_budget(canary_data, tmp_path):
    train, test = canary_data
    _, metrics, _ = simulate([*SMALL, "--data", str(train), "--test-data", str(test), "--target-epsilon", "8",
                              "--head-init", "dp-prototypes", "--prototype-epsilon-share", "0.6", "--local-epochs", "1", *NO_SCRUB],
                             tmp_path, "prototypes")
    assert metrics["status"] == "complete" and metrics["privacy"]["cross-check"] == "passed"
    chance = 1 / len(metrics["labels"])
    assert metrics["rounds"]["1"]["evaluation"]["accuracy"] > chance + 0.3  # the prototype head alone
    for name, first in metrics["rounds"]["1"]["clients"].items():
        assert first["steps"] == 1 and first["sample-rate"] == 1.0
        alone, with_count = PRVAccountant(), PRVAccountant()
        alone.history = [(first["noise-multiplier"], 1.0, 1)]
        with_count.history = [(COUNT_NOISE, 1.0, 1), (first["noise-multiplier"], 1.0, 1)]
        assert 0.6 * 8 * 0.98 <= alone.get_epsilon(1e-5) <= 0.6 * 8  # its share of the budget, by itself
        assert first["epsilon"] == pytest.approx(with_count.get_epsilon(1e-5), rel=1e-6)
        last = metrics["rounds"]["2"]["clients"][name]
        assert last["declined"] == 0 and 7.5 < last["epsilon"] <= 8.0  # DP-SGD spent the rest
