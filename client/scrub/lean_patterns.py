"""Presidio's pattern loop without its per-pattern clock and log call.

``PatternRecognizer`` runs each of its patterns over each text; around every
``finditer`` it reads the clock twice and formats a DEBUG log line of the
match time (which ``client.scrub`` never lets through). With about sixty
patterns run per text here, that bookkeeping was about a fifth of the pattern
time on short chat texts (measured: 2-5 % of all scrubbing CPU). The loop
below is Presidio's ``__analyze_patterns`` (2.2.x) less those lines: the same
compilation, timeout, validation, explanation, scores and de-duplication, so
the same results.
"""

from __future__ import annotations

import types

import regex as re
from presidio_analyzer import EntityRecognizer, PatternRecognizer, RecognizerResult
from presidio_analyzer.pattern_recognizer import REGEX_TIMEOUT_SECONDS, logger


def _analyze_patterns(self, text: str, flags: int | None = None) -> list[RecognizerResult]:
    flags = flags if flags else self.global_regex_flags
    results = []
    for pattern in self.patterns:
        if not pattern.compiled_regex or pattern.compiled_with_flags != flags:
            pattern.compiled_with_flags = flags
            pattern.compiled_regex = re.compile(pattern.regex, flags=flags)
        try:
            for match in pattern.compiled_regex.finditer(text, timeout=REGEX_TIMEOUT_SECONDS):
                start, end = match.span()
                if start == end:  # Presidio skips empty matches
                    continue
                current_match = text[start:end]
                score = pattern.score
                validation_result = self.validate_result(current_match)
                description = self.build_regex_explanation(
                    self.name, pattern.name, pattern.regex, score, validation_result, flags)
                result = RecognizerResult(
                    entity_type=self.supported_entities[0], start=start, end=end, score=score,
                    analysis_explanation=description,
                    recognition_metadata={RecognizerResult.RECOGNIZER_NAME_KEY: self.name,
                                          RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id},
                )
                if validation_result is not None:
                    result.score = EntityRecognizer.MAX_SCORE if validation_result else EntityRecognizer.MIN_SCORE
                if self.invalidate_result(current_match):
                    result.score = EntityRecognizer.MIN_SCORE
                if result.score > EntityRecognizer.MIN_SCORE:
                    results.append(result)
                description.score = result.score
        except TimeoutError:
            logger.warning("Regex pattern '%s' timed out after %s seconds, skipping.",
                           pattern.name, REGEX_TIMEOUT_SECONDS, exc_info=True)
    return EntityRecognizer.remove_duplicates(results) if results else results


def use_lean_loop(recognizer) -> None:
    """Give ``recognizer`` (and the pattern groups inside one, such as the
    date recognizer's ``_groups``) the loop above; other recognizers are left
    as they are."""
    if isinstance(recognizer, PatternRecognizer):
        # Presidio calls ``self.__analyze_patterns``, i.e. this attribute.
        recognizer._PatternRecognizer__analyze_patterns = types.MethodType(_analyze_patterns, recognizer)
    for _, group in getattr(recognizer, "_groups", ()):
        use_lean_loop(group)
