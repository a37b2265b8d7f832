"""Data a classifier cannot learn from is refused before anything trains: one clear
line on stderr, exit code 2, no run directory, and no label or count in the message."""

import subprocess
import sys
from pathlib import Path

import pytest

from common.config import RunConfig
from common.data import DataError
from simulations.cli import main
from simulations.simulate import check_inputs
from tests.conftest import write_csv

ROOT = Path(__file__).resolve().parents[1]


def _refused(args: list[str], folder: Path, capsys) -> str:
    code = main(["simulate", *args, "--output-dir", str(folder / "runs")])
    err = capsys.readouterr().err.strip()
    assert code == 2
    assert err.startswith("error: ") and "\n" not in err
    assert not (folder / "runs").exists()
    return err


def test_one_class_is_refused_by_the_cli(tmp_path):
    data = write_csv(tmp_path / "one.csv", [f"please block card number {i}" for i in range(200)], ["secret_label"] * 200)
    done = subprocess.run(
        [sys.executable, "-m", "simulations.cli", "simulate", "--data", str(data), "--num-clients", "2",
         "--clients-per-round", "2", "--batch-size", "8", "--output-dir", str(tmp_path / "runs")],
        cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert done.returncode == 2
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: ")
    assert "fewer than two classes" in lines[0] and "label-column" in lines[0]
    assert "secret_label" not in lines[0] and "200" not in lines[0]
    assert not (tmp_path / "runs").exists()


def test_class_missing_from_test_data_is_refused(tmp_path, capsys):
    train = write_csv(tmp_path / "train.csv", [f"text {i}" for i in range(90)], ["alpha", "beta", "hidden_gamma"] * 30)
    test = write_csv(tmp_path / "test.csv", [f"text {i}" for i in range(20)], ["alpha", "beta"] * 10)
    err = _refused(["--data", str(train), "--test-data", str(test), "--num-clients", "1", "--clients-per-round", "1",
                    "--batch-size", "8"], tmp_path, capsys)
    assert "no examples in the test data" in err and "hidden_gamma" not in err


def test_small_client_is_named_without_its_count(tmp_path, capsys):
    labels = ["a", "b"] * 30
    train = write_csv(tmp_path / "train.csv", [f"text {i}" for i in range(60)], labels)
    test = write_csv(tmp_path / "test.csv", [f"text {i}" for i in range(10)], labels[:10])
    err = _refused(["--data", str(train), "--test-data", str(test), "--num-clients", "3", "--clients-per-round", "3",
                    "--batch-size", "32"], tmp_path, capsys)
    assert "client 0 holds fewer examples than one batch (batch-size 32)" in err
    assert "lower batch-size" in err
    for count in ("20", "19", "21"):
        assert f" {count} " not in err


def test_a_fixed_sample_rate_lets_a_client_smaller_than_batch_size_through(tmp_path):
    # With sample-rate set, batch-size does not set the sampling: the site trains such a
    # client (site_privacy checks the same way), so the simulation must not refuse it.

    labels = ["a", "b"] * 30
    train = write_csv(tmp_path / "train.csv", [f"text {i}" for i in range(60)], labels)
    test = write_csv(tmp_path / "test.csv", [f"text {i}" for i in range(10)], labels[:10])
    common = dict(data=str(train), test_data=str(test), num_clients=3, clients_per_round=3, batch_size=32,
                  output_dir=str(tmp_path / "runs"))
    check_inputs(RunConfig(**common, sample_rate=0.5))
    with pytest.raises(DataError, match="fewer examples than one batch"):
        check_inputs(RunConfig(**common))
