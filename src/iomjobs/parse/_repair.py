r"""Repairing text that went through the wrong code page (internal).

Eight kinds of damage are repaired, each counted:

- UTF-8 decoded as a single-byte code page (Windows-1252 and Latin-1:
  ``IOMâ€™s``; Windows-1250: ``RĂ©fĂ©rence``; Windows-1251: ``IOMвЂ™s``;
  Mac OS Roman: ``IOM‚Äôs``; Thai, Windows-874: ``IOMโ€™s``), once or
  twice over (``IOMÃ¢â‚¬â„¢s``). Each run of
  non-ASCII characters is encoded back with the code page and decoded as
  UTF-8 (twice, where that gives such damage again); only runs that decode
  cleanly are changed,
  so genuine accented, Thai, Arabic or Cyrillic text is left alone. A run
  that holds a character the damage did not make (a no-break space put in
  after it) is repaired in the pieces that decode cleanly. Where the page
  then made its no-break spaces spaces, "à" (C3 A0) is left as ``Ã `` or
  ``Ă ``: read as "à" in text the code page damaged elsewhere. This comes
  before invisible characters are removed: "í" read as Windows-1252 is "Ã"
  and a soft hyphen.
- The remains of such text whose continuation bytes were lost (seed 004:
  ``IOMโs``, ``theย Resettlement``): a lone Thai lead character amid Latin
  text is replaced by the character its lead byte most likely began, from
  its neighbours: ``โ`` between letters was ``’``, between spaces or
  digits ``–`` (``2024โ2025``);
  ``ย`` was a no-break space. Where only the middle byte of three was
  lost, two characters remain: ``โข`` was a bullet, ``โฆ`` an ellipsis.
- Lone surrogates (a str read with ``errors="surrogateescape"``), which no
  encoding can write: each becomes U+FFFD, the replacement character.
- HTML character references left in text a job board escaped twice
  (``Monitoring &amp; Evaluation``, ``C&ocirc;te d&#39;Ivoire``): each is
  the character it names, but for line breaks, which would renumber the
  lines.
- A job board's escapes of quotation marks left in the text: the
  backslashes before one (``Organization\\'s``, seven of them on a
  board's page of 2024, escaped over and over) and a name in brackets for one
  (``Organization[singlequote]s``, rapidjob.de, 2023): each is the mark.
- Characters that show nothing, which text copied from web pages and word
  processors carries (zero-width spaces, word joiners, soft hyphens, byte
  order marks amid the text): a label or a list number with one inside
  reads as neither. They are removed. A byte order mark that begins the
  text (a file read as "utf-8" rather than "utf-8-sig") is no character
  of it, and is removed uncounted, as decoding the file's bytes would.
- The ligatures text taken from a PDF keeps (``Qualiﬁcations``,
  ``Oﬃcer``): each is spelt out in its letters, as the page shows them.
  Where a copy read each with a space after it (``the fi eld``,
  ``benefi t``, ``Programme Offi cer``), the word is joined again: in text
  where a word runs on after "ffi " or "ffl ", which no word of the
  notices' languages ends in.
- Accented letters written as a letter and a combining mark ("e" and
  U+0301 for "é"), as text copied from a PDF or on a Mac often is: the
  same text to a reader, but no label, name or month of the notices'
  languages matches it. Each is composed into its one character (Unicode's
  NFC, which changes nothing else a reader sees), counted by the marks
  composed. This comes before the code pages' damage is read (damage
  copied on a Mac: "RĂ©f" with its "Ă" an "A" and U+0306) and again last
  (such pairs saved as UTF-8 and read in a code page, "Intitule\u00cc\x81",
  are pairs again once repaired).
"""

from __future__ import annotations

import html
import itertools
import re
import unicodedata
from collections import Counter
from typing import Final

from iomjobs._text import LOST, SURROGATE, has_surrogate, holds, positions
from iomjobs.parse._segments import OTHER_BREAKS
from iomjobs.source import Repair

