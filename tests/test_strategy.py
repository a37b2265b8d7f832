"""The server's aggregation: Flower's FedAvgM over the replies of clients that trained."""

import numpy as np
import pytest
from flwr.app import Array, ArrayRecord, Message, Metadata, MetricRecord, RecordDict

from common.config import RunConfig
from server.run_record import RunRecord
from server.strategy import PrivateFedAvg


def reply(node_id: int, weight: float | None, examples: int = 10) -> Message:
    # The metadata the SuperLink gives a client's reply (no SuperLink runs in this test).
    metadata = Metadata(run_id=1, message_id=f"m{node_id}", src_node_id=node_id, dst_node_id=0, reply_to_message_id="",
                        group_id="", created_at=0.0, ttl=60.0, message_type="train")
    metrics = {"num-examples": examples, "partition-id": node_id, "declined": int(weight is None), "train-loss": 1.0}
    content = RecordDict({"metrics": MetricRecord(metrics)})
    if weight is not None:
        content["arrays"] = ArrayRecord([np.full(3, weight, dtype=np.float32)])
    return Message(content, metadata=metadata)


@pytest.fixture
def strategy(tmp_path):
    record = RunRecord(RunConfig(output_dir=str(tmp_path), run_name="run"), ["a", "b"])
    strategy = PrivateFedAvg(record, server_learning_rate=1.0, server_momentum=0.9)
    # What configure_train stores on the first round: the global model the clients start from.
    strategy.current_arrays = ArrayRecord([np.zeros(3, dtype=np.float32)])
    return strategy


def global_weight(arrays: ArrayRecord | None) -> float:
    return float(arrays.to_numpy_ndarrays()[0][0])


def test_server_momentum_carries_over_rounds_and_declines_change_nothing(strategy):
    arrays, _ = strategy.aggregate_train(1, [reply(1, 1.0), reply(2, 3.0)])
    assert global_weight(arrays) == pytest.approx(2.0)  # first round: plain FedAvg
    arrays, _ = strategy.aggregate_train(2, [reply(1, 3.0), reply(2, 3.0)])
    assert global_weight(arrays) == pytest.approx(2.0 + 1.0 + 0.9 * 2.0)  # this round's step plus momentum
    assert strategy.aggregate_train(3, [reply(1, None), reply(2, None)]) == (None, None)
    # A decline carries no weights and no vote: only node 2 trained (and did not move).
    arrays, metrics = strategy.aggregate_train(4, [reply(1, None), reply(2, 4.8, examples=7)])
    assert global_weight(arrays) == pytest.approx(4.8 + 0.9 * 2.8)
    assert metrics["num-examples"] == 7
    rounds = strategy.record.metrics["rounds"]
    assert rounds["3"]["clients"]["client-1"]["declined"] == 1
    assert set(rounds["4"]["clients"]) == {"client-1", "client-2"}


def test_parameters_no_client_changed_stay_bit_identical(tmp_path):
    # LP-FT probe rounds send the adapters back exactly as they came; their weighted average
    # must be the global array itself, bit for bit (the sites key their cached probe
    # embeddings by the encoder's digest), while the trained array moves as FedAvgM moves it.
    record = RunRecord(RunConfig(output_dir=str(tmp_path), run_name="run"), ["a", "b"])
    strategy = PrivateFedAvg(record, server_learning_rate=1.0, server_momentum=0.9)
    rng = np.random.default_rng(0)
    frozen, head = rng.normal(size=64).astype(np.float32), np.zeros(4, dtype=np.float32)
    strategy.current_arrays = ArrayRecord({"adapter": Array(frozen), "head": Array(head)})

    def sent(node_id: int, examples: int, head_value: float) -> Message:
        message = reply(node_id, 0.0, examples)
        message.content["arrays"] = ArrayRecord({"adapter": Array(frozen.copy()), "head": Array(np.full(4, head_value, dtype=np.float32))})
        return message

    for server_round, (a, b) in enumerate([(1.0, 3.0), (2.0, 2.0), (0.5, 1.5)], start=1):
        arrays, _ = strategy.aggregate_train(server_round, [sent(1, 3, a), sent(2, 7, b)])
        assert arrays["adapter"].numpy().tobytes() == frozen.tobytes()
    # The head: round 1 averages to 2.4, round 2 steps 2.0 - 2.4 = -0.4 plus 0.9 x 2.4 of
    # momentum, round 3 averages to 1.2 and steps 1.2 - 4.16 plus 0.9 x that momentum.
    first = 2.4
    second = first + (2.0 - first) + 0.9 * first
    third = second + (1.2 - second) + 0.9 * (second - first)
    assert arrays["head"].numpy() == pytest.approx(np.full(4, third, dtype=np.float32), rel=1e-5)
