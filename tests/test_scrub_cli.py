"""``privatune scrub``: formats, stdin/stdout, atomic output, bad input."""

from __future__ import annotations

import argparse
import csv
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from client import scrub, scrub_cli

ROOT = Path(__file__).resolve().parents[1]
RECORDS = [
    {"id": 1, "text": "Call Maria Gonzalez on +44 20 7946 0958 please.", "label": "a"},
    {"id": 2, "text": "How do I check my balance?", "label": "b"},
    {"id": 3, "text": "Ship it to 1423 Oak Street, Springfield, IL 62704.", "label": "c"},
]
EXPECTED = [
    "Call <PERSON> on <PHONE_NUMBER> please.",
    "How do I check my balance?",
    "Ship it to <ADDRESS>.",
]


def parse(*argv: str) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="privatune scrub")
    scrub_cli.add_arguments(parser)
    return parser.parse_args(list(argv))


def write_jsonl(path: Path, records) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


def write_table(path: Path, records, delimiter: str) -> Path:
    with path.open("w", newline="", encoding="utf-8") as fh:
        writer = csv.DictWriter(fh, fieldnames=list(records[0]), delimiter=delimiter)
        writer.writeheader()
        writer.writerows(records)
    return path


def leftovers(directory: Path) -> list[str]:
    return sorted(p.name for p in directory.iterdir() if p.name.endswith(".tmp"))


def test_jsonl_round_trip_keeps_fields_and_order(tmp_path, capsys):
    src = write_jsonl(tmp_path / "in.jsonl", RECORDS)
    dst = tmp_path / "out.jsonl"
    assert scrub_cli.run(parse("--input", str(src), "--output", str(dst))) == 0
    out = [json.loads(line) for line in dst.read_text(encoding="utf-8").splitlines()]
    assert [r["text"] for r in out] == EXPECTED
    assert [(r["id"], r["label"]) for r in out] == [(r["id"], r["label"]) for r in RECORDS]
    assert [list(r) for r in out] == [list(r) for r in RECORDS]
    err = capsys.readouterr().err
    assert "scrubbed 3 documents" in err and "PERSON" in err and "ADDRESS" in err
    assert "Maria" not in err and "Oak" not in err
    assert leftovers(tmp_path) == []


@pytest.mark.parametrize("ext, delimiter", [("csv", ","), ("tsv", "\t")])
def test_table_round_trip(tmp_path, ext, delimiter):
    src = write_table(tmp_path / f"in.{ext}", RECORDS, delimiter)
    dst = tmp_path / f"out.{ext}"
    assert scrub_cli.run(parse("--input", str(src), "--output", str(dst))) == 0
    with dst.open(newline="", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh, delimiter=delimiter))
    assert [r["text"] for r in rows] == EXPECTED
    assert [r["id"] for r in rows] == ["1", "2", "3"] and rows[2]["label"] == "c"
    assert list(rows[0]) == ["id", "text", "label"]


def test_custom_text_field_and_jsonl_output_from_csv(tmp_path):
    records = [{"body": r["text"], "n": r["id"]} for r in RECORDS]
    src = write_table(tmp_path / "in.csv", records, ",")
    dst = tmp_path / "out.data"  # unknown extension: JSONL by default
    assert scrub_cli.run(parse("--input", str(src), "--output", str(dst), "--text-field", "body")) == 0
    out = [json.loads(line) for line in dst.read_text().splitlines()]
    assert [r["body"] for r in out] == EXPECTED and out[0]["n"] == "1"


def test_stdin_to_stdout(monkeypatch, capsys):
    data = "".join(json.dumps(r) + "\n" for r in RECORDS).encode()
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))
    assert scrub_cli.run(parse("--input", "-", "--output", "-")) == 0
    captured = capsys.readouterr()
    assert [json.loads(line)["text"] for line in captured.out.splitlines()] == EXPECTED
    assert "scrubbed 3 documents" in captured.err


def test_real_subprocess_stdin_stdout():
    code = "import sys; from client.scrub_cli import main; sys.exit(main(sys.argv[1:]))"
    data = "".join(json.dumps(r) + "\n" for r in RECORDS[:2])
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.run(
        [sys.executable, "-c", code, "--input", "-", "--output", "-"],
        input=data, capture_output=True, text=True, cwd=ROOT, env=env, timeout=300,
    )
    assert proc.returncode == 0, proc.stderr
    assert [json.loads(line)["text"] for line in proc.stdout.splitlines()] == EXPECTED[:2]
    assert "PERSON" in proc.stderr and "Maria" not in proc.stderr


