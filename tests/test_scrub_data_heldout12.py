"""``chat_heldout12`` is registered like every held-out chat part.

Reads ``benchmarks/scrub_data.py`` and ``benchmarks/scrub_chat_eval.py`` as
syntax trees only, and ``pyproject.toml``'s bench extra: neither the held-out builder module nor its packages are
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
    assert "chat_heldout12" in parts
    assert "chat_heldout12" in heldout


def test_part_is_scored_by_the_chat_eval():
    assert "chat_heldout12" in _tuple(BENCH / "scrub_chat_eval.py", "CHAT_PARTS")


def test_part_has_its_own_seed_templates_and_provider():
    source = (BENCH / "scrub_data.py").read_text(encoding="utf-8")
    assert "import scrub_heldout12" in source
    assert "scrub_heldout12.ENTITY_TYPES" in source
    assert '"chat_heldout12": (scrub_heldout12.HELDOUT12_SEED' in source
    assert "scrub_heldout12.templates()" in source
    assert "scrub_heldout12.make_provider(seed)" in source


def test_bench_extra_lists_the_parts_packages_once():
    """The 13 packages reserved for this part are installed by the bench extra (pyproject only is read)."""
    import tomllib

    bench = tomllib.loads((BENCH.parent / "pyproject.toml").read_text(encoding="utf-8"))
    extra = [r.split(">")[0].split("<")[0].split("=")[0].strip().lower()
             for r in bench["project"]["optional-dependencies"]["bench"]]
    for package in ("finnish-name-generator", "norwegian-fake-data", "lv-namedays", "si-person-maker", "nepalpy",
                    "egy-names", "az-data-generator", "iceaddr", "algeria-wilayas-communes", "rwanda-geo-data",
                    "tanzania-postcodes", "srilanka", "egydata"):
        assert extra.count(package) == 1, package
