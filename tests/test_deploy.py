"""A real deployment on 127.0.0.1: `privatune server` (a SuperLink with TLS and node
authentication) and `privatune agent` processes (SuperNodes), each in its own process
group, on free ports, stopped in a finally. One federation serves several checks: the run
completes and writes its model, a site whose policy is stricter refuses and the record
says which and why, a site killed mid-run rejoins with its spent epsilon, an unregistered
node is refused and a node with the wrong CA cannot connect."""

from __future__ import annotations

import csv
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from common.config import RunConfig
from common.data import demo_corpus
from simulations.credentials import make_certs, make_keys
from simulations.deploy import free_port
from tests.conftest import write_csv

ROOT = Path(__file__).resolve().parents[1]
SITES = ("site0", "site1", "site2", "strict")


class Processes:
    """Every process in its own group; all groups killed at the end."""

    def __init__(self, folder: Path):
        self.folder, self.running = folder, {}

    def start(self, name: str, *args: str) -> subprocess.Popen:
        log = (self.folder / f"{name}.out").open("ab")
        env = {**os.environ, "PYTHONUNBUFFERED": "1"}
        process = subprocess.Popen([sys.executable, "-m", "simulations.cli", *args], cwd=ROOT, env=env, stdout=log,
                                   stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL, start_new_session=True)
        self.running[name] = process
        return process

    def output(self, name: str) -> str:
        path = self.folder / f"{name}.out"
        return path.read_text(errors="replace") if path.is_file() else ""

    def stop_all(self) -> None:
        for process in self.running.values():
            _kill_group(process, signal.SIGTERM)
        deadline = time.monotonic() + 15
        for process in self.running.values():
            try:
                process.wait(max(0.1, deadline - time.monotonic()))
            except subprocess.TimeoutExpired:
                pass
            _kill_group(process, signal.SIGKILL)


def _kill_group(process: subprocess.Popen, sig: int) -> None:
    try:
        os.killpg(process.pid, sig)  # the group this test created (start_new_session)
    except ProcessLookupError:
        pass


def wait_until(condition, seconds: float, what: str):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        result = condition()
        if result:
            return result
        time.sleep(1)
    raise AssertionError(f"timed out after {seconds:.0f} s waiting for {what}")


def recorded(folder: Path) -> dict:
    try:
        return json.loads((folder / "runs" / "fed" / "metrics.json").read_text())
    except (OSError, ValueError):
        return {}


def site_log(folder: Path, site: str) -> list[dict]:
    path = folder / "state" / site / "site-log.jsonl"
    return [json.loads(line) for line in path.read_text().splitlines()] if path.is_file() else []


def agent_args(folder: Path, port: int, site: str, ca: Path | None = None) -> list[str]:
    return ["agent", "--superlink", f"127.0.0.1:{port}", "--data", str(folder / f"{site}.csv"),
            "--policy", str(folder / f"{site}.toml"), "--key", str(folder / "keys" / f"{site}.key"),
            "--ca", str(ca or folder / "certs" / "ca.crt"), "--connect-timeout", "30"]


@pytest.fixture(scope="module")
def deployment(tmp_path_factory):
    folder = tmp_path_factory.mktemp("deploy")
    make_certs(folder / "certs")
    make_certs(folder / "other-ca")
    for name in (*SITES, "intruder"):
        make_keys(folder / "keys", name)
    train, test = demo_corpus(240, seed=5, n_test=40)
    for i, site in enumerate((*SITES, "intruder")):
        write_csv(folder / f"{site}.csv", train.texts[i % 4::4], train.labels[i % 4::4])
        policy = f'scrub-required = false\nstate-dir = "{folder / "state" / site}"\n'
        if site == "strict":  # stricter than the run: a round at epsilon 8 over 4 rounds spends far more than 0.05
            policy += "max-epsilon-per-round = 0.05\n"
        (folder / f"{site}.toml").write_text(policy)
    write_csv(folder / "test.csv", test.texts, test.labels)
    labels = sorted(set(train.labels))
    (folder / "run.toml").write_text("\n".join([
        f"labels = {json.dumps(labels)}", f'test-data = "{folder / "test.csv"}"', "rounds = 4", "num-clients = 4",
        "clients-per-round = 4", "min-clients = 2", "batch-size = 16", "local-epochs = 0.5", "max-length = 16",
        "scrub = false", "server-momentum = 0.0", "round-timeout = 600", f'output-dir = "{folder / "runs"}"',
        'run-name = "fed"', ""]))
    return folder


