"""spaCy's greedy NER decoding, the same entities, in a few numpy steps per token position.

spaCy's ``EntityRecognizer`` reads a text one token per step: a small network
scores the 74 moves (B/I/L/U per label, O) from three token features, the
moves that the BILUO rules forbid are masked out, and the best one is taken.
The network part is cheap; the loop was not. In spaCy 3.8's compiled wheels
each validity test of each move re-takes Python's GIL (``StateC.B_`` and
``entity_is_open``: 74 moves per token), and that loop was about 60 % of the
NER's time and a quarter of all the CPU of a long text (``perf``; see
``benchmarks/results/long15_*.json``).

Here the same decoding runs for every document of a batch at once, one step
per token position, with numpy: the same precomputed features (spaCy's own
``tok2vec`` and ``lower`` layers, on the same sub-batches), the same sums in
the same order, the same BLIS ``sgemm`` for the output layer (the row count
per step is the same, since finished documents drop out in order as in
spaCy's ``_parseC``), the same unseen-class rule, the same validity rules for
documents without preset entities, and the same first-best tie-break. The
entities are spaCy's; ``tests/test_scrub_greedy_ner.py`` checks them against
spaCy's own pipe. Anything this does not know (a beam, another state type,
preset entities) goes to spaCy's pipe unchanged.
"""

from __future__ import annotations

from itertools import islice

import numpy as np
from spacy.attrs import ENT_IOB, IS_SPACE, SENT_START
from spacy.tokens import Span

_MOVES = {"B": 1, "I": 2, "L": 3, "U": 4, "O": 5}
BEGIN, IN, LAST, UNIT, OUT = 1, 2, 3, 4, 5


