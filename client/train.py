"""Local fine-tuning under DP-SGD with Opacus.

Privacy-relevant parameters, where they are used:
- `noise_multiplier` (sigma): Gaussian noise std is sigma * max_grad_norm per step.
- `max_grad_norm` (C): each example's gradient is clipped to this L2 norm.
- `sample_rate` (q): Poisson sampling, each example joins each step with probability q
  = batch_size / the site's noisy example count (Opacus's DPDataLoader); batches vary in size.
- `expected_batch_size`: q times the noisy count; Opacus divides the noisy sum by it, so
  it must not depend on the exact count either.
- `steps`: optimizer steps this round; the ledger composes all of them.
- Randomness: Poisson masks and noise draw from generators seeded with fresh OS entropy in
  every call (`common.privacy.fresh_generator`), or from torchcsprng through Opacus's
  secure mode where it is installed; never from the run seed (`noise_rng()` says which).

How Opacus bounds each example's contribution (`grad_sample_mode`; same privacy either way):
- "hooks" (head, lora): per-example gradients, clipped, then summed. Cheap when few
  parameters train.
- "ghost" (full): ghost clipping. A first backward pass yields each example's gradient
  norm without materialising per-example gradients; a second one, through the loss
  reweighted by min(1, C / norm), yields the sum of clipped gradients. For 10.9 M
  parameters this is faster and far smaller in memory than per-example gradients
  (docs/benchmarks.md, section 1).
"""

from __future__ import annotations

import importlib.util
import math
from contextlib import nullcontext
from dataclasses import dataclass

import torch
from opacus import PrivacyEngine
from opacus.data_loader import DPDataLoader
from opacus.utils.batch_memory_manager import BatchMemoryManager
from torch import nn
from torch.utils.data import DataLoader, TensorDataset, default_collate

from common.config import RunConfig
from common.model import TextClassifier, embed_texts, tokenize
from common.privacy import fresh_generator


@dataclass(frozen=True)
class RoundPlan:
    """What one round of local training will do, known before it starts (for accounting)."""

    sample_rate: float
    steps: int
    # Opacus divides the noisy sum of clipped gradients by this. None: sample_rate times
    # the examples given (exact; tests and benchmarks only, never a site's release).
    expected_batch_size: float | None = None
    mechanism: str = "dp-sgd"  # or "prototypes": one Gaussian release of per-class embedding sums


@dataclass(frozen=True)
class LocalResult:
    loss: float
    steps: int


def plan_round(count: int, cfg: RunConfig) -> RoundPlan:
    """The round's Poisson sampling rate and steps for a client of `count` examples (a
    site passes its released noisy count, so nothing here depends on the exact one)."""
    if cfg.sample_rate is None and count < cfg.batch_size:
        raise ValueError(f"this client holds fewer examples than one batch (batch-size {cfg.batch_size}); lower batch-size or num-clients")
    rate = cfg.sample_rate or min(1.0, cfg.batch_size / count)
    return RoundPlan(sample_rate=rate, steps=max(1, round(cfg.local_epochs / rate)), expected_batch_size=rate * count)


def noise_rng() -> str:
    """Which generator draws the DP noise and Poisson masks on this site."""
    if importlib.util.find_spec("torchcsprng") is not None:
        return "torchcsprng from /dev/urandom (Opacus secure mode)"
    return "torch generator seeded with 64 bits from os.urandom per round (not a CSPRNG; install torchcsprng for one)"


def training_inputs(model: TextClassifier, tokenizer, texts: list[str], cfg: RunConfig, device: torch.device,
                    probe: bool = False) -> tuple[torch.Tensor, ...]:
    """Head-only training (train-mode head, or a probe round of lora/full) reads fixed
    sentence embeddings of the encoder as it is now, computed once; the DP-SGD steps then
    cost almost nothing. lora/full read token ids padded to max-length; `train_local`
    cuts each batch to its longest text. Token ids do not depend on the weights the
    server sends; a probe round's embeddings depend on the encoder's (client_app caches them by its digest)."""
    if cfg.train_mode == "head" or probe:
        return (embed_texts(model, tokenizer, texts, cfg.max_length, device),)
    return tokenize(tokenizer, texts, cfg.max_length)


