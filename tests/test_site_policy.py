"""The site's own privacy policy: parsed with one-line errors, enforced inside the ClientApp
before any data is read, logged on the site; the run can only make things stricter. And
the agent's bad inputs: one clear line each."""

import json

import pytest
from flwr.app import ConfigRecord, Context, RecordDict

from client.client_app import train_round
from client.site_policy import PolicyError, SitePolicy
from client.site_privacy import PrivacyRefusal, SitePrivacy, SiteSettings
from common.config import RunConfig
from simulations.cli import main
from simulations.credentials import make_certs, make_keys
from simulations.deploy import free_port
from tests.conftest import write_csv


def test_defaults_are_strict_and_simulation_follows_the_run():
    policy = SitePolicy()
    assert policy.dp_required and policy.scrub_required and policy.share_metrics == ()
    assert policy.violations(RunConfig()) == []  # the default run is within the default policy
    reasons = policy.violations(RunConfig(private=False, scrub=False))
    assert any("requires DP" in r for r in reasons) and any("requires scrubbing" in r for r in reasons)
    assert SitePolicy.simulated().violations(RunConfig(private=False, scrub=False)) == []


@pytest.mark.parametrize("policy, looser, stricter, words", [
    ({"max-delta": 1e-6}, {"delta": 1e-5}, {"delta": 1e-7}, "above the site's max-delta"),
    ({"max-grad-norm": 0.5}, {"max_grad_norm": 1.0}, {"max_grad_norm": 0.5}, "above the site's max-grad-norm"),
    ({"min-noise-multiplier": 2.0}, {"noise_multiplier": 1.0}, {"noise_multiplier": 3.0}, "below the site's min-noise-multiplier"),
    ({"scrub-entities": ["PERSON", "IBAN_CODE"]}, {"scrub_entities": ("PERSON",)},
     {"scrub_entities": ("PERSON", "IBAN_CODE", "EMAIL_ADDRESS")}, "leaves out entity type(s) the site requires: IBAN_CODE"),
    ({"allowed-models": ["my-model"]}, {}, {"model": "my-model"}, "not in the site's allowed-models"),
    ({"allowed-train-modes": ["head"]}, {"train_mode": "lora"}, {"train_mode": "head"}, "not in the site's allowed-train-modes"),
    ({"max-rounds": 5}, {"rounds": 20}, {"rounds": 5}, "more than the site's max-rounds 5"),
])
def test_a_looser_run_is_named_and_a_stricter_one_passes(policy, looser, stricter, words):
    site = SitePolicy.from_mapping(policy)
    reasons = site.violations(RunConfig(**looser))
    assert len(reasons) == 1 and words in reasons[0]
    assert site.violations(RunConfig(**stricter)) == []


def test_budget_is_the_smaller_of_run_and_site():
    assert SitePolicy(max_epsilon=2.0).budget(8.0) == 2.0
    assert SitePolicy(max_epsilon=2.0).budget(1.0) == 1.0  # the run can only lower it
    assert SitePolicy().budget(None) == float("inf")


@pytest.mark.parametrize("text, words", [
    ("dp-required = true\ncolour = 'blue'\n", "unknown key 'colour'"),
    ("max-epsilon = -1\n", "key 'max-epsilon'"),
    ("allowed-train-modes = ['everything']\n", "key 'allowed-train-modes"),
    ("scrub-entities = ['SHOE_SIZE']\n", "unknown entity type(s) SHOE_SIZE"),
    ("max-epsilon = = 3\n", "is not valid TOML"),
])
def test_malformed_policy_one_line(tmp_path, text, words):
    path = tmp_path / "site.toml"
    path.write_text(text)
    with pytest.raises(PolicyError) as err:
        SitePolicy.load(path)
    assert words in str(err.value) and "\n" not in str(err.value)


def _round(cfg, node_config, tmp_path):
    content = RecordDict({"config": ConfigRecord({"server-round": 1, "labels": ["a", "b"]})})
    context = Context(run_id=1, node_id=7, node_config=node_config, state=RecordDict(), run_config={})
    return train_round(content, context, cfg, SiteSettings.from_node_config(node_config))