# Code pages tried in order; each maps one character to one byte. Windows-1251
# (Cyrillic: "IOMвЂ™s", "CГґte") and Mac OS Roman ("IOM‚Äôs", text from a Mac)
# come after those whose damage they could be mistaken for.
_CODE_PAGES: Final[tuple[tuple[str, str], ...]] = (
    ("cp1252", "Windows-1252"),
    ("cp1250", "Windows-1250"),
    ("latin-1", "Latin-1"),
    ("cp1251", "Windows-1251"),
    ("mac_roman", "Mac OS Roman"),
)
# Their letters (Cyrillic in one, accented capitals and "’" in the other)
# stand together in genuine text, and some pairs decode: French "l’été" holds
# "’é", which is Armenian "Վ" read back from Mac OS Roman. What they repair
# must be what notices write: Latin letters, punctuation, symbols, Cyrillic
# where the damaged text was Cyrillic, combining marks where it was
# decomposed (text from a Mac: "e" and U+0301 for "é").
_WRITTEN: Final = "\x00-\x7f\u00a0-\u017f\u0300-\u036f\u2010-\u205f\u20ac\u2122\uf000-\uf0ff"
_NOTICE_TEXT: Final = {
    "cp1251": re.compile(f"[{_WRITTEN}\u0400-\u04ff]*"),
    "mac_roman": re.compile(f"[{_WRITTEN}]*"),
}
# A word of genuine Ukrainian holds pieces that decode as UTF-8 read in
# Windows-1251 ("Ві" is "³"), and may decode whole ("Ті" is "ҳ"): its runs
# are repaired whole or not at all, and not where they are letters alone.
_WHOLE_RUNS_ONLY: Final = frozenset({"cp1251"})
_LETTER_CODE_PAGES: Final = tuple(page for page in _CODE_PAGES if page[0] not in _WHOLE_RUNS_ONLY)
# One class, then its repeat: sre skips straight to a non-ASCII character,
# where "[^\x00-\x7f]+" would be tried at every position.
_NON_ASCII_RUN: Final = re.compile(r"[^\x00-\x7f][^\x00-\x7f]*")
_THAI: Final = re.compile(r"[\u0e00-\u0e7f]")
_THAI_LETTERS: Final = re.compile(r"^[\u0e01-\u0e5b]+$")
_C1: Final = re.compile(r"[\x80-\x9f]")


# Every kind of damage repaired here leaves one of these behind: a lead byte
# of UTF-8 read in Windows-1252, -1250 or Latin-1, in the Thai code page,
# in Windows-1251 (C2, C3, C5, D0, D1) or in Mac OS Roman (C2, C3, C5), or
# a lead below (of three bytes, or of a combining mark's two) before a
# character that is not ASCII. Genuine Cyrillic holds the first; its runs are
# seen to one by one, and stand where they do not decode whole.
_MARKERS: Final = (
    *("Ã", "Â", "Ä", "Å", "Ă", "Ĺ", "Ð", "Ñ", "Ø", "Ù", "\u0e42", "\u0e22", "\u0e23"),
    *("В", "Г", "Е", "Р", "С", "¬", "√", "≈"),
)
# The lead bytes of the three-byte UTF-8 that notices hold, as those code pages
# read them: E2 (dashes, quotation marks, bullets, "€") and EF (the private-use
# bullets word processors write, ligatures, a byte order mark): "â" and "ï",
# or "ď" in Windows-1250. Words write them before a letter ("tâches",
# "Haïti"); damage, before what a continuation byte became, never ASCII:
# "â€™" in Windows-1252, "â\x80\x99" in Latin-1 (text served without a
# charset and read as Latin-1, as HTTP once said it should be). Windows-1251
# reads them "в" and "п", Mac OS Roman "‚" and "Ô".
_THREE_BYTE_LEADS: Final = ("â", "ï", "ď", "в", "п", "‚", "Ô")
# The lead bytes of a combining mark's UTF-8 (a Mac's "e" and U+0301 for "é"),
# CC and CD, as those code pages read them: capitals Spanish and Portuguese
# write before a letter ("PAÍS", "AÇÕES"); damage, before what a continuation
# byte became, never ASCII ("Intitule\u00cc\x81" in Latin-1).
_MARK_LEADS: Final = ("Ì", "Í", "Ě", "Õ")


_LEADS: Final = _THREE_BYTE_LEADS + _MARK_LEADS


