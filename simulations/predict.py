"""`privatune predict`: classify texts with a run's final model, loaded once."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path


@dataclass
class Predictor:
    model: object
    tokenizer: object
    labels: list[str]
    settings: dict  # the run's config.json (scrub settings), empty for a bare model folder

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
