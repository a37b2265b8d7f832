import csv
from pathlib import Path

import pytest

from common.data import demo_corpus

# Identifiers that exist nowhere else: if any of them shows up outside the client's
# own data file, privacy is broken.
CANARIES = ["Quillonne Vasquez-Orbriath", "quillonne.canary@example.org", "+44 7700 900461", "4929 1188 0034 7720"]


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
