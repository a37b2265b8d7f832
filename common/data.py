"""Labelled text: loading from files or the hub, the built-in demo corpus, and the
non-IID split across clients (flwr-datasets' Dirichlet partitioner)."""

from __future__ import annotations

import csv
import json
import random
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from common.config import RunConfig

FILE_FORMATS = {".csv": "csv", ".tsv": "tsv", ".jsonl": "jsonl", ".json": "jsonl"}


class DataError(ValueError):
    """Bad input data; the message names the file, line or column and the fix."""


@dataclass(frozen=True)
class Split:
    """Texts with labels as strings; the label order is fixed by `label_names`."""

    texts: list[str]
    labels: list[str]

    def __len__(self) -> int:
        return len(self.texts)


def is_json_object(line: str) -> bool:
    """Whether a line of text is one JSON object (tells JSONL from plain text)."""
    if not line.lstrip().startswith("{"):
        return False
    try:
        return isinstance(json.loads(line), dict)
    except json.JSONDecodeError:
        return False


def read_table(path: str | Path, text_column: str, label_column: str | None) -> Split:
    """Reads a local CSV, TSV or JSONL file. `label_column=None` reads texts only."""
    path = Path(path)
    kind = FILE_FORMATS.get(path.suffix.lower())
    if kind is None:
        raise DataError(f"{path}: unknown file type '{path.suffix}'; use .csv, .tsv or .jsonl")
    if not path.is_file():
        raise DataError(f"data file not found: {path}; check the path")
    try:
        with path.open(encoding="utf-8", newline="") as handle:
            if kind == "jsonl":
                rows = []
                for number, line in enumerate(handle, 1):
                    if line.strip():
                        try:
                            rows.append(json.loads(line))
                        except json.JSONDecodeError:
                            raise DataError(f"{path}, line {number}: not valid JSON; write one JSON object per line") from None
            else:
                rows = list(csv.DictReader(handle, delimiter="," if kind == "csv" else "\t"))
    except UnicodeDecodeError:
        raise DataError(f"{path}: not UTF-8 text; re-encode the file as UTF-8") from None
    if not rows:
        raise DataError(f"{path}: no rows; the dataset is empty")
    columns = list(rows[0]) if isinstance(rows[0], dict) else []
    for column in (text_column, label_column):
        if column is not None and column not in columns:
            raise DataError(f"{path}: no column '{column}' (found: {', '.join(map(str, columns))}); set text-column / label-column")
    texts = [str(row.get(text_column) or "") for row in rows]
    labels = [str(row.get(label_column)) for row in rows] if label_column else [""] * len(rows)
    return Split(texts, labels)


def _read_hub(name: str, split: str, cfg: RunConfig, text_column: str) -> Split:
    from datasets import load_dataset

    try:
        table = load_dataset(name, split=split)
    except Exception as err:  # the hub raises many kinds; one clear line is what matters
        raise DataError(f"cannot load dataset '{name}' (split {split}) from the Hugging Face hub: {type(err).__name__}; use a local file when offline") from None
    for column in (text_column, cfg.label_column):
        if column not in table.column_names:
            raise DataError(f"dataset '{name}': no column '{column}' (found: {', '.join(table.column_names)}); set text-column / label-column")
    feature = table.features[cfg.label_column]
    names = getattr(feature, "names", None)
    labels = [names[v] if names else str(v) for v in table[cfg.label_column]]
    return Split([str(t) for t in table[text_column]], labels)


def _read_source(source: str, cfg: RunConfig, hub_split: str, text_column: str) -> Split:
    if Path(source).suffix.lower() in FILE_FORMATS or Path(source).exists():
        return read_table(source, text_column, cfg.label_column)
    return _read_hub(source, hub_split, cfg, text_column)


def load_splits(cfg: RunConfig) -> tuple[Split, Split]:
    """(train, test). The test split is the server's; clients never see it."""
    if cfg.data == "demo":
        train, test = demo_corpus(cfg.demo_examples, cfg.seed)
    else:
        train = _read_source(cfg.data, cfg, "train", cfg.text_column)
        if cfg.test_data is not None:
            test = _read_source(cfg.test_data, cfg, "test", cfg.test_text_column or cfg.text_column)
        else:
            order = list(range(len(train)))
            random.Random(cfg.seed).shuffle(order)
            cut = max(1, int(len(order) * cfg.test_fraction))
            test = Split([train.texts[i] for i in order[:cut]], [train.labels[i] for i in order[:cut]])
            train = Split([train.texts[i] for i in order[cut:]], [train.labels[i] for i in order[cut:]])
    if len(train) == 0 or len(test) == 0:
        raise DataError("the dataset is empty after splitting; provide more rows or set test-data")
    check_classes(train, test)
    return train, test


