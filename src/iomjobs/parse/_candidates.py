"""Who may apply: the first tier's paragraph and list, and whom a notice is open to (internal).

:class:`CandidatesReader` reads the paragraph that names the first-tier
candidates ("For the purpose of this vacancy, the following are considered
first-tier candidates:"), the list below it (internal candidates, external
women, the non-represented member states, however a board wrapped or ran
them together) and the sentences that open a notice to external
candidates or close it to them. It extends
:class:`~iomjobs.parse._inferred.InferringReader`;
:class:`~iomjobs.parse._requirements.RequirementsReader` extends it.
"""

from __future__ import annotations

from typing import Final

import attrs

from iomjobs.model.notice import FirstTier, MemberStateEntry
from iomjobs.parse import _nocase as nocase
from iomjobs.parse._section_reader import SectionReader
from iomjobs.parse._segments import Segment, joined_lines, wrapped_item
from iomjobs.parse._tiers import (
    INLINE_TIERS,
    INTERNAL,
    INTERNAL_FIRST,
    INTERNAL_FIRST_TWIN,
    INTERNAL_ONLY,
    INTERNAL_ONLY_TWIN,
    INTERNAL_TWIN,
    MEMBER_STATES,
    MEMBER_STATES_TWIN,
    NATIONALS_BARRED,
    NATIONALS_BARRED_TWIN,
    ONLY_FIRST_TIER,
    ONLY_FIRST_TIER_TWIN,
    OPEN_TO_BOTH,
    OPEN_TO_BOTH_TWIN,
    WELCOMES_INTERNAL,
    WELCOMES_INTERNAL_TWIN,
    WOMEN,
    WOMEN_TWIN,
    first_item_cut,
    introduction_lines,
    is_list,
    listed_part,
    member_entries,
    name_lines,
    names_below,
    names_member_states,
    names_tier,
    says_more_than_tiers,
    tier_item_at,
    welcomes_both_tiers,
    welcomes_member_states,
    without_introduction,
)


