"""The exported model in standard tools: `transformers.pipeline` and
`AutoModelForSequenceClassification` (trust_remote_code) answer exactly as
`privatune predict`, in every train mode; without trust_remote_code they refuse."""

import json
import os
import subprocess
import sys

import pytest
import torch

from common.model import build_model, save_pretrained
from simulations.cli import main

LABELS = ["card_lost", "refund_request", "address_change"]
TEXTS = [
    "I lost my card yesterday, please block it",
    "Can I get my money back for the broken kettle?",
    # longer than max-length (16 tokens): the export must truncate as predict does
    "Please change my postal address, we moved last week to a new flat in the north of the city near the river",
]

# Runs in a fresh interpreter, as a user would, with nothing of privatune imported. One
# interpreter reads every mode's export in turn (argv[1]: the model folders, by mode): starting
# Python with torch and transformers once instead of once per mode is most of this file's time.
STANDARD_TOOLS = r"""
import json, sys, torch
from transformers import AutoModelForSequenceClassification, AutoTokenizer, pipeline
directories, texts = json.loads(sys.argv[1]), json.loads(sys.argv[2])
results = {}
for mode, directory in directories.items():
    out = results[mode] = {}
    classify = pipeline("text-classification", model=directory, trust_remote_code=True)
    out["pipeline"] = [{r["label"]: r["score"] for r in rows} for rows in classify(texts, top_k=None)]
    model = AutoModelForSequenceClassification.from_pretrained(directory, trust_remote_code=True).eval()
    tokenizer = AutoTokenizer.from_pretrained(directory, trust_remote_code=True)
    with torch.no_grad():
        probs = [model(**tokenizer(t, return_tensors="pt")).logits.softmax(-1)[0].tolist() for t in texts]
    out["auto"] = [{model.config.id2label[i]: p for i, p in enumerate(row)} for row in probs]
    try:
        AutoModelForSequenceClassification.from_pretrained(directory)
        out["untrusted"] = "loaded"
    except ValueError as err:
        out["untrusted"] = str(err)
    out["privatune-imported"] = sorted(m for m in sys.modules if m.split(".")[0] in ("common", "client", "server", "simulations"))
print("RESULT " + json.dumps(results))
"""


def _export(tmp_path, mode: str):
    model, tokenizer = build_model("all-MiniLM-L6-v2", len(LABELS), mode, lora_rank=4, seed=1)
    generator = torch.Generator().manual_seed(7)
    with torch.no_grad():
        # A head and trained weights far from their initialisation, so a random or
        # unmerged classifier could not give the same answers.
        model.head.weight.copy_(torch.randn(model.head.weight.shape, generator=generator) * 6)
        model.head.bias.copy_(torch.randn(model.head.bias.shape, generator=generator))
        for name, param in model.encoder.named_parameters():
            if param.requires_grad:
                param.add_(torch.randn(param.shape, generator=generator) * 0.05)
    run_dir = tmp_path / mode
    (run_dir / "model").mkdir(parents=True)
    (run_dir / "config.json").write_text(json.dumps({"scrub": False, "max-length": 16}))
    save_pretrained(model, tokenizer, LABELS, run_dir / "model", max_length=16)
    return run_dir


MODES = ("head", "lora", "full")


@pytest.fixture(scope="module")
def exported(tmp_path_factory):
    """Each mode's export, and what the standard tools answer for it (one fresh interpreter)."""
    tmp_path = tmp_path_factory.mktemp("export")
    run_dirs = {mode: _export(tmp_path, mode) for mode in MODES}
    env = {**os.environ, "HF_HUB_OFFLINE": "1", "HF_MODULES_CACHE": str(tmp_path / "modules"), "PYTHONPATH": ""}
    folders = {mode: str(run_dir / "model") for mode, run_dir in run_dirs.items()}
    done = subprocess.run([sys.executable, "-c", STANDARD_TOOLS, json.dumps(folders), json.dumps(TEXTS)],
                          cwd=tmp_path, env=env, stdin=subprocess.DEVNULL, capture_output=True, text=True, timeout=600)
    return run_dirs, done


@pytest.mark.parametrize("mode", MODES)
def test_pipeline_equals_predict(exported, mode, capsys):
    run_dirs, done = exported
    run_dir = run_dirs[mode]
    config = json.loads((run_dir / "model" / "config.json").read_text())
    assert config["auto_map"]["AutoModelForSequenceClassification"] == "modeling_privatune.PrivatuneForSequenceClassification"
    assert (run_dir / "model" / "modeling_privatune.py").is_file()

    predicted = []
    for text in TEXTS:
        assert main(["predict", str(run_dir), text]) == 0
        predicted.append(json.loads(capsys.readouterr().out))

    assert done.returncode == 0, done.stderr[-3000:]
    tools = json.loads(done.stdout.split("RESULT ", 1)[1])[mode]
    assert tools["privatune-imported"] == []
    assert "trust_remote_code" in tools["untrusted"]
    for row, pipe, auto in zip(predicted, tools["pipeline"], tools["auto"]):
        assert set(pipe) == set(LABELS)
        assert max(pipe, key=pipe.get) == row["label"]
        assert pipe[row["label"]] == pytest.approx(row["probability"], abs=1e-5)
        assert auto == pytest.approx(pipe, abs=1e-5)
    # The head is far from uniform: answers differ between texts and are confident.
    assert max(row["probability"] for row in predicted) > 0.6
