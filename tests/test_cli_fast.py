"""The CLI answers `--help` and usage errors without importing heavy libraries
(checked in sys.modules, not with a timer), shows defaults, and suggests flags and keys."""

import json
import subprocess
import sys
from pathlib import Path

import pytest

from common.config import ConfigError, RunConfig

ROOT = Path(__file__).resolve().parents[1]
HEAVY = ("presidio_analyzer", "presidio_anonymizer", "spacy", "torch", "flwr", "transformers", "datasets", "ray")

PROBE = r"""
import json, sys
from simulations.cli import main
try:
    code = main(json.loads(sys.argv[1]))
except SystemExit as exit:
    code = exit.code
heavy = sorted({m.split(".")[0] for m in sys.modules} & set(json.loads(sys.argv[2])))
print("PROBE " + json.dumps({"code": code, "heavy": heavy}))
"""


def _run(argv: list[str]) -> tuple[dict, str, str]:
    done = subprocess.run([sys.executable, "-c", PROBE, json.dumps(argv), json.dumps(HEAVY)],
                          cwd=ROOT, capture_output=True, text=True, timeout=120)
    probe = json.loads(done.stdout.rsplit("PROBE ", 1)[1])
    return probe, done.stdout, done.stderr


@pytest.mark.parametrize("argv, code", [
    (["--help"], 0),
    (["simulate", "--help"], 0),
    (["predict", "--help"], 0),
    (["scrub", "--help"], 0),
    ([], 2),
    (["simulate", "--round", "3"], 2),
    (["simulate", "--rounds", "two"], 2),
    (["scrub", "--input", "-"], 2),
])
def test_help_and_usage_errors_import_nothing_heavy(argv, code):
    probe, _, _ = _run(argv)
    assert probe == {"code": code, "heavy": []}


def test_simulate_help_shows_defaults_and_readable_metavars():
    _, out, _ = _run(["simulate", "--help"])
    assert "--rounds N" in out and "(default: 20)" in out
    assert "--private {true,false}" in out and "--scrub-entities TYPE,..." in out
    assert "(default: head)" in out and "(default: unset)" in out
    for unreadable in (" STR", " TUPLE", " BOOL", " FLOAT"):
        assert unreadable not in out


def test_unknown_flag_gets_a_suggestion():
    probe, _, err = _run(["simulate", "--learning-rat", "0.5"])
    assert probe["code"] == 2
    assert "unrecognized argument --learning-rat; did you mean --learning-rate?" in err


def test_abbreviated_flag_is_not_silently_accepted():
    probe, _, err = _run(["simulate", "--round", "3"])
    assert "did you mean --rounds?" in err


def test_unknown_config_key_gets_a_suggestion():
    with pytest.raises(ConfigError, match=r"unknown config key 'num-client'; did you mean 'num-clients'\?"):
        RunConfig.from_mapping({"num-client": 3})
    with pytest.raises(ConfigError, match="unknown config key 'colour'; allowed keys: "):
        RunConfig.from_mapping({"colour": "blue"})


def test_scrub_cli_names_match_the_scrubber():
    from client import scrub, scrub_cli

    assert scrub_cli.HASH_KEY_ENV == scrub.HASH_KEY_ENV
    assert scrub_cli.OPERATORS == scrub.OPERATORS
    assert scrub_cli.DEFAULT_QUASI_IDENTIFIERS == scrub.DEFAULT_QUASI_IDENTIFIERS
