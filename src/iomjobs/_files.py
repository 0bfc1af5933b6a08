"""A notice's file read whole: no more of it than any notice's file could hold.

A folder of notices may hold a stray log or archive of gigabytes under a
notice's suffix; read whole, it would take as much memory before being
refused as too long a text. Reading stops a byte past the limit instead.
"""

from __future__ import annotations

import os
from typing import Final

MAX_FILE_BYTES: Final = 64_000_000
"""The most bytes a notice's file, or the bytes given for one, may hold.

A Word document, a PDF or an email message holds images and attachments
beside its text, and is still far smaller; its text may hold at most
:data:`iomjobs.parse.MAX_INPUT_CHARACTERS` characters.
"""


def read_bounded(path: str | os.PathLike[str]) -> tuple[bytes, int]:
    """The bytes of the file at *path*, and its size as the system tells it (0 for a pipe).

    No more than one byte past :data:`MAX_FILE_BYTES` is read: so many say
    the file is too large (:func:`too_many_bytes`).

    :raises OSError: as opening or reading the file raises it.
    """
    with open(path, "rb") as file:  # noqa: PTH123 -- a path of any kind, as os.open takes
        data = file.read(MAX_FILE_BYTES + 1)
        return data, os.fstat(file.fileno()).st_size


def too_many_bytes(count: int, size: int, what: str) -> str | None:
    """Why *count* bytes (of a file of *size*, 0 where unknown) are too many; ``None`` if not.

    *what* begins the sentence: "'notes.txt' is", "The bytes are".
    """
    if count <= MAX_FILE_BYTES:
        return None
    if size > MAX_FILE_BYTES:
        return f"{what} {size} bytes, more than the {MAX_FILE_BYTES} a notice's file may hold"
    return f"{what} more than the {MAX_FILE_BYTES} bytes a notice's file may hold"
