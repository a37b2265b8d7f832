"""A nationality, religious or political group after a form label
("religion: shia", "ethnicity - baloch", "political affiliation: maga"):
the label says what the value is, so a word no list holds goes too. Up to
three words, cut at punctuation, a line break or a stop word ("faith: none",
"nationality: british and i need help" keeps "and i need help")."""

from __future__ import annotations

import regex as re
from presidio_analyzer import LocalRecognizer, RecognizerResult

# A label, then ":" / "-" / "is", then the value.
_LABEL = re.compile(
    r"(?i)\b(?:religion|religious (?:affiliation|denomination)|faith|denomination|sect|caste|ethnicity"
    r"|ethnic (?:origin|group|background)|race|nationality|citizenship"
    r"|political (?:party|affiliation|views|opinion))"
    r"[ \t]*(?:[:\-\u2013][ \t]*|\s+is\s+)"
    r"(?P<value>[^\W\d_][\w'\-]*(?:[ \t]+[^\W\d_][\w'\-]*){0,2})")


class GroupLabelRecognizer(LocalRecognizer):
    """Up to three words after a group label ("religion: ...")."""

    def __init__(self):
        super().__init__(supported_entities=["NRP"], name="GroupLabelRecognizer")

    def load(self) -> None:
        from spacy.lang.en.stop_words import STOP_WORDS

        self.stop = frozenset(STOP_WORDS) | {"n/a", "na", "nil", "unknown", "prefer", "not", "other"}

    def analyze(self, text, entities, nlp_artifacts=None):
        out = []
        for m in _LABEL.finditer(text):
            start = end = m.start("value")
            for w in re.finditer(r"\S+", m.group("value")):
                if w.group().lower() in self.stop:
                    break
                end = m.start("value") + w.end()
            if end > start:
                out.append(RecognizerResult(
                    entity_type="NRP", start=start, end=end, score=0.5,
                    recognition_metadata={
                        RecognizerResult.RECOGNIZER_NAME_KEY: self.name,
                        RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id,
                    },
                ))
        return out
