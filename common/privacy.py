"""Privacy accounting as plain data.

A client's `PrivacyLedger` lists every DP-SGD run it ever made (noise multiplier,
sampling rate, steps). Epsilon is recomputed from it with an Opacus accountant,
so the ledger composes over every round the client joins and can be stored
anywhere (Flower node state, a JSON file on the site's disk, an audit report).
"""

from __future__ import annotations

import json
import math
from dataclasses import asdict, dataclass, field

from opacus.accountants import create_accountant
from opacus.accountants.utils import get_noise_multiplier


@dataclass(frozen=True)
class LedgerEntry:
    round: int
    noise_multiplier: float
    sample_rate: float
    steps: int


@dataclass
class PrivacyLedger:
    accountant: str = "rdp"
    entries: list[LedgerEntry] = field(default_factory=list)

    def history(self) -> list[tuple[float, float, int]]:
        """In the form Opacus accountants keep: (noise_multiplier, sample_rate, steps)."""
        return [(e.noise_multiplier, e.sample_rate, e.steps) for e in self.entries if e.steps > 0]

    def epsilon(self, delta: float, extra: LedgerEntry | None = None) -> float:
        history = self.history() + ([(extra.noise_multiplier, extra.sample_rate, extra.steps)] if extra else [])
        return epsilon_of(history, delta, self.accountant)

    def record(self, entry: LedgerEntry) -> None:
        self.entries.append(entry)

    # Plain-data forms: a dict for JSON files, flat lists for a Flower ConfigRecord.
    def to_dict(self) -> dict:
        return {"accountant": self.accountant, "entries": [asdict(e) for e in self.entries]}

    @classmethod
    def from_dict(cls, data: dict) -> "PrivacyLedger":
        return cls(data["accountant"], [LedgerEntry(**e) for e in data["entries"]])

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), indent=2)

    @classmethod
    def from_json(cls, text: str) -> "PrivacyLedger":
        return cls.from_dict(json.loads(text))


def epsilon_of(history: list[tuple[float, float, int]], delta: float, accountant: str = "rdp") -> float:
    """Epsilon of a composed DP-SGD history; 0 before any step, inf without noise."""
    if not history:
        return 0.0
    if any(noise == 0 for noise, _, _ in history):
        return math.inf
    merged = _merge_steps(history)
    if accountant == "gdp" and len(merged) > 1:
        # Opacus's GDP accountant reads only the last (noise, rate) it saw; it cannot compose.
        raise ValueError("the gdp accountant cannot compose rounds with different noise or sampling rates; use accountant rdp or prv")
    acct = create_accountant(accountant)
    acct.history = merged
    return float(acct.get_epsilon(delta=delta))


def _merge_steps(history: list[tuple[float, float, int]]) -> list[tuple[float, float, int]]:
    """Steps with the same noise and sampling rate, summed: the same guarantee (the same
    mechanism composed k times, in any order), computed once instead of once per round.
    A client calibrates its noise once, so its whole ledger becomes one entry; per-round
    entries made each epsilon cost grow with the round number (27 s at round 25)."""
    steps: dict[tuple[float, float], int] = {}
    for noise, rate, n in history:
        steps[(noise, rate)] = steps.get((noise, rate), 0) + n
    return [(noise, rate, n) for (noise, rate), n in steps.items()]


def calibrate_noise(target_epsilon: float, delta: float, sample_rate: float, steps: int, accountant: str = "rdp") -> float:
    """The noise multiplier that spends exactly `target_epsilon` over `steps` steps."""
    return float(get_noise_multiplier(
        target_epsilon=target_epsilon, target_delta=delta, sample_rate=sample_rate,
        steps=steps, accountant=accountant, epsilon_tolerance=0.01,
    ))