def test_hash_key_from_file_and_env(tmp_path, monkeypatch, capsys):
    src = write_jsonl(tmp_path / "in.jsonl", RECORDS[:1] * 2)
    key = tmp_path / "site.key"
    key.write_text("a-very-secret-site-key\n")
    dst = tmp_path / "out.jsonl"
    args = parse("--input", str(src), "--output", str(dst), "--operator", "hash",
                 "--hash-key-file", str(key))
    assert scrub_cli.run(args) == 0
    first, second = (json.loads(line)["text"] for line in dst.read_text().splitlines())
    assert first == second and first.startswith("Call <PERSON_")
    monkeypatch.setenv(scrub.HASH_KEY_ENV, "a-very-secret-site-key")
    assert scrub_cli.run(parse("--input", str(src), "--output", str(dst), "--operator", "hash")) == 0
    assert json.loads(dst.read_text().splitlines()[0])["text"] == first  # same key, same pseudonym
    captured = capsys.readouterr()
    assert "a-very-secret" not in captured.out + captured.err + dst.read_text()


def test_hash_without_key_is_a_clear_error(tmp_path, monkeypatch, capsys):
    monkeypatch.delenv(scrub.HASH_KEY_ENV, raising=False)
    src = write_jsonl(tmp_path / "in.jsonl", RECORDS)
    dst = tmp_path / "out.jsonl"
    assert scrub_cli.run(parse("--input", str(src), "--output", str(dst), "--operator", "hash")) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and err[0].startswith("error:") and "--hash-key-file" in err[0]
    assert not dst.exists()


def _bad_input_cases(tmp_path: Path):
    not_utf8 = tmp_path / "latin1.jsonl"
    not_utf8.write_bytes(b'{"text": "ok"}\n{"text": "caf\xe9"}\n')
    no_field = write_jsonl(tmp_path / "nofield.jsonl", [{"text": "ok"}, {"body": "x"}])
    not_json = tmp_path / "notjson.jsonl"
    not_json.write_text('{"text": "ok"}\n{"text": "ok"}\nthis is not json\n')
    empty = tmp_path / "empty.jsonl"
    empty.write_text("")
    csv_no_field = write_table(tmp_path / "nofield.csv", [{"body": "x"}], ",")
    return [
        (not_utf8, ["line 2", "UTF-8"]),
        (no_field, ["line 2", "'text'", "--text-field"]),
        (not_json, ["line 3", "JSON"]),
        (empty, ["empty"]),
        (csv_no_field, ["'text'", "columns: body"]),
    ]


def test_bad_input_gives_one_clear_error_and_no_output(tmp_path, capsys):
    for src, words in _bad_input_cases(tmp_path):
        dst = tmp_path / "out.jsonl"
        assert scrub_cli.run(parse("--input", str(src), "--output", str(dst))) == 2, src
        err = capsys.readouterr().err.strip().splitlines()
        assert len(err) == 1 and err[0].startswith("error: "), err
        for word in words:
            assert word in err[0], (word, err[0])
        assert not dst.exists() and leftovers(tmp_path) == []


def test_unknown_extension_and_options_are_errors(tmp_path, capsys):
    src = tmp_path / "data.txt"
    src.write_text("hello\n")
    assert scrub_cli.run(parse("--input", str(src), "--output", "-")) == 2
    assert "--format" in capsys.readouterr().err
    good = write_jsonl(tmp_path / "in.jsonl", RECORDS)
    assert scrub_cli.run(parse("--input", str(good), "--output", "-", "--entities", "SHOE")) == 2
    assert "allowed:" in capsys.readouterr().err


def test_interrupted_run_leaves_no_output(tmp_path, monkeypatch):
    src = write_jsonl(tmp_path / "in.jsonl", RECORDS)
    dst = tmp_path / "out.jsonl"
    dst.write_text("previous good output\n")

    def interrupted(*args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(scrub, "scrub_texts", interrupted)
    with pytest.raises(KeyboardInterrupt):
        scrub_cli.run(parse("--input", str(src), "--output", str(dst)))
    assert dst.read_text() == "previous good output\n"  # untouched
    assert leftovers(tmp_path) == []
