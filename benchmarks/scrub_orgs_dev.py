"""Dev sets for organisations (a direct identifier) and occupations (a
quasi-identifier) as chat types them (issue 13), scored like
``scrub_chat_eval.py``; occupations are scored with every quasi-identifier on.
One script, one template set per session (``scrub_orgs_sets.py``), each with
a half ``a`` (tuned on) and a half ``b`` (never tuned on):

    PYTHONPATH=. python benchmarks/scrub_orgs_dev.py --set s11                  # templates "a"
    PYTHONPATH=. python benchmarks/scrub_orgs_dev.py --set s11 --templates b    # wordings not tuned on
    PYTHONPATH=. python benchmarks/scrub_orgs_dev.py --set s10 --show-misses 30 --show-overscrub 20

Where each value comes from (never mimesis, names-dataset, airportsdata or any
other held-out source):

* ``s9``: Faker's company names of the dev locales
  (``scrub_data.DEV_WIDE_LOCALES``) with the legal form taken off by
  ``cleanco.basename`` (MIT); or built from Faker last names of those
  locales, or from first names of half ``b`` of gender-guesser's dictionary
  that no Faker list holds (the recognizers load half ``a`` only, as in
  ``scrub_names_dev.py``): "X and Y", "X & sons", "X <trade word>", "X
  hospital / clinic / school / ..."; occupations: Faker's English ``job()``
  titles and job nouns written here in two halves, with qualifiers.
* ``s10``: those company names, Faker last names and first names of the dev
  locales and English city names (``en_GB``): firms named after a surname or
  a town with a trade word, "X's", GP practices, schools, charities,
  everyday-word brands, after cues of service and in signatures.
* ``s11``: the same sources: institutions and shops (a surname, a first
  name, a town, "st X's" or everyday words before a school / clinic /
  mosque / traders / ... word), names joined with "and" / "&", firms.

Word lists written here (trades, institutions, brands, jobs) come in halves:
``..._A`` may go into a recognizer's list, ``..._B`` never (it shows whether
a rule generalises). Every set has ordinary sentences with the same cue words
and no name ("i work at night", "donated to charity"). It is no held-out set.
Writes ``benchmarks/results/scrub_orgs_dev[_b].json`` (``s9``), ``scrub_orgs10_dev[_b].json``,
``scrub_orgs11_dev[_b].json``.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sys
from pathlib import Path

os.environ.setdefault("TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS", "")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from scrub_orgs_sets import S9, S10, S11  # noqa: E402

SETS = {"s9": S9, "s10": S10, "s11": S11}


def _title(words: str) -> str:
    return " ".join(w[:1].upper() + w[1:] for w in words.split(" "))


def _fakers(seed: int):
    from faker import Faker

    import scrub_data

    fakers = [Faker(loc) for loc in scrub_data.DEV_WIDE_LOCALES]
    for k, f in enumerate(fakers):
        f.seed_instance(seed + k)
    return fakers


def _sources(name: str) -> dict:
    """The values of set ``name`` (drawn in the order each set always drew them)."""
    from cleanco import basename

    seed = SETS[name].SEED
    companies, lasts, firsts = [], [], []
    for f in _fakers(seed):
        for _ in range(40):
            try:
                companies.append(basename(f.company()).strip(" ,-"))
            except AttributeError:
                pass
            lasts.append(f.last_name())
            if name != "s9":
                firsts.append(f.first_name())
    out = {"companies": sorted({c for c in companies if c}), "lasts": sorted(set(lasts)),
           "firsts": sorted(set(firsts))}
    if name == "s9":
        from faker.providers.job.en_US import Provider

        from client.scrub.words import _english_words, _name_words_from
        from client.scrub.world_names import dev_half_names

        faker_names, english = _name_words_from(""), _english_words()
        out["unknown"] = sorted(n for n in dev_half_names("b")
                                if n not in faker_names and n not in english and len(n) > 3 and n.isalpha())
        out["jobs"] = list(Provider.jobs)
    else:
        from faker import Faker

        uk = Faker("en_GB")
        uk.seed_instance(seed)
        out["towns"] = sorted({uk.city() for _ in range(200)})
    return out


def _org_s9(rng, half, src) -> str:
    name = lambda: rng.choice(src["lasts"] if rng.random() < 0.6 else src["unknown"])  # noqa: E731
    shape = rng.randrange(5)
    if shape == 0:
        return rng.choice(src["companies"])
    if shape == 1:
        return f"{name()} and {name()}"
    if shape == 2:
        return f"{name()} & {rng.choice(['sons', 'daughters', 'co', 'partners'])}"
    if shape == 3:
        return f"{name()} {rng.choice(S9.TRADES_A if rng.random() < 0.5 else S9.TRADES_B)}"
    return name()


def _org_s10(rng, half, src) -> str:
    lasts, towns, companies = src["lasts"], src["towns"], src["companies"]
    brands = S10.BRAND_A if half == "a" else S10.BRAND_B
    trades = S10.TRADES_A if half == "a" else S10.TRADES_B
    institutions = S10.INSTITUTIONS_A if half == "a" else S10.INSTITUTIONS_B
    shape = rng.randrange(8)
    if shape == 0:
        return rng.choice(companies)
    if shape == 1:
        return rng.choice(lasts)
    if shape == 2:
        return f"{rng.choice(lasts)} {rng.choice(['and', '&'])} {rng.choice(lasts + ['sons', 'daughters'])}"
    if shape == 3:
        return f"{rng.choice(lasts + towns)} {rng.choice(trades)}"
    if shape == 4:
        return f"{rng.choice(lasts)}'s" + (f" {rng.choice(trades)}" if rng.random() < 0.5 else "")
    if shape == 5:
        return f"{rng.choice(lasts + towns)} {rng.choice(institutions)}"
    if shape == 6:
        return rng.choice(brands) + (f" {rng.choice(trades)}" if rng.random() < 0.5 else "")
    return f"{rng.choice(lasts)} {rng.choice(companies).split(' ')[0]}"


def _org_s11(rng, half, src) -> str:
    lasts, firsts, towns = src["lasts"], src["firsts"], src["towns"]
    heads = S11.HEADS_A if half == "a" else S11.HEADS_B
    brands = S11.BRAND_A if half == "a" else S11.BRAND_B
    head = rng.choice(heads)
    shape = rng.randrange(7)
    if shape == 0:
        return rng.choice(src["companies"])
    if shape == 1:
        return f"{rng.choice(lasts)} {head}"
    if shape == 2:
        return f"{rng.choice(firsts)} {head}"
    if shape == 3:
        return f"st {rng.choice(firsts)}'s {head}"
    if shape == 4:
        return f"{rng.choice(brands)} {head}"
    if shape == 5:
        return f"{rng.choice(towns)} {head}"
    return f"{rng.choice(lasts)} {rng.choice(['and', '&'])} {rng.choice(lasts)}"


def _job(rng, faker_jobs) -> str:
    shape = rng.randrange(3)
    if shape == 0:
        job = rng.choice(faker_jobs).split(",")[0].split("(")[0].strip()
    else:
        job = rng.choice(S9.JOBS_A if shape == 1 else S9.JOBS_B).replace("-", " ")
    if rng.random() < 0.5:
        job = f"{rng.choice(S9.QUALIFIERS)} {job}"
    return job


_ORGS = {"s9": _org_s9, "s10": _org_s10, "s11": _org_s11}


def build(n: int, templates: str = "a", seed: int | None = None, which: str = "s9") -> list[dict]:
    """``n`` labelled samples of set ``which``: text and ORGANIZATION / JOB /
    PERSON spans."""
    import regex as re

    kind = SETS[which]
    src = _sources(which)
    rng = random.Random((kind.SEED if seed is None else seed) + (templates == "b"))
    orgs = [t.replace("\\n", "\n") for t in kind.TEMPLATES[templates].split("\n")]
    jobs = kind.JOBS[templates].split("\n") if which == "s9" else []
    plain = [t.replace("\\n", "\n") for t in kind.PLAIN]
    slot = re.compile(r"\{([oijpt])\}")
    samples = []
    for k in range(n):
        template = rng.choice(plain if k % 5 == 4 else jobs if k % 5 == 3 and jobs else orgs)
        lower = rng.random() < (0.6 if which == "s9" else 0.5)
        text, spans, pos = "", [], 0
        org = None
        for m in slot.finditer(template):
            text += template[pos:m.start()]
            key = m.group(1)
            pos = m.end()
            if key == "t":
                text += rng.choice(S10.JOB_TITLES)
                continue
            if key == "j":
                value, label = _job(rng, src["jobs"]), "JOB"
            elif key == "p":
                value, label = f"{rng.choice(src['firsts'])} {rng.choice(src['lasts'])}", "PERSON"
            elif key == "i":
                value = f"{rng.choice(src['lasts'] if rng.random() < 0.6 else src['unknown'])} " \
                        f"{rng.choice(S9.INSTITUTIONS)}"
                label = "ORGANIZATION"
            else:
                org = org if org and which != "s9" else _ORGS[which](rng, templates, src)
                value, label = org, "ORGANIZATION"
            value = value.lower() if lower or label == "JOB" else _title(value)
            spans.append({"start": len(text), "end": len(text) + len(value), "type": label})
            text += value
        text += template[pos:]
        if not lower:
            text = text[:1].upper() + text[1:]
        samples.append({"text": text, "spans": spans})
    return samples


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--set", choices=sorted(SETS), default="s9", dest="which")
    parser.add_argument("-n", type=int, default=1500)
    parser.add_argument("--templates", choices=["a", "b"], default="a")
    parser.add_argument("--show-misses", type=int, default=0)
    parser.add_argument("--show-overscrub", type=int, default=0)
    parser.add_argument("--out", default=None, help="file name under benchmarks/results")
    args = parser.parse_args()

    from client import scrub
    from client.scrub import world_names

    world_names.LOADED_HALF = "a"
    from helpers import RESULTS
    from scrub_chat_eval import marked, predict, score

    samples = build(args.n, templates=args.templates, which=args.which)
    texts = [s["text"] for s in samples]
    quasi = scrub.QUASI_IDENTIFIERS if args.which == "s9" else None
    predictions, seconds = predict(texts, quasi_identifiers=quasi) if quasi else predict(texts)
    figures, misses = score(samples, predictions)
    plain = [(s, p) for k, (s, p) in enumerate(zip(samples, predictions)) if k % 5 == 4]
    plain_figures, _ = score([s for s, _ in plain], [p for _, p in plain])
    figures["plain_sentences_ordinary_words_removed_pct"] = plain_figures["ordinary_words_removed_pct"]
    figures["texts_per_s"] = round(len(texts) / seconds)
    figures["set"], figures["templates"] = args.which, args.templates
    print(json.dumps(figures, indent=1))
    for category, value, text in misses[: args.show_misses]:
        if category != "person":
            print(f"MISS {category}: {value!r} in {text!r}")
    shown = 0
    for sample, spans in zip(samples, predictions):
        gold = marked(sample["text"], [(s["start"], s["end"]) for s in sample["spans"]])
        extra = [(a, b) for a, b in spans if not any(gold[a:b])]
        if extra and shown < args.show_overscrub:
            shown += 1
            print("OVER", [sample["text"][a:b] for a, b in extra], repr(sample["text"]))
    RESULTS.mkdir(parents=True, exist_ok=True)
    stem = "scrub_orgs_dev" if args.which == "s9" else f"scrub_orgs{args.which[1:]}_dev"
    name = args.out or stem + ("" if args.templates == "a" else "_b") + ".json"
    (RESULTS / name).write_text(json.dumps(figures, indent=1) + "\n")


if __name__ == "__main__":
    main()
