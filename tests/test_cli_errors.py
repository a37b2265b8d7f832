"""Bad input: one clear line on stderr, exit code 2, and no run directory left behind."""

import pytest

from simulations.cli import main
from tests.conftest import write_csv


@pytest.fixture()
def files(tmp_path):
    good = write_csv(tmp_path / "good.csv", [f"message number {i} about my card" for i in range(40)], ["a", "b"] * 20)
    (tmp_path / "empty.csv").write_text("text,label\n")
    write_csv(tmp_path / "nolabel.csv", ["x"], ["y"]).write_text("text,intent\nhello,x\n")
    (tmp_path / "unknown.toml").write_text("rounds = 2\ncolour = 'blue'\n")
    return tmp_path, good


@pytest.mark.parametrize(
    "args, message",
    [
        (["--config", "{dir}/unknown.toml"], "unknown config key 'colour'"),
        (["--target-epsilon", "-1"], "config key 'target-epsilon': Input should be greater than 0"),
        (["--num-clients", "0"], "config key 'num-clients'"),
        (["--rounds", "two"], "config key 'rounds'"),
        (["--data", "{dir}/missing.csv"], "data file not found"),
        (["--data", "{dir}/nolabel.csv"], "no column 'label' (found: text, intent)"),
        (["--data", "{dir}/empty.csv"], "the dataset is empty"),
        (["--data", "{dir}/good.csv", "--num-clients", "2", "--clients-per-round", "2", "--batch-size", "64"],
         "holds fewer examples than one batch (batch-size 64)"),
    ],
)
def test_bad_input_one_clear_error(files, args, message, capsys):
    folder, _ = files
    args = [a.replace("{dir}", str(folder)) for a in args]
    code = main(["simulate", *args, "--output-dir", str(folder / "runs")])
    err = capsys.readouterr().err.strip()
    assert code == 2
    assert err.startswith("error: ") and "\n" not in err
    assert message in err
    assert not (folder / "runs").exists()
