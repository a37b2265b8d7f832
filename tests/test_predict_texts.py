"""`privatune predict`: many texts from arguments, a file or stdin, one model load,
JSONL or CSV out."""

import csv
import io
import json
import sys

import pytest

from simulations import predict
from simulations.cli import main
from tests.test_export import TEXTS, _export


@pytest.fixture(scope="module")
def run_dir(tmp_path_factory):
    return _export(tmp_path_factory.mktemp("predict"), "head")


@pytest.fixture()
def loads(monkeypatch):
    """Counts model loads (the real loader runs)."""
    count = []
    real = predict.Predictor.load.__func__

    def counted(cls, path):
        count.append(path)
        return real(cls, path)

    monkeypatch.setattr(predict.Predictor, "load", classmethod(counted))
    return count


def _jsonl(out: str) -> list[dict]:
    return [json.loads(line) for line in out.splitlines()]


def test_arguments_stdin_and_files_agree(run_dir, tmp_path, monkeypatch, capsys, loads):
    assert main(["predict", str(run_dir), *TEXTS]) == 0
    expected = _jsonl(capsys.readouterr().out)
    assert len(expected) == len(TEXTS) and {"label", "probability"} == set(expected[0])
    assert len(loads) == 1  # one load for all texts

    monkeypatch.setattr(sys, "stdin", io.StringIO("\n".join(TEXTS) + "\n\n"))
    assert main(["predict", str(run_dir)]) == 0
    assert _jsonl(capsys.readouterr().out) == expected

    lines = tmp_path / "texts.txt"
    lines.write_text("\n".join(TEXTS) + "\n", encoding="utf-8")
    records = tmp_path / "texts.jsonl"
    records.write_text("".join(json.dumps({"id": i, "body": t}) + "\n" for i, t in enumerate(TEXTS)), encoding="utf-8")
    assert main(["predict", str(run_dir), "--input", str(lines)]) == 0
    assert _jsonl(capsys.readouterr().out) == expected
    assert main(["predict", str(run_dir), "--input", str(records), "--text-field", "body"]) == 0
    assert _jsonl(capsys.readouterr().out) == expected

    assert main(["predict", str(run_dir), "--input", str(lines), "--format", "csv"]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert [(r["label"], float(r["probability"])) for r in rows] == [(e["label"], pytest.approx(e["probability"])) for e in expected]


@pytest.mark.parametrize("args, stdin, words", [
    (["--input", "{dir}/missing.txt"], None, ["cannot read --input"]),
    (["--input", "{dir}/bad.jsonl"], None, ["text 2", "not valid JSON"]),
    (["--input", "{dir}/bad.jsonl", "--text-field", "body"], None, ["text 1", "'body'", "--text-field"]),
    ([], "\n\n", ["stdin holds no texts"]),
    (["hello", "--input", "{dir}/bad.jsonl"], None, ["not both"]),
])
def test_bad_input_is_one_clear_line(run_dir, tmp_path, monkeypatch, capsys, args, stdin, words):
    (tmp_path / "bad.jsonl").write_text('{"text": "fine"}\nnot json\n')
    monkeypatch.setattr(sys, "stdin", io.StringIO(stdin or ""))
    assert main(["predict", str(run_dir), *[a.replace("{dir}", str(tmp_path)) for a in args]]) == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith("error: ") and "\n" not in err
    for word in words:
        assert word in err