def _may_be_damaged(text: str) -> bool:
    """Whether *text* holds what repaired damage leaves behind; most text does not."""
    # One character is found at memory speed; only a lead is looked at
    # again, and then only the character after it.
    return any(marker in text for marker in _MARKERS) or any(
        _before_non_ascii(text, lead) for lead in _LEADS
    )


def _before_non_ascii(text: str, lead: str) -> bool:
    """Whether *lead* stands somewhere in *text* before a character that is not ASCII."""
    last = len(text) - 1
    at = text.find(lead)
    while 0 <= at < last:
        if not text[at + 1].isascii():
            return True
        at = text.find(lead, at + 1)
    return False


def repair(text: str) -> tuple[str, tuple[Repair, ...]]:
    """*text* with its encoding damage repaired, and what was repaired, counted."""
    counts: Counter[str] = Counter()
    # Lines cut first, as source_lines() cuts them: a repair that removes a
    # character would otherwise join "\r" and "\n" about it into one line end.
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if "&" in text:
        text = _unescape(text, counts)
    if "\\" in text or holds(text, _SINGLE_QUOTE_NAMED):
        text = _unescape_quotes(text, counts)
    # The damage shows in "Offi cer", "Traffi cking": one search, faster here than
    # two finds of "ffi " and "ffl ", whose last character is everywhere.
    if _SPLIT_LIGATURE_SEEN.search(text):
        text = _join_split_ligatures(text, counts)
    # Cheap checks first: scanning all the text with a regex costs more than reading it.
    if not text.isascii():
        text = _repair_characters(text, counts)
    return text, _repairs(counts)


def _repair_characters(text: str, counts: Counter[str]) -> str:
    """*text*, not ASCII, with its characters' damage repaired: code pages, marks, invisibles."""
    if text.startswith(_BYTE_ORDER_MARK):
        text = text[1:]
    # 0.3% of reading a notice that is not ASCII.
    if has_surrogate(text):
        text = _replace_surrogates(text, counts)
    text = composed = _composed(text, counts)
    # Code pages first: what they made of a character may hold an invisible
    # one ("í" read in Windows-1252 or Latin-1 is "Ã" and a soft hyphen).
    if _may_be_damaged(text):
        text = _redecode_runs(text, counts)
    # Four finds at memory speed, under 1% of reading a notice that is not ASCII.
    if any(invisible in text for invisible in _INVISIBLE):
        text = _replaced(text, _INVISIBLE, "zero-width spaces and soft hyphens removed", counts)
    if any(ligature in text for ligature in _LIGATURES):
        text = _replaced(text, _LIGATURES, "ligatures spelt out", counts)
    # What the repairs made may need composing again; unchanged text was composed above
    # (the quick check reads every character: 1.5% of reading a notice).
    return _composed(text, counts) if text is not composed else text


def _composed(text: str, counts: Counter[str]) -> str:
    """*text* with its letters and combining marks composed (NFC), counted by the marks."""
    # A quick check in C, true of almost every text.
    if unicodedata.is_normalized("NFC", text):
        return text
    composed = unicodedata.normalize("NFC", text)
    # A mark composed is a character fewer; a character NFC only replaces
    # (U+212B, the Angstrom sign, is "Å") counts one.
    counts["accents written as combining marks composed"] += max(len(text) - len(composed), 1)
    return composed


_BYTE_ORDER_MARK: Final = "\ufeff"
# Zero-width space, word joiner, byte order mark (a zero-width no-break space), soft hyphen.
# Not the joiners (U+200C, U+200D), which Persian and Indic scripts write on purpose.
_INVISIBLE: Final = dict.fromkeys(("\u200b", "\u2060", _BYTE_ORDER_MARK, "\u00ad"), "")
# Latin ligatures (U+FB00 to U+FB06) and their letters: NFKC's mapping, which
# normalizing the whole text would apply to much else.
_LIGATURES: Final = {
    "\ufb00": "ff",
    "\ufb01": "fi",
    "\ufb02": "fl",
    "\ufb03": "ffi",
    "\ufb04": "ffl",
    "\ufb05": "st",
    "\ufb06": "st",
}


