"""Read a notice from text, a Word document, a PDF or an HTML page, validate it, save it as JSON.

Run it with ``python examples/read_and_validate.py [NOTICE.txt | FORM.docx | VN.pdf | PAGE.html]``
(``documents/post_description_form.docx`` is a post description form kept in
Word, ``documents/vacancy_notice.pdf`` a vacancy notice printed from Word: a
PDF needs ``pip install "iomjobs[pdf]"``); without an argument it reads the
bundled seed 003.
"""

from __future__ import annotations

import sys
from pathlib import Path

import iomjobs

HERE = Path(__file__).parent


def main(argv: list[str]) -> int:
    path = Path(argv[0]) if argv else HERE / "notices" / "003_ba8d5651b7a9b8cd.txt"
    # A page's lines are named as the page numbers them; a text's as its own,
    # a Word document's or a PDF's as the text iomjobs.parse.read_text gives.
    is_page = path.suffix in (".html", ".htm")
    result = iomjobs.parse_html(path) if is_page else iomjobs.parse_notice(path)
    notice = result.notice
    print(f"{notice.position.title} ({notice.position.grade or 'grade not stated'})")
    for inference in result.inferred:
        print(f"  inferred {inference.path} from line {inference.line}")
    report = iomjobs.validate(result)
    for finding in report:
        print(f"  {finding}")
    data = iomjobs.dumps(notice)
    assert iomjobs.loads(data) == notice
    print(f"{len(data)} bytes of JSON; {len(report.errors)} error(s)")
    return 1 if report.has_errors else 0


if __name__ == "__main__":
    main(sys.argv[1:])
