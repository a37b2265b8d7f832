"""The analyzer engine: recognizers, context step, batching, worker processes."""

from __future__ import annotations

import atexit
import concurrent.futures
import concurrent.futures.process
import contextlib
import gc
import logging
import sys
import threading

from presidio_analyzer import (
    AnalyzerEngine,
    BatchAnalyzerEngine,
    EntityRecognizer,
    RecognizerRegistry,
    RecognizerResult,
)
from presidio_analyzer.context_aware_enhancers import LemmaContextAwareEnhancer

from client.scrub.addresses import AddressRecognizer
from client.scrub.chunks import anonymize_part, anonymize_parts, chunk_bounds
from client.scrub.gates import _digits
from client.scrub.gazetteer import GazetteerRecognizer
from client.scrub.checksum_ids import ChecksumIdRecognizer
from client.scrub.handles import HandleRecognizer
from client.scrub.contact_cues import AccountAfterCueRecognizer, PhoneAfterCueRecognizer
from client.scrub.emails import OfflineEmailRecognizer
from client.scrub.job_frames import FramedOccupationRecognizer
from client.scrub.job_places import PlacedOccupationRecognizer
from client.scrub.lean_patterns import use_lean_loop
from client.scrub.ids import CueAfterRecognizer, IdAfterCueRecognizer, InternationalPhoneRecognizer
from client.scrub.name_cues import NameCueRecognizer
from client.scrub.numbers import IdentifierNumberRecognizer, amount_or_quantity, thing_reference
from client.scrub.nlp_engine import SPACY_MODEL, NerOnlySpacyNlpEngine, _ner_configuration
from client.scrub.patterns import _pattern_recognizers, _presidio_recognizers
from client.scrub.postcodes import CuedPostcodeRecognizer
from client.scrub.quasi import quasi_recognizers
from client.scrub.regions import batch_regions, finish_batch, stitch
from client.scrub import recognizer_major
from client.scrub.spans import finish_raw_spans
from client.scrub.streets import StreetRecognizer
from client.scrub.states import StateRecognizer
from client.scrub.towns import LowerTownRecognizer

log = logging.getLogger(__name__)

# Words the NER model likes to call organisations or people in banking and
# support text; Presidio drops exact matches of these.
_ALLOW_LIST = [
    "SSN", "ABA", "ATM", "ASAP", "PIN", "IBAN", "BIC", "SWIFT", "CVV", "CVC", "OTP", "SMS", "ID",
    "DOB", "ZIP", "VAT", "FAQ", "API", "URL", "PDF", "IP", "NI", "KYC", "AML", "CEO", "CFO",
    "HR", "IT", "USD", "EUR", "GBP", "Bot", "User", "Visa", "Mastercard", "MasterCard",
    "PayPal", "Apple Pay", "Google Pay", "National Insurance", "Social Security",
    "Attn", "Cc", "Bcc", "ref", "Ref", "REF",
    "Mum", "Mom", "Mummy", "Mommy", "Dad", "Daddy", "Grandma", "Grandpa", "Granny",
]
# Presidio tests each result's text with ``word not in allow_list``: a set
# answers that as a list would, without a scan per result.
_ALLOWED = frozenset(_ALLOW_LIST)
# Analysis drops anything scored below this. Weak patterns (bare digit runs,
# short codes) start below it and only pass when Presidio's context enhancer
# finds one of their context words nearby (+0.35).
_SCORE_THRESHOLD = 0.4


# Weak numbers that a context word raises only when they are no amount or quantity.
_NUMBERS = frozenset({"PHONE_NUMBER", "NATIONAL_ID", "BANK_ACCOUNT"})


