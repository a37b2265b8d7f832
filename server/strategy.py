"""FedAvg with server momentum (Flower's FedAvgM) over the trainable parameters,
weighted by each client's released (noisy) example count, that records every client's numeric metrics and leaves out
clients that declined to train."""

from __future__ import annotations

from collections.abc import Iterable

from flwr.app import ArrayRecord, Message, MetricRecord
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
        return super().aggregate_train(server_round, trained)


def _mean_loss(contents, weight_key: str) -> MetricRecord:
    """The weighted mean training loss of the clients that chose to share theirs (a site
    keeps its loss by default: it is outside the DP guarantee)."""
    result = {weight_key: int(sum(float(c["metrics"][weight_key]) for c in contents))}
    shared = [c["metrics"] for c in contents if "train-loss" in c["metrics"]]
    total = sum(float(m[weight_key]) for m in shared)
    if total > 0:
        result["train-loss"] = sum(float(m[weight_key]) * float(m["train-loss"]) for m in shared) / total
    return MetricRecord(result)