def test_federation_over_tls_with_node_auth(deployment):
    folder, port = deployment, free_port()
    procs = Processes(folder)
    try:
        server = procs.start("server", "server", "--config", str(folder / "run.toml"), "--certs", str(folder / "certs"),
                             *[a for site in SITES for a in ("--register", str(folder / "keys" / f"{site}.pub"))],
                             "--host", "127.0.0.1", "--port", str(port), "--workdir", str(folder / "coordinator"),
                             "--connect-timeout", "180", "--run-timeout", "900")
        wait_until(lambda: "registered strict.pub" in procs.output("server") or server.poll() is not None, 120, "registration")
        assert server.poll() is None, procs.output("server")
        agents = {site: procs.start(site, *agent_args(folder, port, site)) for site in SITES}

        # A site killed by PID mid-run (once the coordinator has its first reply) and started again.
        site0 = "node-" + procs.output("server").split("registered site0.pub as node ")[1].split()[0]
        wait_until(lambda: site0 in recorded(folder).get("rounds", {}).get("1", {}).get("clients", {}), 400, "site0's first reply")
        agents["site0"].kill()
        agents["site0"].wait(30)
        restarted = restart_until_active(procs, folder, port)

        # While the run goes on: an unregistered node is refused; a node with the wrong CA cannot connect.
        intruder = procs.start("intruder", *agent_args(folder, port, "intruder"))
        assert intruder.wait(120) != 0
        assert "Failed to activate SuperNode" in procs.output("intruder")
        wrong_ca = procs.start("wrong-ca", *agent_args(folder, port, "site2", ca=folder / "other-ca" / "ca.crt"))
        assert wrong_ca.wait(60) == 2
        error = procs.output("wrong-ca").strip()
        assert error.startswith("error: the SuperLink's certificate does not verify against") and "\n" not in error

        assert server.wait(900) == 0, procs.output("server")[-3000:]
        assert restarted.poll() is None  # the restarted agent ran until the end
    finally:
        procs.stop_all()

    run_dir = folder / "runs" / "fed"
    assert procs.output("server").strip().splitlines()[-1] == str(run_dir)
    assert (run_dir / "model" / "model.safetensors").is_file() and (run_dir / "model" / "modeling_privatune.py").is_file()
    metrics = json.loads((run_dir / "metrics.json").read_text())
    assert metrics["status"] == "complete" and metrics["privacy"]["cross-check"] == "passed"
    node_of = {v["public-key"].removesuffix(".pub"): int(k) for k, v in metrics["sites"].items()}
    assert set(node_of) == set(SITES)
    rounds = [metrics["rounds"][str(r)] for r in (1, 2, 3, 4)]

    # The stricter site refused every round, with its reason and no data values; the others trained.
    for entry in rounds:
        refusals = [f for f in entry["failures"] if f["node-id"] == node_of["strict"]]
        assert len(refusals) == 1 and refusals[0]["refused"]
        assert "max-epsilon-per-round 0.05" in refusals[0]["reason"]
        assert f"node-{node_of['strict']}" not in entry["clients"]
    assert {f"node-{node_of[s]}" for s in ("site1", "site2")} <= set(rounds[0]["clients"]) & set(rounds[3]["clients"])
    strict_log = site_log(folder, "strict")
    assert [e for e in strict_log if "asked" in e] and all("sent" not in e for e in strict_log)
    assert any("max-epsilon-per-round" in e.get("refused", "") for e in strict_log)

    # site0 was killed after round 1 and trained again after its restart, continuing its ledger.
    site0 = f"node-{node_of['site0']}"
    later = [entry["clients"][site0] for entry in rounds[1:] if site0 in entry["clients"]]
    assert site0 in rounds[0]["clients"] and later, "site0 never trained after its restart"
    assert later[-1]["epsilon"] > rounds[0]["clients"][site0]["epsilon"]
    # Its last reply's ledger still holds what it spent before the kill: the count and round 1.
    released = metrics["privacy"]["clients"][site0]
    assert len(released["ledger-noise"]) >= 3 and rounds[0]["clients"][site0]["noise-multiplier"] in released["ledger-noise"]
    ledger = json.loads((folder / "state" / "site0" / "ledger.json").read_text())
    kinds = [entry.get("kind", "dp-sgd") for entry in ledger["entries"]]
    assert kinds.count("count") == 1  # the noisy count was released once, not again after the restart
    sent = [e for e in site_log(folder, "site0") if "sent" in e]
    assert len(sent) >= 2 and all(e["sent"]["bytes"] > 0 and "head.weight" in e["sent"]["arrays"] for e in sent)
    # The coordinator never opened a site's file: nothing of the training data is in the run directory.
    with (folder / "site1.csv").open(newline="") as handle:
        texts = [row["text"] for row in csv.DictReader(handle)]
    blob = "".join(p.read_text(errors="ignore") for p in run_dir.rglob("*.json"))
    assert not any(text in blob for text in texts)


