"""lora/full batches are padded to their own longest text, not to max-length
(client/train.py, `trim_padding`). Prove it changes nothing but the work: the same
logits as max-length padding, and a DP-LoRA update through Opacus's Poisson loader and
BatchMemoryManager that is still the sum of each example's own clipped gradient."""

import copy

import torch
from torch import nn

from client.train import RoundPlan, train_local, trim_padding
from common.config import RunConfig
from common.data import demo_corpus, label_names
from common.model import build_model, tokenize

TEXTS = [
    "card lost",
    "I was charged twice for the same coffee this morning, can you refund one of them please?",
    "where is my transfer",
    "The app will not let me top up with my new card although it worked last week.",
]


def lora_model(seed: int = 0):
    train, _ = demo_corpus(40, seed=seed)
    labels = label_names(train)
    model, tokenizer = build_model("all-MiniLM-L6-v2", len(labels), "lora", 4, seed=0)
    with torch.no_grad():  # LoRA B starts at zero; give it values so A's gradients are non-zero too
        for name, param in model.named_parameters():
            if "lora_B" in name:
                param.normal_(0, 0.02)
    for module in model.modules():  # dropout off: identical forward passes
        if isinstance(module, nn.Dropout):
            module.p = 0.0
    return model, tokenizer, labels


def test_trimmed_batches_give_the_logits_of_max_length_padding():
    model, tokenizer, _ = lora_model()
    ids, mask = tokenize(tokenizer, TEXTS, 64)
    targets = torch.arange(len(TEXTS))
    model.eval()
    with torch.no_grad():
        reference = model(ids, mask)
        for pair in ([0, 2], [1, 3], [0, 1, 2, 3]):  # a short batch, a long one, all
            short_ids, short_mask, short_targets = trim_padding([(ids[i], mask[i], targets[i]) for i in pair])
            longest = int(mask[pair].sum(1).max())
            assert short_ids.shape == (len(pair), longest) and longest < 64
            assert torch.equal(short_targets, targets[pair])
            torch.testing.assert_close(model(short_ids, short_mask), reference[pair], atol=2e-5, rtol=1e-4)


def test_an_all_padding_free_batch_is_left_whole():
    ids = torch.ones(3, 8, dtype=torch.long)
    mask = torch.ones(3, 8, dtype=torch.long)
    out_ids, out_mask, _ = trim_padding([(ids[i], mask[i], torch.tensor(i)) for i in range(3)])
    assert out_ids.shape == (3, 8) and out_mask.shape == (3, 8)


def test_dp_lora_update_with_trimmed_physical_batches_is_the_clipped_per_example_gradient():
    n = 4
    model, tokenizer, labels = lora_model()
    ids, mask = tokenize(tokenizer, TEXTS, 64)
    targets = torch.tensor([0, 1, 2, 3]) % len(labels)
    reference = copy.deepcopy(model).train()
    params = {name: p for name, p in reference.named_parameters() if p.requires_grad}
    grads, norms = [], []
    for i in range(n):  # each example's own gradient at max-length padding, by plain autograd
        reference.zero_grad()
        nn.functional.cross_entropy(reference(ids[i:i + 1], mask[i:i + 1]), targets[i:i + 1]).backward()
        grads.append({name: p.grad.clone() for name, p in params.items()})
        norms.append(torch.sqrt(sum(g.pow(2).sum() for g in grads[-1].values())))
    clip = float(torch.stack(norms).median())
    factors = [min(1.0, clip / (float(norm) + 1e-6)) for norm in norms]
    assert min(factors) < 1.0 and max(factors) == 1.0

    # Sampling rate 1: every example in the one logical batch; physical batches of 2
    # (BatchMemoryManager) are trimmed each to its own longest text.
    cfg = RunConfig(train_mode="lora", lora_rank=4, batch_size=n, physical_batch_size=2, max_length=64, optimizer="sgd",
                    learning_rate=1.0, max_grad_norm=clip, rounds=1)
    before = {name: p.detach().clone() for name, p in model.named_parameters() if p.requires_grad}
    result = train_local(model, (ids, mask), targets, cfg, RoundPlan(sample_rate=1.0, steps=1), 0.0, torch.device("cpu"))
    assert result.steps == 1
    for name, p in model.named_parameters():
        if name in before:
            expected = sum(f * g[name] for f, g in zip(factors, grads)) / n
            torch.testing.assert_close(before[name] - p.detach(), expected, atol=2e-6, rtol=1e-3, msg=name)