def is_probe_round(cfg: RunConfig, server_round: int) -> bool:
    """LP-FT: lora/full train only the head in the first `probe-rounds` rounds."""
    return cfg.train_mode != "head" and server_round <= cfg.probe_rounds


def train_local(
    model: TextClassifier,
    inputs: tuple[torch.Tensor, ...],
    labels: torch.Tensor,
    cfg: RunConfig,
    plan: RoundPlan,
    noise_multiplier: float | None,
    device: torch.device,
    dynamic_padding: bool = True,
    probe: bool = False,
) -> LocalResult:
    """Runs `plan.steps` optimizer steps; DP-SGD when `noise_multiplier` is not None.
    lora/full: each (physical) batch is padded only to its own longest text
    (`dynamic_padding=False` keeps max-length, for the benchmark that compares them).
    `probe` (a probe round of lora/full, LP-FT): `inputs` are the encoder's embeddings
    (`training_inputs(probe=True)`) and only the head trains, with probe-optimizer and
    probe-learning-rate; the adapters (or encoder) are left exactly as they came. The
    sampling, clipping and noise are those of any round: the same ledger entry."""
    head_only = probe or cfg.train_mode == "head"
    module: nn.Module = model.head if head_only else model
    module.to(device).train()  # Opacus needs train mode before make_private
    if probe:
        kind, rate = cfg.probe_optimizer or cfg.optimizer, cfg.probe_learning_rate or cfg.learning_rate
        groups = [{"params": [p for p in module.parameters() if p.requires_grad], "lr": rate}]
    else:
        kind = cfg.optimizer
        groups = parameter_groups(model, cfg) if not head_only else [
            {"params": [p for p in module.parameters() if p.requires_grad], "lr": cfg.learning_rate}]
    params = [p for group in groups for p in group["params"]]
    optimizer = (torch.optim.Adam if kind == "adam" else torch.optim.SGD)(groups)
    dataset = TensorDataset(*inputs, labels)
    # Opacus's DPDataLoader keeps this collate function, and BatchMemoryManager splits
    # the sampled indices before collation: every physical batch is cut on its own.
    collate = trim_padding if dynamic_padding and not head_only else None
    loss_fn = nn.CrossEntropyLoss()
    ghost = cfg.train_mode == "full" and not head_only  # see the module docstring
    if noise_multiplier is None:  # not private: reproducible from the run seed
        loader = DataLoader(dataset, batch_size=cfg.batch_size, shuffle=True, collate_fn=collate,
                            generator=torch.Generator().manual_seed(cfg.seed))
    else:
        secure = importlib.util.find_spec("torchcsprng") is not None
        engine = PrivacyEngine(accountant="rdp", secure_mode=secure)  # its accountant is unused: the ledger accounts
        # Poisson sampling at the plan's rate (not Opacus's 1/len(loader), which reads the exact count).
        loader = DPDataLoader(dataset, sample_rate=plan.sample_rate, collate_fn=collate,
                              generator=None if secure else fresh_generator())
        made = engine.make_private(
            module=module, optimizer=optimizer, data_loader=loader, criterion=loss_fn,
            noise_multiplier=noise_multiplier, max_grad_norm=cfg.max_grad_norm,
            poisson_sampling=False,  # the loader above already samples
            noise_generator=None if secure else fresh_generator(device),
            grad_sample_mode="ghost" if ghost else "hooks",
        )
        if ghost:  # the returned criterion's loss.backward() runs both backward passes
            module, optimizer, loss_fn, loader = made
        else:
            module, optimizer, loader = made
        optimizer.expected_batch_size = plan.expected_batch_size or plan.sample_rate * len(dataset)
    losses, steps = [], 0
    while steps < plan.steps:
        if noise_multiplier is not None and not head_only:
            context = BatchMemoryManager(data_loader=loader, max_physical_batch_size=cfg.physical_batch_size, optimizer=optimizer)
        else:
            context = nullcontext(loader)
        with context as batches:
            for *batch_inputs, batch_labels in batches:
                optimizer.zero_grad(set_to_none=True)
                if len(batch_labels):
                    logits = module(*[t.to(device) for t in batch_inputs])
                    loss = loss_fn(logits, batch_labels.to(device))
                    loss.backward()
                else:
                    _empty_batch_gradients(params, ghost)
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