class ThresholdContextEnhancer(LemmaContextAwareEnhancer):
    """Presidio's lemma context enhancer (substring matching, 5 words before
    the span, the first keyword from the span on), applied only to results
    scored below the threshold: strong results pass untouched.

    The same rule as ``LemmaContextAwareEnhancer.enhance_using_context``,
    without its costs on this hot path (about a fifth of the time after spaCy,
    measured): no deep copy of the results (they are this call's own), and
    the token search and keyword test read arrays computed once per text
    (``LazyNlpArtifacts.context_window``) instead of a list scan per result.
    The matching itself is Presidio's ``_find_supportive_word_in_context``.
    """

    def enhance_using_context(self, text, raw_results, nlp_artifacts, recognizers, context=None):
        weak = [r for r in raw_results if r.score < _SCORE_THRESHOLD]
        if not weak or nlp_artifacts is None:
            return raw_results
        strong = [r for r in raw_results if r.score >= _SCORE_THRESHOLD]
        by_id = {recognizer.id: recognizer for recognizer in recognizers}
        extra = [word.lower() for word in context or ()]
        for result in weak:
            meta = result.recognition_metadata or {}
            recognizer = by_id.get(meta.get(RecognizerResult.RECOGNIZER_IDENTIFIER_KEY))
            if not recognizer or not recognizer.context or meta.get(
                RecognizerResult.IS_SCORE_ENHANCED_BY_CONTEXT_KEY
            ):
                continue
            words = nlp_artifacts.context_window(
                result.start, self.context_prefix_count, self.context_suffix_count
            )
            supportive = _supportive_word(words + extra, recognizer.context, self.context_matching_mode)
            if supportive and result.entity_type in _NUMBERS and (
                    amount_or_quantity(text, result.start, result.end) or thing_reference(text, result.start)):
                continue  # "my phone bill was rs. 9954206", "passport renewal costs 7 848 239 eur", "order number 1234"
            if supportive:
                result.score = min(
                    max(result.score + self.context_similarity_factor, self.min_score_with_context_similarity),
                    self.MAX_SCORE,
                )
                result.analysis_explanation.set_supportive_context_word(supportive)
                result.analysis_explanation.set_improved_score(result.score)
        return strong + weak


def _supportive_word(words, keywords, mode) -> str:
    """Presidio's substring match of context keywords, except that a keyword
    of three letters or fewer must open the word: "id" supports "id" and
    "ids", not "paid", "covid" or "video"."""
    short = [k for k in keywords if len(k) <= 3]
    if not short or mode != "substring":
        return LemmaContextAwareEnhancer._find_supportive_word_in_context(words, keywords, mode)
    found = LemmaContextAwareEnhancer._find_supportive_word_in_context(
        words, [k for k in keywords if len(k) > 3], mode)
    if found:
        return found
    for keyword in short:
        if any(word.lower().startswith(keyword.lower()) for word in words if word):
            return keyword
    return ""


class ScrubAnalyzerEngine(AnalyzerEngine):
    """Presidio's analyzer whose context step skips the per-recognizer pass
    when no recognizer refines its own results (none here does: each keeps
    ``EntityRecognizer``'s no-op); that pass then only regroups the results by
    recognizer (two list scans per recognizer per text), which one sort does."""

    def _per_set(self, recognizers):
        """What the steps below read of a set of recognizers (the same set
        for every text of a call): whether one refines its own results, each
        one's place by id, and each one's score thresholds by id. Built once
        per set, not per text (about a hundred property reads and a copied
        dict per recognizer each time); recognizers are not changed after
        the engine is built."""
        last = self.__dict__.get("_last_set")
        if last is not None and last[0] == recognizers:  # the same objects in the same order (identity)
            return last[1]
        key = tuple(map(id, recognizers))
        cache = self.__dict__.setdefault("_sets", {})
        if key not in cache:
            cache[key] = (
                any(type(r).enhance_using_context is not EntityRecognizer.enhance_using_context for r in recognizers),
                {recognizer.id: i for i, recognizer in enumerate(recognizers)},
                {recognizer.id: recognizer.score_thresholds for recognizer in recognizers},
            )
        # The last set asked for, compared element by element (no tuple of
        # ids built and hashed per call; twice per text).
        self.__dict__["_last_set"] = (list(recognizers), cache[key])
        return cache[key]

    def _enhance_using_context(self, text, raw_results, nlp_artifacts, recognizers, context=None):
        refines, order, _ = self._per_set(recognizers)
        if refines:
            return super()._enhance_using_context(text, raw_results, nlp_artifacts, recognizers, context)
        grouped = sorted(
            (r for r in raw_results if r.recognition_metadata[RecognizerResult.RECOGNIZER_IDENTIFIER_KEY] in order),
            key=lambda r: order[r.recognition_metadata[RecognizerResult.RECOGNIZER_IDENTIFIER_KEY]],
        )
        return self.context_aware_enhancer.enhance_using_context(
            text=text, raw_results=grouped, nlp_artifacts=nlp_artifacts,
            recognizers=recognizers, context=context,
        )

    def _AnalyzerEngine__remove_low_scores(self, results, score_threshold=None, recognizers=None):
        """Presidio's per-recognizer thresholds step, whose table of
        thresholds by recognizer id is built once per set of recognizers
        (``_per_set``) rather than once per text (each ``score_thresholds``
        read copies a dict: about fifty per text)."""
        if score_threshold is not None or not recognizers:
            return super()._AnalyzerEngine__remove_low_scores(results, score_threshold, recognizers)
        threshold, by_id = self._AnalyzerEngine__get_result_score_threshold, self._per_set(recognizers)[2]
        return [result for result in results if result.score >= threshold(result, by_id)]


