"""`privatune predict`: classify texts with a run's final model, loaded once."""

from __future__ import annotations

import csv
import json
from dataclasses import dataclass
from pathlib import Path

from common.data import is_json_object


@dataclass
class Predictor:
    model: object
    tokenizer: object
    labels: list[str]
    settings: dict  # the run's config.json: how its texts were scrubbed (a bare model folder: the defaults)

    @classmethod
    def load(cls, path: str | Path) -> "Predictor":
        from common.model import load_pretrained

        path = Path(path)
        model_dir = path / "model" if (path / "model").is_dir() else path
        model, tokenizer, labels = load_pretrained(model_dir)
        config_file = model_dir.parent / "config.json"
        settings = json.loads(config_file.read_text()) if config_file.is_file() else {}
        return cls(model, tokenizer, labels, settings)

    def probabilities(self, texts: list[str], batch_size: int = 64) -> list[list[float]]:
        """One probability per label for each text (in `labels` order)."""
        import torch

        if self.settings.get("scrub", True):
            # The model learned from scrubbed text; show it the same kind.
            from client.scrub import scrub_texts

            operator = self.settings.get("scrub-operator", "replace")
            texts = scrub_texts(texts, entities=self.settings.get("scrub-entities") or None,
                                operator="replace" if operator == "hash" else operator)[0]
        rows = []
        with torch.no_grad():
            for start in range(0, len(texts), batch_size):
                batch = self.tokenizer(list(texts[start:start + batch_size]), padding=True, truncation=True,
                                       max_length=self.model.config.max_tokens, return_tensors="pt")
                logits = self.model(input_ids=batch["input_ids"], attention_mask=batch["attention_mask"]).logits
                rows += logits.softmax(-1).tolist()
        return rows

    def predict(self, texts: list[str]) -> list[dict]:
        """The best label and its probability for each text."""
        results = []
        for probabilities in self.probabilities(texts):
            best = max(range(len(probabilities)), key=probabilities.__getitem__)
            results.append({"label": self.labels[best], "probability": probabilities[best]})
        return results


def read_texts(content: str, source: str, text_field: str = "text") -> list[str]:
    """One text per non-blank line; JSONL (a JSON object per line) when the first
    line is one, taking `text_field` from each."""
    lines = [line for line in content.splitlines() if line.strip()]
    if not lines:
        raise ValueError(f"{source} holds no texts; write one text per line")
    if not is_json_object(lines[0]):
        return lines
    texts = []
    for number, line in enumerate(lines, 1):
        try:
            record = json.loads(line)
        except json.JSONDecodeError:
            raise ValueError(f"{source}, text {number}: not valid JSON, unlike the first line; write JSONL throughout or plain lines") from None
        if not isinstance(record, dict) or not isinstance(record.get(text_field), str):
            raise ValueError(f"{source}, text {number}: no string field '{text_field}'; pass --text-field NAME")
        texts.append(record[text_field])
    return texts


def write_results(results: list[dict], fmt: str, out) -> None:
    if fmt == "csv":
        writer = csv.DictWriter(out, fieldnames=["label", "probability"], lineterminator="\n")
        writer.writeheader()
        writer.writerows(results)
    else:
        for result in results:
            out.write(json.dumps(result, ensure_ascii=False) + "\n")
