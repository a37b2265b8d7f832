"""Central evaluation of the global model on the server's held-out test split."""

from __future__ import annotations

import torch
from torch import nn

from common.model import TextClassifier, embed_texts


class TestSet:
    """The test split, with its embeddings cached while the encoder cannot change (head mode)."""

    def __init__(self, texts: list[str], targets: list[int], max_length: int, frozen_encoder: bool):
        self.texts, self.targets = texts, torch.tensor(targets)
        self.max_length, self.frozen_encoder = max_length, frozen_encoder
        self._embeddings: torch.Tensor | None = None

    def embeddings(self, model: TextClassifier, tokenizer, device: torch.device) -> torch.Tensor:
        if self._embeddings is not None:
            return self._embeddings
        embeddings = embed_texts(model, tokenizer, self.texts, self.max_length, device)
        if self.frozen_encoder:
            self._embeddings = embeddings
        return embeddings


@torch.no_grad()
def evaluate(model: TextClassifier, tokenizer, test: TestSet, num_labels: int, device: torch.device) -> dict[str, float]:
    """Accuracy, macro-F1 (over labels present in the test split) and mean cross-entropy."""
    embeddings = test.embeddings(model, tokenizer, device)
    model.head.eval().to(device)
    logits = model.head(embeddings.to(device)).float().cpu()
    loss = nn.functional.cross_entropy(logits, test.targets).item()
    predicted = logits.argmax(-1)
    accuracy = (predicted == test.targets).float().mean().item()
    f1s = []
    for label in test.targets.unique():
        tp = ((predicted == label) & (test.targets == label)).sum().item()
        fp = ((predicted == label) & (test.targets != label)).sum().item()
        fn = ((predicted != label) & (test.targets == label)).sum().item()
        f1s.append(2 * tp / max(1, 2 * tp + fp + fn))
    return {"accuracy": accuracy, "macro-f1": sum(f1s) / len(f1s), "loss": loss}
