"""Builds ``client/scrub/data/east_asian_names.txt``: the surnames and the
given-name syllables of Korean and Chinese names as people type them in
Latin letters, for the shape rule of ``client/scrub/east_asian_names.py``
("kim minjun", "park ji-hoon", "lee seo yeon", "wang xiuying", "chen chih-ming").

* Korean (Faker ko_KR, written in Hangul): romanised here from the jamo with
  the Revised Romanization of Korean (Ministry of Culture and Tourism, 2000;
  names without sound changes between syllables, as the rules ask for names),
  plus the spellings people actually use in passports and chat. Surnames:
  the table ``_KOREAN_SURNAMES`` below, from the romanisations listed per
  surname in Wikipedia's "List of Korean surnames" (the 2007 National
  Institute of the Korean Language survey of passport spellings: 이 lee/yi/rhee,
  박 park/pak/bak, 최 choi/choe, 정 jung/jeong/chung ...). Syllables: the RR
  form of every Hangul syllable, and for those of Faker's given names the common older spellings (``_variants``: eo -> u as in
  "jeong" -> "jung", u -> oo as in "hun" -> "hoon", yeong -> young,
  g -> k at the start as in "gyeong" -> "kyung", a closing i -> ee as in
  "hi" -> "hee").
* Chinese: Faker's romanised surnames (zh_CN pinyin, zh_TW Wade-Giles), the
  pinyin of Faker's zh_CN surnames in characters (anyascii), and as given-name
  syllables every toneless pinyin syllable (anyascii's readings of the CJK
  Unified Ideographs block, the writing system's closed set) plus the
  Wade-Giles parts of Faker's zh_TW given names ("chih", "hsiu").

Left out: Japanese (Faker's romanised ja_JP names are in faker_names_ascii.txt
already; given names are no syllable pairs), the Indic scripts and Thai (no
transliteration people type follows from the letters without a dictionary).

Sources and licences: Faker (MIT, https://github.com/joke2k/faker), anyascii
(ISC, https://github.com/anyascii/anyascii), the surname table (facts from
https://en.wikipedia.org/wiki/List_of_Korean_surnames). The scrubber checks
every match against its English word list at run time (the surname "park",
the syllables "man", "fan" stay English unless the whole shape fits).

    PYTHONPATH=. python scripts/build_east_asian_names.py   # needs anyascii (bench extra)
"""

from __future__ import annotations

import itertools
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "client" / "scrub" / "data" / "east_asian_names.txt"

# Revised Romanization of the jamo of a Hangul syllable (U+AC00 + (19*initial + medial)*28 + final).
_INITIALS = "g kk n d tt r m b pp s ss - j jj ch k t p h".split()
_MEDIALS = "a ae ya yae eo e yeo ye o wa wae oe yo u wo we wi yu eu ui i".split()
_FINALS = ["", "k", "k", "k", "n", "n", "n", "t", "l", "k", "m", "p", "l", "l", "p", "l", "m", "p", "p",
           "t", "t", "ng", "t", "t", "k", "t", "p", "t"]

# Korean surnames in Faker ko_KR (Hangul) -> the spellings people use, RR first
# (Wikipedia, "List of Korean surnames", romanisation columns; passport survey 2007).
_KOREAN_SURNAMES = {
    "김": "gim kim", "이": "i lee yi rhee rhie ri", "박": "bak park pak bahk", "정": "jeong jung chung cheong",
    "최": "choe choi", "조": "jo cho", "강": "gang kang", "윤": "yun yoon", "장": "jang chang",
    "임": "im lim rim", "한": "han", "오": "o oh", "서": "seo suh", "신": "sin shin", "권": "gwon kwon",
    "황": "hwang", "안": "an ahn", "송": "song", "류": "ryu yoo yu ryoo", "전": "jeon jun chun",
    "홍": "hong", "고": "go ko koh", "문": "mun moon", "양": "yang", "손": "son sohn", "배": "bae",
    "백": "baek paik baik paek", "허": "heo huh hur", "유": "yu yoo", "남": "nam", "심": "sim shim",
    "노": "no noh roh", "하": "ha", "곽": "gwak kwak", "성": "seong sung", "차": "cha", "주": "ju joo chu",
    "우": "u woo", "구": "gu koo ku", "나": "na ra", "민": "min", "진": "jin", "지": "ji", "엄": "eom um",
}