def test_refused_in_the_client_app_before_data_is_read_and_logged_on_the_site(tmp_path):
    policy = tmp_path / "site.toml"
    policy.write_text(f'state-dir = "{tmp_path / "state"}"\nmax-rounds = 3\n')
    # The data file does not even exist: the refusal comes before anything reads it.
    node_config = {"data-path": str(tmp_path / "missing.csv"), "policy-path": str(policy)}
    with pytest.raises(PrivacyRefusal) as err:
        _round(RunConfig(private=False, rounds=10), node_config, tmp_path)
    message = str(err.value)
    assert "requires DP" in message and "max-rounds 3" in message
    log = [json.loads(line) for line in (tmp_path / "state" / "site-log.jsonl").read_text().splitlines()]
    assert log[0]["asked"]["private"] is False and log[0]["asked"]["rounds"] == 10
    assert "requires DP" in log[1]["refused"]
    assert not (tmp_path / "state" / "ledger.json").exists()  # nothing spent, nothing trained


def test_policy_file_is_the_one_source_on_a_site(tmp_path):
    policy = tmp_path / "site.toml"
    policy.write_text(f'state-dir = "{tmp_path / "s"}"\nmax-epsilon = 3\nshare-metrics = ["train-loss"]\n')
    settings = SiteSettings.from_node_config({"data-path": "x.csv", "policy-path": str(policy)})
    assert settings.max_epsilon == 3 and settings.share == {"train-loss"} and settings.state_dir == tmp_path / "s"
    with pytest.raises(PrivacyRefusal, match="set them in the policy file only"):
        SiteSettings.from_node_config({"data-path": "x.csv", "policy-path": str(policy), "max-epsilon": 9})
    # Without a policy file a deployed site gets the strict default; its node config keys still apply.
    settings = SiteSettings.from_node_config({"data-path": "x.csv", "max-epsilon": 2.5, "state-dir": str(tmp_path)})
    assert settings.policy.dp_required and settings.max_epsilon == 2.5
    privacy = SitePrivacy(RunConfig(target_epsilon=8.0), settings, Context(run_id=1, node_id=7, node_config={}, state=RecordDict(), run_config={}))
    assert privacy.budget == 2.5


def test_require_csprng_refuses_without_torchcsprng(tmp_path):
    import importlib.util

    if importlib.util.find_spec("torchcsprng") is not None:
        pytest.skip("torchcsprng is installed here")
    policy = tmp_path / "site.toml"
    policy.write_text(f'state-dir = "{tmp_path / "s"}"\nrequire-csprng = true\n')
    with pytest.raises(PrivacyRefusal, match="requires a CSPRNG"):
        _round(RunConfig(), {"data-path": "x.csv", "policy-path": str(policy)}, tmp_path)


# -- the agent's bad inputs: one clear line each, before anything starts ---------------

@pytest.fixture()
def site(tmp_path):
    write_csv(tmp_path / "data.csv", ["a text"] * 3, ["x", "y", "x"])
    (tmp_path / "nolabel.csv").write_text("text,intent\nhello,x\n")
    (tmp_path / "site.toml").write_text("scrub-required = false\n")
    (tmp_path / "bad.toml").write_text("max-epsilon = 'lots'\n")
    make_certs(tmp_path / "certs")
    make_keys(tmp_path / "keys", "site")
    return tmp_path


@pytest.mark.parametrize("change, words", [
    ({"--policy": "bad.toml"}, "key 'max-epsilon'"),
    ({"--data": "nolabel.csv"}, "no column 'label' (found: text, intent)"),
    ({"--ca": "keys/site.pub"}, "is not a PEM certificate"),
    ({"--key": "certs/ca.crt"}, "is not an OpenSSH private key"),
    ({}, "cannot reach the SuperLink at 127.0.0.1:"),
    ({"--superlink": "nowhere"}, "is not HOST:PORT"),
])
def test_agent_bad_input_one_clear_error(site, change, words, capsys):
    args = {"--superlink": f"127.0.0.1:{free_port()}", "--data": "data.csv", "--policy": "site.toml",
            "--key": "keys/site.key", "--ca": "certs/ca.crt", **change}
    argv = ["agent", "--connect-timeout", "1"]
    for flag, value in args.items():
        argv += [flag, value if flag == "--superlink" else str(site / value)]
    assert main(argv) == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith("error: ") and "\n" not in err and words in err


def test_server_needs_the_coordinators_own_labels_and_test_set(site, capsys):
    assert main(["server", "--certs", str(site / "certs"), "--register", str(site / "keys" / "site.pub"),
                 "--workdir", str(site / "coordinator"), "--data", str(site / "data.csv")]) == 2
    assert "needs the coordinator's label set" in capsys.readouterr().err
    assert main(["server", "--certs", str(site / "certs"), "--labels", "x,y", "--workdir", str(site / "coordinator")]) == 2
    assert "set test-data" in capsys.readouterr().err
    assert not (site / "coordinator").exists()  # nothing started
