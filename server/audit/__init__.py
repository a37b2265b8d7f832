"""The privacy audit report of a run: `write_report(run_dir)` writes privacy_report.json
and privacy_report.html into it. Roles: report.py reads the run and builds the report,
checks.py the consistency checks, verdict.py the verdict rules, bounds.py the maths,
empirical.py the canary attacks, render.py the files."""

from __future__ import annotations

from pathlib import Path

from server.audit.report import AuditError, build_report


def write_report(run_dir: str | Path) -> tuple[dict, Path, Path]:
    from server.audit.render import write_files

    run_dir = Path(run_dir)
    report = build_report(run_dir)
    json_path, html_path = write_files(report, run_dir)
    return report, json_path, html_path


__all__ = ["AuditError", "write_report"]
