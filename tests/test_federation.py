"""Real federations: Flower's simulation engine, Presidio, Opacus; nothing mocked."""

import json
import math
import subprocess
import sys

import pytest
from opacus.accountants import create_accountant

from tests.conftest import CANARIES

SMALL = ["--num-clients", "3", "--clients-per-round", "3", "--rounds", "2", "--batch-size", "32",
         "--max-length", "32", "--local-epochs", "5"]


def simulate(args, tmp_path, name):
    command = [sys.executable, "-m", "simulations.cli", "simulate", *args,
               "--output-dir", str(tmp_path), "--run-name", name, "--verbose"]
    done = subprocess.run(command, capture_output=True, text=True, timeout=900)
    assert done.returncode == 0, done.stderr[-3000:]
    run_dir = tmp_path / name
    return run_dir, json.loads((run_dir / "metrics.json").read_text()), done.stdout + done.stderr


@pytest.fixture(scope="module")
def private_run(canary_data, tmp_path_factory):
    train, test = canary_data
    return simulate([*SMALL, "--data", str(train), "--test-data", str(test), "--target-epsilon", "8"],
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


def test_epsilon_composes_over_rounds_and_matches_opacus(private_run):
    _, metrics, _ = private_run
    for name, first in metrics["rounds"]["1"]["clients"].items():
        second = metrics["rounds"]["2"]["clients"][name]
        assert 0 < first["epsilon"] < second["epsilon"] <= 8.0
        reference = create_accountant("rdp")
        reference.history = [(r["noise-multiplier"], r["sample-rate"], r["steps"]) for r in (first, second)]
        assert math.isclose(second["epsilon"], reference.get_epsilon(delta=second["delta"]), rel_tol=1e-9)


def test_scrub_counts_are_recorded_per_client(private_run):
    _, metrics, _ = private_run
    assert set(metrics["scrub"]) == set(metrics["rounds"]["1"]["clients"])
    found = {}
    for summary in metrics["scrub"].values():
        for entity, count in summary["counts"].items():
            found[entity] = found.get(entity, 0) + count
    assert found.get("PERSON", 0) > 0 and found.get("EMAIL_ADDRESS", 0) > 0


def test_final_model_loads_with_plain_transformers_and_predicts(private_run):
    from transformers import AutoModelForSequenceClassification, AutoTokenizer

    run_dir, metrics, _ = private_run
    model = AutoModelForSequenceClassification.from_pretrained(run_dir / "model", trust_remote_code=True)
    assert AutoTokenizer.from_pretrained(run_dir / "model", trust_remote_code=True) is not None
    assert sorted(model.config.id2label.values()) == metrics["labels"]
    done = subprocess.run([sys.executable, "-m", "simulations.cli", "predict", str(run_dir),
                           "I lost my card yesterday, please block it"], capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-2000:]
    answer = json.loads(done.stdout)
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
         "--noise-multiplier", "1.5", "--target-epsilon", "5.0"], tmp_path, "budget")
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
         "--noise-multiplier", "1.5", "--target-epsilon", "0.01"], tmp_path, "nobody")
    clients = metrics["rounds"]["1"]["clients"].values()
    assert metrics["status"] == "complete" and all(c["declined"] for c in clients)
    assert metrics["final"]["accuracy"] == metrics["initial-evaluation"]["accuracy"]
    assert (run_dir / "model" / "modeling_privatune.py").is_file()
