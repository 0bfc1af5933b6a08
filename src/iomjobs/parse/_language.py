"""Which of IOM's languages a notice is written in (internal)."""

from __future__ import annotations

from iomjobs.model.language import Language

# The commonest short words of each language: enough to tell the three apart.
_FUNCTION_WORDS = {
    "en": (" the ", " and ", " of ", " to "),
    "fr": (" la ", " le ", " les ", " et ", " des ", " du "),
    "es": (" el ", " los ", " las ", " y ", " del ", " para "),
}
_SAMPLE = 2000


def notice_language(text: str) -> Language | None:
    """English, French or Spanish, by the function words of the first pages."""
    sample = f" {text[:_SAMPLE].lower()} "
    counts = {
        code: sum(sample.count(word) for word in words) for code, words in _FUNCTION_WORDS.items()
    }
    code, count = max(counts.items(), key=lambda item: item[1])
    return Language(code) if count >= 3 else None  # noqa: PLR2004 -- too little text says nothing
