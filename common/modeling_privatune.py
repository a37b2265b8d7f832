"""privatune's exported classifier, for standard Hugging Face tools.

`save_pretrained` (common/model.py) copies this file into every exported model
directory and registers it in config.json's `auto_map`, so

    pipeline("text-classification", model=DIR, trust_remote_code=True)
    AutoModelForSequenceClassification.from_pretrained(DIR, trust_remote_code=True)

give the trained model's answers: the encoder (LoRA adapters already merged),
mean pooling over the real tokens, L2 normalisation, then the linear head,
exactly as privatune trained and predicts. Without `trust_remote_code` the
loaders refuse the directory (model type `privatune` is unknown to them)
instead of putting a random classifier on the encoder.

This file is shipped on its own: it imports only torch and transformers.
"""

from __future__ import annotations

import torch
from torch import nn
from transformers import AutoConfig, AutoModel, PretrainedConfig, PreTrainedModel
from transformers.modeling_outputs import SequenceClassifierOutput


def sentence_embedding(encoder: nn.Module, input_ids: torch.Tensor, attention_mask: torch.Tensor) -> torch.Tensor:
    """Mean of the real tokens' last hidden states, L2-normalised: what the head reads."""
    batch, length = input_ids.shape
    # Explicit positions and token types with the batch dimension (Opacus needs them
    # to compute per-example gradients of those embeddings); values are the defaults.
    position_ids = torch.arange(length, device=input_ids.device).expand(batch, length).contiguous()
    token_type_ids = torch.zeros_like(input_ids)
    states = encoder(
        input_ids=input_ids,
        attention_mask=attention_mask,
        position_ids=position_ids,
        token_type_ids=token_type_ids,
    ).last_hidden_state
    mask = attention_mask.unsqueeze(-1).to(states.dtype)
    pooled = (states * mask).sum(1) / mask.sum(1).clamp(min=1e-9)
    return nn.functional.normalize(pooled, dim=-1)


def truncate(input_ids: torch.Tensor, attention_mask: torch.Tensor, max_length: int, end_tokens: int):
    """What the tokenizer's `truncation=True, max_length=max_length` would have given:
    the first tokens and the closing special token(s) of each longer text (pipelines
    do not truncate by default; privatune trained and predicts at `max_length`)."""
    lengths = attention_mask.sum(1).tolist()
    if max(lengths, default=0) <= max_length:
        return input_ids, attention_mask
    width = min(max_length, input_ids.shape[1])
    ids = input_ids.new_zeros(len(lengths), width)
    mask = attention_mask.new_zeros(len(lengths), width)
    for row, n in enumerate(int(n) for n in lengths):
        keep = input_ids[row, :n]
        if n > max_length:
            keep = torch.cat([keep[: max_length - end_tokens], keep[n - end_tokens:n]])
        ids[row, : len(keep)] = keep
        mask[row, : len(keep)] = 1
    return ids, mask


class PrivatuneConfig(PretrainedConfig):
    model_type = "privatune"

    def __init__(self, encoder: dict | None = None, max_tokens: int = 512, end_tokens: int = 1, **kwargs):
        self.encoder = dict(encoder or {})
        self.max_tokens = max_tokens
        self.end_tokens = end_tokens
        super().__init__(**kwargs)


class PrivatuneForSequenceClassification(PreTrainedModel):
    config_class = PrivatuneConfig
    base_model_prefix = "privatune"
    main_input_name = "input_ids"

    def __init__(self, config: PrivatuneConfig):
        super().__init__(config)
        settings = dict(config.encoder)
        self.encoder = AutoModel.from_config(AutoConfig.for_model(settings.pop("model_type"), **settings))
        self.classifier = nn.Linear(self.encoder.config.hidden_size, config.num_labels)
        self.post_init()

    def forward(self, input_ids: torch.Tensor, attention_mask: torch.Tensor | None = None, labels: torch.Tensor | None = None, **_ignored) -> SequenceClassifierOutput:
        if attention_mask is None:
            attention_mask = torch.ones_like(input_ids)
        input_ids, attention_mask = truncate(input_ids, attention_mask, self.config.max_tokens, self.config.end_tokens)
        logits = self.classifier(sentence_embedding(self.encoder, input_ids, attention_mask))
        loss = nn.functional.cross_entropy(logits, labels) if labels is not None else None
        return SequenceClassifierOutput(loss=loss, logits=logits)


PrivatuneConfig.register_for_auto_class()
PrivatuneForSequenceClassification.register_for_auto_class("AutoModelForSequenceClassification")
