from __future__ import annotations

import contextlib
import copy
import datetime as dt
import json
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

import iomjobs
from iomjobs import ClosingTime, ErrorDetail, InvalidDocument, IomJobsError, VacancyNotice
from iomjobs.serialize import MAX_DOCUMENT_BYTES, MAX_STRING_LENGTH
from seed_notices import SEED_NOTICES
from strategies import notices


class TestRoundTrip:
    @pytest.mark.parametrize("number", sorted(SEED_NOTICES))
    def test_seed_notices_round_trip(self, number: int) -> None:
        notice = SEED_NOTICES[number]
        assert iomjobs.loads(iomjobs.dumps(notice)) == notice
        assert iomjobs.from_dict(iomjobs.to_dict(notice)) == notice

    @given(notices)
    def test_generated_notices_round_trip(self, notice: VacancyNotice) -> None:
        data = iomjobs.dumps(notice)
        assert iomjobs.loads(data) == notice
        assert iomjobs.dumps(iomjobs.loads(data)) == data

    def test_loads_takes_text_too(self) -> None:
        notice = SEED_NOTICES[2]
        assert iomjobs.loads(iomjobs.dumps(notice).decode("utf-8")) == notice

    def test_loads_passes_over_a_byte_order_mark(self) -> None:
        # As Notepad and PowerShell 5 write UTF-8: it had been refused ("Unexpected
        # UTF-8 BOM"). Only one, and only before the document.
        notice = SEED_NOTICES[2]
        data = iomjobs.dumps(notice)
        assert iomjobs.loads(b"\xef\xbb\xbf" + data) == notice
        assert iomjobs.loads("\ufeff" + data.decode("utf-8")) == notice
        for marked in (b"\xef\xbb\xbf" * 2 + data, b" \xef\xbb\xbf" + data):
            with pytest.raises(InvalidDocument, match="invalid JSON"):
                iomjobs.loads(marked)

    def test_loads_takes_any_bytes_buffer(self) -> None:
        # As its signature says: a bytearray or a memoryview reads as its bytes,
        # through the fast path and through the strict one alike.
        notice = SEED_NOTICES[2]
        data = iomjobs.dumps(notice)
        assert iomjobs.loads(bytearray(data)) == iomjobs.loads(memoryview(data)) == notice
        misspelt = data.replace(b'"position"', b'"positon"', 1)
        for buffer in (bytearray(misspelt), memoryview(misspelt)):
            with pytest.raises(InvalidDocument, match="unknown key"):
                iomjobs.loads(buffer)


class TestCanonicalForm:
    def test_format_version_comes_first(self) -> None:
        document = iomjobs.to_dict(SEED_NOTICES[0])
        assert next(iter(document)) == "format_version"
        assert document["format_version"] == iomjobs.FORMAT_VERSION == 1

    def test_values_are_codes_and_iso_dates(self) -> None:
        document = iomjobs.to_dict(SEED_NOTICES[2])
        position = document["position"]
        assert position["grade"] == "G6"
        assert position["duty_stations"][0]["country"] == "AL"
        assert [entry["language"] for entry in position["languages"]] == ["en", "sq"]
        assert position["languages"][0]["proficiency"] == "fluent"
        assert position["languages"][0]["modes"] == ["oral", "written"]
        assert document["closing_date"] == "2024-02-20"
        assert document["posting_period"] == {"start": "2024-02-06", "end": "2024-02-20"}
        assert document["kind"] == "vacancy notice"

    def test_times_are_hours_minutes_and_seconds(self) -> None:
        document = iomjobs.to_dict(SEED_NOTICES[1])
        assert document["closing_time"]["time"] == "23:59:00"
        assert b'"time":"23:59:00"' in iomjobs.dumps(SEED_NOTICES[1])

    def test_hours_and_minutes_are_read_too(self) -> None:
        data = b'{"format_version": 1, "closing_time": {"time": "23:59"}}'
        assert iomjobs.loads(data).closing_time == ClosingTime(dt.time(23, 59))

    def test_json_is_utf8_without_escapes(self) -> None:
        data = iomjobs.dumps(SEED_NOTICES[0])
        assert "–".encode() in data
        assert b"\\u2013" not in data

    def test_keys_with_defaults_may_be_left_out(self) -> None:
        assert iomjobs.loads(b'{"format_version": 1}') == VacancyNotice()
        notice = iomjobs.loads(b'{"format_version": 1, "position": {"grade": "P-2"}}')
        assert str(notice.position.grade) == "P-2"


def _base() -> dict[str, Any]:
    return iomjobs.to_dict(SEED_NOTICES[2])


def _set(path: str, value: object) -> Any:
    """A document from seed 002 with the value at *path* (dotted, [i] for items) replaced."""

    def make() -> Any:
        document = _base()
        *parents, last = _steps(path)
        target: Any = document
        for step in parents:
            target = target[step]
        target[last] = value
        return document

    return make


def _delete(path: str) -> Any:
    def make() -> Any:
        document = _base()
        *parents, last = _steps(path)
        target: Any = document
        for step in parents:
            target = target[step]
        del target[last]
        return document

    return make


