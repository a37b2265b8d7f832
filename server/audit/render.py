"""privacy_report.json and a self-contained privacy_report.html (a Jinja2 template;
matplotlib plots embedded as base64 PNG, no scripts, no external resources)."""

from __future__ import annotations

import base64
import io
import json
import math
import os
from pathlib import Path

import jinja2

TEMPLATES = Path(__file__).parent / "templates"


def write_files(report: dict, run_dir: Path) -> tuple[Path, Path]:
    json_path, html_path = run_dir / "privacy_report.json", run_dir / "privacy_report.html"
    _atomic(json_path, json.dumps(_finite(report), indent=2))
    _atomic(html_path, render_html(report))
    return json_path, html_path


def render_html(report: dict) -> str:
    environment = jinja2.Environment(loader=jinja2.FileSystemLoader(TEMPLATES), autoescape=True,
                                     undefined=jinja2.StrictUndefined)
    environment.filters["num"] = _number
    return environment.get_template("privacy_report.html.j2").render(r=report, plots=_plots(report))


def _number(value, digits: int = 3) -> str:
    if value is None:
        return "—"
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, int):
        return f"{value:,}"
    if isinstance(value, float):
        if math.isinf(value):
            return "∞"
        return f"{value:.{digits}g}" if abs(value) < 1e-3 and value else f"{value:.{digits}f}"
    return str(value)


def _plots(report: dict) -> dict[str, str]:
    import matplotlib

    matplotlib.use("Agg")
    from matplotlib import pyplot as plt
    from matplotlib.ticker import MaxNLocator

    plots = {}
    figure, axes = plt.subplots(figsize=(6, 3.2))
    for name, client in report["clients"].items():
        rounds = [(int(r), e) for r, e in client["epsilon-per-round"].items() if e is not None and math.isfinite(e)]
        if rounds:
            axes.plot(*zip(*rounds), marker="o", label=name)
    if axes.lines:
        axes.set(xlabel="round", ylabel=f"epsilon (delta {report['guarantee']['delta']:g})", title="Cumulative epsilon per client")
        axes.legend(fontsize=7)
        axes.xaxis.set_major_locator(MaxNLocator(integer=True))
        plots["epsilon"] = _png(figure)
    plt.close(figure)

    norms = report.get("update-norms", [])
    if norms:
        figure, axes = plt.subplots(figsize=(6, 3.2))
        axes.plot([n["round"] for n in norms], [n["norm"] for n in norms], marker="o")
        axes.set(xlabel="round", ylabel="L2 norm", title="Global update norm per round")
        axes.xaxis.set_major_locator(MaxNLocator(integer=True))
        plots["norms"] = _png(figure)
        plt.close(figure)

    roc = (report["empirical"] or {}).get("membership-inference", {}).get("roc")
    if roc:
        figure, axes = plt.subplots(figsize=(4, 4))
        axes.plot(roc["fpr"], roc["tpr"], label="loss attack")
        axes.plot([0, 1], [0, 1], linestyle="--", color="grey", label="chance")
        axes.set(xlabel="false-positive rate", ylabel="true-positive rate", title="Membership inference on canaries")
        axes.legend(fontsize=7)
        plots["roc"] = _png(figure)
        plt.close(figure)
    return plots


def _png(figure) -> str:
    buffer = io.BytesIO()
    figure.tight_layout()
    figure.savefig(buffer, format="png", dpi=110)
    return base64.b64encode(buffer.getvalue()).decode("ascii")


def _finite(value):
    if isinstance(value, float) and not math.isfinite(value):
        return None
    if isinstance(value, dict):
        return {k: _finite(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_finite(v) for v in value]
    return value


def _atomic(path: Path, text: str) -> None:
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(text, encoding="utf-8")
    os.replace(tmp, path)
