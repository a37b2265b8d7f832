"""Does a speed change keep every output? Scrubs the same texts with an earlier
revision of client/scrub/ and with the working tree's, in one process, and
compares the spans (start, end, type) and the scrubbed texts, text by text.

    PYTHONPATH=. python benchmarks/scrub_same_output.py --before main
    PYTHONPATH=. python benchmarks/scrub_same_output.py --before main --texts a.jsonl b.jsonl

The texts default to the three dev parts' cached texts (chat_dev, chat_dev_wide,
chat_dev_formats; scrub_chat_eval.py writes them). Each runs under two policies:
the default and every quasi-identifier on. Prints only counts and the indices of
texts that differ (never text), and exits 1 when any differs.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from scrub_speed_ab import _module_at  # noqa: E402

_CACHE = Path.home() / ".cache/privatune/scrub-bench"
_DEV = [_CACHE / f"scrub_{p}_1500.jsonl" for p in ("chat_dev", "chat_dev_wide", "chat_dev_formats")]


def _outputs(module, texts, quasi):
    policy = {"quasi_identifiers": module.QUASI_IDENTIFIERS} if quasi else {}
    spans = [[(r.start, r.end, r.entity_type) for r in found] for found in module.analyze_texts(texts, **policy)]
    scrubbed = module.scrub_texts(texts, **policy)[0]
    return spans, scrubbed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--before", default="main", help="git revision of the earlier scrubber")
    parser.add_argument("--texts", nargs="+", default=[str(p) for p in _DEV])
    args = parser.parse_args()

    from client import scrub as after

    before = _module_at(args.before)
    differ = 0
    for path in args.texts:
        texts = [json.loads(line)["text"] for line in open(path)]
        for quasi in (False, True):
            old, new = _outputs(before, texts, quasi), _outputs(after, texts, quasi)
            bad = [k for k in range(len(texts)) if old[0][k] != new[0][k] or old[1][k] != new[1][k]]
            differ += len(bad)
            print(f"{Path(path).name} ({'every quasi' if quasi else 'default policy'}): {len(texts)} texts, "
                  f"{len(bad)} differ" + (f" (indices {bad[:20]})" if bad else ""), flush=True)
    sys.exit(1 if differ else 0)


if __name__ == "__main__":
    main()
