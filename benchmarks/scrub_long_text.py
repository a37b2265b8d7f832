"""Scrubbing time of one long single-line text: does it grow linearly with the length?

    PYTHONPATH=. python benchmarks/scrub_long_text.py            # 10 kB, 100 kB, 1 MB
    PYTHONPATH=. python benchmarks/scrub_long_text.py --quick    # 10 kB, 100 kB

Each text is one line of support-chat sentences (lower and mixed case, names,
phones, e-mails, addresses) made from a few templates filled by Faker (seeded),
plus two pathological lines: digits and commas only ("1, 2, 3, ..."), which
stress the age patterns' look-behinds, and one word with no whitespace at all.
privatune (one process, and two: the text's chunks shared by two worker
processes) and vanilla Presidio (``AnalyzerEngine()`` defaults, same spaCy
model) run in the same process, one after the other, on the same texts; vanilla
runs only up to ``--baseline-max`` characters (it is not chunked: spaCy refuses
texts over a million characters and its time is what the issue reported).
The machine is shared: the table gives the load average and the CPU seconds
of the one-process run, which a busy host inflates less than the wall clock.

Prints a table and writes ``benchmarks/results/scrub_long_text.json``.
The chat text is the same in every run only under one ``PYTHONHASHSEED`` (Faker's
choice of locale follows hash order): ``PYTHONHASHSEED=0 PYTHONPATH=. python ...``.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sys
import time
from pathlib import Path

os.environ.setdefault("TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS", "")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from helpers import RESULTS, table  # noqa: E402


def chat_line(chars: int, seed: int = 7) -> str:
    from faker import Faker

    fake = Faker(["en_US", "en_GB", "de_DE", "fr_FR", "es_ES", "it_IT"])
    fake.seed_instance(seed)
    rng = random.Random(seed)
    templates = [
        lambda: f"Please call {fake.name()} at {fake.phone_number()} about my card.",
        lambda: f"i moved to {fake.street_address()}, {fake.city()} last week and need a new statement.",
        lambda: f"my email is {fake.email()} and my account was blocked yesterday.",
        lambda: "the app keeps crashing when I try to transfer money to my savings.",
        lambda: f"{fake.first_name().lower()} said the refund of 40 euros never arrived.",
        lambda: f"I work for {fake.company()} and my manager {fake.last_name()} needs the invoice.",
    ]
    parts, size = [], 0
    while size < chars:
        sentence = rng.choice(templates)()
        parts.append(sentence)
        size += len(sentence) + 1
    return " ".join(parts)[:chars]


def timed(fn, text: str) -> tuple[float, float]:
    """Wall-clock and this process's CPU seconds."""
    started, cpu = time.perf_counter(), time.process_time()
    fn(text)
    return time.perf_counter() - started, time.process_time() - cpu


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="only 10 kB and 100 kB")
    parser.add_argument("--baseline-max", type=int, default=100_000, help="longest text vanilla Presidio gets")
    args = parser.parse_args()

    from presidio_analyzer import AnalyzerEngine
    from presidio_analyzer.nlp_engine import NlpEngineProvider
    from presidio_anonymizer import AnonymizerEngine

    from client import scrub

    nlp = NlpEngineProvider(nlp_configuration={
        "nlp_engine_name": "spacy", "models": [{"lang_code": "en", "model_name": scrub.SPACY_MODEL}],
    }).create_engine()
    vanilla_analyzer, anonymizer = AnalyzerEngine(nlp_engine=nlp, supported_languages=["en"]), AnonymizerEngine()

    def vanilla(text: str) -> str:
        return anonymizer.anonymize(text=text, analyzer_results=vanilla_analyzer.analyze(text, language="en")).text

    def privatune(text: str) -> str:
        return scrub.scrub_texts([text])[0][0]

    def privatune2(text: str) -> str:
        return scrub.scrub_texts([text], n_process=2)[0][0]

    warm = chat_line(9000, seed=1)  # compiles every pattern once, in both; starts the workers
    privatune(warm)
    privatune2(warm)
    vanilla(warm)

    sizes = [10_000, 100_000] + ([] if args.quick else [1_000_000])
    cases = [(f"chat {n // 1000} kB", chat_line(n)) for n in sizes]
    cases.append(("digits and commas 100 kB", ("1, 2, 3, 42, " * 10_000)[:100_000]))
    cases.append(("no whitespace 100 kB", ("abcdefghij1" * 10_000)[:100_000]))
    rows, result = [], []
    loads = [os.getloadavg()[0]]
    for name, text in cases:
        ours, ours_cpu = timed(privatune, text)
        two, _ = timed(privatune2, text)
        base = timed(vanilla, text)[0] if len(text) <= args.baseline_max else None
        loads.append(os.getloadavg()[0])
        rows.append([name, len(text), f"{ours:.2f}", f"{ours_cpu:.2f}", f"{two:.2f}", f"{len(text) / two / 1000:.1f}",
                     "-" if base is None else f"{base:.2f}", "-" if base is None else f"{base / two:.1f}x",
                     f"{loads[-1]:.1f}"])
        result.append({"text": name, "chars": len(text), "privatune_s": round(ours, 3),
                       "privatune_cpu_s": round(ours_cpu, 3), "privatune_2_processes_s": round(two, 3),
                       "vanilla_s": None if base is None else round(base, 3), "load_average_1min": loads[-1]})
        print(f"{name}: privatune {ours:.2f}s (CPU {ours_cpu:.2f}s), 2 processes {two:.2f}s"
              + ("" if base is None else f", vanilla {base:.2f}s"), flush=True)
    table(f"One long single-line text (load average {min(loads):.1f}-{max(loads):.1f}, {os.cpu_count()} CPUs)",
          ["text", "chars", "privatune s", "CPU s", "2 processes s", "2 processes kchar/s",
           "vanilla s", "vanilla / 2 processes", "load"], rows)
    out = {"date": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()), "cases": result,
           "load_average_1min": loads, "load_average_1min_end": os.getloadavg()[0], "cpus": os.cpu_count()}
    (RESULTS / "scrub_long_text.json").write_text(json.dumps(out, indent=2) + "\n")
    print(f"results: {RESULTS / 'scrub_long_text.json'}")


if __name__ == "__main__":
    main()
