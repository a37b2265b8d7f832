"""Does a speed change keep every output? Scrubs the same texts with an earlier
revision of client/scrub/ and with the working tree's, in one process, and
compares the spans (start, end, type) and the scrubbed texts, text by text.

    PYTHONPATH=. python benchmarks/scrub_same_output.py --before main
    PYTHONPATH=. python benchmarks/scrub_same_output.py --before main --texts a.jsonl b.jsonl
    PYTHONPATH=. python benchmarks/scrub_same_output.py --before main --texts --long 1000000 --n-process 1 2
    SCRUB_BANKING77_DIR=... SCRUB_SST2_DIR=... PYTHONPATH=. python benchmarks/scrub_same_output.py --real

The texts default to the three dev parts' cached texts (chat_dev, chat_dev_wide,
chat_dev_formats; scrub_chat_eval.py writes them). Each runs under two policies:
the default and every quasi-identifier on. Prints only counts and the indices of
texts that differ (never text), and exits 1 when any differs.

``--n-process`` runs the working tree's side with those worker counts (the
earlier revision always in one process). ``--long N`` adds one text of N
characters (benchmarks/scrub_long_text.py's chat text) and ``--real`` the
BANKING77 and SST-2 texts of benchmarks/scrub_real_overscrub.py; for a set
of one text the count of differing spans is printed too.
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


def _outputs(module, texts, quasi, n_process=1):
    policy = {"quasi_identifiers": module.QUASI_IDENTIFIERS} if quasi else {}
    spans = [[(r.start, r.end, r.entity_type) for r in found]
             for found in module.analyze_texts(texts, n_process=n_process, **policy)]
    scrubbed = module.scrub_texts(texts, n_process=n_process, **policy)[0]
    return spans, scrubbed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--before", default="main", help="git revision of the earlier scrubber")
    parser.add_argument("--texts", nargs="*", default=[str(p) for p in _DEV])
    parser.add_argument("--n-process", nargs="+", type=int, default=[1])
    parser.add_argument("--long", nargs="*", type=int, default=[])
    parser.add_argument("--real", action="store_true", help="BANKING77 and SST-2 texts too")
    args = parser.parse_args()
    sets = {Path(path).name: [json.loads(line)["text"] for line in open(path)] for path in args.texts}
    for n in args.long:
        from scrub_long_text import chat_line

        sets[f"long text of {n:,} characters"] = [chat_line(n)]
    if args.real:
        from scrub_real_overscrub import texts as real_texts

        sets.update(real_texts())

    from client import scrub as after

    before = _module_at(args.before)
    differ = 0
    for name, texts in sets.items():
        for quasi in (False, True):
            old = _outputs(before, texts, quasi)
            for n_process in args.n_process:
                new = _outputs(after, texts, quasi, n_process)
                bad = [k for k in range(len(texts)) if old[0][k] != new[0][k] or old[1][k] != new[1][k]]
                differ += len(bad)
                spans = f", {len(set(old[0][0]) ^ set(new[0][0]))} spans differ" if len(texts) == 1 else ""
                print(f"{name} ({'every quasi' if quasi else 'default policy'}, n_process={n_process}): "
                      f"{len(texts)} texts, {len(bad)} differ" + (f" (indices {bad[:20]})" if bad else "") + spans,
                      flush=True)
    sys.exit(1 if differ else 0)


if __name__ == "__main__":
    main()
