"""FedAvg with server momentum (Flower's FedAvgM) over the trainable parameters,
weighted by each client's released (noisy) example count, that records every client's numeric metrics and leaves out
clients that declined to train. An array that no client changed (the adapters in an
LP-FT probe round) stays bit-identical: a weighted average of equal arrays is not
always equal to them in floating point, and the sites key cached embeddings by it."""

from __future__ import annotations

from collections.abc import Iterable

import numpy as np
from flwr.app import Array, ArrayRecord, Message, MetricRecord
from flwr.serverapp.strategy import FedAvg, FedAvgM

from server.run_record import RunRecord


class PrivateFedAvg(FedAvgM):
    def __init__(self, record: RunRecord, round_offset: int = 0, prototype_head=None, **kwargs):
        """`round_offset` K: a run resumed after round K numbers its rounds K+1, K+2, ...
        `prototype_head(arrays) -> arrays`: round 1 was a DP prototype release (head-init
        dp-prototypes); its plain average is turned into the cosine-prototype head, and the
        server momentum starts after it (the jump to the prototypes is not a direction)."""
        super().__init__(fraction_evaluate=0.0, train_metrics_aggr_fn=_mean_loss, **kwargs)
        self.record, self.round_offset, self.prototype_head = record, round_offset, prototype_head

    def configure_train(self, server_round: int, arrays: ArrayRecord, config, grid) -> Iterable[Message]:
        return super().configure_train(server_round + self.round_offset, arrays, config, grid)

    def aggregate_train(self, server_round: int, replies: Iterable[Message]) -> tuple[ArrayRecord | None, MetricRecord | None]:
        server_round += self.round_offset
        replies = list(replies)
        trained = []
        for msg in replies:
            if msg.has_error():
                self.record.client_failed(server_round, msg.metadata.src_node_id, msg.error.reason)
                continue
            metrics = dict(msg.content["metrics"])
            privacy = dict(msg.content["privacy"]) if "privacy" in msg.content else {}
            self.record.client_reply(server_round, msg.metadata.src_node_id, metrics, privacy)
            if not metrics.get("declined"):
                trained.append(msg)
        if not trained:
            # Everyone declined: the global model and the server momentum stay as they are.
            return None, None
        if server_round == 1 and self.prototype_head is not None:
            averaged, metrics = FedAvg.aggregate_train(self, server_round, trained)
            self.current_arrays, self.momentum_vector = self.prototype_head(averaged), None
            return self.current_arrays, metrics
        before, momentum = self.current_arrays, self.momentum_vector
        untouched = _untouched(before, trained)
        arrays, metrics = super().aggregate_train(server_round, trained)
        if arrays is not None and untouched:
            arrays = self._keep_untouched(arrays, before, momentum, untouched)
        return arrays, metrics

    def _keep_untouched(self, arrays: ArrayRecord, before: ArrayRecord, momentum, untouched: set[str]) -> ArrayRecord:
        """FedAvgM's step for arrays no client changed: a zero pseudo-gradient, so the
        array moves by the server momentum alone (not at all while that is zero)."""
        for index, key in enumerate(before.keys()):
            if key not in untouched:
                continue
            old = before[key].numpy()
            velocity = np.zeros_like(old) if momentum is None else self.server_momentum * momentum[index]
            if self.momentum_vector is not None:
                self.momentum_vector[index] = velocity
            arrays[key] = Array(np.asarray(old - self.server_learning_rate * velocity))  # old itself when velocity is 0
        self.current_arrays = arrays
        return arrays


def _untouched(before: ArrayRecord | None, replies: list[Message]) -> set[str]:
    """The keys whose array every reply sent back exactly as the server sent it."""
    if before is None:
        return set()
    sent = {key: before[key].numpy() for key in before.keys()}
    for msg in replies:
        returned = msg.content["arrays"]
        sent = {key: value for key, value in sent.items()
                if key in returned and np.array_equal(returned[key].numpy(), value)}
    return set(sent)


def _mean_loss(contents, weight_key: str) -> MetricRecord:
    """The weighted mean training loss of the clients that chose to share theirs (a site
    keeps its loss by default: it is outside the DP guarantee)."""
    result = {weight_key: int(sum(float(c["metrics"][weight_key]) for c in contents))}
    shared = [c["metrics"] for c in contents if "train-loss" in c["metrics"]]
    total = sum(float(m[weight_key]) for m in shared)
    if total > 0:
        result["train-loss"] = sum(float(m[weight_key]) * float(m["train-loss"]) for m in shared) / total
    return MetricRecord(result)