def parameter_groups(model: TextClassifier, cfg: RunConfig) -> list[dict]:
    """lora/full: the head at head-learning-rate, everything else that trains at learning-rate."""
    head = [p for p in model.head.parameters() if p.requires_grad]
    rest = [p for name, p in model.named_parameters() if p.requires_grad and not name.startswith("head.")]
    head_rate = cfg.head_learning_rate or cfg.learning_rate
    return [group for group in ({"params": rest, "lr": cfg.learning_rate}, {"params": head, "lr": head_rate}) if group["params"]]


def release_prototypes(
    model: TextClassifier,
    embeddings: torch.Tensor,
    labels: torch.Tensor,
    noise_multiplier: float,
    count: int,
    scale: float = 30.0,
    centre: torch.Tensor | None = None,
) -> LocalResult:
    """DP class prototypes (train-mode head; not yet a setting of the federation: see
    docs/benchmarks.md, "Small epsilon", for the wiring it needs): sets the head
    to this client's per-class sums of its unit-norm embeddings (centred on a public
    `centre` first, then re-normalised), plus N(0, sigma^2) on every entry of every class,
    also the classes this client does not hold.

    Privacy: adding or removing one example changes one class's sum by a unit vector, so
    the release has L2 sensitivity 1 and is one Gaussian mechanism with noise multiplier
    sigma: for the accountant, one entry (noise_multiplier=sigma, sample_rate=1.0,
    steps=1). Everything after the noise is post-processing.

    The head is W_k = s * labels * (sums + noise) / n_k and b_k = -W_k c: the server's
    FedAvg, weighted by examples, then holds s * labels * (sum over clients) / N, the
    prototype classifier W (x - c), linear in the releases, with no change to the server.
    The scale s sets the logits' size for the DP-SGD rounds after it. `count` divides the
    sums: a site passes its released noisy count, never its exact one (that would publish it)."""
    x = nn.functional.normalize(embeddings if centre is None else embeddings - centre, dim=-1)
    num_labels = model.head.out_features
    sums = torch.zeros(num_labels, x.shape[1]).index_add_(0, labels, x)
    noisy = sums + noise_multiplier * torch.randn(sums.shape, generator=fresh_generator())  # never the run seed
    weight = scale * num_labels * noisy / count
    with torch.no_grad():
        model.head.weight.copy_(weight)
        model.head.bias.copy_(-(weight @ centre) if centre is not None else torch.zeros(num_labels))
    return LocalResult(loss=math.nan, steps=1)


def trim_padding(examples: list[tuple[torch.Tensor, ...]]) -> tuple[torch.Tensor, ...]:
    """Collates (input_ids, attention_mask, label) examples padded to max-length and
    drops the trailing columns that are padding in every one of them (BERT tokenizers
    pad on the right; with left padding nothing is cut). Masked
    positions change no unmasked output of the encoder, nor the mean pooling, so the
    logits and gradients are those of the max-length batch (tests/test_padding.py);
    the work shrinks with the batch's longest text instead of max-length."""
    ids, mask, labels = default_collate(examples)
    if len(labels):
        used = mask.any(0).nonzero()
        length = int(used.max()) + 1 if len(used) else 1
        ids, mask = ids[:, :length].contiguous(), mask[:, :length].contiguous()
    return ids, mask, labels


def _empty_batch_gradients(params: list[nn.Parameter], ghost: bool) -> None:
    """Poisson sampling drew no example (only DP loaders do that). The sum of clipped
    gradients is then zero, but the step must still add noise: the accountant counts it.
    BERT cannot run a forward pass on zero rows, so hand Opacus what its hooks would have
    left after an empty batch; its optimizer then adds the noise and divides by the
    expected batch size as for any other step."""
    for p in params:
        if ghost:
            p.grad = torch.zeros_like(p)  # ghost: the (empty) sum of clipped gradients
        else:
            p.grad_sample = p.new_zeros((0, *p.shape))  # hooks: no per-example gradients
