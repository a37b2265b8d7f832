"""DP full fine-tuning runs Opacus ghost clipping (client/train.py). Prove that it computes
the DP-SGD update: the sum of each example's own gradient clipped to C, over the expected
batch size; that a Poisson batch with no example still adds noise; and that training moves
the encoder but never the frozen word embeddings."""

import copy

import pytest
import torch
from opacus.utils.uniform_sampler import UniformWithReplacementSampler
from torch import nn

from client.train import RoundPlan, train_local
from common.config import RunConfig
from common.data import demo_corpus, encode_labels, label_names
from common.model import build_model, tokenize

WORD_EMBEDDINGS = "encoder.embeddings.word_embeddings.weight"


def small_full(n: int, seed: int = 0):
    """MiniLM in train-mode full on n short texts, dropout off (identical forward passes)."""
    train, _ = demo_corpus(max(n, 40), seed=seed)
    labels = label_names(train)
    model, tokenizer = build_model("all-MiniLM-L6-v2", len(labels), "full", seed=0)
    for module in model.modules():
        if isinstance(module, nn.Dropout):
            module.p = 0.0
    inputs = tokenize(tokenizer, train.texts[:n], 16)
    targets = torch.tensor(encode_labels(train.labels[:n], labels, "test"))
    return model, inputs, targets


def trainable(model: nn.Module) -> dict[str, nn.Parameter]:
    return {n: p for n, p in model.named_parameters() if p.requires_grad}


def test_ghost_clipping_update_is_the_clipped_per_example_gradient():
    n = 4
    model, (ids, mask), targets = small_full(n)
    reference = copy.deepcopy(model).train()
    params = trainable(reference)
    grads, norms = [], []
    for i in range(n):  # each example's own gradient, by plain autograd
        reference.zero_grad()
        nn.functional.cross_entropy(reference(ids[i:i + 1], mask[i:i + 1]), targets[i:i + 1]).backward()
        grads.append({name: p.grad.clone() for name, p in params.items()})
        norms.append(torch.sqrt(sum(g.pow(2).sum() for g in grads[-1].values())))
    clip = float(torch.stack(norms).median())  # some examples are clipped, some are not
    factors = [min(1.0, clip / (float(norm) + 1e-6)) for norm in norms]
    assert min(factors) < 1.0 and max(factors) == 1.0

    # batch-size n: sampling rate 1, every example in the one logical batch; physical
    # batches of 2 also exercise the accumulation across physical batches.
    cfg = RunConfig(train_mode="full", batch_size=n, physical_batch_size=2, max_length=16, optimizer="sgd",
                    learning_rate=1.0, max_grad_norm=clip, rounds=1)
    before = {name: p.detach().clone() for name, p in trainable(model).items()}
    result = train_local(model, (ids, mask), targets, cfg, RoundPlan(sample_rate=1.0, steps=1), 0.0, torch.device("cpu"))
    assert result.steps == 1
    for name, p in trainable(model).items():
        expected = sum(f * g[name] for f, g in zip(factors, grads)) / n
        torch.testing.assert_close(before[name] - p.detach(), expected, atol=2e-6, rtol=1e-3, msg=name)


@pytest.mark.parametrize("mode", ["full", "lora"])
def test_an_empty_poisson_batch_still_adds_noise(monkeypatch, mode):
    # Every Poisson draw comes out empty: each step is noise alone.
    monkeypatch.setattr(UniformWithReplacementSampler, "__iter__", lambda self: iter([[]] * self.steps))
    n, sigma, clip = 4, 1.0, 0.5
    train, _ = demo_corpus(40, seed=0)
    labels = label_names(train)
    model, tokenizer = build_model("all-MiniLM-L6-v2", len(labels), mode, 4, seed=0)
    inputs = tokenize(tokenizer, train.texts[:n], 16)
    targets = torch.tensor(encode_labels(train.labels[:n], labels, "test"))
    cfg = RunConfig(train_mode=mode, batch_size=2, physical_batch_size=2, max_length=16, optimizer="sgd",
                    learning_rate=1.0, max_grad_norm=clip, lora_rank=4, rounds=1)
    before = {name: p.detach().clone() for name, p in trainable(model).items()}
    frozen = {name: p.detach().clone() for name, p in model.named_parameters() if not p.requires_grad}
    result = train_local(model, inputs, targets, cfg, RoundPlan(sample_rate=0.5, steps=1), sigma, torch.device("cpu"))
    assert result.steps == 1
    change = torch.cat([(p.detach() - before[name]).flatten() for name, p in trainable(model).items()])
    assert all(not torch.equal(p.detach(), before[name]) for name, p in trainable(model).items())
    # Opacus's step: noise of std sigma * C, divided by the expected batch size (2).
    assert abs(float(change.std()) / (sigma * clip / 2) - 1) < 0.05
    assert abs(float(change.mean())) < 0.05 * sigma * clip / 2
    for name, p in model.named_parameters():
        if name in frozen:
            assert torch.equal(p.detach(), frozen[name]), name


def test_dp_full_training_moves_the_encoder_not_the_word_embeddings():
    model, inputs, targets = small_full(16, seed=2)
    assert WORD_EMBEDDINGS not in trainable(model)
    words = dict(model.named_parameters())[WORD_EMBEDDINGS].detach().clone()
    before = {name: p.detach().clone() for name, p in trainable(model).items()}
    cfg = RunConfig(train_mode="full", batch_size=8, physical_batch_size=4, max_length=16, optimizer="sgd",
                    learning_rate=0.5, rounds=1)
    result = train_local(model, inputs, targets, cfg, RoundPlan(sample_rate=0.5, steps=3), 0.8, torch.device("cpu"))
    assert result.steps == 3 and result.loss > 0
    for name, p in trainable(model).items():
        assert not torch.equal(p.detach(), before[name]), f"{name} did not move"
    assert torch.equal(dict(model.named_parameters())[WORD_EMBEDDINGS].detach(), words)
    assert not any(hasattr(p, "_norm_sample") or hasattr(p, "grad_sample") for p in model.parameters())
