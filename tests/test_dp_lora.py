"""DP with PEFT LoRA can fail silently (opacus issue 820). Prove ours does not:
Opacus's per-example gradients of every LoRA and head parameter equal the gradients
of each example computed on its own, and the clipped gradients reach every adapter."""

import torch
from opacus import GradSampleModule
from torch import nn

from client.train import RoundPlan, train_local
from common.config import RunConfig
from common.data import demo_corpus, encode_labels, label_names
from common.model import build_model, tokenize


def test_opacus_per_example_gradients_of_lora_are_exact():
    train, _ = demo_corpus(60, seed=1)
    labels = label_names(train)
    model, tokenizer = build_model("all-MiniLM-L6-v2", len(labels), "lora", 4, seed=0)
    with torch.no_grad():  # LoRA B starts at zero; give it values so A's gradients are non-zero too
        for name, param in model.named_parameters():
            if "lora_B" in name:
                param.normal_(0, 0.02)
    model.train()
    for module in model.modules():  # identical forward passes for the batch and each example
        if isinstance(module, nn.Dropout):
            module.p = 0.0
    ids, mask = tokenize(tokenizer, train.texts[:4], 24)
    targets = torch.tensor(encode_labels(train.labels[:4], labels, "test"))
    trainable = {n: p for n, p in model.named_parameters() if p.requires_grad}
    assert any("lora_A" in n for n in trainable) and any("lora_B" in n for n in trainable)

    expected = []
    for i in range(4):
        model.zero_grad()
        nn.functional.cross_entropy(model(ids[i:i + 1], mask[i:i + 1]), targets[i:i + 1], reduction="sum").backward()
        expected.append({n: p.grad.clone() for n, p in trainable.items()})
    model.zero_grad()

    wrapped = GradSampleModule(model, loss_reduction="sum")
    nn.functional.cross_entropy(wrapped(ids, mask), targets, reduction="sum").backward()
    for name, param in trainable.items():
        assert param.grad_sample is not None, f"no per-example gradient for {name}"
        for i in range(4):
            torch.testing.assert_close(param.grad_sample[i], expected[i][name], atol=1e-5, rtol=1e-4)
    wrapped._close()


def test_dp_lora_gradients_reach_the_adapters_through_opacus():
    # Noise 0: only the clipped per-example gradients can move the weights, so an adapter
    # that Opacus silently left without gradients (opacus issue 820) would stay put.
    # (Under noise, noise alone would move them: that check could not fail.)
    # 32 texts (of the same corpus) at rate 0.25: Poisson batches of about 8, each split into
    # physical batches of 4 as 128 texts' batches of 32 were into 16s. The claim (every adapter
    # receives a gradient) does not depend on the size; DP-LoRA's time is per example (128
    # texts took 53 s, 32 texts 9 s). All four batches empty: 0.75^128, about 1e-16.
    train, _ = demo_corpus(128, seed=2)
    labels = label_names(train)
    cfg = RunConfig(train_mode="lora", lora_rank=4, batch_size=8, physical_batch_size=4, max_length=24,
                    learning_rate=0.01, rounds=1)
    model, tokenizer = build_model(cfg.model, len(labels), "lora", 4, seed=0)
    before = {n: p.detach().clone() for n, p in model.named_parameters() if "lora_B" in n}
    inputs = tokenize(tokenizer, train.texts[:32], cfg.max_length)
    targets = torch.tensor(encode_labels(train.labels[:32], labels, "test"))
    result = train_local(model, inputs, targets, cfg, RoundPlan(sample_rate=0.25, steps=4), 0.0, torch.device("cpu"))
    assert result.steps == 4
    for name, param in model.named_parameters():
        if name in before:
            assert not torch.equal(param, before[name]), f"{name} received no gradient"
            assert torch.isfinite(param).all()
