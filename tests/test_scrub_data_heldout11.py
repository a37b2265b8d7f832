"""``chat_heldout11`` is registered like every held-out chat part.

Reads ``benchmarks/scrub_data.py`` and ``benchmarks/scrub_chat_eval.py`` as
syntax trees only: neither the held-out builder module nor its packages are
imported or opened, and no data is generated (held-out discipline).
"""

from __future__ import annotations

import ast
from pathlib import Path

BENCH = Path(__file__).resolve().parents[1] / "benchmarks"


def _tuple(path: Path, name: str) -> tuple:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(isinstance(t, ast.Name) and t.id == name for t in node.targets):
            return ast.literal_eval(node.value)
    raise AssertionError(f"{name} not found in {path.name}")


def test_part_is_a_reported_only_heldout_part():
    parts = _tuple(BENCH / "scrub_data.py", "PARTS")
    heldout = _tuple(BENCH / "scrub_data.py", "HELDOUT_PARTS")
    assert "chat_heldout11" in parts
    assert "chat_heldout11" in heldout


def test_part_is_scored_by_the_chat_eval():
    assert "chat_heldout11" in _tuple(BENCH / "scrub_chat_eval.py", "CHAT_PARTS")


def test_part_has_its_own_seed_templates_and_provider():
    source = (BENCH / "scrub_data.py").read_text(encoding="utf-8")
    assert "import scrub_heldout11" in source
    assert "scrub_heldout11.ENTITY_TYPES" in source
    assert '"chat_heldout11": (scrub_heldout11.HELDOUT11_SEED' in source
    assert "scrub_heldout11.templates()" in source
    assert "scrub_heldout11.make_provider(seed)" in source