class CachedRecognizerRegistry(RecognizerRegistry):
    """Presidio's registry, whose answer to "which recognizers serve these
    entities" is kept: the analyzer asks it once per text, and it filters
    every recognizer by every entity each time (about 5% of the time on short
    texts). The answer depends only on the arguments and the recognizers."""

    def get_recognizers(self, language, entities=None, all_fields=False, ad_hoc_recognizers=None):
        if ad_hoc_recognizers:
            return super().get_recognizers(language, entities, all_fields, ad_hoc_recognizers)
        # The last question and the registry's recognizers then, compared
        # element by element (identity): the analyzer asks the same question
        # for every text of a batch.
        last = self.__dict__.get("_last")
        if last is not None and last[0] == language and last[1] == entities and last[2] == all_fields \
                and last[3] == self.recognizers:
            return list(last[4])
        key = (language, tuple(entities or ()), all_fields, tuple(map(id, self.recognizers)))
        cache = self.__dict__.setdefault("_cached", {})
        if key not in cache:
            cache[key] = super().get_recognizers(language, entities, all_fields)
        if isinstance(entities, (list, tuple)) or entities is None:
            self.__dict__["_last"] = (language, list(entities) if entities else entities, all_fields,
                                      list(self.recognizers), cache[key])
        return list(cache[key])