def restart_until_active(procs: Processes, folder: Path, port: int) -> subprocess.Popen:
    """A SuperNode killed without shutting down stays 'online' at the SuperLink until its
    heartbeat lapses (about a minute); until then Flower refuses it. Start it until it stays."""
    deadline = time.monotonic() + 240
    while time.monotonic() < deadline:
        joined = procs.output("site0").count("SuperNode ID:")
        process = procs.start("site0", *agent_args(folder, port, "site0"))
        wait_until(lambda: process.poll() is not None or procs.output("site0").count("SuperNode ID:") > joined, 120, "site0's restart")
        if process.poll() is None:
            return process  # activated: Flower printed its node id
        assert "Failed to activate SuperNode" in procs.output("site0")
        time.sleep(5)
    raise AssertionError("site0 could not rejoin within 240 s")


def test_the_server_reads_only_its_own_labels_and_test_set(tmp_path):
    from server.server_app import coordinator_inputs

    write_csv(tmp_path / "test.csv", ["a", "b", "c"], ["no", "yes", "no"])
    (tmp_path / "labels.txt").write_text("yes\nno\nmaybe\n")
    # The training data does not exist: with labels set, the server never opens it.
    cfg = RunConfig(data=str(tmp_path / "nowhere.csv"), labels_file=str(tmp_path / "labels.txt"), test_data=str(tmp_path / "test.csv"))
    labels, test = coordinator_inputs(cfg)
    assert labels == ["yes", "no", "maybe"] and test.labels == ["no", "yes", "no"]
    labels, _ = coordinator_inputs(cfg.model_copy(update={"labels_file": None, "labels": ("no", "yes")}))
    assert labels == ["no", "yes"]


def test_registration_is_idempotent_and_a_bad_key_is_one_clear_error(tmp_path):
    from simulations.deploy import Coordinator, DeployError

    certs = make_certs(tmp_path / "certs")
    keys = make_keys(tmp_path / "keys", "site")
    coordinator = Coordinator(tmp_path / "coordinator", free_port(), certs=certs)
    coordinator.start()
    try:
        node = coordinator.register(keys["pub"])
        assert coordinator.register(keys["pub"]) == node  # a coordinator restarted on its workdir
        assert [n["status"] for n in coordinator.nodes()] == ["registered"]
        with pytest.raises(DeployError) as err:
            coordinator.register(keys["key"])  # the private half by mistake
        assert "supernode register failed" in str(err.value) and "\n" not in str(err.value)
    finally:
        coordinator.stop()
    assert coordinator.process.poll() is not None
