"""The locales whose names of countries and languages are read (internal)."""

from __future__ import annotations

from typing import Final

NAME_LOCALES: Final = ("en", "fr", "es", "pt", "pt_PT")
"""IOM's official languages, and Portuguese as Brazil and as Portugal and
Africa write it ("Moçambique", "Quénia"), the language of notices in
Lusophone missions."""
