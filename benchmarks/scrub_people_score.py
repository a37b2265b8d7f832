"""Scoring shared by the people dev sets (``scrub_people16_dev``,
``scrub_people17_dev``): whole-name and word survival by group, ordinary
words removed and control texts touched, with the misses and over-scrubbed
texts for ``--show-misses`` / ``--show-overscrub`` (dev halves only)."""

from __future__ import annotations

import re
from collections import defaultdict

_WORD = re.compile(r"\w+")


def score(samples, predictions, groups):
    """``groups(sample, span)`` gives the keys a label counts under and the
    group its miss is shown under."""
    from scrub_chat_eval import marked

    whole = defaultdict(lambda: [0, 0])
    words, ordinary, controls = [0, 0], [0, 0], [0, 0]
    misses, over = [], []
    for sample, spans in zip(samples, predictions):
        text = sample["text"]
        mask = marked(text, spans)
        gold = marked(text, [(s["start"], s["end"]) for s in sample["spans"]])
        for s in sample["spans"]:
            survived = not any(mask[s["start"]:s["end"]])
            keys, group = groups(sample, s)
            for key in keys:
                whole[key][0] += survived
                whole[key][1] += 1
            if survived:
                misses.append((group, text[s["start"]:s["end"]], text))
            for w in _WORD.finditer(text, s["start"], s["end"]):
                words[0] += not all(mask[w.start():w.end()])
                words[1] += 1
        removed = []
        for w in _WORD.finditer(text):
            if not any(gold[w.start():w.end()]):
                hit = any(mask[w.start():w.end()])
                ordinary[0] += hit
                ordinary[1] += 1
                if hit:
                    removed.append(w.group())
        if sample["control"]:
            controls[0] += bool(removed)
            controls[1] += 1
        if removed:
            over.append((removed, text))
    pct = lambda a: round(100 * a[0] / max(a[1], 1), 1)  # noqa: E731
    return {
        "whole_survival_pct": {k: pct(v) for k, v in sorted(whole.items())},
        "counts": {k: v[1] for k, v in sorted(whole.items())},
        "identifying_words_survival_pct": pct(words),
        "ordinary_words_removed_pct": pct(ordinary),
        "control_texts_touched_pct": pct(controls),
    }, misses, over