class CandidatesReader(SectionReader):
    """Reads who may apply: the tiers of candidates, and whether external ones may."""

    __slots__ = ()

    first_tier_words: list[str]
    """The words of the first-tier statements read before the one the notice holds.

    Each is whole; they are joined to its ``as_written`` once, when all
    sections are read (:meth:`_first_tier_as_written`): joined at each
    statement, a page that repeats one took time growing with their square.
    """

    def _women_first_tier(self, said: str, segment: Segment) -> None:
        """External women are first-tier where the second tier's statement excepts them.

        "All external candidates, except candidates from non-represented
        member states of IOM and female candidates." (IOM Libya, 2021):
        the first-tier list need not name them. Marked as inferred.
        """
        first_tier = self.notice.get("first_tier")
        if not isinstance(first_tier, FirstTier):
            first_tier = FirstTier()
        if not first_tier.external_women:
            self.notice["first_tier"] = attrs.evolve(first_tier, external_women=True)
            self.record.infer("$.first_tier.external_women", said, segment)

    def _open_to_whom(self, text: str, low: str | None, paragraph: list[Segment]) -> None:
        """Whether others may apply, from *text*: a paragraph that names internal candidates."""
        if nocase.found(INTERNAL_ONLY, INTERNAL_ONLY_TWIN, text, low):
            # "only applications from internal candidates will be accepted": no tiers.
            self.notice["open_to_external"] = False
            self.record.use("$.open_to_external", *paragraph)
        elif "open_to_external" not in self.notice and nocase.found(
            OPEN_TO_BOTH, OPEN_TO_BOTH_TWIN, text, low
        ):
            # An ungraded post's notice has no tiers; this says who may apply.
            self.notice["open_to_external"] = True
            self.record.use("$.open_to_external", *paragraph)

    def _first_tier(
        self,
        text: str,
        low: str | None,
        paragraph: list[Segment],
        content: list[Segment],
        index: int,
    ) -> int:
        ends = self._first_item_cut(content, index - 1)
        if ends is not None:
            paragraph = [*paragraph[:-1], ends]
            text = joined_lines(paragraph)
            low = nocase.lowered(text)
        elif index < len(content) and not content[index].bullet:
            # The list's introduction, a line of its own below the paragraph.
            self._first_item_cut(content, index, introducing=True)
        self.record.use("$.first_tier.as_written", *paragraph)
        internal = nocase.found(INTERNAL_FIRST, INTERNAL_FIRST_TWIN, text, low)
        text, low, women, earlier = self._after_opening(text, low)
        self._who_may_apply(text, low, paragraph, internal=internal)
        # "...the following are considered first-tier candidates:": a list follows.
        listing = text.endswith(":")
        introduction = introduction_lines(content, index)
        if introduction:
            # "Pour ce poste vacant, les candidats suivants sont considérés comme
            # prioritaires :", a line of its own before the list (or two, wrapped).
            introducing = content[index : index + introduction]
            self.record.use("$.first_tier.as_written", *introducing)
            text = f"{text} {joined_lines(introducing)}"
            low = nocase.lowered(text)
            index += introduction
            listing = True
        list_start = index
        listed_internal, listed_women, members, index = self._tier_list(
            content, index, listing=listing
        )
        internal, women = internal or listed_internal, women or listed_women
        if members is None and index < len(content) and names_member_states(content[index]):
            # The names alone below the introduction, the items before them
            # dropped by a job board ("Antigua and Barbuda; Barbados; ...", unjobline).
            listed_lines = name_lines(content, index)
            members = member_entries(joined_lines(listed_lines))
            self.record.use("$.first_tier.non_represented_member_states", *listed_lines)
            index += len(listed_lines)
        inline = INLINE_TIERS.search(text) if ":" in text else None
        if inline is not None:
            # "... candidats de premier niveau : candidats internes et candidats
            # des États membres non représentés suivants : Antigua-et-Barbuda, ...",
            # the names there or, wrapped, in the lines below.
            listed = inline.group("listed")
            internal = internal or INTERNAL.search(listed) is not None
            women = women or WOMEN.search(listed) is not None
            states = MEMBER_STATES.search(listed)
            names = listed[states.end() :].partition(":")[2] if states else ""
            if members is None and names.strip():
                members = member_entries(names.strip())
                self.record.use("$.first_tier.non_represented_member_states", *paragraph)
        if (
            listing
            and index == list_start
            and members is None
            and inline is None
            and welcomes_member_states(text, low)
        ):
            # "... as well as applications from the non-represented member countries
            # of IOM. ... the following are considered first-tier candidates:", then
            # the next heading: the list, lost where a board copied the notice
            # (unjobnet, 2026), is empty.
            members = ()
            self.record.use("$.first_tier.non_represented_member_states", *paragraph)
        statement = FirstTier(
            internal=internal,
            external_women=women,
            non_represented_member_states=members,
            as_written=text,
        )
        if earlier is not None and earlier.as_written:
            self.first_tier_words.append(earlier.as_written)
        self.notice["first_tier"] = statement if earlier is None else _both(earlier, statement)
        return index

    def _first_tier_as_written(self) -> None:
        """The first-tier statement in the words of every statement read, once they all are."""
        statement = self.notice.get("first_tier")
        if self.first_tier_words and isinstance(statement, FirstTier):
            written = _written(self.first_tier_words, statement)
            self.notice["first_tier"] = attrs.evolve(statement, as_written=written)

    def _first_item_cut(
        self, content: list[Segment], at: int, *, introducing: bool = False
    ) -> Segment | None:
        """Cut ``content[at]`` where the list's first item ran into it; what is left, or ``None``.

        The item stands below it, above the other items (:func:`first_item_cut`).
        With *introducing*, only where what is left introduces the list: a
        line of its own that ends in a colon.
        """
        below = content[at + 1] if at + 1 < len(content) else None
        cut = first_item_cut(content[at], below)
        if cut is None or (introducing and not introduction_lines(list(cut), 0)):
            return None
        self.record.use("$.first_tier", content[at])  # the line as written: its parts are read
        content[at : at + 1] = cut
        return cut[0]

    def _tier_list(
        self, content: list[Segment], index: int, *, listing: bool
    ) -> tuple[bool, bool, tuple[MemberStateEntry, ...] | None, int]:
        """The first-tier list from ``content[index]``, and the index after it.

        Whether it names internal candidates, and external women; the member
        states it lists, if it does. *listing* says the paragraph above
        introduced it ("...the following are considered first-tier
        candidates:"): an item there that names none of these is kept.
        Where it did not ("...internal candidates are considered first-tier
        candidates."), the list below is the tiers' only where its items name
        them: unjobnet's page (2026) has the duties there, numbered.
        """
        internal = women = False
        members: tuple[MemberStateEntry, ...] | None = None
        while index < len(content) and tier_item_at(content, index):
            # An item may go on in the lines below, wrapped at a fixed width.
            bullet, lines = wrapped_item(content, index)
            item = bullet.item
            item_low = nocase.lowered(item)
            if not names_tier(item, item_low):
                if not listing:
                    break
                if any(map(str.isalnum, item)):
                    self._keep(*lines)
                else:  # the next item's bullet, alone on its line above it
                    self.record.use("$.first_tier", *lines)
                index += len(lines)
                continue
            self.record.use("$.first_tier", *lines)
            names_states = nocase.found(MEMBER_STATES, MEMBER_STATES_TWIN, item, item_low)
            if says_more_than_tiers(item, names_states=names_states):
                self._keep_once(*lines)  # "Internal candidates (staff on fixed-term contracts)"
            internal = internal or nocase.found(INTERNAL, INTERNAL_TWIN, item, item_low)
            women = women or nocase.found(WOMEN, WOMEN_TWIN, item, item_low)
            index += len(lines)
            if nocase.found(NATIONALS_BARRED, NATIONALS_BARRED_TWIN, item, item_low):
                self.notice["duty_station_nationals_eligible"] = False
            if names_states:
                members, index = self._member_states(bullet, content, index)
        return internal, women, members, index

    def _after_opening(
        self, text: str, low: str | None
    ) -> tuple[str, str | None, bool, FirstTier | None]:
        """*text* (lowered *low*), the first-tier paragraph, after its opening if one came before.

        "Applications are welcome from first- and second-tier candidates...",
        parted from the rest by a paragraph's end: one statement, read whole.
        With the text, its lowered twin, whether the opening made external
        women first-tier, and the statement read before where that is whole
        of its own, no opening.
        """
        before = self.notice.get("first_tier")
        if not isinstance(before, FirstTier):
            return text, low, False, None
        if not _opening(before, self.first_tier_words):
            return text, low, False, before
        written = _written(self.first_tier_words, before)  # short: an opening is
        if not written:
            # Only what the second tier's statement, read first, implied (_women_first_tier).
            return text, low, before.external_women, None
        self.first_tier_words.clear()  # all in the statement read now
        whole = f"{written} {text}"
        return whole, nocase.lowered(whole), before.external_women, None

    def _who_may_apply(
        self, text: str, low: str | None, paragraph: list[Segment], *, internal: bool
    ) -> None:
        """Whether the first-tier paragraph opens the vacancy to external candidates."""
        if welcomes_both_tiers(text, low):
            self.notice["open_to_external"] = True
        elif (
            internal and nocase.found(ONLY_FIRST_TIER, ONLY_FIRST_TIER_TWIN, text, low)
        ) or nocase.found(WELCOMES_INTERNAL, WELCOMES_INTERNAL_TWIN, text, low):
            # "only first tier candidates will be considered, Internal candidates
            # are considered first-tier candidates", "Applications are welcome
            # from internal candidates.": internal candidates only.
            self.notice["open_to_external"] = False
        else:
            return
        self.record.use("$.open_to_external", *paragraph)

    def _member_states(
        self, item: Segment, content: list[Segment], index: int
    ) -> tuple[tuple[MemberStateEntry, ...], int]:
        """The member states that *item* introduces, and the index after them.

        The list follows the colon on the item's own line, or stands on the
        line below it, ``content[index]``.
        """
        # "...member states: Antigua and Barbuda, Bahamas," / "Barbados, ...": the
        # list on the item's own line, going on in the lines below.
        below = names_below(listed_part(item.text), content, index)
        whole = joined_lines([item, *below])
        listed = without_introduction(whole)
        if listed != whole:
            self.record.use("$.first_tier.non_represented_member_states", item, *below)
            return member_entries(listed), index + len(below)
        if item.text.partition(":")[2].strip():
            # Words after the colon that are no names: held nowhere else.
            self._keep_once(item)
        if index >= len(content) or content[index].bullet:
            return (), index
        lines = name_lines(content, index)
        listed = joined_lines(lines)
        if not is_list(listed):
            return (), index
        self.record.use("$.first_tier.non_represented_member_states", *lines)
        names = without_introduction(listed)
        if names != listed and says_more_than_tiers(listed, names_states=True):
            # The introduction repeated on the list's line, with words no tier holds.
            self._keep_once(*lines)
        return member_entries(names), index + len(lines)


