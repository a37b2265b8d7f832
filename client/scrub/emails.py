"""E-mail addresses, written or spelt out to dodge filters, checked offline
against tldextract's bundled public-suffix snapshot."""

from __future__ import annotations

import regex as re
from presidio_analyzer import Pattern, PatternRecognizer
from spacy.lang.en.stop_words import STOP_WORDS

from client.scrub.gates import GatedPattern
from client.scrub.words import _english_words

# An address spelt out to dodge filters: "ali.khan [at] mailbox [dot] pk",
# "ali dot khan at mailbox dot com", "ali(at)mailbox.co.ke", "ali.khan @ mailbox.pk",
# "ali @ mailbox . com"; the part after the "at" must end in a public suffix
# (checked in ``validate_result``). "ali at mailbox.com", with no word or bracket
# spelling a dot and no "@", counts only when the local part is no everyday
# word ("look at amazon.com", "bought at walmart.com" stay).
_AT = r"(?:\s*[\[({<]\s*at\s*[\])}>]\s*|\s+at\s+|\s*@\s+|\s+@\s*)"
_DOT = r"(?:\s*[\[({<]\s*dot\s*[\])}>]\s*|\s+dot\s+|\.)"
_DOMAIN_DOT = r"(?:\s*[\[({<]\s*dot\s*[\])}>]\s*|\s+dot\s+|\s?\.\s?)"
_SPELT_OUT = (rf"(?i)(?<![\w.+@-])[a-z0-9][\w+-]*(?:{_DOT}[a-z0-9][\w+-]*){{0,4}}{_AT}[a-z0-9][\w-]*"
              rf"(?:{_DOMAIN_DOT}[a-z][a-z0-9-]*[a-z0-9]){{1,3}}\b(?![@.-]\w)")
_SPELT_AT = re.compile(rf"(?i){_AT}")
_SPELT_GATE = re.compile(r"(?i)[\[({<]\s*at\s*[\])}>]|\sdot\s|\sat\s+[\w-]+\.[a-z]")
_SPELT_DOT = re.compile(rf"(?i){_DOMAIN_DOT}")
_SPELT_SHAPE = re.compile(r"(?i)[\[({<]\s*(?:at|dot)\s*[\])}>]|\sdot\s|@")
class OfflineEmailRecognizer(PatternRecognizer):
    """Presidio's e-mail patterns, checked against tldextract's bundled
    public-suffix snapshot (the default extractor tries to download the list).

    A public suffix raises the score to certain; a domain outside the list (an
    intranet host, ``.local``, ``.example``) keeps the pattern's score: it is
    still somebody's address and goes whole. A bare ``user@host`` counts too.
    """

    def __init__(self):
        from presidio_analyzer.predefined_recognizers import EmailRecognizer
        import tldextract

        super().__init__(
            supported_entity="EMAIL_ADDRESS",
            patterns=[
                *EmailRecognizer.PATTERNS,
                Pattern("user@host", r"(?<![\w.+-])[\w.+-]*\w@[A-Za-z][\w-]*\w(?![\w@-]|\.\w)", 0.5),
                # (gate: the pattern's "at" and the start of its domain, as they are in it)
                GatedPattern("spelt out", _SPELT_OUT, 0.5, gate=rf"{_AT}[a-z0-9][\w-]*{_DOMAIN_DOT}[a-z]"),
            ],
            context=EmailRecognizer.CONTEXT + ["mail", "e-mail", "contact"],
            name="EmailRecognizer",
        )
        self._tld = tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None)
        self._words = None

    def analyze(self, text, entities, nlp_artifacts=None, regex_flags=None):
        if "@" not in text and not _SPELT_GATE.search(text):
            return []  # most texts: no address, written or spelt out
        return super().analyze(text, entities, nlp_artifacts, regex_flags)

    def validate_result(self, pattern_text: str):
        if "@" not in pattern_text or any(c.isspace() or c in "[({<" for c in pattern_text):
            # spelt out: "ali dot khan at mailbox dot pk", "ali.khan @ mailbox.pk"
            plain = not _SPELT_SHAPE.search(pattern_text)  # "ali at mailbox.com"
            pattern_text = _SPELT_DOT.sub(".", _SPELT_AT.sub("@", pattern_text))
            local, _, domain = pattern_text.rpartition("@")
            if plain and (len(local) < 2 or local.lower() in self._ordinary() or not any(c.isalpha() for c in local)):
                return False
            return bool(local) and local.lower() not in STOP_WORDS and bool(self._tld(domain).suffix)
        return True if self._tld(pattern_text).fqdn else None

    def _ordinary(self) -> frozenset:
        if self._words is None:
            from client.scrub.words import _common_words

            self._words = frozenset(_english_words() | _common_words())
        return self._words