class Engines:
    """The analyzer/anonymizer pair and the span post-processing."""

    def __init__(self, model_name: str = SPACY_MODEL):
        from presidio_anonymizer import AnonymizerEngine

        nlp_engine = NerOnlySpacyNlpEngine(
            models=[{"lang_code": "en", "model_name": model_name}],
            ner_model_configuration=_ner_configuration(),
        )
        registry = CachedRecognizerRegistry(supported_languages=["en"])
        for recognizer in (
            *_presidio_recognizers(),
            OfflineEmailRecognizer(),
            GazetteerRecognizer(),
            LowerTownRecognizer(),
            CuedPostcodeRecognizer(),
            StateRecognizer(),
            NameCueRecognizer(),
            AddressRecognizer(),
            StreetRecognizer(),
            *_pattern_recognizers(),
            InternationalPhoneRecognizer(),
            IdAfterCueRecognizer(),
            CueAfterRecognizer(),
            PhoneAfterCueRecognizer(),
            AccountAfterCueRecognizer(),
            IdentifierNumberRecognizer(),
            ChecksumIdRecognizer(),
            HandleRecognizer(),
            *quasi_recognizers(),
            PlacedOccupationRecognizer(),
            FramedOccupationRecognizer(),
        ):
            use_lean_loop(recognizer)
            registry.add_recognizer(recognizer)
        self.analyzer = ScrubAnalyzerEngine(
            registry=registry,
            nlp_engine=nlp_engine,
            supported_languages=["en"],
            default_score_threshold=_SCORE_THRESHOLD,
            context_aware_enhancer=ThresholdContextEnhancer(),
        )
        for recognizer in registry.recognizers:
            if not recognizer.is_loaded:
                recognizer.load()
                recognizer.is_loaded = True
        self.batch_analyzer = BatchAnalyzerEngine(self.analyzer)
        self.anonymizer = AnonymizerEngine()

    def analyze(self, texts, wanted, *, batch_size=64, n_process=1, language="en"):
        """Whole, disjoint spans per text.

        A long text is analysed in overlapping chunks (time linear in its
        length); the chunks' spans, shifted back to the text's offsets, merge
        here. With ``n_process`` > 1 the chunks and short texts go, in batches
        of about equal length, to worker processes: one long text uses every
        worker too."""
        wanted = set(wanted)
        asked = set(wanted)
        if "ADDRESS" in asked:
            asked.add("LOCATION")  # city/country parts grow an address
        # Escaped line breaks ("\\n" as two characters, common in exported
        # chat logs) glue words together for the tokenizer; analysis reads
        # them as real ones (" \n", same length, so every offset holds).
        plain = [t.replace("\\n", " \n").replace("\\t", " \t") for t in texts]
        pieces, owners = [], []
        for k, text in enumerate(plain):
            for start, end in chunk_bounds(text):
                pieces.append(text if end - start == len(text) else text[start:end])
                owners.append((k, start))
        job = (tuple(sorted(asked)), batch_size, language)
        # Workers when there is more than one batch of work, or a long text.
        if n_process > 1 and len(pieces) > 1 and (len(pieces) > batch_size or len(pieces) > len(texts)):
            return self._analyze_in_workers(plain, pieces, owners, job, wanted, n_process)
        with _single_blas_thread():
            raw = _span_fields(self._analyze_pieces(pieces, *job))
        found: list[list[list]] = [[] for _ in plain]
        for (k, start), results in zip(owners, raw):
            found[k].extend([a + start, b + start, t, sc] for a, b, t, sc in results)
        spans = [finish_raw_spans(text, results, wanted) for text, results in zip(plain, found)]
        _freeze_loaded_objects("spans")  # the span step's word lists, in this process
        return spans

    def _analyze_in_workers(self, plain, pieces, owners, job, wanted, n_process):
        """``analyze`` in worker processes: each analyses a batch of pieces
        and finishes the spans of the texts (or parts of a long text) it
        holds; a long text's parts are stitched here (client/scrub/regions.py)."""
        batches, owner = batch_regions(_balanced_batches(pieces, job[1], n_process), owners, plain)
        parts: list[list] = [[] for _ in plain]
        regions = iter(owner)
        try:
            for batch, results in zip(batches, _pool(n_process).map(finish_batch, batches, [job] * len(batches),
                                                                    [wanted] * len(batches))):
                for (lo, text, _, _), (spans, names) in zip(batch, results):
                    parts[next(regions)].append((lo, lo + len(text), spans, names))
        except concurrent.futures.process.BrokenProcessPool:
            _POOLS.pop(n_process, None)  # a worker died; the next call starts afresh
            raise
        except Exception as error:  # the worker's own error: its type, no text (its message may quote some)
            raise RuntimeError(f"scrubbing failed in a worker process ({type(error).__name__}); "
                               "n_process=1 shows where") from None
        return [
            [RecognizerResult(entity_type=t, start=a, end=b, score=sc) for a, b, t, sc in stitch(text, found, wanted)]
            for text, found in zip(plain, parts)
        ]

    def anonymize_in_workers(self, text, results, operators, n_process):
        """``chunks.anonymize_in_pieces`` on a long text, its parts shared by
        the worker processes; ``operators``: ``_operator_configs``'s arguments."""
        parts = anonymize_parts(text, results, n_process)
        try:
            return "".join(_pool(n_process).map(anonymize_part, [text[a:b] for a, b, _ in parts],
                                                [spans for _, _, spans in parts], [operators] * len(parts)))
        except concurrent.futures.process.BrokenProcessPool:
            _POOLS.pop(n_process, None)
            raise
        except Exception as error:
            raise RuntimeError(f"anonymizing failed in a worker process ({type(error).__name__}); "
                               "n_process=1 shows where") from None

    def _analyze_pieces(self, pieces, asked, batch_size, language):
        """Presidio's raw results for each piece (a text or a chunk of one)."""
        results = recognizer_major.analyze_iterator(
            self.analyzer, pieces, language, batch_size=batch_size, entities=list(asked),
            allow_list=_ALLOWED,
        )  # Presidio's BatchAnalyzerEngine.analyze_iterator, recognizer by recognizer
        _digits.cache_clear()  # the digit gate's texts (a group's worth) are not kept past the call
        _freeze_loaded_objects("pieces")
        return results


_FROZEN: set[str] = set()


def _freeze_loaded_objects(stage: str) -> None:
    """After the first analysis in a process (``stage`` "pieces": every word
    list and the spaCy model loaded, about half a million objects) and after
    its first span step ("spans": the span step's word lists; with worker
    processes the only stage of the parent), move all objects out of the
    cyclic garbage collector's generations. They live as long as the process,
    and each full collection would walk them again: up to about 5 % of the
    CPU of a long text, and half of the parent's span step on 1 MB (3.4 ->
    1.5 s). Objects made later are collected as usual; an object that existed
    then and later becomes cyclic garbage is kept (a one-time cost, bounded by
    what the process held at that point)."""
    if stage not in _FROZEN:
        _FROZEN.add(stage)
        gc.freeze()