def _opening(statement: FirstTier, words_before: list[str]) -> bool:
    """Whether *statement*, read so far, is the opening of one to come, not whole.

    Its words are those of the statements before it (*words_before*), then
    its own. An opening names no first-tier candidates nor a list, nor
    introduces one: a statement that ends in a colon is whole, whether or
    not its list follows. Nor is it longer than an opening is: read again
    with the next paragraph, an opening costs the reading of its words once
    more, and a page that repeats a paragraph line after line is read a few
    lines at a time, not each line with all those above it.
    """
    written = statement.as_written or ""
    ending = written or (words_before[-1] if words_before else "")
    return (
        not statement.internal
        and statement.non_represented_member_states is None
        and not ending.endswith(":")
        and not _longer_than_opening(words_before, written)
    )


def _longer_than_opening(words_before: list[str], written: str) -> bool:
    """Whether *words_before* and *written*, joined, are longer than an opening.

    Counted until they are: the words of a page of statements are many.
    """
    length = len(written)
    for words in words_before:
        length += len(words) + 1
        if length > _LONGEST_OPENING:
            return True
    return length > _LONGEST_OPENING


def _written(words_before: list[str], statement: FirstTier) -> str:
    """*statement*'s words after *words_before*: what the notice says of the first tier."""
    return " ".join([*words_before, statement.as_written] if statement.as_written else words_before)


# The longest an opening is, a paragraph or three parted by a board: the whole
# first-tier paragraph is under a thousand characters in every notice read.
_LONGEST_OPENING: Final = 2_000


def _both(earlier: FirstTier, statement: FirstTier) -> FirstTier:
    """*statement*, read after *earlier*, each whole: what either says, in the later's words.

    A notice that says twice who is first-tier (in two languages, or a
    page that repeats it): what either says holds, and neither's words are
    lost (the earlier's wait in ``first_tier_words``). The list the later
    gives is read where it names countries, else the earlier's: a list lost
    below the later (empty) leaves the earlier's list, where there is one,
    standing.
    """
    later, before = statement.non_represented_member_states, earlier.non_represented_member_states
    return FirstTier(
        internal=earlier.internal or statement.internal,
        external_women=earlier.external_women or statement.external_women,
        non_represented_member_states=later if later or before is None else before,
        # The earlier's words are kept apart, joined once (first_tier_words).
        as_written=statement.as_written,
    )
