"""The ServerApp: FedAvgM over the trainable parameters, central evaluation each
round, progress lines, and the run directory (see server/run_record.py). A resumed run
starts from its last checkpoint: the global weights and the server's momentum."""

from __future__ import annotations

import os
import time
from pathlib import Path

from flwr.app import ArrayRecord, ConfigRecord, Context, MetricRecord
from flwr.serverapp import Grid, ServerApp
from rich.console import Console

import numpy as np
from safetensors.numpy import load_file as load_numpy, save_file as save_numpy
from safetensors.torch import load_file, save_file

from common.config import RunConfig
from common.data import Split, encode_labels, load_splits, load_test, run_labels
from common.model import build_model, load_trainable, pick_device, prototype_classifier, public_centre, save_pretrained, trainable_state
from server.evaluate import TestSet, evaluate
from server.run_record import RunRecord
from server.strategy import PrivateFedAvg

console = Console(stderr=True, highlight=False, soft_wrap=True)


def build_server_app(config: RunConfig | None = None, resume_round: int | None = None) -> ServerApp:
    """`config=None` reads the run config Flower passes (`flwr run`); `resume_round` K
    continues a run from checkpoints/round-K (0: a run stopped before its first checkpoint
    starts again from the initial model, in its own directory); None starts a new run."""
    app = ServerApp()

    @app.main()
    def main(grid: Grid, context: Context) -> None:
        cfg = config or RunConfig.from_mapping(context.run_config)
        if cfg.run_name is None:
            cfg = cfg.model_copy(update={"run_name": time.strftime("run-%Y%m%d-%H%M%S")})
        run_federation(grid, cfg, resume_round)

    return app


app = build_server_app()


def coordinator_inputs(cfg: RunConfig) -> tuple[list[str], Split]:
    """The label set and the test set, the coordinator's own. With labels (or labels-file)
    set, the server reads only its test-data, never a site's training data; without, a
    simulation takes both from its one data file."""
    labels = run_labels(cfg)
    if labels is None:
        train, test = load_splits(cfg)
        return sorted(set(train.labels) | set(test.labels)), test
    return labels, load_test(cfg)


def run_federation(grid: Grid, cfg: RunConfig, resume_round: int | None = None) -> RunRecord:
    labels, test = coordinator_inputs(cfg)
    record = RunRecord(cfg, labels, resume_round)
    try:
        _run(grid, cfg, labels, test, record, resume_round or 0)
    except BaseException as err:
        record.finish("failed", f"{type(err).__name__}: {err}")
        raise
    if cfg.private and not record.privacy_check(cfg.delta):
        record.finish("failed", "privacy check failed: a client's reported epsilon disagrees with dp-accounting's (metrics.json, privacy)")
        console.print("privacy check FAILED: see privacy.clients in metrics.json")
    else:
        record.finish("complete")
    summary(record)
    _privacy_report(record)  # every finished run gets its audit report
    return record


def _privacy_report(record: RunRecord) -> None:
    """A run without its privacy report is not complete."""
    from server.audit import write_report

    try:
        report, _, html_path = write_report(record.dir)
    except Exception as err:
        record.finish("failed", f"the privacy report failed ({type(err).__name__}); rerun `privatune audit {record.dir}`")
        raise
    console.print(f"privacy report: {html_path} (verdict {report['summary']['verdict']})")


def _run(grid: Grid, cfg: RunConfig, labels: list[str], test, record: RunRecord, resume_round: int) -> None:
    device = pick_device(cfg.device)
    model, tokenizer = build_model(cfg.model, len(labels), cfg.train_mode, cfg.lora_rank, cfg.seed)
    test_set = TestSet(test.texts, encode_labels(test.labels, labels, "test data"), cfg.max_length, cfg.train_mode == "head")
    def prototype_head(arrays: ArrayRecord) -> ArrayRecord:
        load_trainable(model, arrays.to_torch_state_dict())
        prototype_classifier(model.head, public_centre(model, tokenizer, cfg.max_length, device), cfg.prototype_scale)
        return ArrayRecord(trainable_state(model))

    strategy = PrivateFedAvg(
        record,
        round_offset=resume_round,
        prototype_head=prototype_head if cfg.head_init == "dp-prototypes" else None,
        fraction_train=cfg.clients_per_round / cfg.num_clients,
        min_train_nodes=cfg.min_clients or cfg.clients_per_round,
        min_available_nodes=cfg.min_clients or cfg.clients_per_round,
        server_learning_rate=cfg.server_learning_rate,
        server_momentum=cfg.server_momentum,
    )
    checkpoints = record.dir / "checkpoints"
    initial = ArrayRecord(trainable_state(model))
    if resume_round:
        load_trainable(model, load_file(str(checkpoints / f"round-{resume_round}.safetensors")))
        initial = ArrayRecord(trainable_state(model))  # in the model's order, as the momentum was saved
        momentum = checkpoints / f"momentum-{resume_round}.safetensors"
        if momentum.is_file():
            saved = load_numpy(str(momentum))
            strategy.momentum_vector = [saved[str(i)] for i in range(len(saved))]
    progress = Progress(cfg, resume_round)

    def evaluate_round(step: int, arrays: ArrayRecord) -> MetricRecord:
        server_round = step + resume_round
        state = arrays.to_torch_state_dict()
        load_trainable(model, state)
        results = evaluate(model, tokenizer, test_set, len(labels), device)
        if step > 0:  # the checkpoint first, each file whole or absent: a round the record shows can be resumed
            if strategy.momentum_vector is not None:
                _atomic(save_numpy, {str(i): np.ascontiguousarray(v) for i, v in enumerate(strategy.momentum_vector)},
                        checkpoints / f"momentum-{server_round}.safetensors")
            _atomic(save_file, {k: v.contiguous() for k, v in state.items()}, checkpoints / f"round-{server_round}.safetensors")
        if step > 0 or not resume_round:  # a resumed run's round 0 is the checkpoint, already recorded
            record.evaluation(server_round, results)
        progress.show(record, server_round, results)
        return MetricRecord(results)

    strategy.start(
        grid=grid,
        initial_arrays=initial,
        num_rounds=cfg.rounds - resume_round,
        timeout=cfg.round_timeout,
        train_config=ConfigRecord({"labels": labels}),
        evaluate_fn=evaluate_round,
    )
    # evaluate_round loaded each round's global weights, so `model` holds the final
    # ones, also when no client trained at all (then result.arrays is empty).
    save_pretrained(model.cpu(), tokenizer, labels, record.dir / "model", max_length=cfg.max_length)
    record.metrics["final"] = record.metrics["rounds"].get(str(cfg.rounds), {}).get("evaluation", {})


