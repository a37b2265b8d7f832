import pytest

from common.config import ConfigError, RunConfig, load_config


def test_defaults_are_valid_and_round_trip_through_flower_config():
    cfg = RunConfig()
    assert cfg.train_mode == "head" and cfg.private and cfg.target_epsilon == 8.0
    assert RunConfig.from_mapping(cfg.to_flower()) == cfg


def test_toml_file_and_overrides(tmp_path):
    path = tmp_path / "run.toml"
    path.write_text('rounds = 3\nnum-clients = 4\nclients-per-round = 2\nscrub-entities = "PERSON, EMAIL_ADDRESS"\n')
    cfg = load_config(path, {"learning_rate": "0.5", "private": "false"})
    assert (cfg.rounds, cfg.num_clients, cfg.clients_per_round) == (3, 4, 2)
    assert cfg.scrub_entities == ("PERSON", "EMAIL_ADDRESS")
    assert cfg.learning_rate == 0.5 and cfg.private is False


def test_pyproject_section_is_read(tmp_path):
    path = tmp_path / "pyproject.toml"
    path.write_text('[tool.flwr.app.config]\nrounds = 7\n')
    assert load_config(path).rounds == 7


@pytest.mark.parametrize(
    "values, words",
    [
        ({"colour": "blue"}, ["unknown config key 'colour'", "allowed keys"]),
        ({"target-epsilon": -1}, ["target-epsilon", "greater than 0"]),
        ({"num-clients": 0}, ["num-clients", "greater than or equal to 1"]),
        ({"train-mode": "everything"}, ["train-mode", "'head'", "'lora'", "'full'"]),
        ({"num-clients": 2, "clients-per-round": 3}, ["clients-per-round", "at most num-clients"]),
        ({"target-epsilon": None, "noise-multiplier": None}, ["target-epsilon or noise-multiplier"]),
    ],
)
def test_bad_values_name_the_key_and_what_is_allowed(values, words):
    with pytest.raises(ConfigError) as err:
        RunConfig.from_mapping(values)
    message = str(err.value)
    assert "\n" not in message
    for word in words:
        assert word in message


def test_missing_or_broken_config_file(tmp_path):
    with pytest.raises(ConfigError, match="config file not found"):
        load_config(tmp_path / "nope.toml")
    bad = tmp_path / "bad.toml"
    bad.write_text("rounds = = 3")
    with pytest.raises(ConfigError, match="not valid TOML"):
        load_config(bad)


def test_flower_app_config_in_pyproject_matches_the_defaults():
    from pathlib import Path

    # `flwr run .` and `privatune simulate` must start from the same settings.
    assert load_config(Path(__file__).parents[1] / "pyproject.toml") == RunConfig()


def test_a_rule_across_keys_is_its_own_message_without_the_whole_config():
    with pytest.raises(ConfigError) as err:
        RunConfig.from_mapping({"train-mode": "lora", "head-init": "dp-prototypes", "run-name": "secret-run"})
    message = str(err.value)
    assert message.startswith("head-init dp-prototypes needs train-mode head")
    assert "Value error" not in message and "secret-run" not in message and "\n" not in message