def _steps(path: str) -> list[str | int]:
    parts = path.replace("[", ".[").split(".")
    return [int(part[1:-1]) if part.startswith("[") else part for part in parts]


# (id, document factory or raw bytes, expected JSON path of the first error)
MALFORMED: list[tuple[str, Any, str]] = [
    # grades
    ("grade-unknown", _set("position.grade", "P-9"), "$.position.grade"),
    ("grade-not-canonical", _set("position.grade", "P2"), "$.position.grade"),
    ("grade-number", _set("position.grade", 7), "$.position.grade"),
    # countries and languages
    ("country-xx", _set("position.duty_stations[0].country", "XX"), "$.position.duty_stations[0].country"),
    ("country-lowercase", _set("position.duty_stations[0].country", "al"), "$.position.duty_stations[0].country"),
    ("country-name", _set("position.duty_stations[0].country", "Albania"), "$.position.duty_stations[0].country"),
    ("language-klingon", _set("position.languages[0].language", "klingon"), "$.position.languages[0].language"),
    ("language-alpha-3", _set("position.languages[1].language", "alb"), "$.position.languages[1].language"),
    ("language-mode", _set("position.languages[0].modes", ["oral", "sung"]), "$.position.languages[0].modes[1]"),
    # numbers
    ("years-negative", _set("position.qualifications.education[0].min_years", -1), "$.position.qualifications.education[0].min_years"),
    ("years-float", _set("position.qualifications.education[0].min_years", 1.9), "$.position.qualifications.education[0].min_years"),
    ("years-string", _set("position.qualifications.education[0].min_years", "4"), "$.position.qualifications.education[0].min_years"),
    ("years-bool", _set("position.qualifications.education[0].min_years", True), "$.position.qualifications.education[0].min_years"),
    ("direct-reports-negative", _set("position.direct_reports", -1), "$.position.direct_reports"),
    ("level-four", _set("position.competencies.core.level", 4), "$.position.competencies.core.level"),
    ("duration-zero", _set("appointment.duration.amount", 0), "$.appointment.duration.amount"),
    ("line-zero", _set("unclassified", [{"line": 0, "text": "x"}]), "$.unclassified[0].line"),
    # dates and times
    ("date-impossible", _set("closing_date", "2024-02-30"), "$.closing_date"),
    ("date-as-written", _set("closing_date", "20 February 2024"), "$.closing_date"),
    ("date-basic-format", _set("closing_date", "20240220"), "$.closing_date"),
    ("date-number", _set("posting_period.start", 20240206), "$.posting_period.start"),
    ("time-impossible", _set("closing_time", {"time": "25:00"}), "$.closing_time.time"),
    ("time-zone-not-iana", _set("closing_time", {"time": "23:59", "time_zone": "Geneva"}), "$.closing_time.time_zone"),
    ("start-empty", _set("start", {"date": None, "as_soon_as_possible": False}), "$.start.to_be_determined"),
    ("start-soon-and-unset", _set("start", {"as_soon_as_possible": True, "to_be_determined": True}), "$.start.to_be_determined"),
    ("start-month-not-its-first-day", _set("start", {"date": "2026-04-15", "month_only": True}), "$.start.month_only"),
    ("start-month-with-no-date", _set("start", {"as_soon_as_possible": True, "month_only": True}), "$.start.month_only"),
    # strings and booleans
    ("title-number", _set("position.title", 123), "$.position.title"),
    ("required-yes", _set("position.languages[0].required", "yes"), "$.position.languages[0].required"),
    ("bool-number", _set("open_to_external", 1), "$.open_to_external"),
    ("kind-unknown", _set("kind", "job advert"), "$.kind"),
    ("notes-item-number", _set("notes", ["fine", 1]), "$.notes[1]"),
    ("lone-surrogate", _set("position.title", "\ud800"), "$.position.title"),
    ("string-10-mb", _set("position.title", "x" * 10_000_000), "$.position.title"),
    # shapes
    ("null-position", _set("position", None), "$.position"),
    ("null-qualifications", _set("position.qualifications", None), "$.position.qualifications"),
    ("null-context", _set("context", None), "$.context"),
    ("string-for-array", _set("context", "one paragraph"), "$.context"),
    ("object-for-array", _set("position.duty_stations", {"city": "Tirana"}), "$.position.duty_stations"),
    ("string-for-object", _set("position.responsibilities[0].items[0]", "a duty"), "$.position.responsibilities[0].items[0]"),
    ("nms-country", _set("first_tier.non_represented_member_states", [{"name": "Atlantis", "country": "XX"}]), "$.first_tier.non_represented_member_states[0].country"),
    # keys
    ("missing-required-key", _delete("position.qualifications.education[0].degree"), "$.position.qualifications.education[0].degree"),
    ("missing-item-name", _delete("position.competencies.values.items[0].name"), "$.position.competencies.values.items[0].name"),
    ("missing-format-version", _delete("format_version"), "$.format_version"),
    ("extra-key-top", _set("bonus", 5000), "$"),
    ("extra-key-nested", _set("position.duty_stations[0].district", "Lezhë"), "$.position.duty_stations[0]"),
    ("format-version-2", _set("format_version", 2), "$.format_version"),
    ("format-version-string", _set("format_version", "1"), "$.format_version"),
    # not a notice document at all
    ("nesting-10000-deep", b'{"format_version": 1, "context": ' + b"[" * 10_000 + b"]" * 10_000 + b"}", "$"),
    ("invalid-utf8", b'{"format_version": 1, "reference": "\xff\xfe"}', "$"),
    ("not-json", b"Position Title: Senior Project Assistant", "$"),
    ("truncated-json", b'{"format_version": 1, "position": {', "$"),
    ("top-level-array", b"[]", "$"),
    ("top-level-null", b"null", "$"),
    ("empty", b"", "$"),
]  # fmt: skip