def _balanced_batches(pieces, batch_size, n_process):
    """``pieces`` cut into consecutive batches of about equal length (in
    characters), as many as ``batch_size`` asks for but a multiple of
    ``n_process``, so that every worker gets about the same work."""
    count = -(-len(pieces) // batch_size)
    count = min(len(pieces), -(-count // n_process) * n_process)
    total = sum(map(len, pieces))
    batches, current, done = [], [], 0
    for piece in pieces:
        current.append(piece)
        done += len(piece)
        if done * count >= total * (len(batches) + 1) and len(batches) < count - 1:
            batches.append(current)
            current = []
    if current:
        batches.append(current)
    return batches


# Worker processes are forked from a process whose engines are already built,
# so they start warm; they live as long as this process and serve every call.
_POOLS: dict[int, concurrent.futures.ProcessPoolExecutor] = {}


def _pool(n_process: int):
    import multiprocessing

    if n_process not in _POOLS:
        _engines()
        methods = multiprocessing.get_all_start_methods()
        ctx = multiprocessing.get_context("fork" if "fork" in methods else None)
        _POOLS[n_process] = concurrent.futures.ProcessPoolExecutor(
            max_workers=n_process, mp_context=ctx, initializer=_worker_init
        )
        if len(_POOLS) == 1:
            atexit.register(_shutdown_pools)
    return _POOLS[n_process]


def _shutdown_pools() -> None:
    while _POOLS:
        _POOLS.popitem()[1].shutdown(wait=True, cancel_futures=True)


def _worker_init() -> None:
    with contextlib.suppress(ImportError):
        from threadpoolctl import threadpool_limits

        threadpool_limits(limits=1, user_api="blas")


def _span_fields(raw):
    """Of each piece's results, what the span step reads: ``(start, end,
    entity_type, score)``. A worker sends only these back: whole results
    (each with its explanation and metadata dicts) are 2.5 times the bytes,
    and unpickling them was serial work of the parent (about 45 ms per MB of
    text, measured; a tuple's is a ninth of that)."""
    return [[(r.start, r.end, r.entity_type, r.score) for r in results] for results in raw]


@contextlib.contextmanager
def _single_blas_thread():
    # spaCy's small models run on numpy; OpenBLAS threads only contend on
    # small matrices (measured ~20% slower with 2 threads on 2 cores).
    controller = _blas_controller()
    if controller is None:
        yield
        return
    with controller.limit(limits=1, user_api="blas"):
        yield


_CONTROLLER: tuple[int, object] | None = None


def _blas_controller():
    """threadpoolctl's view of the loaded native libraries, kept between calls.
    Building it scans every mapped library (about 30 ms): done per call, that
    was a fifth of the CPU of scrubbing one short text. It is built again when
    modules were imported since (they may have loaded another BLAS)."""
    global _CONTROLLER
    try:
        from threadpoolctl import ThreadpoolController
    except ImportError:
        return None
    loaded = len(sys.modules)
    if _CONTROLLER is None or _CONTROLLER[0] != loaded:
        _CONTROLLER = (loaded, ThreadpoolController())
    return _CONTROLLER[1]


_ENGINES: Engines | None = None
_ENGINES_LOCK = threading.Lock()


def _engines() -> Engines:
    """The process-wide engines, built on first use."""
    global _ENGINES
    if _ENGINES is None:
        with _ENGINES_LOCK:
            if _ENGINES is None:
                log.info("loading PII scrubbing engines (spaCy model %s)", SPACY_MODEL)
                _ENGINES = Engines(SPACY_MODEL)
    return _ENGINES


# One short text that sends every recognizer past its early exits (digits,
# capitals, "@", a street, a postcode, a date, an age, a job, a group).
_WARM_UP_TEXT = ("Dear Ms Anna Berg, call me on 0176 1234567 or write to anna.berg@example.org. "
                 "i moved to 12 high street, flat 3, London SW1A 1AA on 3 march 1980; "
                 "i'm 42, a nurse and catholic. Ref DE89370400440532013000, 4111 1111 1111 1111.")
# Text typed without capitals, with a word no list knows: the truecased copy
# for the NER (client/scrub/truecase.py) and its word lists.
_WARM_UP_LOWER = "i think zoltrana from kroxley analytics took my card"


def warm_up() -> None:
    """Build the engines and compile every pattern now (e.g. at client start)
    rather than in the first batch: Presidio compiles a recognizer's regexes
    on its first call, and some, such as the CLDR month names, take most of a
    second. Worker processes forked later inherit them compiled."""
    import regex

    from client.scrub.entities import SUPPORTED_ENTITIES

    engines = _engines()
    engines.analyze([_WARM_UP_TEXT, _WARM_UP_LOWER], SUPPORTED_ENTITIES)  # what recognizers build on first use
    for recognizer in engines.analyzer.registry.recognizers:  # patterns behind a gate the text did not open
        for pattern in getattr(recognizer, "patterns", None) or ():
            flags = recognizer.global_regex_flags
            if not pattern.compiled_regex or pattern.compiled_with_flags != flags:
                pattern.compiled_regex = regex.compile(pattern.regex, flags=flags)
                pattern.compiled_with_flags = flags