def check_classes(train: Split, test: Split) -> None:
    """A classifier needs two classes, and a test set that has every one of them.
    The messages name no label: labels can be private."""
    classes = set(train.labels)
    if len(classes) < 2:
        raise DataError("the training data has fewer than two classes; check label-column, or add examples of at least two labels")
    if classes - set(test.labels):
        raise DataError(
            "a class of the training data has no examples in the test data, so its accuracy cannot be measured; "
            "add test examples of every class, or raise test-fraction (without test-data)"
        )
def run_labels(cfg: RunConfig) -> list[str] | None:
    """The label set the coordinator gives (labels or labels-file), in its order; None when
    unset (a simulation then takes it from its one data file)."""
    if cfg.labels and cfg.labels_file:
        raise DataError("both labels and labels-file are set; set one")
    if cfg.labels_file:
        path = Path(cfg.labels_file)
        if not path.is_file():
            raise DataError(f"labels file not found: {path}; check labels-file")
        labels = [line.strip() for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    elif cfg.labels:
        labels = list(cfg.labels)
    else:
        return None
    if len(set(labels)) != len(labels) or len(labels) < 2:
        raise DataError(f"the run's label set needs at least 2 distinct labels and no repeats (got {len(labels)}, {len(set(labels))} distinct)")
    return labels


def load_test(cfg: RunConfig) -> Split:
    """The coordinator's own test set, read without opening any training data."""
    if cfg.test_data is None:
        raise DataError("the coordinator needs its own test set: set test-data (a file the coordinator holds)")
    test = _read_source(cfg.test_data, cfg, "test", cfg.test_text_column or cfg.text_column)
    if len(test) == 0:
        raise DataError("test-data is empty; provide rows")
    return test


def label_names(split: Split) -> list[str]:
    return sorted(set(split.labels))


def partition(train: Split, cfg: RunConfig, partition_id: int) -> Split:
    """One client's share: Dirichlet over labels (non-IID), seeded, via flwr-datasets."""
    if cfg.num_clients == 1:
        return train
    if cfg.num_clients > len(train):
        raise DataError("more clients than training examples; lower num-clients")
    indices = _partition_indices(tuple(train.labels), cfg.num_clients, cfg.dirichlet_alpha, cfg.seed)[partition_id]
    return Split([train.texts[i] for i in indices], [train.labels[i] for i in indices])


@lru_cache(maxsize=4)
def _partition_indices(labels: tuple[str, ...], num_clients: int, alpha: float, seed: int) -> list[list[int]]:
    """All clients' row indices at once: the split depends on the labels only, and
    drawing it once serves every client of a 1,000-client federation."""
    from datasets import Dataset
    from flwr_datasets.partitioner import DirichletPartitioner, IidPartitioner

    table = Dataset.from_dict({"row": list(range(len(labels))), "label": list(labels)})
    partitioner = DirichletPartitioner(
        num_partitions=num_clients, partition_by="label", alpha=alpha,
        min_partition_size=0, self_balancing=True, shuffle=True, seed=seed,
    )
    partitioner.dataset = table
    try:
        partitioner.load_partition(0)
    except ValueError:  # too few examples per label for a Dirichlet draw; fall back to IID
        partitioner = IidPartitioner(num_clients)
        partitioner.dataset = table
    return [list(partitioner.load_partition(pid)["row"]) for pid in range(num_clients)]


def encode_labels(labels: list[str], names: list[str], where: str) -> list[int]:
    index = {name: i for i, name in enumerate(names)}
    unknown = sorted(set(labels) - set(index))
    if unknown:
        # The count only, never a value: a label can be an identifier, and this message can cross the wire.
        raise DataError(f"{where}: {len(unknown)} label(s) not in the run's label set; give every site the same label names (check label-column and spelling)")
    return [index[label] for label in labels]


# -- the built-in demo corpus --------------------------------------------------

# Customer-support intents. Slots are filled with synthetic identifiers (Faker) so
# the scrubbing path has real work; the test split writes each identifier as the
# type tag a scrubber leaves behind, so the server's test set holds no personal data.
_INTENTS: dict[str, list[str]] = {
    "card_lost": [
        "Hi, this is {name}. I lost my card {card} yesterday, please block it.",
        "My credit card ending {card} was stolen, can you freeze it? Call me on {phone}.",
        "I can't find my card anywhere. Card number {card}, name {name}.",
        "Please cancel card {card}, I think I left it at a shop near {address}.",
        "Someone took my wallet with my card in it. I'm {name}, reach me at {email}.",
    ],
    "refund_request": [
        "I was charged twice for order 4471, please refund the money to account {account}.",
        "Hello, {name} here. I returned the item last week and still have no refund.",
        "Can I get my money back? The product arrived broken. My email is {email}.",
        "Please refund the duplicate payment on card {card}.",
        "I want a refund for the cancelled booking, send it to IBAN {iban}.",
    ],
    "address_change": [
        "I moved. My new address is {address}, please update my account.",
        "Please change my postal address to {address}. Thanks, {name}.",
        "Update the delivery address on file to {address}; phone {phone}.",
        "{name} here, I need to change where you send my statements: {address}.",
        "We relocated to {address}, could you change our billing address?",
    ],
    "password_reset": [
        "I forgot my password and can't log in. My login email is {email}.",
        "Please reset my password, the reset link never arrives at {email}.",
        "Locked out of online banking after three wrong passwords. I'm {name}.",
        "How do I reset my PIN and password? Call {phone} if needed.",
        "The app says my password expired and the reset page fails. Username {email}.",
    ],
    "delivery_status": [
        "Where is my parcel? It was supposed to arrive at {address} on Monday.",
        "My order hasn't shown up yet, tracking says delivered. {name}, {phone}.",
        "Can you tell me when my package will be delivered? Email {email}.",
        "The courier never came to {address}. What is the status of my delivery?",
        "Still waiting for my shipment, ordered ten days ago. This is {name}.",
    ],
    "cancel_subscription": [
        "Please cancel my subscription, I don't use it anymore. Account {account}.",
        "I want to stop my monthly plan and not be charged on card {card} again.",
        "How do I end my membership? My name is {name} and my email is {email}.",
        "Cancel the premium plan for {email} at the end of this month please.",
        "Stop renewing my subscription. You can reach me on {phone}.",
    ],
    "transfer_failed": [
        "My transfer to {iban} failed, why was it declined?",
        "I sent money from account {account} but it bounced back. Help!",
        "A payment to {name} didn't go through even though I have funds.",
        "Why is my bank transfer still pending after three days? Account {account}.",
        "The international transfer to {iban} was rejected, please check. {phone}",
    ],
    "fraud_report": [
        "There are transactions on card {card} I did not make. I think it's fraud.",
        "I got a suspicious text asking for my PIN, from {phone}. Is this a scam?",
        "Someone logged into my account from another country. I'm {name}, {email}.",
        "Unknown charges on account {account}, please investigate.",
        "Report fraud: a stranger used my details to order things to {address}.",
    ],
}
_OPENERS = ["", "Hello. ", "Hi there, ", "Good morning, ", "Excuse me, ", "Urgent: "]
_CLOSERS = ["", " Thanks.", " Thank you!", " Please help.", " Cheers.", " Kind regards."]
_TAGS = {
    "name": "<PERSON>", "email": "<EMAIL_ADDRESS>", "phone": "<PHONE_NUMBER>", "card": "<CREDIT_CARD>",
    "account": "<BANK_ACCOUNT>", "address": "<ADDRESS>", "iban": "<IBAN_CODE>",
}


def demo_corpus(n_train: int, seed: int, n_test: int | None = None) -> tuple[Split, Split]:
    """Deterministic labelled support messages; train has synthetic identifiers, test type tags."""
    from faker import Faker

    fake = Faker(["en_US", "en_GB", "de_DE", "fr_FR"])
    fake.seed_instance(seed)
    rng = random.Random(seed)
    intents = sorted(_INTENTS)

    def identifiers() -> dict[str, str]:
        return {
            "name": fake.name(), "email": fake.email(), "phone": fake.phone_number(),
            "card": fake.credit_card_number(), "account": fake.bban(),
            "address": fake.address().replace("\n", ", "), "iban": fake.iban(),
        }

    def render(count: int, slots, templates) -> Split:
        texts, labels = [], []
        for _ in range(count):
            intent = rng.choice(intents)
            body = rng.choice(templates(_INTENTS[intent])).format(**slots())
            texts.append(rng.choice(_OPENERS) + body + rng.choice(_CLOSERS))
            labels.append(intent)
        return Split(texts, labels)

    # Each intent's last template is held out: the test split measures how well the
    # model handles phrasings it never saw, not how well it remembers sentences.
    train = render(n_train, identifiers, lambda t: t[:-1])
    test = render(n_test or max(200, n_train // 5), lambda: _TAGS, lambda t: t[-1:])
    return train, test
