"""The ServerApp: FedAvg over the trainable parameters, central evaluation each
round, and the run directory (see server/run_record.py)."""

from __future__ import annotations

from flwr.app import ArrayRecord, ConfigRecord, Context, MetricRecord
from flwr.serverapp import Grid, ServerApp
from rich.console import Console
from safetensors.torch import save_file

from common.config import RunConfig
from common.data import encode_labels, load_splits
from common.model import build_model, load_trainable, pick_device, save_pretrained, trainable_state
from server.evaluate import TestSet, evaluate
from server.run_record import RunRecord
from server.strategy import PrivateFedAvg

console = Console(stderr=True, highlight=False, soft_wrap=True)


def build_server_app(config: RunConfig | None = None) -> ServerApp:
    """`config=None` reads the run config Flower passes (`flwr run`)."""
    app = ServerApp()

    @app.main()
    def main(grid: Grid, context: Context) -> None:
        cfg = config or RunConfig.from_mapping(context.run_config)
        if cfg.run_name is None:
            import time

            cfg = cfg.model_copy(update={"run_name": time.strftime("run-%Y%m%d-%H%M%S")})
        run_federation(grid, cfg)

    return app


app = build_server_app()


def run_federation(grid: Grid, cfg: RunConfig) -> RunRecord:
    train, test = load_splits(cfg)
    labels = sorted(set(train.labels) | set(test.labels))
    record = RunRecord(cfg, labels)
    try:
        _run(grid, cfg, labels, test, record)
    except BaseException as err:
        record.finish("failed", f"{type(err).__name__}: {err}")
        raise
    if cfg.private and not record.privacy_check(cfg.delta):
        record.finish("failed", "privacy check failed: a client's reported epsilon disagrees with dp-accounting's (metrics.json, privacy)")
        console.print("privacy check FAILED: see privacy.clients in metrics.json")
    else:
        record.finish("complete")
    _privacy_report(record)  # issue 10: every finished run gets its audit report
    console.print(f"run directory: {record.dir}")
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


def _run(grid: Grid, cfg: RunConfig, labels: list[str], test, record: RunRecord) -> None:
    device = pick_device(cfg.device)
    model, tokenizer = build_model(cfg.model, len(labels), cfg.train_mode, cfg.lora_rank, cfg.seed)
    test_set = TestSet(test.texts, encode_labels(test.labels, labels, "test data"), cfg.max_length, cfg.train_mode == "head")

    def evaluate_round(server_round: int, arrays: ArrayRecord) -> MetricRecord:
        state = arrays.to_torch_state_dict()
        load_trainable(model, state)
        results = evaluate(model, tokenizer, test_set, len(labels), device)
        record.evaluation(server_round, results)
        if server_round > 0:
            save_file({k: v.contiguous() for k, v in state.items()}, str(record.dir / "checkpoints" / f"round-{server_round}.safetensors"))
        _show_progress(cfg, record, server_round, results)
        return MetricRecord(results)

    strategy = PrivateFedAvg(
        record,
        fraction_train=cfg.clients_per_round / cfg.num_clients,
        min_train_nodes=cfg.clients_per_round,
        min_available_nodes=cfg.num_clients,
        server_learning_rate=cfg.server_learning_rate,
        server_momentum=cfg.server_momentum,
    )
    strategy.start(
        grid=grid,
        initial_arrays=ArrayRecord(trainable_state(model)),
        num_rounds=cfg.rounds,
        train_config=ConfigRecord({"labels": labels}),
        evaluate_fn=evaluate_round,
    )
    # evaluate_round loaded each round's global weights, so `model` holds the final
    # ones, also when no client trained at all (then result.arrays is empty).
    save_pretrained(model.cpu(), tokenizer, labels, record.dir / "model")
    final = record.metrics["rounds"].get(str(cfg.rounds), {}).get("evaluation", {})
    record.metrics["final"] = final
    console.print(f"final accuracy {final.get('accuracy', float('nan')):.1%}, macro-F1 {final.get('macro-f1', float('nan')):.3f}")
    for name, eps in sorted(_epsilons(record).items()):
        console.print(f"  {name}: epsilon {eps:.3f} (delta {cfg.delta:g})" if eps is not None else f"  {name}: not private")


def _epsilons(record: RunRecord) -> dict[str, float | None]:
    """Each client's latest epsilon over the whole run."""
    latest = {}
    for server_round in sorted(record.metrics["rounds"], key=int):
        for name, metrics in record.metrics["rounds"][server_round]["clients"].items():
            eps = metrics.get("epsilon")
            latest[name] = eps if eps is not None and eps != float("inf") else None
    return latest


def _show_progress(cfg: RunConfig, record: RunRecord, server_round: int, results: dict) -> None:
    if server_round == 0:
        console.print(f"round 0/{cfg.rounds}: accuracy {results['accuracy']:.1%} (before training)")
        return
    entry = record.metrics["rounds"].get(str(server_round), {})
    clients = entry.get("clients", {})
    trained = [m for m in clients.values() if not m.get("declined")]
    declined = [name for name, m in clients.items() if m.get("declined")]
    losses = [m["train-loss"] for m in trained if "train-loss" in m]  # only sites that share it
    eps = [e for e in _epsilons(record).values() if e is not None]
    line = f"round {server_round}/{cfg.rounds}: clients {len(trained)}"
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
