"""Local fine-tuning under DP-SGD with Opacus.

Privacy-relevant parameters, where they are used:
- `noise_multiplier` (sigma): Gaussian noise std is sigma * max_grad_norm per step.
- `max_grad_norm` (C): each example's gradient is clipped to this L2 norm.
- `sample_rate` (q): Poisson sampling, each example joins each step with probability q
  = 1 / ceil(n / batch_size) (Opacus's DPDataLoader); batches vary in size.
- `steps`: optimizer steps this round; the ledger composes all of them.
"""

from __future__ import annotations

import math
from contextlib import nullcontext
from dataclasses import dataclass

import torch
from opacus import PrivacyEngine
from opacus.utils.batch_memory_manager import BatchMemoryManager
from torch import nn
from torch.utils.data import DataLoader, TensorDataset

from common.config import RunConfig
from common.model import TextClassifier, embed_texts, tokenize


@dataclass(frozen=True)
class RoundPlan:
    """What one round of local training will do, known before it starts (for accounting)."""

    sample_rate: float
    steps: int


@dataclass(frozen=True)
class LocalResult:
    loss: float
    steps: int


def plan_round(num_examples: int, cfg: RunConfig) -> RoundPlan:
    if num_examples < cfg.batch_size:
        raise ValueError(
            f"this client has {num_examples} examples, fewer than one batch (batch-size {cfg.batch_size}); "
            "lower batch-size or num-clients"
        )
    batches_per_epoch = math.ceil(num_examples / cfg.batch_size)
    return RoundPlan(sample_rate=1 / batches_per_epoch, steps=max(1, round(cfg.local_epochs * batches_per_epoch)))


def training_inputs(model: TextClassifier, tokenizer, texts: list[str], cfg: RunConfig, device: torch.device) -> tuple[torch.Tensor, ...]:
    """Head-only training reads fixed sentence embeddings (the encoder is frozen), so
    they are computed once; the DP-SGD steps then cost almost nothing."""
    if cfg.train_mode == "head":
        return (embed_texts(model, tokenizer, texts, cfg.max_length, device),)
    return tokenize(tokenizer, texts, cfg.max_length)


def train_local(
    model: TextClassifier,
    inputs: tuple[torch.Tensor, ...],
    labels: torch.Tensor,
    cfg: RunConfig,
    plan: RoundPlan,
    noise_multiplier: float | None,
    device: torch.device,
) -> LocalResult:
    """Runs `plan.steps` optimizer steps; DP-SGD when `noise_multiplier` is not None."""
    module: nn.Module = model.head if cfg.train_mode == "head" else model
    module.to(device).train()  # Opacus needs train mode before make_private
    params = [p for p in module.parameters() if p.requires_grad]
    optimizer = (torch.optim.Adam if cfg.optimizer == "adam" else torch.optim.SGD)(params, lr=cfg.learning_rate)
    loader = DataLoader(TensorDataset(*inputs, labels), batch_size=cfg.batch_size, shuffle=True,
                        generator=torch.Generator().manual_seed(cfg.seed))

    if noise_multiplier is not None:
        engine = PrivacyEngine(accountant=cfg.accountant, secure_mode=False)
        module, optimizer, loader = engine.make_private(
            module=module, optimizer=optimizer, data_loader=loader,
            noise_multiplier=noise_multiplier, max_grad_norm=cfg.max_grad_norm,
            poisson_sampling=True,
        )
    loss_fn = nn.CrossEntropyLoss()
    losses, steps = [], 0
    while steps < plan.steps:
        if noise_multiplier is not None and cfg.train_mode != "head":
            context = BatchMemoryManager(data_loader=loader, max_physical_batch_size=cfg.physical_batch_size, optimizer=optimizer)
        else:
            context = nullcontext(loader)
        with context as batches:
            for *batch_inputs, batch_labels in batches:
                batch_inputs = [t.to(device) for t in batch_inputs]
                logits = module(*batch_inputs)
                loss = loss_fn(logits, batch_labels.to(device)) if len(batch_labels) else logits.sum() * 0.0
                optimizer.zero_grad(set_to_none=True)
                loss.backward()
                optimizer.step()
                # With BatchMemoryManager a logical step spans several physical batches.
                if not getattr(optimizer, "_is_last_step_skipped", False):
                    steps += 1
                    if len(batch_labels):
                        losses.append(loss.item())
                if steps >= plan.steps:
                    break
    if noise_multiplier is not None:
        # Detach Opacus's hooks so the model can be read and reused.
        module._close()
    return LocalResult(loss=sum(losses) / max(1, len(losses)), steps=steps)
