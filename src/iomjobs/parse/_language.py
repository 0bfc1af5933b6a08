"""Which of IOM's languages a notice is written in (internal)."""

from __future__ import annotations

from iomjobs.model.language import Language

# The commonest short words of each language that the other two do not
# share: enough to tell the three apart.
_FUNCTION_WORDS = {
    "en": (" the ", " and ", " of ", " to "),
    "fr": (" le ", " les ", " et ", " des ", " du ", " pour "),
    "es": (" el ", " los ", " las ", " y ", " del ", " para "),
}
# As common in Spanish as in French: it tells the two apart no more than it
# tells them from English, but says how much of either there is.
_FRENCH_OR_SPANISH = " la "
_SAMPLE = 2000


def notice_language(text: str) -> Language | None:
    """English, French or Spanish, by the function words of the first pages."""
    sample = f" {text[:_SAMPLE].lower()} "
    counts = {
        code: sum(sample.count(word) for word in words) for code, words in _FUNCTION_WORDS.items()
    }
    code, count = max(counts.items(), key=lambda item: item[1])
    if code != "en":
        count += sample.count(_FRENCH_OR_SPANISH)
    return Language(code) if count >= 3 else None  # noqa: PLR2004 -- too little text says nothing