class GreedyNer:
    """Decodes with ``ner``'s model; ``annotate(docs)`` sets ``doc.ents`` as
    ``ner.pipe(docs, batch_size=...)`` would."""

    def __init__(self, ner):
        self.ner = ner
        model = ner.model
        self.tok2vec, self.lower, self.upper = model.layers
        names = [ner.moves.get_class_name(i) for i in range(ner.moves.n_moves)]
        moves, labels = [], []
        for name in names:
            move, _, label = name.partition("-")
            moves.append(_MOVES.get(move, 0))  # "M" (missing): never valid
            labels.append(label)
        self.move = np.array(moves)
        self.labels = labels
        label_ids = {label: i for i, label in enumerate(sorted(set(labels) - {""}), start=1)}
        self.label = np.array([label_ids.get(label, 0) for label in labels])  # 0: no label
        self.n_classes = len(names)
        self.unseen = sorted(model.attrs.get("unseen_classes") or ())
        self.nF = self.lower.get_dim("nF")
        self.nO = self.lower.get_dim("nO")
        self.nP = self.lower.get_dim("nP") if self.lower.has_dim("nP") else 1

    @classmethod
    def supports(cls, ner) -> bool:
        """A greedy BILUO entity recognizer with spaCy's three-feature state and maxout hidden layer."""
        try:
            model = ner.model
            return (type(ner.moves).__name__ == "BiluoPushDown" and ner.cfg.get("beam_width", 1) == 1
                    and not list(getattr(ner, "postprocesses", []) or [])
                    and model.attrs.get("has_upper") and len(model.layers) == 3
                    and model.layers[1].get_dim("nF") == 3 and model.layers[1].has_dim("nP")
                    and model.layers[1].get_dim("nP") >= 2
                    and ner.moves.n_moves == len({ner.moves.get_class_name(i) for i in range(ner.moves.n_moves)}))
        except Exception:  # noqa: BLE001 (any other model: spaCy's own pipe)
            return False

    def pipe(self, docs, batch_size: int):
        """``Parser.pipe``: batches of ``batch_size``, each sorted by length
        into sub-batches of a quarter of that; yields the docs in order.
        Each sub-batch gets its own features, as in spaCy; a batch's
        sub-batches are then decoded together (the output layer's BLIS
        ``sgemm`` gives each row the same bits whatever the row count),
        unless the model has unseen classes, whose score is the batch's
        minimum."""
        docs = iter(docs)
        while batch := list(islice(docs, batch_size)):
            by_length = sorted(batch, key=len)
            sub = max(batch_size // 4, 2)
            groups = [by_length[k:k + sub] for k in range(0, len(by_length), sub)]
            for together in ([[g] for g in groups] if self.unseen else [groups]):
                self.annotate(together)
            yield from batch

    def annotate(self, groups) -> None:
        """Sets the entities of each sub-batch's docs in ``groups``."""
        plain = []
        for docs in groups:
            arrays = [doc.to_array([IS_SPACE, SENT_START, ENT_IOB]) for doc in docs]
            if any(len(a) and a[:, 2].any() for a in arrays):  # preset entities: spaCy's rules for them
                self.ner.set_annotations(docs, self.ner.predict(docs))
            elif not any(len(doc) for doc in docs):
                for doc in docs:
                    doc.set_ents([], default="outside")
            else:
                plain.append((docs, arrays))
        if not plain:
            return
        docs = [doc for group, _ in plain for doc in group]
        spans = self._decode(plain)
        for doc, found in zip(docs, spans):
            doc.set_ents([Span(doc, s, e, label=self.labels[c]) for s, e, c in found], default="outside")

    def _features(self, docs):
        """Each token's three feature vectors (pieces-major), padding at row 0."""
        tokvecs = self.tok2vec.predict(docs)
        cached = self.lower.predict(tokvecs)  # (tokens + 1, nF, nO, nP)
        return [np.ascontiguousarray(cached[:, f].transpose(0, 2, 1)).reshape(cached.shape[0], -1)
                for f in range(self.nF)]

    def _decode(self, plain):
        from blis.py import gemm

        nO, nP = self.nO, self.nP
        tables = [[] for _ in range(self.nF)]
        for k, (docs, _) in enumerate(plain):
            for f, table in enumerate(self._features(docs)):
                tables[f].append(table if k == 0 else table[1:])
        f0, f1, f2 = (np.concatenate(t) if len(t) > 1 else t[0] for t in tables)
        bias = np.ascontiguousarray(self.lower.get_param("b").reshape(nO, nP).T).reshape(-1)
        W = self.upper.get_param("W")
        b = self.upper.get_param("b")
        arrays = [a for _, group in plain for a in group]
        lengths = np.array([len(a) for a in arrays])
        offsets = np.concatenate([[0], np.cumsum(lengths)[:-1]])
        table = np.concatenate([a for a in arrays if len(a)])
        space = table[:, 0].astype(bool)
        # ``sent_start == 1`` of the next token (-1 reads as a large unsigned number)
        next_start = np.append(table[1:, 1].astype(np.int64) == 1, False)
        penalty = self._penalties()

        n_docs = len(arrays)
        opened = np.zeros(n_docs, dtype=bool)
        start = np.zeros(n_docs, dtype=np.int64)  # token of the open entity, in its doc
        open_label = np.zeros(n_docs, dtype=np.int64)
        found = [[] for _ in range(n_docs)]
        active = np.flatnonzero(lengths > 0)
        step = 0
        while active.size:
            token = offsets[active] + step
            is_open = opened[active]
            # spaCy's three features: the token, the open entity's first token, the token before
            first = np.where(is_open, offsets[active] + start[active] + 1, 0)
            before = np.where(is_open, token, 0)  # (token - 1) + 1
            summed = f0[token + 1] + f1[first]
            summed += f2[before]
            summed += bias
            hidden = (np.maximum(summed[:, :nO], summed[:, nO:]) if nP == 2
                      else summed.reshape(len(active), nP, nO).max(axis=1))
            scores = gemm(hidden, W, trans2=True, beta=0.0)
            scores += b
            if self.unseen:
                scores[:, self.unseen] = scores.min()
            last = lengths[active] == step + 1
            next_sent = next_start[token] & ~last
            code = np.where(is_open, 8 + (open_label[active] - 1) * 4 + last * 2 + next_sent,
                            last * 4 + next_sent * 2 + space[token])
            scores += penalty[code]
            guess = scores.argmax(axis=1)
            if np.isneginf(scores[np.arange(len(guess)), guess]).any():
                raise RuntimeError("no valid NER move")  # spaCy forces the state final; never seen
            moves = self.move[guess]

            begun = moves == BEGIN
            if begun.any():
                opened[active[begun]] = True
                start[active[begun]] = step
                open_label[active[begun]] = self.label[guess[begun]]
            for k in np.flatnonzero(moves == LAST):
                d = active[k]
                found[d].append((int(start[d]), step + 1, int(guess[k])))
                opened[d] = False
            for k in np.flatnonzero(moves == UNIT):
                found[active[k]].append((step, step + 1, int(guess[k])))
            step += 1
            active = active[lengths[active] > step]
        return found

    def _penalties(self):
        """0 for a valid move, -inf for one the BILUO rules forbid, by state:
        rows 0-7 a state with no open entity (last token, next token starts a
        sentence, token is whitespace); then 4 rows per label of the open
        entity (last token, next token starts a sentence). spaCy's
        ``ner.pyx`` ``is_valid`` rules, for documents without preset entities."""
        if getattr(self, "_penalty", None) is not None:
            return self._penalty
        move, label = self.move, self.label
        rows = []
        for last in (False, True):
            for next_sent in (False, True):
                for space in (False, True):
                    rows.append(
                        ((move == BEGIN) & (label != 0) & (not last) & (not next_sent) & (not space))
                        | ((move == UNIT) & (label != 0) & (not space))
                        | (move == OUT))
        for open_label in range(1, label.max() + 1):
            same = (label == open_label) & (label != 0)
            for last in (False, True):
                for next_sent in (False, True):
                    rows.append(((move == IN) & same & (not last) & (not next_sent)) | ((move == LAST) & same))
        self._penalty = np.where(np.array(rows), np.float32(0), np.float32(-np.inf)).astype(np.float32)
        return self._penalty
