"""One SIGINT stops a real simulation within seconds and marks it interrupted; --resume
finishes it from the last checkpoint without forgetting or re-spending privacy budget."""

import json
import os
import signal
import subprocess
import sys
import time

import pytest
from opacus.accountants import PRVAccountant

from tests.conftest import one_actor

# Privacy fixed by the test: noise 1.0, Poisson rate 0.2 (5 steps a round), count noise 10.
NOISE, RATE, STEPS, COUNT_NOISE, ROUNDS = 1.0, 0.2, 5, 10.0, 2
ARGS = ["--num-clients", "2", "--clients-per-round", "2", "--rounds", str(ROUNDS), "--batch-size", "16",
        "--max-length", "32", "--local-epochs", "1", "--noise-multiplier", str(NOISE), "--sample-rate", str(RATE),
        "--count-noise", str(COUNT_NOISE), "--target-epsilon", "50", "--scrub", "false", *one_actor()]


def cli(*args):
    return [sys.executable, "-m", "simulations.cli", "simulate", *args]


def wait_for(predicate, seconds):
    deadline = time.time() + seconds
    while time.time() < deadline:
        if predicate():
            return True
        time.sleep(0.5)
    return False


def test_sigint_marks_the_run_interrupted_and_resume_completes_it(canary_data, tmp_path):
    train, test = canary_data
    run_dir = tmp_path / "run"
    metrics_file = run_dir / "metrics.json"

    def metrics():
        try:
            return json.loads(metrics_file.read_text())
        except (FileNotFoundError, json.JSONDecodeError):
            return {}

    process = subprocess.Popen(cli(*ARGS, "--data", str(train), "--test-data", str(test), "--output-dir", str(tmp_path),
                                   "--run-name", "run"), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                               start_new_session=True)
    try:
        assert wait_for(lambda: "evaluation" in metrics().get("rounds", {}).get("1", {}), 600), "round 1 never finished"
        sent = time.time()
        process.send_signal(signal.SIGINT)
        out, err = process.communicate(timeout=60)
        stopped_after = time.time() - sent
    finally:
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGKILL)
    assert process.returncode == 130, err[-2000:]
    assert stopped_after < 20
    assert "Traceback" not in err and f"--resume {run_dir}" in err
    assert metrics()["status"] == "interrupted"
    # Nothing of the engine is left: no process of its group survives.
    leftover = subprocess.run(["pgrep", "-g", str(process.pid)], capture_output=True, text=True).stdout.split()
    assert leftover == []

    done = subprocess.run(cli("--resume", str(run_dir)), capture_output=True, text=True, timeout=900)
    assert done.returncode == 0, done.stderr[-3000:]
    final = metrics()
    assert final["status"] == "complete" and final["resumed"][0]["after-round"] >= 1
    assert set(final["rounds"]) == {str(r) for r in range(1, ROUNDS + 1)}
    # The ledger neither forgot round 1 nor spent any round twice: the uninterrupted plan.
    plan = PRVAccountant()
    plan.history = [(COUNT_NOISE, 1.0, 1)] + [(NOISE, RATE, STEPS)] * ROUNDS
    for client in final["rounds"][str(ROUNDS)]["clients"].values():
        assert client["epsilon"] == pytest.approx(plan.get_epsilon(1e-5), rel=1e-6)


def test_resume_refuses_what_is_not_an_unfinished_run(tmp_path):
    done = subprocess.run(cli("--resume", str(tmp_path)), capture_output=True, text=True, timeout=120)
    assert done.returncode == 2 and "is not a run directory" in done.stderr


def test_a_run_stopped_before_its_first_checkpoint_resumes_from_the_start_in_its_directory(tmp_path):
    from common.config import RunConfig
    from server.run_record import RunRecord
    from simulations.simulate import resume_point

    cfg = RunConfig.from_mapping({"output-dir": str(tmp_path), "run-name": "run", "target-epsilon": 8})
    first = RunRecord(cfg, ["a", "b"])
    first.evaluation(0, {"accuracy": 0.5})
    first.finish("interrupted")
    assert not any((cfg.run_dir / "checkpoints").iterdir())
    resumed_cfg, resume_round = resume_point(cfg.run_dir)
    assert resume_round == 0 and resumed_cfg.run_dir == cfg.run_dir
    record = RunRecord(resumed_cfg, ["a", "b"], resume_round)  # a new run would refuse the existing directory
    assert record.metrics["status"] == "running" and record.metrics["resumed"][0]["after-round"] == 0
    with pytest.raises(ValueError, match="already exists"):
        RunRecord(cfg, ["a", "b"])