def _document_bytes(case: Any) -> bytes:
    if isinstance(case, bytes):
        return case
    return json.dumps(case()).encode("ascii")


class TestMalformed:
    def test_there_are_at_least_thirty_cases(self) -> None:
        assert len(MALFORMED) >= 30

    @pytest.mark.parametrize(
        ("case", "path"), [(c, p) for _, c, p in MALFORMED], ids=[i for i, _, _ in MALFORMED]
    )
    def test_malformed_document_names_its_path(self, case: Any, path: str) -> None:
        with pytest.raises(InvalidDocument) as info:
            iomjobs.loads(_document_bytes(case))
        assert info.value.path == path
        assert info.value.errors[0].path == path
        assert f"@ {path}" in str(info.value)

    def test_the_message_names_the_bad_value(self) -> None:
        with pytest.raises(InvalidDocument, match="'XX'"):
            iomjobs.loads(_document_bytes(_set("position.duty_stations[0].country", "XX")))
        with pytest.raises(InvalidDocument, match=r"1\.9"):
            iomjobs.loads(
                _document_bytes(_set("position.qualifications.education[0].min_years", 1.9))
            )
        with pytest.raises(InvalidDocument, match="'2024-02-30'"):
            iomjobs.loads(_document_bytes(_set("closing_date", "2024-02-30")))

    def test_every_problem_is_listed(self) -> None:
        document = _base()
        document["position"]["grade"] = "P-9"
        document["closing_date"] = "2024-02-30"
        document["kind"] = 3
        with pytest.raises(InvalidDocument) as info:
            iomjobs.from_dict(document)
        assert {error.path for error in info.value.errors} == {
            "$.position.grade",
            "$.closing_date",
            "$.kind",
        }

    def test_a_document_over_the_size_limit(self) -> None:
        data = b" " * (MAX_DOCUMENT_BYTES + 1)
        with pytest.raises(InvalidDocument, match="larger than") as info:
            iomjobs.loads(data)
        assert info.value.path == "$"

    def test_a_string_at_the_limit_is_fine(self) -> None:
        notice = iomjobs.loads(_document_bytes(_set("position.title", "x" * MAX_STRING_LENGTH)))
        assert len(notice.position.title or "") == MAX_STRING_LENGTH

    @pytest.mark.parametrize("value", [None, 12, ["{}"], object()])
    def test_loads_wants_bytes_or_text(self, value: object) -> None:
        with pytest.raises(InvalidDocument):
            iomjobs.loads(value)  # type: ignore[arg-type]

    def test_errors_pickle(self) -> None:
        import pickle  # noqa: PLC0415

        error = InvalidDocument([ErrorDetail("$.kind", "bad"), ErrorDetail("$.x", "worse")])
        copy_ = pickle.loads(pickle.dumps(error))  # noqa: S301 -- our own object
        assert copy_.errors == error.errors
        assert str(copy_) == "bad @ $.kind (and 1 more: worse @ $.x)"


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=10),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4)
    ),
    max_leaves=20,
)


def _paths(value: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    found = [prefix]
    if isinstance(value, dict):
        for key, item in value.items():
            found += _paths(item, (*prefix, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            found += _paths(item, (*prefix, index))
    return found


class TestNothingElseEscapes:
    @given(st.binary(max_size=200))
    def test_arbitrary_bytes(self, data: bytes) -> None:
        with contextlib.suppress(IomJobsError):
            iomjobs.loads(data)

    @given(json_values)
    def test_arbitrary_json_values(self, value: Any) -> None:
        with contextlib.suppress(IomJobsError):
            iomjobs.from_dict({"format_version": 1, "position": value})

    @given(st.sampled_from(sorted(SEED_NOTICES)), st.data(), json_values)
    def test_seed_documents_with_one_value_replaced(
        self, number: int, data: st.DataObject, value: Any
    ) -> None:
        document = iomjobs.to_dict(SEED_NOTICES[number])
        path = data.draw(st.sampled_from(_paths(document)[1:]))
        mutated = copy.deepcopy(document)
        target = mutated
        for step in path[:-1]:
            target = target[step]
        target[path[-1]] = value
        try:
            iomjobs.from_dict(mutated)
        except InvalidDocument as error:
            assert error.errors