# A word that runs on after a ligature's letters and a space, as a PDF's copy
# reads them (IOM Indonesia's notice on impactpool, 2026: "the fi eld of
# migration", "benefi t", "Counter-Traffi cking", "Country Offi ces"); the
# evidence is a word going on after "ffi " or "ffl ".
_SPLIT_LIGATURE_SEEN: Final = re.compile(r"ff[il] [a-z]")
_SPLIT_LIGATURE: Final = re.compile(r"(?<!\w)(\w*?f[il]) (?=[a-z])")
# Words that do end in "fi" before another word: French "défi", "wifi".
_ENDING_IN_FI: Final = frozenset({"défi", "wifi", "hifi"})


def _join_split_ligatures(text: str, counts: Counter[str]) -> str:
    """*text* with each word a ligature's space split joined again, counted."""

    def joined(match: re.Match[str]) -> str:
        word = match.group(1)
        if word.lower() in _ENDING_IN_FI:
            return match.group()
        counts["ligatures split by a space, joined"] += 1
        return word

    return _SPLIT_LIGATURE.sub(joined, text)


def _replaced(
    text: str, replacements: dict[str, str], description: str, counts: Counter[str]
) -> str:
    """*text* with each key of *replacements* replaced by its value, counted under *description*."""
    for old, new in replacements.items():
        count = text.count(old)
        if count:
            text = text.replace(old, new)
            counts[description] += count
    return text


def _replace_surrogates(text: str, counts: Counter[str]) -> str:
    """*text* with each lone surrogate replaced by U+FFFD, the replacement character."""
    text, count = SURROGATE.subn(LOST, text)
    counts["lone surrogates (no character), replaced by U+FFFD"] += count
    return text


def _repairs(counts: Counter[str]) -> tuple[Repair, ...]:
    return tuple(Repair(description, count) for description, count in counts.items())


# A quotation mark a job board escaped, and never unescaped: after backslashes,
# or named in brackets.
_ESCAPED_QUOTE: Final = re.compile(r"\\\\*(?=['\"])")
_SINGLE_QUOTE_NAMED: Final = "[singlequote]"


def _unescape_quotes(text: str, counts: Counter[str]) -> str:
    """*text* with each quotation mark a job board escaped the mark again, counted."""
    text, escaped = _ESCAPED_QUOTE.subn("", text)
    named = text.count(_SINGLE_QUOTE_NAMED)
    text = text.replace(_SINGLE_QUOTE_NAMED, "'")
    if escaped or named:
        counts["quotation marks a job board escaped"] += escaped + named
    return text


# An HTML character reference: "&amp;", "&ocirc;", "&#39;", "&#x2019;".
_REFERENCE: Final = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
# Line breaks, and what str.splitlines() also cuts at: a reference to one stays
# as written, so that no line is cut or joined.
_LINE_BREAKS: Final = frozenset("\n\r" + OTHER_BREAKS)


def _redecode_runs(text: str, counts: Counter[str]) -> str:
    """*text* with each run of code-page damage decoded again, and lone Thai leads replaced."""
    # Damaged text repeats a few runs many times ("โ€™" for every apostrophe):
    # each distinct run is worked out once.
    redecoded: dict[tuple[str, bool], _Redecoded] = {}
    text = _NON_ASCII_RUN.sub(lambda match: _redecode(match, counts, redecoded), text)
    if counts[_READ_AS_CYRILLIC]:
        text = _NON_ASCII_RUN.sub(lambda match: _latin_word_left(match, counts), text)
    for name, lost_byte in _A0_LOST.items():
        if counts[f"UTF-8 read as {name}"] and lost_byte.search(text):
            text = _restore_a0(text, name, lost_byte, counts)
    if "\u0e42" in text or "\u0e22" in text:
        text = _repair_lone_thai(text, counts)
    return text


