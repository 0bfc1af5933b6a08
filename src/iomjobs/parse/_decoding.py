"""The text of a notice's bytes, whatever a tool saved them as (internal).

Notices arrive as UTF-8, with or without a byte order mark; as Windows-1252
from older tools; as UTF-16 where Windows saved them as "Unicode text" (with
a byte order mark, and some tools without one); rarely as UTF-32. Each is
decoded as what it is, so that the reader never reads a NUL beside every
letter, and no byte is replaced: the five bytes Windows-1252 leaves
undefined are read as Latin-1 reads them (C1 controls), so that UTF-8 read
as Windows-1252 (``â€`` and ``0x9D`` for ``”``) can still be repaired.
"""

from __future__ import annotations

import codecs

# Longest first: UTF-32's little-endian mark begins with UTF-16's.
_MARKS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
# How much of the bytes is looked at to tell UTF-16 without its mark.
_SAMPLE = 4096
_LATIN_1_FALLBACK = "iomjobs.latin-1"


def _as_latin_1(error: UnicodeError) -> tuple[str, int]:
    # Windows-1252's five undefined bytes (0x81, 0x8D, 0x8F, 0x90, 0x9D), as Latin-1 reads them.
    if not isinstance(error, UnicodeDecodeError):
        raise error
    return error.object[error.start : error.end].decode("latin-1"), error.end


codecs.register_error(_LATIN_1_FALLBACK, _as_latin_1)


def decode(data: bytes) -> str:
    r"""The text *data* holds: by its byte order mark, else UTF-16 by its NULs, UTF-8, Windows-1252.

    >>> decode("Chargée".encode("utf-16"))
    'Chargée'
    >>> decode("Chargée de projet".encode("utf-16-le"))
    'Chargée de projet'
    >>> decode("Chargée".encode("cp1252"))
    'Chargée'
    >>> decode(b"\xe2\x80\x9cNorth\xe2\x80\x9d, Bogot\xe1")  # UTF-8 and Windows-1252 mixed
    'â€œNorthâ€\x9d, Bogotá'
    """
    for mark, codec in _MARKS:
        if data.startswith(mark):
            if codec != "utf-8":
                return data[len(mark) :].decode(codec, errors="replace")
            data = data[len(mark) :]
            break
    else:
        wide = _utf_16_without_mark(data)
        if wide is not None:
            try:
                return data.decode(wide)
            except UnicodeDecodeError:
                pass  # a surrogate left alone, or a byte over: not UTF-16 after all
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors=_LATIN_1_FALLBACK)


def _utf_16_without_mark(data: bytes) -> str | None:
    """``"utf-16-le"`` or ``"-be"`` where a NUL stands beside most characters, on one side only.

    Text in a Latin script saved as UTF-16 has a NUL beside every ASCII
    character; UTF-8 and the single-byte code pages write no NUL in text.
    """
    sample = data[:_SAMPLE]
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    half = len(sample) // 2
    if half < 2:  # noqa: PLR2004 -- two characters at least
        return None
    if odd >= half * 0.4 and even <= odd * 0.05:
        return "utf-16-le"
    if even >= half * 0.4 and odd <= even * 0.05:
        return "utf-16-be"
    return None
