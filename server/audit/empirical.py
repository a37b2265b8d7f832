"""The empirical audit, from the canaries `simulate --audit` injected (see
simulations/audit_canaries.py): the one-run lower bound on epsilon, a loss-based
membership-inference attack, and the identifier canaries through the scrubber.

Each membership canary is scored by how much the global model's loss on it fell from the
initial model to the final one. The guesses are fixed before the run: the k highest
scores are guessed members, the k lowest non-members (r = 2k guesses)."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import torch
from sklearn.metrics import roc_auc_score, roc_curve

from server.audit.bounds import clopper_pearson, one_run_ceiling, one_run_lower_bound, one_sided_upper, upper_bound_none_seen


def canary_record(run_dir: Path) -> dict | None:
    path = run_dir.parent / f"{run_dir.name}.audit" / "canaries.json"
    return json.loads(path.read_text()) if path.is_file() else None


def empirical_audit(record: dict, initial_loss: np.ndarray, final_loss: np.ndarray, delta: float, scrub) -> dict:
    """`initial_loss`/`final_loss`: each membership canary's loss under the initial and
    the final global model; `scrub`: texts -> scrubbed texts, the clients' scrubber."""
    member = np.array([c["member"] for c in record["membership"]], dtype=bool)
    scores = np.asarray(initial_loss) - np.asarray(final_loss)
    return {
        "one-run": one_run_audit(scores, member, int(record["guesses-per-side"]), delta),
        "membership-inference": membership_inference(scores, member),
        "identifiers": identifier_canaries(record["identifiers"], scrub),
    }


def one_run_audit(scores: np.ndarray, member: np.ndarray, k: int, delta: float) -> dict:
    m = len(scores)
    order = np.argsort(scores, kind="stable")
    top, bottom = order[-k:], order[:k]
    correct = int(member[top].sum() + (~member[bottom]).sum())
    r = 2 * k
    return {"canaries": m, "included": int(member.sum()), "guesses": r, "correct": correct, "delta": delta,
            "confidence": 0.95, "lower-bound": one_run_lower_bound(m, r, correct, delta),
            "ceiling": one_run_ceiling(m, r, delta)}


def membership_inference(scores: np.ndarray, member: np.ndarray) -> dict:
    """Loss-based attack relative to the initial model: members (included canaries)
    against non-members (held-out canaries)."""
    positives, negatives = int(member.sum()), int((~member).sum())
    result = {"members": positives, "non-members": negatives, "score": "loss(initial) - loss(final)"}
    if positives == 0 or negatives == 0:
        return result | {"auc": None, "tpr-at-fpr": []}
    result["auc"] = float(roc_auc_score(member, scores))
    result["tpr-at-fpr"] = []
    for fpr in (0.05, 0.01, 0.001):
        allowed = int(np.floor(fpr * negatives))
        if allowed < 1:  # too few non-members to resolve this rate
            continue
        threshold = np.sort(scores[~member])[::-1][allowed]  # at most `allowed` non-members above it
        hits = int((scores[member] > threshold).sum())
        low, high = clopper_pearson(hits, positives)
        result["tpr-at-fpr"].append({"fpr": fpr, "tpr": hits / positives, "low": low, "high": high,
                                     "false-positives-allowed": allowed})
    fpr_curve, tpr_curve, _ = roc_curve(member, scores)
    result["roc"] = {"fpr": fpr_curve.tolist(), "tpr": tpr_curve.tolist()}
    return result


def identifier_canaries(identifiers: list[dict], scrub) -> dict:
    scrubbed = scrub([i["text"] for i in identifiers])
    survived = sum(1 for item, text in zip(identifiers, scrubbed) if item["value"] in text)
    n = len(identifiers)
    by_type = {}
    for item, text in zip(identifiers, scrubbed):
        entry = by_type.setdefault(item["type"], {"injected": 0, "survived": 0})
        entry["injected"] += 1
        entry["survived"] += int(item["value"] in text)
    upper = upper_bound_none_seen(n) if survived == 0 else one_sided_upper(survived, n)
    return {"injected": n, "survived": survived, "survival-upper-95": upper, "by-type": by_type}


def loss_function(model, tokenizer, labels: list[str], cfg, device):
    """texts, label names -> per-text cross-entropy under the model as it is now."""
    from common.model import embed_texts

    index = {label: i for i, label in enumerate(labels)}

    @torch.no_grad()
    def losses(texts: list[str], names: list[str]) -> np.ndarray:
        model.eval().to(device)
        logits = model.head(embed_texts(model, tokenizer, texts, cfg.max_length, device).to(device))
        targets = torch.tensor([index[n] for n in names], device=device)
        return torch.nn.functional.cross_entropy(logits.float(), targets, reduction="none").cpu().numpy()

    return losses