# UTF-8's "à" (C3 A0) and no-break space (C2 A0), read in a code page, end in
# that page's no-break space; a web page that then made it a space left "Ã "
# ("L’OIM s’engage Ă  promouvoir", yabara.net, 2025), or a lone lead at a
# line's end, where the text was wrapped after. Such a lead is mended
# only in text that other runs show was read in that code page, and not after
# a capital: Portuguese writes "ALEMÃ E", Romanian "ROMÂNĂ ŞI".
_A0_LOST: Final = {
    name: re.compile(f"[{leads}](?: |(?=\\s)|\\Z)")
    for name, leads in (("Windows-1252", "ÃÂ"), ("Latin-1", "ÃÂ"), ("Windows-1250", "ĂÂ"))
}
# What follows a word without a space between: "voilà.", "(à)", "déjà…".
_CLOSING: Final = frozenset(".,;:!?)]}»”’…")
# Portuguese joins "à" to what follows ("àquele", "às"): no space stood there but the lost byte.
_JOINED_A_GRAVE: Final = re.compile(r"s |qu[ei]l")


def _restore_a0(text: str, name: str, lost_byte: re.Pattern[str], counts: Counter[str]) -> str:
    """*text* with each lead whose no-break space became a space made the character again."""

    def restored(match: re.Match[str]) -> str:
        if match.start() and text[match.start() - 1].isupper():
            return match.group(0)
        counts[f"UTF-8 read as {name}, byte A0 made a space"] += 1
        if match.group(0)[0] == "Â":
            return match.group(0)[1:]  # the no-break space: the space the page made it
        # The space was the lost byte. A word follows "à" after a space: where
        # none stands, the page ran the two together.
        after = match.end()
        if after == len(text) or text[after] in _CLOSING or text[after].isspace():
            return "à"
        return "à" if _JOINED_A_GRAVE.match(text, after) else "à "

    return lost_byte.sub(restored, text)


def _unescape(text: str, counts: Counter[str]) -> str:
    """*text* with its HTML character references replaced by the characters they name."""
    # str.find, not a search: sre tries the pattern after every "&" anyway,
    # and finds the few in a notice ("M&E") several times more slowly.
    pieces, start = [], 0
    for at in positions(text, "&"):
        match = _REFERENCE.match(text, at)
        if match is None:
            continue
        reference = match.group(0)
        character = html.unescape(reference)
        if character == reference or any(c in _LINE_BREAKS for c in character):
            continue  # no HTML name ("R&D;"), or a line break
        counts["HTML character references"] += 1
        pieces += [text[start:at], character]
        start = match.end()
    return "".join([*pieces, text[start:]]) if pieces else text


def _redecode(
    match: re.Match[str],
    counts: Counter[str],
    redecoded: dict[tuple[str, bool], _Redecoded],
) -> str:
    key = (match.group(0), _inside_latin_word(match))
    if key not in redecoded:
        redecoded[key] = _redecoded(*key)
    fixed, name, count = redecoded[key]
    if name is not None:
        counts[f"UTF-8 read as {name}"] += count
    return fixed


_Redecoded = tuple[str, str | None, int]
"""A run repaired, the code page it was read in (``None``: no damage), the characters repaired."""


def _latin_word_left(match: re.Match[str], counts: Counter[str]) -> str:
    """The run *match* holds, a Latin word again where Windows-1251 had made letters of it.

    French "À propos" read in Windows-1251 is "ГЂ propos": two Cyrillic
    capitals alone, which the runs' first reading leaves as they stand
    (genuine Cyrillic may decode whole). In text that other runs show was
    read so, a run of letters that decodes to Latin text is damage too.
    """
    run = match.group(0)
    if not run.isalpha():
        return run
    fixed, name = _whole(run, _CYRILLIC_PAGE)
    if name is None or not _LATIN_TEXT.fullmatch(fixed):
        return run
    counts[_READ_AS_CYRILLIC] += len(fixed)
    return fixed


_CYRILLIC_PAGE: Final = (("cp1251", "Windows-1251"),)
_READ_AS_CYRILLIC: Final = "UTF-8 read as Windows-1251"
_LATIN_TEXT: Final = re.compile(f"[{_WRITTEN}]*")


