"""The empirical audit's canaries (`privatune simulate --audit`), injected through the
normal data path: each simulated client adds the canaries this writes for it to its own
partition, after the split (so the split of the real data never depends on them), then
scrubs and trains on them like any other example. Their membership is kept beside the
run directory, where only the auditor reads it: clients never learn, and never send,
which canaries are members.

- Membership canaries: out-of-distribution texts (12 random English words) with random
  labels, canary i assigned to client i mod num-clients before anything is drawn, each
  included independently with probability 1/2 drawn from OS entropy (`secrets`), never
  from the run seed. Steinke, Nasr, Jagielski (2023): one training run, m canaries, a
  fixed number of guesses.
- Identifier canaries: synthetic identifiers (names, e-mails, phones, IBANs, card numbers)
  written into training texts before scrubbing; the audit counts how many survive the
  scrubber the clients run.

    <output-dir>/<run-name>.audit/
        client-N.csv   what client N adds to its data: its included canaries and identifier canaries
        canaries.json  every canary, its label, client and whether it was included (auditor only)
"""

from __future__ import annotations

import csv
import json
import random
import secrets
from pathlib import Path

from common.config import RunConfig
from common.data import load_splits

# Guesses are fixed before the run: the top and bottom 5% of scores each (r = m / 10).
GUESS_SHARE = 0.05
IDENTIFIER_CANARIES = 50
CANARY_WORDS = 12


def audit_dir(run_dir: Path) -> Path:
    return run_dir.parent / f"{run_dir.name}.audit"


def guesses_for(m: int) -> int:
    """Guesses on each side (members from the top, non-members from the bottom)."""
    return max(1, int(m * GUESS_SHARE))


def prepare_audit(cfg: RunConfig, canaries: int) -> Path:
    """Writes each client's canaries and the canary record; returns the folder."""
    if canaries < 20:
        raise ValueError("audit-canaries must be at least 20; use 1000 for a bound that can reach about 3.5")
    folder = audit_dir(cfg.run_dir)
    if cfg.run_dir.exists():
        raise ValueError(f"run directory {cfg.run_dir} already exists; choose another run-name or output-dir")
    if folder.exists():
        raise ValueError(f"audit directory {folder} already exists; choose another run-name or output-dir")
    train, test = load_splits(cfg)  # bad data fails here, before anything is written
    labels = sorted(set(train.labels) | set(test.labels))
    rng = random.Random(secrets.randbits(64))  # texts and labels: fresh too, nothing to predict

    from faker import Faker

    faker = Faker()
    faker.seed_instance(secrets.randbits(64))
    members = [{"text": " ".join(faker.words(CANARY_WORDS)), "label": rng.choice(labels), "client": i % cfg.num_clients,
                "member": secrets.randbits(1) == 1} for i in range(canaries)]
    identifiers = [_identifier_text(faker, i) | {"label": rng.choice(labels), "client": i % cfg.num_clients}
                   for i in range(IDENTIFIER_CANARIES)]
    folder.mkdir(parents=True)
    for client in range(cfg.num_clients):
        rows = [(c["text"], c["label"]) for c in members if c["member"] and c["client"] == client]
        rows += [(i["text"], i["label"]) for i in identifiers if i["client"] == client]
        rng.shuffle(rows)
        if rows:  # a client with nothing to add gets no file
            _write_csv(folder / f"client-{client}.csv", rows)
    (folder / "canaries.json").write_text(json.dumps({
        "membership": members, "guesses-per-side": guesses_for(canaries), "identifiers": identifiers,
        "inclusion": "each membership canary independently with probability 1/2 (secrets.randbits, OS entropy)",
    }, indent=1))
    return folder


def _identifier_text(faker, i: int) -> dict:
    kind = ("PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER", "IBAN_CODE", "CREDIT_CARD")[i % 5]
    value = {"PERSON": faker.name, "EMAIL_ADDRESS": faker.email, "PHONE_NUMBER": faker.phone_number,
             "IBAN_CODE": faker.iban, "CREDIT_CARD": faker.credit_card_number}[kind]()
    templates = {"PERSON": "Please update the account of {} before Friday.",
                 "EMAIL_ADDRESS": "Send the statement to {} please.",
                 "PHONE_NUMBER": "You can call me back on {} after five.",
                 "IBAN_CODE": "The refund should go to IBAN {} as agreed.",
                 "CREDIT_CARD": "My card number is {} and it was charged twice."}
    return {"type": kind, "value": value, "text": templates[kind].format(value)}


def _write_csv(path: Path, rows: list[tuple[str, str]]) -> None:
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["text", "label"])
        writer.writerows(rows)
