"""`privatune scrub --format text`: one text per line in and out; stdin that is not
JSON is read as text."""

import io
import json
import sys

from simulations.cli import main

LINES = ["Hi, I'm John Smith, mail john.smith@example.com", "", "How do I check my balance?"]
SCRUBBED = ["Hi, I'm <PERSON>, mail <EMAIL_ADDRESS>", "", "How do I check my balance?"]


def test_plain_text_on_stdin_comes_back_as_plain_text(monkeypatch, capsys):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(("\n".join(LINES) + "\n").encode()), encoding="utf-8"))
    assert main(["scrub", "--input", "-", "--output", "-"]) == 0
    captured = capsys.readouterr()
    assert captured.out.splitlines() == SCRUBBED
    assert "John" not in captured.err and "scrubbed 3 documents" in captured.err


def test_text_format_files_and_jsonl_to_text(tmp_path, capsys):
    source = tmp_path / "in.lines"
    source.write_text("\n".join(LINES) + "\n", encoding="utf-8")
    target = tmp_path / "out.lines"
    assert main(["scrub", "--input", str(source), "--format", "text", "--output", str(target), "--output-format", "text"]) == 0
    assert target.read_text(encoding="utf-8").splitlines() == SCRUBBED
    records = tmp_path / "in.jsonl"
    records.write_text("".join(json.dumps({"text": t}) + "\n" for t in LINES if t), encoding="utf-8")
    assert main(["scrub", "--input", str(records), "--output", "-", "--output-format", "text"]) == 0
    assert capsys.readouterr().out.splitlines() == [t for t in SCRUBBED if t]


def test_json_on_stdin_is_still_jsonl(monkeypatch, capsys):
    data = json.dumps({"text": LINES[0], "id": 7}) + "\n"
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data.encode()), encoding="utf-8"))
    assert main(["scrub", "--input", "-", "--output", "-"]) == 0
    assert json.loads(capsys.readouterr().out) == {"text": SCRUBBED[0], "id": 7}