def _redecoded(run: str, inside_latin_word: bool) -> _Redecoded:  # noqa: FBT001
    """*run* repaired, the code page it had been read in, and how many characters were repaired."""
    candidates = _candidates(run, inside_latin_word)
    fixed, name = _whole(run, candidates, inside_latin_word)
    if name is not None:
        return fixed, name, len(fixed)
    if len(run) <= 2 or not candidates:  # noqa: PLR2004 -- two characters are one piece
        return run, None, 0
    return _piecewise(run, tuple(c for c in candidates if c[0] not in _WHOLE_RUNS_ONLY))


def _whole(
    run: str,
    candidates: tuple[tuple[str, str], ...],
    inside_latin_word: bool | None = None,  # noqa: FBT001
) -> tuple[str, str | None]:
    r"""*run* decoded again as a whole by the first code page that gives clean UTF-8, and its name.

    *run* and ``None`` where none does. Where *inside_latin_word* is given,
    a run damaged twice over is decoded twice: read in a code page, the
    result's UTF-8 read in one again ("’" is "â€™" once, "Ã¢â‚¬â„¢" twice,
    a page a second program took for Windows-1252 too). The first reading
    may hold C1 controls (Windows-1252 leaves 0x9D undefined: "”" is
    "â€\x9d"); only the second must be clean.
    """
    for codec, name in candidates:
        try:
            fixed = _sloppy_encode(run, codec).decode("utf-8")
        except UnicodeError:
            continue
        if inside_latin_word is not None and _may_be_damaged(fixed):
            again, twice = _whole(fixed, _candidates(fixed, inside_latin_word))
            if twice is not None:
                return again, f"{name}, twice over"
        if fixed != run and not _C1.search(fixed) and _written(fixed, codec):
            return fixed, name
    return run, None


def _written(fixed: str, codec: str) -> bool:
    """Whether *fixed*, read back from *codec*, is what notices write."""
    written = _NOTICE_TEXT.get(codec)
    return written is None or written.fullmatch(fixed) is not None


def _piecewise(run: str, candidates: tuple[tuple[str, str], ...]) -> _Redecoded:
    # A run that damaged text shares with what was not damaged, or damaged
    # differently: "IntitulĂ©" before a no-break space a web page put there
    # after the damage was done. Its longest pieces that decode cleanly are
    # repaired, from the left; the rest stands as written. Runs are a word
    # or two long, and the few that get here are tried piece by piece.
    pieces: list[str] = []
    name, count, start, at = None, 0, 0, 0
    while at < len(run) - 1:
        for end in range(len(run), at + 1, -1):
            fixed, found = _whole(run[at:end], candidates)
            if found is not None:
                pieces += [run[start:at], fixed]
                name, count, start, at = name or found, count + len(fixed), end, end
                break
        else:
            at += 1
    if name is None:
        return run, None, 0
    return "".join([*pieces, run[start:]]), name, count


def _inside_latin_word(match: re.Match[str]) -> bool:
    text, start, end = match.string, match.start(), match.end()
    return (start > 0 and text[start - 1].isalpha()) or (end < len(text) and text[end].isalpha())


def _candidates(run: str, inside_latin_word: bool) -> tuple[tuple[str, str], ...]:  # noqa: FBT001
    if not _THAI.search(run):
        # Genuine Cyrillic is words of letters, capitals first; Windows-1251's
        # damage holds a "°", "µ" or "‚" ("РљР°РґСЂС–РІ"), a capital after a small
        # letter ("вЂў" for "•"), or stands in a Latin word ("CГґte"). A
        # Ukrainian word of letters alone may decode: "Ті" is "ҳ".
        if run.isalpha() and not inside_latin_word and not _capital_after_small(run):
            return _LETTER_CODE_PAGES
        return _CODE_PAGES
    # Genuine Thai is words of Thai letters; mojibake mixes Thai with €, ™ or
    # no-break spaces, or sits inside a Latin word ("Cรดte").
    if _THAI_LETTERS.match(run) and len(run) > 1 and not inside_latin_word:
        return ()
    return (("cp874", "the Thai code page (Windows-874)"),)


def _capital_after_small(run: str) -> bool:
    return any(small.islower() and capital.isupper() for small, capital in itertools.pairwise(run))


