import csv
import os
from pathlib import Path

import pytest

from common.data import demo_corpus

# Identifiers that exist nowhere else: if any of them shows up outside the client's
# own data file, privacy is broken.
CANARIES = ["Quillonne Vasquez-Orbriath", "quillonne.canary@example.org", "+44 7700 900461", "4929 1188 0034 7720"]


def ray_cpus() -> int:
    """The CPUs Ray's simulation engine sees on this machine (Ray's own count: cgroup quota
    included), for `one_actor`."""
    try:
        from ray._private.utils import get_num_cpus

        return max(1, int(get_num_cpus()))
    except Exception:  # a Ray without this helper: the OS's count
        return max(1, len(os.sched_getaffinity(0)))


def one_actor() -> list[str]:
    """`simulate` flags for one Ray actor that serves every simulated client in turn. Each
    actor imports torch, Flower and the ClientApp and builds its own model, Presidio engine
    and features; with the default (one actor per core) a 2-core machine starts two and a
    client that lands on the other actor in round 2 scrubs and embeds again. One actor: the
    same federation, rounds and privacy (what the tests check), about a quarter less CPU per
    run (57 against 75 CPU-seconds for test_federation's private run, 2026-12-03): faster on a
    loaded machine (137-145 s against 179 s wall), about the same wall time on a quiet one."""
    return ["--client-cpus", str(ray_cpus())]


def write_csv(path: Path, texts, labels) -> Path:
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["text", "label"])
        writer.writerows(zip(texts, labels))
    return path


@pytest.fixture(scope="session")
def canary_data(tmp_path_factory) -> tuple[Path, Path]:
    """A small support corpus whose training side carries canary identifiers."""
    folder = tmp_path_factory.mktemp("data")
    train, test = demo_corpus(600, seed=3, n_test=200)
    texts, labels = list(train.texts), list(train.labels)
    for i in range(0, len(texts), 25):
        texts[i] = f"Hi, I am {CANARIES[0]}, mail {CANARIES[1]} or call {CANARIES[2]}. My card {CANARIES[3]} was lost."
        labels[i] = "card_lost"
    return write_csv(folder / "train.csv", texts, labels), write_csv(folder / "test.csv", test.texts, test.labels)
