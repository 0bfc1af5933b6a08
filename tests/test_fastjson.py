"""The msgspec path reads and writes exactly what the strict cattrs path does.

``loads`` tries msgspec first and falls back to cattrs; ``dumps`` is msgspec.
Here the two are held against each other: on generated notices, on every
malformed document of test_serialize, and on generated documents damaged at
a random place. Whenever the fast path reads a document, the strict path
reads the same notice from it; whenever the strict path refuses one,
``loads`` raises the strict path's error, with its paths.
"""

from __future__ import annotations

import json
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

import iomjobs
from iomjobs import InvalidDocument, VacancyNotice, _fastjson
from iomjobs.parse import MAX_INPUT_CHARACTERS
from iomjobs.serialize import MAX_STRING_LENGTH, json_of_bytes
from iomjobs.strategies import notices as consistent_notices
from seed_notices import SEED_NOTICES
from strategies import notices
from test_serialize import MALFORMED, _document_bytes, _paths

any_notices = notices | consistent_notices() | consistent_notices(consistent=False)


def _strict(data: bytes) -> VacancyNotice | InvalidDocument:
    try:
        return iomjobs.from_dict(json_of_bytes(data))
    except InvalidDocument as error:
        return error


def _through_loads(data: bytes) -> VacancyNotice | InvalidDocument:
    try:
        return iomjobs.loads(data)
    except InvalidDocument as error:
        return error


def _assert_alike(data: bytes) -> None:
    fast = _fastjson.decode(data)
    strict = _strict(data)
    if fast is not None:
        assert strict == fast, "the fast path read what the strict path reads otherwise"
    loaded = _through_loads(data)
    if isinstance(strict, InvalidDocument):
        assert isinstance(loaded, InvalidDocument)
        assert loaded.errors == strict.errors
    else:
        assert loaded == strict


def _keys_in_order(value: object) -> None:
    if isinstance(value, list):
        for item in value:
            _keys_in_order(item)
    elif isinstance(value, dict):
        keys = list(value)
        assert keys == sorted(keys)
        for item in value.values():
            _keys_in_order(item)