def _sloppy_encode(run: str, codec: str) -> bytes:
    """*run* back to the bytes it was decoded from with *codec*.

    Code pages leave some bytes undefined (0x81, 0x8D, 0x90, 0x9D in
    Windows-1252; most of 0x80-0x9F in Windows-874); text that went through
    them shows those bytes as raw C1 controls, or as Windows-1252's €, ™.
    """
    if codec == "latin-1":
        return run.encode("latin-1")
    raw = bytearray()
    for char in run:
        for fallback in (codec, "cp1252", "latin-1"):
            try:
                raw += char.encode(fallback)
                break
            except UnicodeError:
                continue
        else:
            raise UnicodeEncodeError(codec, run, 0, len(run), "no single byte")
    return bytes(raw)


def _repair_lone_thai(text: str, counts: Counter[str]) -> str:
    # str.find, not a regex with lookarounds: a regex tries every position of the text.
    at = [*positions(text, "\u0e42"), *positions(text, "\u0e22")]
    pieces, start = [], 0
    for found in sorted(at):
        if found < start or _is_thai(text, found - 1):
            continue  # genuine Thai comes in words
        pair = text[found : found + 2]
        if pair in _LAST_BYTE_KEPT and not _is_thai(text, found + 2):
            pieces += [text[start:found], _LAST_BYTE_KEPT[pair]]
            counts[f"Thai code page, bytes lost: '{pair}' read for '{_LAST_BYTE_KEPT[pair]}'"] += 1
            start = found + 2
        elif pair == _LAST_BYTE_LOST:
            pieces += [text[start:found], _last_byte_lost(text, found, counts)]
            start = found + 2
        elif not _is_thai(text, found + 1):
            pieces += [text[start:found], _lone_thai(text, found, counts)]
            start = found + 1
    return "".join([*pieces, text[start:]]) if pieces else text


# Three bytes of UTF-8 whose middle one was lost, the last kept: "•" (E2 80 A2)
# is "โข", "…" (E2 80 A6) "โฆ", as a job board shows its bullets (uncareer.net,
# 2025: "โข Present the overall operational..."). The lost byte was 0x80 in
# both, the General Punctuation block's; "™" (E2 84 A2) would leave "โข" too,
# but notices write none.
_LAST_BYTE_KEPT: Final = {"\u0e42\u0e02": "\u2022", "\u0e42\u0e06": "\u2026"}


# Three bytes of UTF-8 whose last one neither the Thai code page nor Windows-1252
# has, the first two kept: "”" (E2 80 9D) is "โ€", as a job board shows a quotation's
# end while its "’" is "โ€™" (undpjobs.net's copy of IOM's notice, 2026: "...cope with
# (re)migration drivers.โ€"). Between two letters or figures, the hyphen (E2 80 90).
_LAST_BYTE_LOST: Final = "\u0e42\u20ac"


def _last_byte_lost(text: str, at: int, counts: Counter[str]) -> str:
    before = text[at - 1] if at else " "
    after = text[at + 2] if at + 2 < len(text) else " "
    replacement = "\u2010" if before.isalnum() and after.isalnum() else "\u201d"
    counts[f"Thai code page, bytes lost: '{_LAST_BYTE_LOST}' read for '{replacement}'"] += 1
    return replacement


def _is_thai(text: str, at: int) -> bool:
    return 0 <= at < len(text) and "\u0e00" <= text[at] <= "\u0e7f"


def _lone_thai(text: str, at: int, counts: Counter[str]) -> str:
    lead = text[at]
    before = text[at - 1] if at else " "
    after = text[at + 1] if at + 1 < len(text) else " "
    if lead == "\u0e22":
        replacement, said = "\u00a0", "a no-break space"
    elif before.isdigit() and after.isdigit():
        # "2024โ2025": a range of years or numbers, written with an en dash.
        replacement, said = "\u2013", "'\u2013'"
    elif before.isalnum() and after.isalnum():
        replacement, said = "\u2019", "'\u2019'"
    elif before.isspace() and after.isspace():
        replacement, said = "\u2013", "'\u2013'"
    elif after.isalnum():
        replacement, said = "\u201c", "'\u201c'"
    else:
        replacement, said = "\u201d", "'\u201d'"
    counts[f"Thai code page, bytes lost: '{lead}' read for {said}"] += 1
    return replacement
