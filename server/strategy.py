"""FedAvg with server momentum (Flower's FedAvgM) over the trainable parameters,
weighted by examples, that records every client's numeric metrics and leaves out
clients that declined to train."""

from __future__ import annotations

from collections.abc import Iterable

from flwr.app import ArrayRecord, Message, MetricRecord
from flwr.serverapp.strategy import FedAvgM

from server.run_record import RunRecord


class PrivateFedAvg(FedAvgM):
    def __init__(self, record: RunRecord, **kwargs):
        super().__init__(fraction_evaluate=0.0, train_metrics_aggr_fn=_mean_loss, **kwargs)
        self.record = record

    def aggregate_train(self, server_round: int, replies: Iterable[Message]) -> tuple[ArrayRecord | None, MetricRecord | None]:
        replies = list(replies)
        trained = []
        for msg in replies:
            if msg.has_error():
                self.record.client_failed(server_round, msg.metadata.src_node_id, msg.error.reason)
                continue
            metrics = dict(msg.content["metrics"])
            self.record.client_reply(server_round, msg.metadata.src_node_id, metrics)
            if not metrics.get("declined"):
                trained.append(msg)
        if not trained:
            # Everyone declined: the global model and the server momentum stay as they are.
            return None, None
        return super().aggregate_train(server_round, trained)


def _mean_loss(contents, weight_key: str) -> MetricRecord:
    weights = [float(c["metrics"][weight_key]) for c in contents]
    losses = [float(c["metrics"]["train-loss"]) for c in contents]
    total = sum(weights) or 1.0
    return MetricRecord({"train-loss": sum(w * l for w, l in zip(weights, losses)) / total, weight_key: int(total)})
