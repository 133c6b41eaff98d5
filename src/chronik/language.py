"""Language identification: the record's own ``lang`` wins, else lingua decides.

lingua compares against a set of widespread languages, not only the supported ones, so an
article in French is reported as French and skipped rather than coded as bad German.
"""

from __future__ import annotations

from functools import cached_property

from lingua import Language, LanguageDetector, LanguageDetectorBuilder

SUPPORTED = ("de", "en")

_CANDIDATES = (
    Language.ENGLISH, Language.GERMAN, Language.FRENCH, Language.SPANISH, Language.ITALIAN,
    Language.DUTCH, Language.PORTUGUESE, Language.RUSSIAN, Language.POLISH, Language.TURKISH,
    Language.ARABIC, Language.CHINESE, Language.JAPANESE, Language.KOREAN, Language.UKRAINIAN,
    Language.SWEDISH, Language.DANISH, Language.CZECH, Language.PERSIAN, Language.HEBREW,
)  # fmt: skip


class LanguageIdentifier:
    """Detects an article's language; the lingua models load on first use."""

    @cached_property
    def _detector(self) -> LanguageDetector:
        return LanguageDetectorBuilder.from_languages(*_CANDIDATES).build()

    def identify(self, text: str) -> str | None:
        """ISO 639-1 code of the text's language, or None when it cannot tell."""
        language = self._detector.detect_language_of(text[:2000])
        return language.iso_code_639_1.name.lower() if language else None
