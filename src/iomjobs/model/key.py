"""A key that names one vacancy, whichever page, file or board it was read from.

Boards copy IOM's notices, and a crawler meets one vacancy many times: on
IOM's site, on three boards, in a PDF. A URL names the page, not the
vacancy. :func:`notice_key` names the vacancy by what IOM numbers it with:
its reference, as the notices write it, in capitals and without spaces
("SVN 2018/114" and "svn2018/114" are one), its dashes the hyphen IOM wrote
(a page's "CON 2017/02 – RW" is "CON 2017/02 - RW"), its accents on their
letters, without the "EXPEDITED" some boards put before it; and the
countries of its duty stations, as older references ("SVN 2018/114") are
numbered by each office apart.

The notice's kind is no part of it: the reference's prefix ("VN", "SVN",
"CFA") already says it where offices number their series apart, and a
kind read from one copy and not another would part one vacancy in two.

>>> from iomjobs import Country, DutyStation, Position, VacancyNotice, notice_key
>>> notice = VacancyNotice(
...     reference="EXPEDITED SVN-US97-2025-021",
...     position=Position(duty_stations=(DutyStation("Washington D.C.", Country("US")),)),
... )
>>> notice_key(notice)
'SVN-US97-2025-021|US'
>>> notice_key(VacancyNotice(reference="SVN 2018/114")), notice_key(VacancyNotice()) is None
('SVN2018/114|', True)
"""

from __future__ import annotations

import re
import unicodedata
from typing import TYPE_CHECKING, Final

if TYPE_CHECKING:
    from iomjobs.model.notice import VacancyNotice

__all__ = ["notice_key"]

# The dashes a copy may write for IOM's hyphen: a word processor's hyphens (U+2010,
# U+2011), a page's figure, en and em dashes for " - ", a minus sign.
_AS_HYPHEN: Final = str.maketrans(dict.fromkeys("\u2010\u2011\u2012\u2013\u2014\u2212", "-"))
# What some boards put before an expedited recruitment's reference.
_EXPEDITED: Final = re.compile(r"^EXPEDITED\b\W*")


def notice_key(notice: VacancyNotice) -> str | None:
    """The vacancy's key: its reference and its duty stations' countries; ``None`` without one.

    ``"VN-DE2-2023-38-EXT|DE"``: the reference in capitals, its spaces
    left out, its dashes hyphens; then the stations' country codes, sorted,
    joined by ``+`` (none where no station names its country), after the
    last ``|``.

    :raises TypeError: when *notice* is no :class:`~iomjobs.VacancyNotice`.
    """
    from iomjobs._arguments import require_notice  # noqa: PLC0415 -- it imports the model

    require_notice("notice_key", notice)
    written = unicodedata.normalize("NFC", notice.reference or "").translate(_AS_HYPHEN)
    reference = "".join(_EXPEDITED.sub("", written.strip().upper()).split())
    if not reference:
        return None
    countries = sorted({s.country.code for s in notice.position.duty_stations if s.country})
    return f"{reference}|{'+'.join(countries)}"