def romanize_syllable(ch: str) -> str:
    code = ord(ch) - 0xAC00
    if not 0 <= code < 11172:
        return ""
    initial, rest = divmod(code, 21 * 28)
    medial, final = divmod(rest, 28)
    return _INITIALS[initial].strip("-") + _MEDIALS[medial] + _FINALS[final]


def _variants(syllable: str) -> set[str]:
    """RR and the common older spellings of one romanised Korean syllable."""
    rules = (
        lambda s: s.replace("yeong", "young"),
        lambda s: s.replace("eo", "u") if s[-1] in "nglk" and "eo" in s else s,
        lambda s: s[:-2] + "oon" if s.endswith("un") and not s.endswith("eun") else (
            s[:-1] + "oo" if s.endswith("u") and not s.endswith("eu") else s),
        lambda s: "k" + s[1:] if s.startswith("g") else s,
        lambda s: {"hi": "hee", "hui": "hee", "ji": "jee"}.get(s, s),
    )
    out = {syllable}
    for k in range(1, len(rules) + 1):
        for chosen in itertools.combinations(rules, k):
            s = syllable
            for rule in chosen:
                s = rule(s)
            out.add(s)
    return out


def _korean() -> tuple[dict[str, str], dict[str, str]]:
    import faker.providers.person.ko_KR as ko

    p = ko.Provider
    surnames = {w: "ko_KR" for spellings in _KOREAN_SURNAMES.values() for w in spellings.split()}
    missing = set(p.last_names) - set(_KOREAN_SURNAMES)
    assert not missing, f"Faker ko_KR surnames without a row in the table: {len(missing)}"
    # every Hangul syllable in RR (the letters of any given name), and the usual
    # older spellings of those in Faker's given names
    syllables = {romanize_syllable(chr(0xAC00 + code)): "hangul" for code in range(11172)}
    for name in {*p.first_names, *p.first_names_male, *p.first_names_female}:
        for ch in name:
            for v in _variants(romanize_syllable(ch)):
                syllables[v] = "ko_KR"
    return surnames, syllables


def _chinese() -> tuple[dict[str, str], dict[str, str]]:
    from anyascii import anyascii
    import faker.providers.person.zh_CN as cn
    import faker.providers.person.zh_TW as tw

    surnames: dict[str, str] = {}
    for loc, mod in (("zh_CN", cn), ("zh_TW", tw)):
        for w in mod.Provider.last_romanized_names:
            surnames.setdefault(w.lower(), loc)
    for w in cn.Provider.last_names:
        if len(w) == 1:
            surnames.setdefault(anyascii(w).lower(), "zh_CN")
    syllables = {}
    for code in range(0x4E00, 0xA000):
        s = anyascii(chr(code)).lower()
        if s.isalpha() and s.isascii():
            syllables.setdefault(s, "pinyin")
    p = tw.Provider
    for name in {*p.first_romanized_names, *p.first_romanized_names_female, *p.first_romanized_names_male}:
        for part in name.lower().split("-"):
            syllables.setdefault(part, "zh_TW")
    return surnames, syllables


def main() -> None:
    import faker

    ko_sur, ko_syl = _korean()
    cn_sur, cn_syl = _chinese()
    lines = [f"# Faker {faker.VERSION} Korean and Chinese surnames and given-name syllables as typed in Latin letters;",
             "# built by scripts/build_east_asian_names.py. Sources: Faker (MIT), anyascii (ISC), Wikipedia's",
             "# List of Korean surnames (romanisations). One word a line: kind (surname / syllable), word, source."]
    for kind, parts in (("surname", (ko_sur, cn_sur)), ("syllable", (ko_syl, cn_syl))):
        merged: dict[str, set[str]] = {}
        for part in parts:
            for w, src in part.items():
                if len(w) >= 2 and w.isalpha() and w.isascii():
                    merged.setdefault(w, set()).add(src)
        lines += [f"{kind} {w} {','.join(sorted(s))}" for w, s in sorted(merged.items())]
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(lines) - 3} lines -> {OUT}")


if __name__ == "__main__":
    main()
