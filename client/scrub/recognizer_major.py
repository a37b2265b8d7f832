"""Presidio's analysis of a batch of texts, run recognizer by recognizer.

``BatchAnalyzerEngine.analyze_iterator`` calls ``AnalyzerEngine.analyze``
once per text, and that runs every recognizer (about seventy here, with some
hundred and fifty regexes) over the text before the next text starts. Each
recognizer's code, compiled regexes and word lists are then cold in the CPU's
caches at every call: measured on the chat dev texts, the same pattern
recognizers over the same texts took twice the CPU inside the analysis as run
one after the other. Here each recognizer runs over a group of texts in
turn (``GROUP`` texts, whose NLP artifacts the NLP engine has made first, in
its own batches), and then each text's results go through Presidio's steps
after the recognizers, as in ``analyze``: the context step, the per-recognizer
score thresholds, de-duplication, the allow list, and dropping the decision
process. Every recognizer sees the same arguments and each text's results are
collected in the same recognizer order, so the results are the same (a
recognizer's results depend only on its text and artifacts; no recognizer here
keeps per-text state between calls). ``tests/test_scrub_speed18.py`` checks
them against ``AnalyzerEngine.analyze`` text by text.

This mirrors ``AnalyzerEngine.analyze`` of presidio-analyzer 2.2.x (the pinned
range) for what the scrubber asks: entities given, no ad-hoc recognizers, no
context words, no score threshold, an exact allow list, no decision process.
Anything else (or decision-process logging switched on) goes through
``analyze`` text by text.
"""

from __future__ import annotations

import re
from itertools import islice

from presidio_analyzer import EntityRecognizer

# Texts (or chunks of a long text) per group: enough that each recognizer runs
# many times in a row (64 gave about two thirds of 256's gain on the chat dev
# texts); a group's NLP artifacts are held at once (256 chunks of a 1 MB text:
# a few MB).
GROUP = 256

# ``AnalyzerEngine.analyze``'s default ``regex_flags`` (read only by a regex allow list).
_REGEX_FLAGS = re.DOTALL | re.MULTILINE | re.IGNORECASE


def analyze_iterator(engine, texts, language, *, batch_size, entities, allow_list):
    """``BatchAnalyzerEngine(engine).analyze_iterator(texts, language,
    batch_size=batch_size, entities=entities, allow_list=allow_list)``,
    recognizer by recognizer over groups of texts."""
    artifacts = engine.nlp_engine.process_batch(texts=texts, language=language, batch_size=batch_size)
    found = []
    while group := list(islice(artifacts, GROUP)):
        found.extend(analyze_group(engine, group, language, entities, allow_list))
    return found


def analyze_group(engine, group, language, entities, allow_list):
    """Each ``(text, nlp_artifacts)`` of ``group``'s results, as
    ``engine.analyze(text, language, entities=entities, allow_list=allow_list,
    nlp_artifacts=nlp_artifacts)`` returns them."""
    if engine.log_decision_process or not entities:
        return [engine.analyze(text=str(text), language=language, entities=entities, allow_list=allow_list,
                               nlp_artifacts=artifacts) for text, artifacts in group]
    group = [(str(text), artifacts) for text, artifacts in group]
    recognizers = engine.registry.get_recognizers(language=language, entities=entities, all_fields=False,
                                                  ad_hoc_recognizers=None)
    add_id = engine._AnalyzerEngine__add_recognizer_id_if_not_exists
    raw = [[] for _ in group]
    for recognizer in recognizers:
        if not recognizer.is_loaded:
            recognizer.load()
            recognizer.is_loaded = True
        analyze = recognizer.analyze
        for (text, artifacts), results in zip(group, raw):
            current = analyze(text=text, entities=entities, nlp_artifacts=artifacts)
            if current:
                add_id(current, recognizer)
                results.extend(current)
    out = []
    for (text, artifacts), results in zip(group, raw):
        results = engine._enhance_using_context(text, results, artifacts, recognizers, None)
        results = engine._AnalyzerEngine__remove_low_scores(results, None, recognizers)
        results = EntityRecognizer.remove_duplicates(results)
        if allow_list:
            results = engine._remove_allow_list(results, allow_list, text, _REGEX_FLAGS, "exact")
        out.append(engine._AnalyzerEngine__remove_decision_process(results))
    return out
