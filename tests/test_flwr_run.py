"""`flwr run .` as a Flower user runs it: Flower's own CLI starts a local SuperLink
(real processes on 127.0.0.1, on free ports, with its state in a private FLWR_HOME),
builds the app from pyproject.toml and runs it with the installed environment.
A completed run and a failed run are each visible as such; every process the test
started is stopped at the end."""

import json
import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

from tests.conftest import ray_cpus

ROOT = Path(__file__).resolve().parents[1]
FLWR = Path(sys.executable).parent / "flwr"
TINY = "rounds=1 demo-examples=120 num-clients=2 clients-per-round=2 batch-size=8"
# One Ray actor serves both SuperNodes in turn (tests/conftest.py, `one_actor`).
FEDERATION = f"num-supernodes=2 client-resources-num-cpus={ray_cpus()}"


def _free_ports(count: int) -> list[int]:
    sockets = [socket.socket() for _ in range(count)]
    for s in sockets:
        s.bind(("127.0.0.1", 0))
    ports = [s.getsockname()[1] for s in sockets]
    for s in sockets:
        s.close()
    return ports


def _processes() -> dict[int, tuple[int, int, str]]:
    """pid -> (parent pid, session id, command line), from /proc."""
    table = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
                command = (entry / "cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
            except OSError:
                continue
            fields = stat[stat.rindex(")") + 2:].split()
            table[int(entry.name)] = (int(fields[1]), int(fields[3]), command)
    return table


def _started_by_test(marker: str, roots: set[int]) -> set[int]:
    """`roots`, the processes whose command line names our private FLWR_HOME (the
    SuperLink Flower starts detached), their descendants and their sessions' members."""
    table = _processes()
    found = {pid for pid in roots if pid in table}
    found |= {pid for pid, (_, _, command) in table.items() if marker in command and pid != os.getpid()}
    while True:
        sessions = {table[pid][1] for pid in found} & found  # sessions led by our processes
        more = {pid for pid, (ppid, sid, _) in table.items() if (ppid in found or sid in sessions) and pid != os.getpid()}
        if more <= found:
            return found
        found |= more


def _stop(pids: set[int]) -> None:
    for sig in (signal.SIGTERM, signal.SIGKILL):
        for pid in pids:
            try:
                os.kill(pid, sig)
            except ProcessLookupError:
                pass
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline and any(_alive(pid) for pid in pids):
            time.sleep(0.2)


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return False
    return state[state.rindex(")") + 2] != "Z"  # a zombie has exited; its parent reaps it


def test_flwr_run_completes_and_a_failure_shows_as_failed(tmp_path):
    home = tmp_path / "flwr-home"
    http_port, control_port = _free_ports(2)
    env = {
        **os.environ,
        "FLWR_HOME": str(home),
        "FLWR_LOCAL_SUPERLINK_HTTP_API_PORT": str(http_port),
        "FLWR_LOCAL_CONTROL_API_PORT": str(control_port),
        # What the README tells a user to set: the installed environment, offline.
        "FLWR_DISABLE_RUNTIME_DEPENDENCY_INSTALLATION": "1",
        "FLWR_DISABLE_UPDATE_CHECK": "1",
        "FLWR_TELEMETRY_ENABLED": "0",
        "HF_HUB_OFFLINE": "1",
        "PATH": f"{FLWR.parent}{os.pathsep}{os.environ.get('PATH', '')}",
    }
    runs = tmp_path / "runs"
    started: set[int] = set()

    def flwr(*args: str, timeout: int = 900) -> subprocess.CompletedProcess:
        process = subprocess.Popen([str(FLWR), *args], cwd=tmp_path, env=env, stdout=subprocess.PIPE,
                                   stderr=subprocess.STDOUT, text=True, start_new_session=True)
        started.add(process.pid)
        out, _ = process.communicate(timeout=timeout)
        return subprocess.CompletedProcess(process.args, process.returncode, out)

    def run_status(run_id: str) -> dict:
        listing = flwr("ls", "--run-id", run_id, "--format", "json", timeout=120)
        return json.loads(listing.stdout[listing.stdout.index("{"):])["runs"][0]

    try:
        done = flwr("run", str(ROOT), "--stream", "--format", "default",
                    "--federation-config", FEDERATION,
                    "--run-config", f"{TINY} output-dir='{runs}' run-name='ok'")
        assert done.returncode == 0, done.stdout[-5000:]
        assert "cannot import name" not in done.stdout
        metrics = json.loads((runs / "ok" / "metrics.json").read_text())
        assert metrics["status"] == "complete", done.stdout[-5000:]
        assert set(metrics["rounds"]["1"]["clients"]) == {"client-0", "client-1"}
        assert (runs / "ok" / "model" / "config.json").is_file()
        run_id = done.stdout.split("Successfully started run ", 1)[1].split()[0]
        assert run_status(run_id)["status"] == "finished:completed"

        # A run that fails (the data file does not exist) is listed as failed, with why.
        failed = flwr("run", str(ROOT), "--stream",
                      "--federation-config", FEDERATION,
                      "--run-config", f"{TINY} data='{tmp_path / 'missing.csv'}' output-dir='{runs}' run-name='bad'")
        run_id = failed.stdout.split("Successfully started run ", 1)[1].split()[0]
        status = run_status(run_id)
        assert status["status"] == "finished:failed"
        assert "data file not found" in status["status-details"]
    finally:
        processes = _started_by_test(str(home), started)
        _stop(processes)
        assert not [pid for pid in processes if _alive(pid)]
    assert not _started_by_test(str(home), set())