def _epsilons(record: RunRecord) -> dict[str, float | None]:
    """Each client's latest epsilon over the whole run."""
    latest = {}
    for server_round in sorted(record.metrics["rounds"], key=int):
        for name, metrics in record.metrics["rounds"][server_round]["clients"].items():
            eps = metrics.get("epsilon")
            latest[name] = eps if eps is not None and eps != float("inf") else None
    return latest


def _atomic(save, tensors: dict, path: Path) -> None:
    tmp = path.with_name(path.name + ".tmp")
    save(tensors, str(tmp))
    os.replace(tmp, path)


class Progress:
    """One line per round with its time and an estimate of the time left; the summary at the end."""

    def __init__(self, cfg: RunConfig, resume_round: int):
        self.cfg, self.started, self.first = cfg, time.time(), resume_round + 1

    def show(self, record: RunRecord, server_round: int, results: dict) -> None:
        cfg = self.cfg
        if server_round < self.first:
            what = "resumed at" if server_round else "before training:"
            console.print(f"round {server_round}/{cfg.rounds} {what} test accuracy {results['accuracy']:.1%}; "
                          f"waiting for {cfg.clients_per_round} clients (in their first round each scrubs and embeds its data)")
            return
        entry = record.metrics["rounds"].get(str(server_round), {})
        clients = entry.get("clients", {})
        trained = [m for m in clients.values() if not m.get("declined")]
        declined = [name for name, m in clients.items() if m.get("declined")]
        losses = [m["train-loss"] for m in trained if "train-loss" in m]  # only sites that share it
        eps = [e for e in _epsilons(record).values() if e is not None]
        elapsed = time.time() - self.started
        left = elapsed / (server_round - self.first + 1) * (cfg.rounds - server_round)
        line = f"round {server_round}/{cfg.rounds} [{_duration(elapsed)} elapsed, ~{_duration(left)} left]: clients {len(trained)}"
        if declined:
            line += f" ({len(declined)} declined)"
        if entry.get("failures"):
            line += f" ({len(entry['failures'])} failed)"
        if losses:
            line += f", train loss {sum(losses) / len(losses):.3f}"
        line += f", test accuracy {results['accuracy']:.1%}, macro-F1 {results['macro-f1']:.3f}"
        if eps:
            line += f", max epsilon {max(eps):.2f}"
        console.print(line)
        for name in declined:
            m = clients[name]
            console.print(f"  {name} declined: its next round would reach epsilon {m['epsilon-next']:.2f} > budget {m['epsilon-budget']:.2f}")


def summary(record: RunRecord) -> None:
    """The run's outcome in a few lines."""
    final = record.metrics.get("final", {})
    console.print(f"final accuracy {final.get('accuracy', float('nan')):.1%}, macro-F1 {final.get('macro-f1', float('nan')):.3f}")
    for name, eps in sorted(_epsilons(record).items()):
        console.print(f"  {name}: epsilon {eps:.3f} (delta {record.metrics['privacy']['delta']:g})" if eps is not None else f"  {name}: not private")
    console.print(f"privacy cross-check: {record.metrics['privacy'].get('cross-check', 'not run')}")


def _duration(seconds: float) -> str:
    seconds = int(seconds)
    return f"{seconds // 3600}h{seconds % 3600 // 60:02d}m" if seconds >= 3600 else f"{seconds // 60}m{seconds % 60:02d}s"