class TestWriting:
    @given(any_notices)
    def test_dumps_is_the_dict_form_with_sorted_keys(self, notice: VacancyNotice) -> None:
        document = json.loads(iomjobs.dumps(notice))
        assert next(iter(document)) == "format_version"
        assert document == iomjobs.to_dict(notice)
        del document["format_version"]
        _keys_in_order(document)

    @pytest.mark.parametrize("number", sorted(SEED_NOTICES))
    def test_seed_output_is_canonical(self, number: int) -> None:
        data = iomjobs.dumps(SEED_NOTICES[number])
        body = dict(iomjobs.to_dict(SEED_NOTICES[number]))
        del body["format_version"]
        expected = json.dumps(body, ensure_ascii=False, separators=(",", ":"), sort_keys=True)
        assert data == b'{"format_version":1,' + expected.encode()[1:]

    def test_dumps_takes_only_a_notice(self) -> None:
        with pytest.raises(TypeError, match="takes a VacancyNotice, not Position"):
            iomjobs.dumps(iomjobs.Position())  # type: ignore[arg-type]

    @pytest.mark.parametrize("value", [object(), 1j])
    def test_dumps_refuses_a_field_with_no_json_form(self, value: object) -> None:
        notice = VacancyNotice(position=iomjobs.Position(grade=value))  # type: ignore[arg-type]
        message = r"^dumps\(\) found a value of the wrong type: \$\.position\.grade: an? \w+, "
        with pytest.raises(TypeError, match=message):
            iomjobs.dumps(notice)

    def test_dumps_names_text_utf8_cannot_write(self) -> None:
        # A notice built by hand from text read with errors="surrogateescape".
        notice = VacancyNotice(notes=("Apply by email.", "Deadline: 3 mai \udce9"))
        with pytest.raises(iomjobs.InvalidValue, match="lone surrogate") as raised:
            iomjobs.dumps(notice)
        assert raised.value.path == "$.notes[1]"
        assert raised.value.value == "Deadline: 3 mai \udce9"

    def test_a_paragraph_as_long_as_the_reader_reads_is_written_and_read_back(self) -> None:
        # One paragraph of the longest text parse_notice takes: loads had refused
        # its string (1,000,000 characters at most), which dumps had written.
        text = "Title: Driver\n\n" + "word " * ((MAX_INPUT_CHARACTERS - 20) // 5)
        notice = iomjobs.parse_notice(text).notice
        assert max(map(len, notice.context)) > 3_999_000
        assert iomjobs.loads(iomjobs.dumps(notice)) == notice
        assert MAX_STRING_LENGTH == MAX_INPUT_CHARACTERS

    def test_dumps_refuses_a_string_loads_would_refuse(self) -> None:
        # A notice built by hand, or ligatures spelt out: "ﬃ" is three letters.
        notice = VacancyNotice(notes=("Apply.", "ffi" * (MAX_STRING_LENGTH // 3 + 1)))
        with pytest.raises(iomjobs.InvalidValue, match="longer than 4000000") as raised:
            iomjobs.dumps(notice)
        assert raised.value.path == "$.notes[1]"
        assert raised.value.value == "ffi" * 13 + "f"

    def test_dumps_refuses_a_document_loads_would_refuse(self) -> None:
        # Some eighty bytes of JSON for each degree, 300,000 of them: what a
        # text of 1,200,000 characters gives, "PhD" on each line.
        path = iomjobs.QualificationPath(iomjobs.DegreeLevel.DOCTORATE, as_written="PhD")
        qualifications = iomjobs.Qualifications(education=(path,) * 300_000)
        notice = VacancyNotice(position=iomjobs.Position(qualifications=qualifications))
        with pytest.raises(iomjobs.InvalidValue, match="larger than 16777216") as raised:
            iomjobs.dumps(notice)
        assert raised.value.path == "$"

    def test_codes_are_written_as_their_strings(self) -> None:
        grade, country = iomjobs.Grade.parse("NO/B"), iomjobs.Country.parse("TT")
        notice = VacancyNotice(
            position=iomjobs.Position(
                grade=grade, duty_stations=(iomjobs.DutyStation(country=country),)
            )
        )
        document = json.loads(iomjobs.dumps(notice))
        assert document["position"]["grade"] == "NO-B" == grade.code == str(grade)
        assert document["position"]["duty_stations"][0]["country"] == "TT"


class TestReading:
    @given(any_notices)
    def test_fast_path_reads_what_it_writes(self, notice: VacancyNotice) -> None:
        data = iomjobs.dumps(notice)
        assert _fastjson.decode(data) == notice
        assert _strict(data) == notice

    @pytest.mark.parametrize(
        "case", [case for _, case, _ in MALFORMED], ids=[name for name, _, _ in MALFORMED]
    )
    def test_malformed_documents_alike(self, case: Any) -> None:
        data = _document_bytes(case)
        assert _fastjson.decode(data) is None
        _assert_alike(data)

    @pytest.mark.parametrize(
        "data",
        [
            b'{"format_version": 1, "reference": "a\nb"}',  # a raw control character
            b'{"format_version": 01}',
            b'{"format_version": 1.0}',
            b'{"format_version": true}',
            b'\xef\xbb\xbf\xef\xbb\xbf{"format_version": 1}',  # a second byte order mark
            b'{"format_version": 1} x',
            b'{"format_version": 1, "reference": NaN}',
            b'{"format_version": 1, "closing_time": {"time": "23:59:60"}}',
            b'{"format_version": 1, "closing_time": {"time": "23:59:00Z"}}',
            b'{"format_version": 1, "closing_time": {"time": "23:59:00.5"}}',
            b'{"format_version": 1, "closing_time": {"time": "23:59"}}',
            b'{"format_version": 1, "closing_date": "\xd9\xa2024-02-20"}',
            b'{"format_version": 1, "position": {"number_of_posts": 1' + b"0" * 5000 + b"}}",
            b'{"format_version": 1, "position": {"languages": [{"language": "en",'
            b' "modes": ["written", "oral", "oral"]}]}}',
            b'{"format_version": 1, "reference": "a", "reference": "b"}',
            b'{"format_version": 1, "position": {"grade": "P-2", "grade": "P2"}}',
            b'{"format_version": 1, "reference": "\\ud83d\\ude00"}',
            b'{"format_version": 1, "reference": "\\udc00"}',
        ],
    )
    def test_edge_documents_alike(self, data: bytes) -> None:
        _assert_alike(data)


_ODD_VALUES = [
    None, 0, -1, 2, 1.5, True, False, "", "x", "P2", "P-2", "XX", "TT", "en", "klingon",
    "23:59", "23:59:00", "2024-02-30", "2024-02-20", "fluent", [], ["x"], {}, {"text": "x"},
]  # fmt: skip


def _at(document: Any, path: tuple[object, ...]) -> Any:
    for step in path:
        document = document[step]
    return document


@st.composite
def damaged_documents(draw: st.DrawFn) -> bytes:
    document = iomjobs.to_dict(draw(any_notices))
    places = _paths(document)
    action = draw(st.sampled_from(["replace", "delete", "add-key"]))
    if action == "add-key":
        objects = [place for place in places if isinstance(_at(document, place), dict)]
        target = _at(document, draw(st.sampled_from(objects)))
        target[draw(st.sampled_from(["titel", "text", "name", "level", "x"]))] = "added"
        return json.dumps(document).encode()
    place = draw(st.sampled_from([place for place in places if place]))
    parent = _at(document, place[:-1])
    if action == "replace":
        parent[place[-1]] = draw(st.sampled_from(_ODD_VALUES))
    else:
        del parent[place[-1]]
    return json.dumps(document).encode()


@given(damaged_documents())
def test_damaged_documents_alike(data: bytes) -> None:
    _assert_alike(data)


def test_the_canonical_modes_are_every_mode_in_order() -> None:
    # _converted_alike knows the one canonical tuple of two modes.
    assert tuple(iomjobs.LanguageMode) == _fastjson._BOTH_MODES


def test_the_only_converter_is_the_one_the_fast_path_checks() -> None:
    # msgspec does not run attrs converters: _fastjson._converted_alike must
    # check what each one would have done. A new converter fails here first.
    import attrs  # noqa: PLC0415

    import iomjobs.model  # noqa: PLC0415

    converted = {
        f"{cl.__name__}.{field.name}"
        for name in iomjobs.model.__all__
        if attrs.has(cl := getattr(iomjobs.model, name))
        for field in attrs.fields(cl)
        if field.converter is not None
    }
    assert converted == {"LanguageRequirement.modes"}
